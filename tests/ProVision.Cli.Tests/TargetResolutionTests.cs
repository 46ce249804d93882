namespace ProVision.Cli.Tests;

/// <summary>
/// One reading of a target for check, emit, templates and snapshot (CompileTarget): a lone .pvg is a pack of one
/// file, a .pvg inside a pack folder is its pack, anything else is a pack.
/// </summary>
public sealed class TargetResolutionTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string Generator = """
        generator CountThings {
          family object
          needs labels
          for label, group in objects grouped by label
          emit {
            name = plural(label)
            answer = number(count(group))
          }
          ask "how many {name} [are there|do you see]" -> "{answer}"
        }
        """;

    [Fact]
    public void Templates_expand_a_generator_of_a_lone_pvg_file()
    {
        var file = _dir.Write("lone.pvg", Generator);

        var (code, stdout, stderr) = CliRunner.Run("templates", file, "CountThings", "--expand");

        Assert.True(code == 0, stderr);
        Assert.Contains("0\tHow many {name} are there? -> {answer}", stdout);
        Assert.Contains("1\tHow many {name} do you see? -> {answer}", stdout);
        Assert.DoesNotContain("PV3002", stderr);
    }

    [Fact]
    public void Check_and_emit_both_treat_a_pack_member_file_as_its_pack()
    {
        Directory.CreateDirectory(_dir.File("gens"));
        _dir.Write("pack.yaml", "name: demo\nversion: 1.0.0\nsources: [\"gens/*.pvg\"]\ndata: [labels]\n");
        _dir.Write("gens/phrases.pvg", "phrases there = \"are there\" | \"do you see\"\n");
        var member = _dir.Write("gens/count.pvg", Generator.Replace("[are there|do you see]", "{there}"));

        var (checkCode, checkOut, _) = CliRunner.Run("check", member);
        var (emitCode, emitted, emitNote) = CliRunner.Run("emit", member);
        var (_, packEmitted, _) = CliRunner.Run("emit", Path.Combine(_dir.Path, "pack.yaml"));

        Assert.Equal(0, checkCode);
        Assert.Contains("belongs to the pack", checkOut);
        Assert.Contains("1 generator(s), no errors", checkOut);
        Assert.Equal(0, emitCode);
        Assert.Contains("belongs to the pack", emitNote);
        Assert.Equal(packEmitted, emitted);
    }

    [Fact]
    public void A_missing_pvg_target_is_a_clear_error_for_every_command()
    {
        var missing = Path.Combine(_dir.Path, "nowhere.pvg");

        Assert.Equal(2, CliRunner.Run("check", missing).Code);
        Assert.Equal(2, CliRunner.Run("emit", missing).Code);
        var (code, _, stderr) = CliRunner.Run("templates", missing, "G", "--count");
        Assert.Equal(1, code);
        Assert.Contains("nowhere.pvg", stderr);
    }
}
