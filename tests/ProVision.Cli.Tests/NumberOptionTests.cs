using System.CommandLine;
using ProVision.Cli.Commands;

namespace ProVision.Cli.Tests;

/// <summary>
/// <see cref="NumberOption{T}"/> declares a number option as text so that a start jits none of System.CommandLine's
/// code over value types; what a user sees must stay what the typed option gave: the value, every parse error's
/// message, and the help (docs/performance.md#second-round-the-command-line).
/// </summary>
public sealed class NumberOptionTests
{
    private static readonly string[] Tokens =
        ["3", " 3", "+2", "-1", "0", "007", "abc", "1.5", "1,000", "1e3", "NaN", "-0", "", "99999999999", "18446744073709551616", "0x10"];

    [Fact]
    public void An_int_with_a_default_parses_and_fails_as_the_typed_option()
    {
        foreach (var token in Tokens) AssertSameAsTyped(new Option<int>("--n") { DefaultValueFactory = _ => 4 }, new NumberOption<int>("--n", "", () => 4), token);
    }

    [Fact]
    public void A_double_with_a_default_parses_and_fails_as_the_typed_option()
    {
        foreach (var token in Tokens) AssertSameAsTyped(new Option<double>("--n") { DefaultValueFactory = _ => 2.0 }, new NumberOption<double>("--n", "", () => 2.0), token);
    }

    [Fact]
    public void Nullable_numbers_parse_and_fail_as_the_typed_options()
    {
        foreach (var token in Tokens)
        {
            AssertSameAsTyped(new Option<int?>("--n"), new NumberOption<int>("--n", ""), token);
            AssertSameAsTyped(new Option<double?>("--n"), new NumberOption<double>("--n", ""), token);
            AssertSameAsTyped(new Option<ulong?>("--n"), new NumberOption<ulong>("--n", ""), token);
        }
    }

    [Fact]
    public void Help_shows_the_options_as_the_typed_ones()
    {
        var typed = new RootCommand("A command.")
        {
            new Option<int>("--threads") { Description = "Threads.", DefaultValueFactory = _ => Environment.ProcessorCount },
            new Option<double>("--every") { Description = "Seconds.", DefaultValueFactory = _ => 2.0 },
            new Option<ulong?>("--seed") { Description = "Seed." },
        };
        var asText = new RootCommand("A command.")
        {
            new NumberOption<int>("--threads", "Threads.", () => Environment.ProcessorCount).Option,
            new NumberOption<double>("--every", "Seconds.", () => 2.0).Option,
            new NumberOption<ulong>("--seed", "Seed.").Option,
        };

        Assert.Equal(Help(typed), Help(asText));
    }

    [Fact]
    public void A_rule_adds_its_error_after_the_token_parses_and_never_on_a_bad_token()
    {
        var option = new NumberOption<int>("--n", "", () => 1);
        option.Rules.Add(v => v < 1 ? "--n must be at least 1" : null);
        var command = new RootCommand { option.Option };

        Assert.Equal(["--n must be at least 1"], command.Parse(["--n", "0"]).Errors.Select(e => e.Message));
        Assert.Equal(["Cannot parse argument 'x' for option '--n' as expected type 'System.Int32'."], command.Parse(["--n", "x"]).Errors.Select(e => e.Message));
        Assert.Empty(command.Parse([]).Errors);
        Assert.Equal(1, option.Read(command.Parse([])));
    }

    [Fact]
    public void Generate_with_a_number_that_does_not_parse_is_a_usage_error_not_a_crash()
    {
        // Before the options were text, the --threads rule read the typed value and threw on a bad token (exit 134).
        var (code, _, stderr) = CliRunner.Run("generate", "--graphs", "g.jsonl", "-o", "x.jsonl", "--threads", "abc", "--mc-ratio", "x");

        Assert.Equal(1, code);
        Assert.Equal(
            "Cannot parse argument 'x' for option '--mc-ratio' as expected type 'System.Nullable`1[System.Double]'.\n" +
            "Cannot parse argument 'abc' for option '--threads' as expected type 'System.Int32'.\n",
            stderr[..stderr.IndexOf("\n\n", StringComparison.Ordinal)] + "\n");
    }

    private static void AssertSameAsTyped<TTyped, T>(Option<TTyped> typed, NumberOption<T> asText, string token)
        where T : struct, IParsable<T>
    {
        foreach (var args in new[] { new[] { "--n", token }, [] })
        {
            var expected = new RootCommand { typed }.Parse(args);
            var actual = new RootCommand { asText.Option }.Parse(args);
            var context = $"{typeof(TTyped)} [{string.Join(" ", args)}]";

            Assert.True(expected.Errors.Select(e => e.Message).SequenceEqual(actual.Errors.Select(e => e.Message)), context);
            if (expected.Errors.Count == 0) Assert.True(Equals(expected.GetValue(typed), asText.Read(actual)), context);
        }
    }

    private static string Help(Command command)
    {
        var output = new StringWriter { NewLine = "\n" };
        command.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = output });
        return output.ToString();
    }
}
