namespace ProVision.Runtime.Generation;

/// <summary>
/// The budgets the person running a pack allows (command line, else environment, else the defaults): a pack's own
/// <c>defaults</c> may lower them, never raise or remove them. <c>time_budget_ms: none</c> in a pack or an edited
/// .pvpack manifest therefore gets the ceiling, not an unbounded run (docs/packs.md, "Sandbox and budgets").
/// </summary>
public sealed record BudgetCeilings(TimeSpan Time, int Elements)
{
    /// <summary>The environment variable for the time ceiling in milliseconds (or <c>none</c>).</summary>
    public const string TimeVariable = "PROVISION_TIME_BUDGET_MS";

    /// <summary>The environment variable for the element ceiling.</summary>
    public const string ElementsVariable = "PROVISION_MAX_ELEMENTS";

    /// <summary>10 s and 1,000,000 elements per generator per graph: the <see cref="GenerationOptions"/> defaults.</summary>
    public static BudgetCeilings Default { get; } = new(GenerationOptions.Default.TimeBudget, GenerationOptions.Default.ElementBudget);

    /// <summary>
    /// The ceilings from the command line's values (null when not given), else the environment's, else
    /// <see cref="Default"/>. <c>none</c> (time only) lifts the time ceiling: only the user can say that.
    /// </summary>
    /// <exception cref="FormatException">A value is neither a whole number of at least 1 nor (time) <c>none</c>.</exception>
    public static BudgetCeilings From(string? timeMs, string? elements, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var time = timeMs ?? environment(TimeVariable);
        var count = elements ?? environment(ElementsVariable);
        return new BudgetCeilings(
            time is null ? Default.Time
                : time.Trim() == "none" ? Timeout.InfiniteTimeSpan
                : TimeSpan.FromMilliseconds(Positive(time, timeMs is null ? TimeVariable : "--time-budget-ms")),
            count is null ? Default.Elements : Positive(count, elements is null ? ElementsVariable : "--max-elements"));
    }

    /// <summary><paramref name="options"/> (the pack's) with each budget no higher than its ceiling.</summary>
    public GenerationOptions Limit(GenerationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options with
        {
            TimeBudget = Shorter(options.TimeBudget, Time),
            ElementBudget = Math.Min(options.ElementBudget, Elements),
        };
    }

    private static TimeSpan Shorter(TimeSpan a, TimeSpan b) =>
        a == Timeout.InfiniteTimeSpan ? b : b == Timeout.InfiniteTimeSpan ? a : a < b ? a : b;

    private static int Positive(string text, string name) =>
        int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 1
            ? value
            : throw new FormatException($"{name} takes a whole number of at least 1{(name.Contains("TIME", StringComparison.Ordinal) || name.Contains("time", StringComparison.Ordinal) ? " or 'none'" : "")}, found '{text}'");
}
