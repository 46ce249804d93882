using System.CommandLine;

namespace ProVision.Cli.Tests;

/// <summary>
/// A run builds only the command its first argument names (start-up, docs/performance.md#start-up); the table that
/// names them must agree with the commands themselves, and help without a command still lists every one.
/// </summary>
public sealed class CommandTreeTests
{
    [Fact]
    public void Every_entry_of_the_command_table_builds_the_command_it_is_named_after()
    {
        var console = new CliConsole(TextWriter.Null, TextWriter.Null);
        foreach (var (name, create) in CliApp.Commands)
        {
            Assert.Equal(name, create(console).Name);
        }
        Assert.Equal(CliApp.Commands.Length, CliApp.Commands.Select(c => c.Name).Distinct().Count());
    }

    [Fact]
    public void Help_without_a_command_lists_every_command()
    {
        var (code, stdout, _) = CliRunner.Run("--help");

        Assert.Equal(0, code);
        foreach (var (name, _) in CliApp.Commands)
        {
            Assert.Contains($"  {name} ", stdout);
        }
    }

    [Fact]
    public void A_mistyped_command_is_a_usage_error_that_names_it()
    {
        var (code, _, stderr) = CliRunner.Run("generat", "--graphs", "x.json");

        Assert.Equal(1, code);
        Assert.Contains("Unrecognized command or argument 'generat'", stderr);
    }

    [Fact]
    public void A_named_command_parses_its_own_options_as_in_the_whole_tree()
    {
        var (code, stdout, _) = CliRunner.Run("generate", "--help");

        Assert.Equal(0, code);
        Assert.Contains("--graphs", stdout);
    }
}
