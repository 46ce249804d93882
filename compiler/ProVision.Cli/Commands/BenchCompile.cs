using System.Diagnostics;
using System.Text.RegularExpressions;
using ProVision.Compiler.Api;
using ProVision.Compiler.Compilation;
using ProVision.Compiler.Syntax;

namespace ProVision.Cli.Commands;

/// <summary>
/// <c>provision bench compile</c>: how long a pack of N generators takes to compile cold (parse, bind, emit, Roslyn,
/// sandbox; the first Roslyn use in the process included) and to load again from the on-disk cache. The pack is the
/// built-in one, its generators repeated under new names until there are N.
/// </summary>
public static partial class BenchCompile
{
    public static int Run(CliConsole console, int generators)
    {
        var sources = BuiltinSources();
        var trees = Replicate(sources, generators);
        var cache = Directory.CreateTempSubdirectory("provision-bench-cache-");
        try
        {
            var front = Stopwatch.StartNew();
            var parsed = trees.Select(t => SyntaxTree.Parse(t.Text, t.Path)).ToList();
            var emitted = CompilationDriver.Emit(parsed);
            front.Stop();
            if (emitted.Source is null)
            {
                console.Error.WriteLine("the replicated pack does not emit: " + string.Join("; ", emitted.Diagnostics.Take(3).Select(d => d.Message)));
                return ExitCodes.InternalError;
            }

            var identity = new PackIdentity("bench");
            var cold = Stopwatch.StartNew();
            var compiled = new RoslynPackCompiler(new PackCache(cache.FullName)).Compile(emitted.Source, identity);
            cold.Stop();
            if (!compiled.Success)
            {
                console.Error.WriteLine(compiled.FormatDiagnostics());
                return ExitCodes.InternalError;
            }

            var warm = Stopwatch.StartNew();
            var loaded = new RoslynPackCompiler(new PackCache(cache.FullName)).Compile(emitted.Source, identity);
            warm.Stop();

            console.Out.WriteLine($"pack of {emitted.Generators.Length} generators ({emitted.Source.Length / 1024:N0} KiB of C#)");
            console.Out.WriteLine($"parse + bind + emit: {front.Elapsed.TotalMilliseconds:N0} ms");
            console.Out.WriteLine($"cold compile (Roslyn + sandbox, first use in this process): {cold.Elapsed.TotalMilliseconds:N0} ms");
            console.Out.WriteLine($"warm load from the cache (no Roslyn; from cache: {loaded.Assembly?.FromCache}): {warm.Elapsed.TotalMilliseconds:N0} ms");
            return ExitCodes.Ok;
        }
        finally
        {
            cache.Delete(recursive: true);
        }
    }

    private static List<(string Path, string Text)> BuiltinSources()
    {
        var folder = Path.GetDirectoryName(PackResolver.BuiltinManifestPath())!;
        return Directory.EnumerateFiles(folder, "*.pvg", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(p => (p, File.ReadAllText(p))).ToList();
    }

    /// <summary>The sources plus copies of their generators (renamed, aliases dropped) until there are <paramref name="target"/>.</summary>
    private static List<(string Path, string Text)> Replicate(List<(string Path, string Text)> sources, int target)
    {
        var result = new List<(string, string)>(sources);
        var count = sources.Sum(s => GeneratorName().Matches(s.Text).Count);
        for (var copy = 2; count < target && copy < 1000; copy++)
        {
            foreach (var (path, text) in sources)
            {
                var generators = GeneratorName().Matches(text).Count;
                if (generators == 0 || count >= target) continue;
                var renamed = GeneratorName().Replace(text, m => $"generator {m.Groups[1].Value}Copy{copy}");
                renamed = AliasLine().Replace(renamed, "");
                result.Add(($"{path}.copy{copy}.pvg", renamed));
                count += generators;
            }
        }
        return result;
    }

    [GeneratedRegex(@"generator\s+([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex GeneratorName();

    [GeneratedRegex(@"^\s*alias\s+[A-Za-z_][A-Za-z0-9_]*\s*$", RegexOptions.Multiline)]
    private static partial Regex AliasLine();
}
