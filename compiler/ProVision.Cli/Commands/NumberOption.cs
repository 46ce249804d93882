using System.CommandLine;
using System.CommandLine.Parsing;

namespace ProVision.Cli.Commands;

/// <summary>
/// An option that takes a number, declared to System.CommandLine as text and converted here. The library's
/// <c>Option&lt;int&gt;</c>, <c>Option&lt;double?&gt;</c>, <c>Option&lt;ulong?&gt;</c> are generic code over value types that
/// neither ReadyToRun image holds, so a typed option cost every start about 30 jitted methods before the first graph
/// (docs/performance.md#second-round-the-command-line); over <c>string</c> they are the library's own precompiled code.
/// What a user sees stays the library's: the same <c>TryParse</c> (current culture, default styles), the default shown
/// as it shows a number, and a token that does not parse gets the message a typed option gives, taken from one.
/// </summary>
/// <typeparam name="T">The number type; <see cref="Nullable"/> says whether the typed option was <c>T?</c> (no default).</typeparam>
public sealed class NumberOption<T> where T : struct, IParsable<T>
{
    private readonly Func<T>? _default;

    /// <summary>An option with no default: absent reads as null.</summary>
    public NumberOption(string name, string description)
    {
        Option = new Option<string?>(name) { Description = description };
        Option.Validators.Add(Check);
    }

    /// <summary>An option whose value, when absent, is <paramref name="defaultValue"/> (shown in help as the library shows it).</summary>
    public NumberOption(string name, string description, Func<T> defaultValue)
    {
        _default = defaultValue;
        Option = new Option<string?>(name) { Description = description, DefaultValueFactory = _ => defaultValue().ToString() };
        Option.Validators.Add(Check);
    }

    /// <summary>The option to add to a command.</summary>
    public Option<string?> Option { get; }

    /// <summary>False where the typed option was <c>T</c> with a default, true where it was <c>T?</c>.</summary>
    public bool Nullable => _default is null;

    /// <summary>Rules the parsed value must keep, each returning an error message or null.</summary>
    public List<Func<T, string?>> Rules { get; } = [];

    /// <summary>The value given, else the default, else null. Call only on a parse without errors.</summary>
    public T? Read(ParseResult result) =>
        result.GetResult(Option) is { Implicit: false } given && Parse(given.GetValueOrDefault<string?>()) is { } value ? value : _default?.Invoke();

    /// <summary>The value given or the default, for an option that has one.</summary>
    public T ReadOrDefault(ParseResult result) => Read(result) ?? throw new InvalidOperationException($"{Option.Name} has no default");

    private static T? Parse(string? token) => token is not null && T.TryParse(token, null, out var value) ? value : null;

    private void Check(OptionResult result)
    {
        if (result.Implicit) return;
        var token = result.GetValueOrDefault<string?>();
        if (Parse(token) is not { } value)
        {
            result.AddError(CannotParse(token ?? ""));
            return;
        }
        foreach (var rule in Rules)
        {
            if (rule(value) is { } error) result.AddError(error);
        }
    }

    // Only on a bad token: a typed option parses it, so the message (its wording, language and type name) is the library's.
    private string CannotParse(string token)
    {
        Option typed = Nullable ? new Option<T?>(Option.Name) : new Option<T>(Option.Name);
        var parsed = new RootCommand { typed }.Parse([Option.Name, token]);
        return parsed.Errors.Count > 0 ? parsed.Errors[0].Message : $"Cannot parse argument '{token}' for option '{Option.Name}'.";
    }
}
