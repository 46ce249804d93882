using ProVision.Compiler.Compilation;
using ProVision.Compiler.Tests.Compilation;

namespace ProVision.Compiler.Tests.Sandbox;

/// <summary>
/// Malicious C# is rejected by the sandbox with the right code and a message naming the symbol and the C# line;
/// the contract's hand-written generator and ordinary generator code pass.
/// </summary>
public sealed class SandboxTests
{
    private static readonly RoslynPackCompiler s_compiler = new();

    /// <summary>A malicious case: the Run body, extra usings and members, and the expected diagnostic.</summary>
    public sealed record Case(string Name, string Run, string Usings, string Members, string Code, string Marker, string Message)
    {
        public override string ToString() => Name;
    }

    private static readonly Case[] s_cases =
    [
        new("file read", "var text = File.ReadAllText(\"/etc/passwd\");", "using System.IO;", "",
            "PV4002", "File.ReadAllText", "'System.IO.File.ReadAllText(string)' is not allowed in a pack"),
        new("file read namespace", "var text = File.ReadAllText(\"/etc/passwd\");", "using System.IO;", "",
            "PV4003", "using System.IO;", "namespace 'System.IO' is not allowed in a pack"),
        new("http client", "var client = new System.Net.Http.HttpClient();", "", "",
            "PV4003", "HttpClient", "namespace 'System.Net' is not allowed in a pack"),
        new("process start", "System.Diagnostics.Process.Start(\"sh\", \"-c 'rm -rf ~'\");", "", "",
            "PV4003", "Process.Start", "namespace 'System.Diagnostics' is not allowed in a pack"),
        new("reflection invoke", "typeof(string).GetMethod(\"Concat\", [typeof(string)])!.Invoke(null, [\"x\"]);", "", "",
            "PV4002", "GetMethod", "'System.Reflection.MethodBase.Invoke(object, object[])' is not allowed in a pack"),
        new("dll import", "getpid();", "using System.Runtime.InteropServices;", "[DllImport(\"libc\")] private static extern int getpid();",
            "PV4005", "extern int getpid", "extern 'getpid' is not allowed in a pack"),
        new("dll import attribute", "getpid();", "using System.Runtime.InteropServices;", "[DllImport(\"libc\")] private static extern int getpid();",
            "PV4007", "extern int getpid", "attribute 'System.Runtime.InteropServices.DllImportAttribute' is not allowed in a pack"),
        new("unsafe pointer", "unsafe { int x = 1; int* p = &x; *p = 2; }", "", "",
            "PV4004", "int* p", "unsafe code ('unsafe' block) is not allowed in a pack"),
        new("unsafe method", "", "", "private unsafe void Poke(int* p) { *p = 1; }",
            "PV4004", "Poke", "unsafe code ('unsafe' modifier) is not allowed in a pack"),
        new("function pointer", "", "", "private static void F(delegate*<void> f) { }",
            "PV4004", "delegate*", "unsafe code (function pointer) is not allowed in a pack"),
        new("environment exit", "Environment.Exit(1);", "", "",
            "PV4002", "Environment.Exit", "'System.Environment.Exit(int)' is not allowed in a pack"),
        new("thread", "new Thread(() => { while (true) { } }).Start();", "using System.Threading;", "",
            "PV4002", "new Thread", "'System.Threading.Thread.Start()' is not allowed in a pack"),
        new("interlocked", "var n = 0; System.Threading.Interlocked.Increment(ref n);", "", "",
            "PV4002", "Interlocked", "'System.Threading.Interlocked.Increment(ref int)' is not allowed in a pack"),
        new("activator", "var o = Activator.CreateInstance(typeof(GeneratorContext));", "", "",
            "PV4002", "Activator", "'System.Activator.CreateInstance(System.Type)' is not allowed in a pack"),
        new("typeof assembly", "var a = typeof(GeneratorContext).Assembly;", "", "",
            "PV4002", ".Assembly", "'System.Type.Assembly' is not allowed in a pack"),
        new("get type", "var t = context.GetType();", "", "",
            "PV4002", "GetType", "'object.GetType()' is not allowed in a pack"),
        new("namespace alias", "IO.File.Delete(\"/tmp/x\");", "using IO = System.IO;", "",
            "PV4002", "IO.File.Delete", "'System.IO.File.Delete(string)' is not allowed in a pack"),
        new("namespace alias directive", "IO.File.Delete(\"/tmp/x\");", "using IO = System.IO;", "",
            "PV4003", "using IO", "namespace 'System.IO' is not allowed in a pack"),
        new("type alias", "F.Delete(\"/tmp/x\");", "using F = System.IO.File;", "",
            "PV4002", "using F", "'System.IO.File' is not allowed in a pack"),
        new("global qualified", "global::System.IO.File.WriteAllText(\"/tmp/x\", \"y\");", "", "",
            "PV4002", "global::System.IO.File", "'System.IO.File.WriteAllText(string, string)' is not allowed in a pack"),
        new("using static", "Delete(\"/tmp/x\");", "using static System.IO.File;", "",
            "PV4002", "Delete(\"/tmp/x\")", "'System.IO.File.Delete(string)' is not allowed in a pack"),
        new("gc", "GC.Collect();", "", "",
            "PV4002", "GC.Collect", "'System.GC.Collect()' is not allowed in a pack"),
        new("dynamic", "dynamic d = context; d.Anything();", "", "",
            "PV4006", "dynamic d", "'dynamic' is not allowed in a pack"),
        new("lock", "lock (Templates) { }", "", "",
            "PV4008", "lock (", "'lock' is not allowed in a pack"),
        new("async", "", "", "private async void Later() { await System.Threading.Tasks.Task.Delay(1); }",
            "PV4008", "async void", "'async' is not allowed in a pack"),
        new("finalizer", "", "", "~Evil() { while (true) { } }",
            "PV4008", "~Evil", "a finalizer is not allowed in a pack"),
        new("module initializer", "", "using System.Runtime.CompilerServices;", "[ModuleInitializer] internal static void Init() { }",
            "PV4007", "ModuleInitializer", "attribute 'System.Runtime.CompilerServices.ModuleInitializerAttribute' is not allowed in a pack"),
        new("synchronized", "", "using System.Runtime.CompilerServices;", "[MethodImpl(MethodImplOptions.Synchronized)] private void S() { }",
            "PV4007", "Synchronized", "attribute 'MethodImpl(MethodImplOptions.Synchronized)' is not allowed in a pack"),
        new("vocabulary reader", "var v = VocabularyReader.Load(\"/etc/passwd\");", "using ProVision.Runtime.Stdlib;", "",
            "PV4002", "VocabularyReader", "'ProVision.Runtime.Stdlib.VocabularyReader.Load(string)' is not allowed in a pack"),
        new("runtime loading namespace", "var r = new ProVision.Runtime.Loading.GraphLoadOptions();", "", "",
            "PV4002", "GraphLoadOptions", "'ProVision.Runtime.Loading.GraphLoadOptions' is not allowed in a pack"),
        new("arglist", "", "", "private static void V(__arglist) { var a = new ArgIterator(__arglist); }",
            "PV4008", "new ArgIterator", "'__arglist' is not allowed in a pack"),
        new("large stackalloc", "Span<int> big = stackalloc int[1 << 24];", "", "",
            "PV4008", "stackalloc", "'stackalloc' of a non-constant or large size is not allowed in a pack"),
        new("variable stackalloc", "var n = context.Graph.Objects.Length; Span<int> buffer = stackalloc int[n];", "", "",
            "PV4008", "stackalloc", "'stackalloc' of a non-constant or large size is not allowed in a pack"),
        new("extern alias", "", "", "",
            "PV4005", "extern alias", "extern 'alias Evil' is not allowed in a pack"),
    ];

    public static TheoryData<Case> Cases => [.. s_cases];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Malicious_code_is_rejected_with_the_right_code_and_line(Case test)
    {
        var source = Source(test);
        var line = TestSources.LineOf(source, test.Marker);

        var result = s_compiler.CompileImage(source, new PackIdentity("evil"));

        Assert.False(result.Success);
        var expected = $"{test.Message} (C# line {line})";
        Assert.True(
            result.Diagnostics.Any(d => d.Code == test.Code && d.Message.StartsWith(expected, StringComparison.Ordinal)),
            $"expected {test.Code} '{expected}...'; got:\n{string.Join("\n", result.Diagnostics.Select(d => $"{d.Code} {d.Message}"))}");
    }

    [Fact]
    public void The_hand_written_generator_passes_the_sandbox()
    {
        var result = s_compiler.CompileImage(TestSources.HandWritten, new PackIdentity("exists"));

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Ordinary_generator_code_passes_the_sandbox()
    {
        var source = TestSources.Generator("Ordinary", """
            Span<int> buffer = stackalloc int[4];
                    var list = new List<int> { 1, 2 };
                    foreach (var x in list)
                    {
                        buffer[0] = Math.Max(x, buffer[0]);
                    }
                    var seen = new HashSet<string>(StringComparer.Ordinal) { "a" };
                    var counts = new Dictionary<string, int>();
                    counts["a"] = seen.Count;
                    var array = new[] { 3, 1, 2 };
                    Array.Sort(array);
                    var pair = (Label: "dog", Count: 2);
                    ImmutableArray<int> items = [.. array];
                    var text = $"{pair.Label}: {items.Length}";
                    var name = nameof(Ordinary);
                    ReadOnlySpan<char> span = text.AsSpan().Trim();
                    var random = context.QueryRandom.NextInt(3);
                    var plural = ProVision.Runtime.Text.Inflection.Plural(pair.Label);
                    if (text.Length > 100 || span.IsEmpty || random < 0 || plural.Length == 0 || name.Length == 0)
                    {
                        throw new InvalidOperationException("unreachable");
                    }
            """, members: "[MethodImpl(MethodImplOptions.AggressiveInlining)] private static int Twice(int x) => x * 2;",
            usings: "using System.Runtime.CompilerServices;");

        var result = s_compiler.CompileImage(source, new PackIdentity("ordinary"));

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Every_violation_in_a_file_is_reported_once_per_line()
    {
        var source = TestSources.Generator("Many", """
            File.Delete("/a"); File.Delete("/b");
                    Environment.Exit(2);
            """, usings: "using System.IO;");

        var result = s_compiler.CompileImage(source, new PackIdentity("many"));

        Assert.Equal(
            [
                ("PV4003", TestSources.LineOf(source, "using System.IO")),
                ("PV4002", TestSources.LineOf(source, "File.Delete")),
                ("PV4002", TestSources.LineOf(source, "Environment.Exit")),
            ],
            result.Diagnostics.Select(d => (d.Code, result.CSharp.GetLinePosition(d.Span.Start).DisplayLine)));
    }

    private static string Source(Case test)
    {
        var source = TestSources.Generator("Evil", test.Run, test.Usings, test.Members);
        return test.Name == "extern alias" ? "extern alias Evil;\n" + source : source;
    }
}
