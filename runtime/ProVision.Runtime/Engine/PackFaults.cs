using ProVision.Runtime.Generation;

namespace ProVision.Runtime.Engine;

/// <summary>
/// Which exceptions out of a generator are the pack's fault (to skip and count) and how they read in the summary.
/// A pack's code is a stranger's: whatever it throws, the run goes on, and no stack trace reaches the user.
/// </summary>
internal static class PackFaults
{
    /// <summary>
    /// Everything but running out of memory, which is the process's state, not the graph's (the element budget
    /// exists so that a pack does not get there), and a data fault met while the generator read the graph's masks
    /// or depth (a file that changed after it was checked): that is bad input, under the data's <c>--on-error</c>.
    /// </summary>
    public static bool IsPackFault(Exception e) => e is not (OutOfMemoryException or IOException or UnauthorizedAccessException
        or Formats.DataFormatException or Loading.DataErrorException);

    /// <summary>The reason as the summary shows it: the stdlib's own message, else the exception's kind and message.</summary>
    public static string Describe(Exception e) => e is PackFaultException
        ? e.Message
        : $"{e.GetType().Name}: {e.Message.Split('\n')[0].TrimEnd()}";

    /// <summary>
    /// Moves what a finished context saw (budget stop, skipped candidates) into the generator's totals. A multi-image
    /// run passes <c>countBudgetStop: false</c> where the stop was its own goal (the generator made the items it was
    /// asked for), which the summary must not call a budget.
    /// </summary>
    public static void Count(GeneratorContext context, string graph, GeneratorTotals totals, bool countBudgetStop = true)
    {
        if (countBudgetStop && context.StopReason != StopReason.None) totals.AddBudgetStop(context.StopReason, graph);
        if (context.FaultCount > 0) totals.AddFaultedCandidates(graph, context.FaultCount, context.FirstFault!);
    }
}
