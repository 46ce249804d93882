using System.Diagnostics;
using ProVision.Cli.Tests.Attacks;

namespace ProVision.Cli.Tests;

/// <summary>
/// Issue 13, item 6, as processes: the first <c>generate</c> of a pack compiles it, the second (a new process over the
/// same cache) loads it by the hash of its files without the front end or Roslyn; the phase trace that
/// <c>provision bench startup</c> reads says which happened. Times are printed by the bench, never asserted.
/// </summary>
public sealed class StartupTraceTests
{
    private static readonly string Pack = OneGeneratorPack.Manifest("traced");

    [Fact]
    public void A_second_process_loads_the_pack_by_its_files_without_front_end_or_Roslyn_and_writes_the_same_items()
    {
        using var work = new TempFolder();
        work.Write("pack.yaml", Pack);
        work.Write("what.pvg", OneGeneratorPack.Generator);
        work.Write("graphs.json", OneGeneratorPack.Graphs);
        var env = CliProcess.IsolatedEnvironment(work.Path);

        var cold = Generate(work, env, "cold.jsonl");
        var warm = Generate(work, env, "warm.jsonl");

        Assert.Contains(" bind + emit=", cold);
        Assert.Contains(" C# emit=", cold);
        Assert.Contains(" sandbox=", cold);
        Assert.Contains(" cache miss=", cold);
        Assert.Contains(" cache hit=", warm);
        Assert.DoesNotContain(" bind + emit=", warm);
        Assert.DoesNotContain(" C# emit=", warm);
        Assert.Contains(" graphs done=", warm);
        // The first mark: the runtime's own start, up to the tool's Main.
        Assert.StartsWith("startup-trace: main=", warm);
        Assert.Equal(File.ReadAllText(work.File("cold.jsonl")), File.ReadAllText(work.File("warm.jsonl")));
    }

    [Fact]
    public void The_builtin_pack_loads_precompiled_and_files_that_differ_from_its_build_go_through_the_cache()
    {
        using var work = new TempFolder();
        work.Write("graphs.json", OneGeneratorPack.Graphs);
        var env = CliProcess.IsolatedEnvironment(work.Path);

        var precompiled = Generate(work, env, "precompiled.jsonl", "builtin");
        // The extracted copy edited by one byte (a user's hand, or a broken build) is no longer what was precompiled.
        var extracted = Directory.GetDirectories(Path.Combine(env["PROVISION_CACHE"], "builtin")).Single();
        File.AppendAllText(Path.Combine(extracted, "common.pvg"), "\n");
        var edited = Generate(work, env, "edited.jsonl", "builtin");

        Assert.Contains(" precompiled=", precompiled);
        Assert.DoesNotContain(" cache hit=", precompiled);
        Assert.DoesNotContain(" cache miss=", precompiled);
        Assert.DoesNotContain(" bind + emit=", precompiled);
        Assert.Contains(" precompiled not used (the files differ from its build)=", edited);
        Assert.Contains(" cache miss=", edited);
        Assert.Contains(" bind + emit=", edited);
        Assert.DoesNotContain(" precompiled=", edited);
        Assert.Equal(File.ReadAllText(work.File("precompiled.jsonl")), File.ReadAllText(work.File("edited.jsonl")));
    }

    [Fact]
    public void An_extracted_vocabulary_that_differs_from_the_build_is_parsed_and_the_trace_says_why()
    {
        using var work = new TempFolder();
        work.Write("graphs.json", OneGeneratorPack.Graphs);
        var env = CliProcess.IsolatedEnvironment(work.Path);

        var carried = Generate(work, env, "carried.jsonl", "builtin");
        var extracted = Directory.GetDirectories(Path.Combine(env["PROVISION_CACHE"], "builtin")).Single();
        File.AppendAllText(Path.Combine(extracted, "vocabulary.json"), "\n");
        var parsed = Generate(work, env, "parsed.jsonl", "builtin");

        Assert.DoesNotContain("carried vocabulary not used", carried);
        Assert.Contains(" carried vocabulary not used (the file differs from its build)=", parsed);
        // The vocabulary is part of the files' key, so the pack is not the precompiled build's either.
        Assert.Contains(" precompiled not used (the files differ from its build)=", parsed);
        Assert.Equal(File.ReadAllText(work.File("carried.jsonl")), File.ReadAllText(work.File("parsed.jsonl")));
    }

    [Fact]
    public void A_builtin_pack_that_cannot_be_extracted_is_a_clear_error_though_it_loads_beside_the_command_line()
    {
        using var work = new TempFolder();
        work.Write("graphs.json", OneGeneratorPack.Graphs);
        var env = CliProcess.IsolatedEnvironment(work.Path);
        env["PROVISION_CACHE"] = work.Write("not-a-folder", "a file where the cache folder should be");

        var outcome = CliProcess.Run(work.Path, ["generate", "--graphs", "graphs.json", "--out", "out.jsonl"], env, TimeSpan.FromSeconds(300));

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.StartsWith("error: ", outcome.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", outcome.All, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.All, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_variable_nothing_is_traced()
    {
        using var work = new TempFolder();
        work.Write("pack.yaml", Pack);
        work.Write("what.pvg", OneGeneratorPack.Generator);
        work.Write("graphs.json", OneGeneratorPack.Graphs);

        var outcome = CliProcess.Run(work.Path, ["generate", "--pack", "pack.yaml", "--graphs", "graphs.json", "--out", "out.jsonl"],
            CliProcess.IsolatedEnvironment(work.Path), TimeSpan.FromSeconds(300));

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.DoesNotContain("startup-trace:", outcome.All);
    }

    [Fact]
    public void A_missing_baseline_build_is_a_usage_error()
    {
        var (code, _, stderr) = CliRunner.Run("bench", "startup", "--baseline", "/no/such/provision.dll");

        Assert.Equal(1, code);
        Assert.Contains("--baseline /no/such/provision.dll: no such file", stderr);
    }

    private static string Generate(TempFolder work, Dictionary<string, string> env, string output, string pack = "pack.yaml")
    {
        var traced = new Dictionary<string, string>(env) { ["PROVISION_STARTUP_TRACE"] = Stopwatch.GetTimestamp().ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var outcome = CliProcess.Run(work.Path, ["generate", "--pack", pack, "--graphs", "graphs.json", "--out", output], traced, TimeSpan.FromSeconds(300));
        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        return Assert.Single(outcome.Err.Split('\n'), l => l.StartsWith("startup-trace:", StringComparison.Ordinal));
    }
}
