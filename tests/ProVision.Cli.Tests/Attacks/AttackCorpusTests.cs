namespace ProVision.Cli.Tests.Attacks;

/// <summary>
/// Every folder of tests/Attacks (hostile packs and data, issue 11) run as its own <c>provision</c> process and held
/// to its <c>expect</c> file. The format is in tests/Attacks/README.md; a new case is a new folder.
/// </summary>
public sealed class AttackCorpusTests
{
    public static TheoryData<string> Cases() => [.. Directory.GetDirectories(AttackCase.CorpusFolder()).Select(folder => Path.GetFileName(folder)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_attack_gives_what_its_expect_file_says(string name)
    {
        var attack = AttackCase.Read(Path.Combine(AttackCase.CorpusFolder(), name));
        using var work = new TempFolder();
        CopyFolder(attack.Folder, work.Path);
        var shared = Path.Combine(AttackCase.CorpusFolder(), "..", "..", "shared");
        var env = CliProcess.IsolatedEnvironment(work.Path);
        foreach (var (key, value) in attack.Environment) env[key] = value.Replace("{work}", work.Path);

        var outcome = CliProcess.Run(work.Path, attack.Arguments.Select(a => a.Replace("{shared}", Path.GetFullPath(shared))), env,
            TimeSpan.FromSeconds(attack.Seconds), attack.MemoryMb);

        Assert.False(outcome.TimedOut, $"{name}: ran past {attack.Seconds} s\n{outcome}");
        Assert.True(attack.Exit == outcome.ExitCode, $"{name}: expected exit {attack.Exit}\n{outcome}");
        Assert.True(outcome.ExitCode != 3 || attack.Exit == 3, $"{name}: internal error\n{outcome}");
        Assert.DoesNotContain("Unhandled exception", outcome.All);
        Assert.DoesNotContain(outcome.All.Split('\n'), line => line.StartsWith("   at ", StringComparison.Ordinal));
        foreach (var text in attack.Stdout) Assert.True(outcome.Out.Contains(text, StringComparison.Ordinal), $"{name}: stdout lacks '{text}'\n{outcome}");
        foreach (var text in attack.Stderr) Assert.True(outcome.Err.Contains(text, StringComparison.Ordinal), $"{name}: stderr lacks '{text}'\n{outcome}");
        foreach (var text in attack.Output) Assert.True(outcome.All.Contains(text, StringComparison.Ordinal), $"{name}: output lacks '{text}'\n{outcome}");
        foreach (var text in attack.Not) Assert.False(outcome.All.Contains(text, StringComparison.Ordinal), $"{name}: output contains '{text}'\n{outcome}");
        foreach (var path in attack.NoFiles) Assert.False(Path.Exists(Path.Combine(work.Path, path)), $"{name}: '{path}' exists\n{outcome}");
    }

    [Fact]
    public void Every_case_folder_has_a_readable_expect_file()
    {
        var folders = Directory.GetDirectories(AttackCase.CorpusFolder());
        Assert.NotEmpty(folders);
        foreach (var folder in folders) Assert.NotEmpty(AttackCase.Read(folder).Arguments);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            // A case may hold a symbolic link (a data path that must not be followed): copy the link, not its target.
            if (new FileInfo(file).LinkTarget is { } link) File.CreateSymbolicLink(target, link);
            else File.Copy(file, target);
        }
    }
}
