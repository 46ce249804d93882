namespace ProVision.Cli.Tests;

/// <summary>check, emit, compile, templates and list on the built-in pack and on hand-written .pvg files.</summary>
public sealed class AuthoringCommandsTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string Valid = """
        generator CountThings {
          family object
          needs labels
          for label, group in objects grouped by label
          let n = count(group)
          emit {
            name = plural(label)
            count = number(n)
            answer = count
            evidence = group
          }
          ask "how many {name} [are there|do you see]" -> "{count}"
        }
        """;

    [Fact]
    public void Check_reports_collected_errors_with_code_line_and_caret_and_exits_1()
    {
        var file = _dir.Write("broken.pvg", Valid.Replace("plural(label)", "plural(lable)").Replace("{count}\"", "{cnt}\""));

        var (code, stdout, _) = CliRunner.Run("check", file);

        Assert.Equal(1, code);
        Assert.Contains("broken.pvg(7,", stdout);
        Assert.Contains("error PV1", stdout);
        Assert.Contains("'lable'", stdout);
        Assert.Contains("'{cnt}'", stdout);
        Assert.Contains("^", stdout);
        Assert.Contains("2 error(s)", stdout);
    }

    [Fact]
    public void Check_passes_a_valid_file_and_emit_prints_readable_csharp()
    {
        var file = _dir.Write("ok.pvg", Valid);

        var (code, stdout, _) = CliRunner.Run("check", file);
        Assert.Equal(0, code);
        Assert.Contains("1 generator(s), no errors", stdout);

        var (emitCode, csharp, _) = CliRunner.Run("emit", file);
        Assert.Equal(0, emitCode);
        Assert.Contains("class G_CountThings", csharp);
        Assert.Contains("ok.pvg(", csharp);              // comments point at the .pvg lines
        Assert.Contains("context.ShouldStop()", csharp);
    }

    [Fact]
    public void Templates_counts_and_expands_the_builtin_generators_phrasings()
    {
        var (code, stdout, _) = CliRunner.Run("templates", "builtin", "CountObjects", "--count");
        Assert.Equal(0, code);
        Assert.Matches(@"ExistsObjectGenerator: (\d+) question template", stdout);
        var count = int.Parse(System.Text.RegularExpressions.Regex.Match(stdout, @": (\d+) question").Groups[1].Value);
        Assert.True(count >= 175, stdout);

        var (expandCode, expanded, _) = CliRunner.Run("templates", "builtin", "ExistsObjectGenerator", "--expand");
        Assert.Equal(0, expandCode);
        var lines = expanded.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(count, lines.Count(l => !l.StartsWith('d')));
        Assert.Equal(lines.Length, lines.Distinct().Count());
        Assert.Contains("0\tHow many {name} are there? -> {count}", lines);

        Assert.Equal(1, CliRunner.Run("templates", "builtin", "NoSuchGenerator").Code);
    }

    [Fact]
    public void List_and_compile_the_builtin_pack()
    {
        var (code, stdout, _) = CliRunner.Run("list");
        Assert.Equal(0, code);
        Assert.Contains("ExistsObjectGenerator", stdout);
        Assert.Contains("builtin 1.0.0", stdout);

        var pvpack = _dir.File("builtin.pvpack");
        Assert.Equal(0, CliRunner.Run("compile", "builtin", "-o", pvpack).Code);
        var (listCode, fromPack, _) = CliRunner.Run("list", "--pack", pvpack);
        Assert.Equal(0, listCode);
        Assert.Contains("ExistsObjectGenerator", fromPack);
    }

    [Fact]
    public void A_broken_pack_manifest_is_reported_with_its_line()
    {
        _dir.Write("pack.yaml", "name: demo\nmc_ratio: 2\n");
        var (code, stdout, _) = CliRunner.Run("check", Path.Combine(_dir.Path, "pack.yaml"));
        Assert.Equal(1, code);
        Assert.Contains("pack.yaml(2,1): error PV3003", stdout);
    }
}
