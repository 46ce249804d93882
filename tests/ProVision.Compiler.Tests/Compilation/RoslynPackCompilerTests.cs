using ProVision.Compiler.Compilation;
using ProVision.Compiler.Tests.Emit;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.Stdlib;

namespace ProVision.Compiler.Tests.Compilation;

/// <summary>Roslyn compilation of generated C#: the contract's hand-written generator end to end, error mapping, the factory.</summary>
public sealed class RoslynPackCompilerTests
{
    private static readonly PackIdentity s_identity = new("exists");

    [Fact]
    public void The_hand_written_generator_compiles_and_emits_the_pinned_items()
    {
        var result = new RoslynPackCompiler().Compile(TestSources.HandWritten, s_identity);

        Assert.True(result.Success, result.FormatDiagnostics());
        var generator = Assert.Single(result.Assembly!.Generators);
        Assert.Equal("ExistsObjectGenerator", generator.Name);
        Assert.Equal(["CountObjects"], generator.Aliases.ToArray());
        Assert.Equal(DataNeeds.Labels, generator.Needs);

        // The same items HandWrittenGeneratorTests pins for the class compiled into the runtime tests.
        var collector = new ListItemCollector();
        var vocabulary = new Vocabulary([new("people", false), new("cup", true)], [new("red", "color")], ["on"]);
        generator.RunOn(TestScenes.Kitchen(), new GenerationOptions { Seed = 7, McRatio = 1, NumberMode = NumberMode.Numeric }, collector, vocabulary);
        Assert.Equal(
            [
                """{"id":"kitchen_1/ExistsObjectGenerator/0","generator":"ExistsObjectGenerator","template":22,"images":["images/kitchen_1.jpg"],"prompt":"Can you tell how many dog can you see? Choices: A. 2 B. 1 C. 3 D. 4","response":"B. 1","answer":"1","choices":["2","1","3","4"],"slots":{"name":"dog","count":"1"},"evidence":{"objects":[0],"relations":[]},"tags":{"object":["dog"],"count":[1]}}""",
                """{"id":"kitchen_1/ExistsObjectGenerator/1","generator":"ExistsObjectGenerator","template":14,"images":["images/kitchen_1.jpg"],"prompt":"Identify how many cups exist? (A) 1 (B) 4 (C) 3 (D) 2","response":"(D) 2","answer":"2","choices":["1","4","3","2"],"slots":{"name":"cups","count":"2"},"evidence":{"objects":[1,3],"relations":[]},"tags":{"object":["cup"],"count":[2]}}""",
                """{"id":"kitchen_1/ExistsObjectGenerator/2","generator":"ExistsObjectGenerator","template":10,"images":["images/kitchen_1.jpg"],"prompt":"Identify how many chair are there?\nSelect from:\nA. 1\nB. 3\nC. 2\nD. 4","response":"A. 1","answer":"1","choices":["1","3","2","4"],"slots":{"name":"chair","count":"1"},"evidence":{"objects":[5],"relations":[]},"tags":{"object":["chair"],"count":[1]}}""",
            ],
            collector.Items.Select(GeneratedItemJson.Serialize));
    }

    [Fact]
    public void Generated_generators_share_the_hosts_runtime_types()
    {
        var assembly = new RoslynPackCompiler().Compile(TestSources.HandWritten, s_identity).Assembly!;

        // The pack's base class is the host's: ProVision.Runtime resolves to the default-context instance.
        Assert.Same(typeof(CompiledGenerator), assembly.Generators[0].GetType().BaseType);
        Assert.Equal("ProVision.Pack.exists", assembly.Assembly.GetName().Name);
        Assert.True(assembly.Assembly.IsCollectible);
    }

    [Fact]
    public void Compilation_is_deterministic()
    {
        var compiler = new RoslynPackCompiler();

        var first = compiler.CompileImage(TestSources.HandWritten, s_identity).Image!;
        var second = compiler.CompileImage(TestSources.HandWritten, s_identity).Image!;

        Assert.True(first.ContentEquals(second));
        Assert.False(first.Pdb.IsEmpty);
    }

    [Fact]
    public void The_factory_creates_every_generator_class_in_source_order_and_skips_abstract_ones()
    {
        const string source = """
            using System.Collections.Immutable;
            using ProVision.Runtime.Generation;
            using ProVision.Runtime.Templates;

            namespace Tests.Packs
            {
                public abstract class SharedBase : CompiledGenerator
                {
                    public override GeneratorFamily Family => GeneratorFamily.Object;
                    public override DataNeeds Needs => DataNeeds.Labels;
                    public override ImmutableArray<AskTemplate> QuestionTemplates => [];
                    public override void Run(GeneratorContext context) { }
                }

                public sealed class Zebra : SharedBase
                {
                    public override string Name => "Zebra";
                }

                public static class Nest
                {
                    public sealed class Apple : SharedBase
                    {
                        public override string Name => "Apple";
                    }
                }
            }
            """;

        var result = new RoslynPackCompiler().Compile(source, new PackIdentity("order"));

        Assert.True(result.Success, result.FormatDiagnostics());
        Assert.Equal(["Zebra", "Apple"], result.Assembly!.Generators.Select(g => g.Name));
        Assert.NotSame(result.Assembly.Generators[0], result.Assembly.CreateGenerators()[0]);
    }

    [Fact]
    public void A_csharp_error_becomes_PV4001_with_the_csharp_location()
    {
        var source = TestSources.Generator("Broken", "var n = context.NoSuchMember;");
        var line = TestSources.LineOf(source, "NoSuchMember");

        var result = new RoslynPackCompiler().Compile(source, new PackIdentity("broken"));

        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("PV4001", error.Code);
        Assert.StartsWith($"the generated C# does not compile: broken.g.cs({line},", error.Message, StringComparison.Ordinal);
        Assert.Contains("CS1061: 'GeneratorContext' does not contain a definition for 'NoSuchMember'", error.Message, StringComparison.Ordinal);
        Assert.Equal("NoSuchMember", result.CSharp.ToString(error.Span));
        Assert.Contains($"broken.g.cs({line},", result.FormatDiagnostics(), StringComparison.Ordinal);
    }

    [Fact]
    public void System_Linq_is_not_referenced()
    {
        var source = TestSources.Generator("Linq", "var n = System.Linq.Enumerable.Range(0, 3);");

        var result = new RoslynPackCompiler().CompileImage(source, new PackIdentity("linq"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("PV4001", error.Code);
        Assert.Contains("CS0234: The type or namespace name 'Enumerable' does not exist in the namespace 'System.Linq'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Declaring_the_reserved_factory_type_is_PV4009()
    {
        var source = TestSources.HandWritten.Replace("namespace ProVision.Runtime.Tests.Generation;", "namespace ProVision.Generated;", StringComparison.Ordinal)
            + "\npublic static class PackGeneratorFactory\n{\n}\n";

        var result = new RoslynPackCompiler().CompileImage(source, s_identity);

        var error = Assert.Single(result.Diagnostics, d => d.Code == "PV4009");
        Assert.Equal($"'ProVision.Generated.PackGeneratorFactory' is reserved for the generator factory the compiler adds (C# line {TestSources.LineOf(source, "class PackGeneratorFactory")}); rename the type", error.Message);
    }

    [Fact]
    public void A_generator_without_a_parameterless_constructor_is_PV4010()
    {
        var source = TestSources.Generator("NeedsArgument", "", members: "public NeedsArgument(int size) { }");

        var result = new RoslynPackCompiler().CompileImage(source, new PackIdentity("ctor"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("PV4010", error.Code);
        Assert.Equal($"generator class 'Tests.Packs.NeedsArgument' cannot be created (C# line {TestSources.LineOf(source, "class NeedsArgument")}): it has no public parameterless constructor", error.Message);
    }

    [Fact]
    public void A_private_nested_generator_is_PV4010()
    {
        var source = "using System.Collections.Immutable;\nusing ProVision.Runtime.Generation;\nusing ProVision.Runtime.Templates;\n" +
            "public static class Outer\n{\n    private sealed class Hidden : CompiledGenerator\n    {\n" +
            "        public override string Name => \"Hidden\";\n        public override GeneratorFamily Family => GeneratorFamily.Object;\n" +
            "        public override DataNeeds Needs => DataNeeds.None;\n        public override ImmutableArray<AskTemplate> QuestionTemplates => [];\n" +
            "        public override void Run(GeneratorContext context) { }\n    }\n}\n";

        var error = Assert.Single(new RoslynPackCompiler().CompileImage(source, new PackIdentity("hidden")).Diagnostics);

        Assert.Equal("PV4010", error.Code);
        Assert.EndsWith("(C# line 6): 'Hidden' is private; make it public", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_generator_whose_constructor_throws_is_PV4012_not_a_crash()
    {
        var source = TestSources.Generator("Throws", "", members: "public Throws() { throw new InvalidOperationException(\"boom\"); }");

        var result = new RoslynPackCompiler().Compile(source, new PackIdentity("throws"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("PV4012", error.Code);
        Assert.Equal("the compiled pack could not be loaded (InvalidOperationException: boom)", error.Message);
    }

    [Fact]
    public void The_same_source_gives_the_same_loaded_assembly_until_it_is_unloaded()
    {
        var compiler = new RoslynPackCompiler();

        var first = compiler.Compile(TestSources.HandWritten, s_identity).Assembly!;
        var again = compiler.Compile(TestSources.HandWritten, s_identity).Assembly!;
        first.Unload();
        var fresh = compiler.Compile(TestSources.HandWritten, s_identity).Assembly!;

        Assert.Same(first, again);
        Assert.True(first.IsUnloaded);
        Assert.NotSame(first, fresh);
        Assert.Equal(2, compiler.CompilationCount); // no disk cache: the second load compiles again
    }

    [Fact]
    public void The_compiled_event_reports_each_roslyn_run()
    {
        var compiler = new RoslynPackCompiler();
        var seen = new List<PackIdentity>();
        compiler.Compiled += (_, identity) => seen.Add(identity);

        compiler.Compile(TestSources.HandWritten, s_identity);
        compiler.Compile(TestSources.HandWritten, s_identity);

        Assert.Equal([s_identity], seen);
    }

    [Fact]
    public void Pack_identity_sanitises_the_name_for_files_and_assemblies()
    {
        var identity = new PackIdentity("my pack/v2", "1.2");

        Assert.Equal("ProVision.Pack.my_pack_v2", identity.AssemblyName);
        Assert.Equal("my_pack_v2.g.cs", identity.SourcePath);
    }
}
