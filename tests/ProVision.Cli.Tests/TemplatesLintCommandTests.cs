namespace ProVision.Cli.Tests;

/// <summary><c>provision templates &lt;pack&gt; [generator] --lint</c>: finding lines, summary and exit codes.</summary>
public sealed class TemplatesLintCommandTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public TemplatesLintCommandTests()
    {
        // Single quotes become double quotes (TempFolder.Write).
        _dir.Write("pack.yaml", "name: lintme\nversion: 1.0.0\nsources: ['*.pvg']\ndata: [labels, boxes]\n");
        _dir.Write("gens.pvg", """
            generator Tidy {
              family object
              needs labels
              for label, group in objects grouped by label
              let n = count(group)
              emit {
                noun     = plural(label)
                count    = number(n)
                answer   = count
                choices  = countChoices(n)
                evidence = group
              }
              ask 'how many  {noun} are there?' -> '{count}'
            }

            generator Leaky {
              family object
              needs labels, boxes
              for o in objects
              emit {
                label    = o.label
                box      = boxRatio(o)
                answer   = o.label
                evidence = o
              }
              ask 'what is the {label} at {box}?' -> '{answer}'
            }
            """);
    }

    public void Dispose() => _dir.Dispose();

    private string Pack => _dir.File("pack.yaml");

    [Fact]
    public void An_error_prints_file_line_code_and_the_offending_item_and_exits_1()
    {
        var (code, stdout, _) = CliRunner.Run("templates", Pack, "Leaky", "--lint");

        Assert.Equal(1, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"gens\.pvg\(26,\d+\): error PV5040: the question gives away its answer '\w+'", lines[0]);
        Assert.Matches(@"^    Leaky: ""What is the (\w+) at \(.*\)\?"" -> ""\1""$", lines[1]);
        Assert.Equal("Leaky: 1 error(s), 0 warning(s)", lines[^1]);
    }

    [Fact]
    public void Warnings_alone_exit_0()
    {
        var (code, stdout, _) = CliRunner.Run("templates", Pack, "Tidy", "--lint");

        Assert.Equal(0, code);
        Assert.Matches(@"gens\.pvg\(13,\d+\): warning PV5020: doubled space in the template text 'how many  '", stdout);
        Assert.EndsWith("Tidy: 0 error(s), 1 warning(s)\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_generator_every_generator_of_the_pack_is_linted()
    {
        var (code, stdout, _) = CliRunner.Run("templates", Pack, "--lint");

        Assert.Equal(1, code);
        Assert.Contains("PV5020", stdout, StringComparison.Ordinal);
        Assert.Contains("PV5040", stdout, StringComparison.Ordinal);
        Assert.EndsWith("2 generator(s): 1 error(s), 1 warning(s)\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_requests_say_what_is_wrong_and_exit_1()
    {
        var (unknown, _, unknownErr) = CliRunner.Run("templates", Pack, "Nope", "--lint");
        Assert.Equal(1, unknown);
        Assert.Contains("pack 'lintme' has no generator 'Nope'; it has: Leaky, Tidy", unknownErr, StringComparison.Ordinal);

        var (count, _, countErr) = CliRunner.Run("templates", Pack, "--count");
        Assert.Equal(1, count);
        Assert.Contains("name a generator", countErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_builtin_generator_lints_clean()
    {
        var (code, stdout, _) = CliRunner.Run("templates", "builtin", "ExistsObjectGenerator", "--lint");

        Assert.Equal(0, code);
        Assert.Equal("ExistsObjectGenerator: 0 error(s), 0 warning(s)\n", stdout);
    }
}
