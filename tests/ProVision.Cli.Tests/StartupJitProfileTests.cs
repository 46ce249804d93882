using ProVision.Cli.Tests.Attacks;

namespace ProVision.Cli.Tests;

/// <summary>
/// Issue 13, item 6, as processes: a plain <c>generate</c> with the built-in pack records the runtime's multicore JIT
/// profile beside the build's extraction folder (<see cref="StartupJitProfile"/>), the next such run plays it back,
/// and the items are those of a run with no profile, byte for byte; any other command line records none.
/// </summary>
public sealed class StartupJitProfileTests
{
    [Fact]
    public void A_run_that_plays_the_profile_back_writes_the_items_of_a_run_without_one()
    {
        using var work = new TempFolder();
        work.Write("graphs.json", OneGeneratorPack.Graphs);
        var env = CliProcess.IsolatedEnvironment(work.Path);
        var profile = ProfileIn(env);

        Generate(work, env, ["--pack", "builtin"], "recorded.jsonl");
        Assert.True(File.Exists(profile), $"no profile at {profile}");
        Generate(work, env, ["--pack", "builtin"], "played.jsonl");
        // `--pack=builtin` is not loaded early (PackResolver.GeneratesWithBuiltin), so it neither plays nor records.
        var plain = new Dictionary<string, string> { ["PROVISION_CACHE"] = work.File("plain-cache"), ["XDG_CONFIG_HOME"] = env["XDG_CONFIG_HOME"] };
        Generate(work, plain, ["--pack=builtin"], "plain.jsonl");

        Assert.False(File.Exists(ProfileIn(plain)), "a run not loaded early recorded a profile");
        var expected = File.ReadAllText(work.File("plain.jsonl"));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, File.ReadAllText(work.File("recorded.jsonl")));
        Assert.Equal(expected, File.ReadAllText(work.File("played.jsonl")));
    }

    [Fact]
    public void The_profile_is_named_by_the_build_beside_its_extraction_folder()
    {
        Assert.Equal(PackResolver.BuiltinFolderName() + ".generate.jitprofile", StartupJitProfile.FileNameFor(PackResolver.BuiltinFolderName()));
        Assert.Equal(Path.GetDirectoryName(Path.GetDirectoryName(PackResolver.BuiltinManifestPath())), PackResolver.BuiltinFoldersRoot());
    }

    private static string ProfileIn(Dictionary<string, string> env) =>
        Path.Combine(env["PROVISION_CACHE"], "builtin", StartupJitProfile.FileNameFor(PackResolver.BuiltinFolderName()));

    private static void Generate(TempFolder work, Dictionary<string, string> env, string[] pack, string output)
    {
        var outcome = CliProcess.Run(work.Path, ["generate", .. pack, "--graphs", "graphs.json", "--out", output], env, TimeSpan.FromSeconds(300));
        Assert.True(outcome.ExitCode == 0, outcome.ToString());
    }
}
