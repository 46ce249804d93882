using System.Collections;
using ProVision.Runtime.Loading;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Cli.Commands;

/// <summary>
/// The inputs of a run as a stream of valid graphs, read anew on every pass and never held whole, so that generation
/// takes memory for one batch whatever the number of graphs. Bad graphs follow the <c>--on-error</c> policy: stop
/// throws the first <see cref="DataErrorException"/> (the caller writes nothing), skip counts them in
/// <see cref="Report"/> (the totals of the latest pass).
/// </summary>
internal sealed class GraphStream(IReadOnlyList<string> inputs, GraphLoadOptions options, ErrorPolicy policy) : IEnumerable<SceneGraph>
{
    public LoadReport Report { get; private set; } = new();

    public IEnumerator<SceneGraph> GetEnumerator()
    {
        var report = Report = new LoadReport();
        foreach (var outcome in SceneGraphInputs.Read(inputs, options))
        {
            if (outcome.Error is { } error)
            {
                if (policy == ErrorPolicy.Stop) throw new DataErrorException(error);
                report.CountSkipped(error);
                continue;
            }
            report.CountLoaded();
            yield return outcome.Graph!;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The error for inputs that hold no valid graph at all.</summary>
    public DataError NoGraphs() => new(string.Join(", ", inputs), null, null, "no valid scene graphs in the inputs") { Kind = "empty input" };
}
