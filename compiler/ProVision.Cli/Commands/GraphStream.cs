using System.Collections;
using ProVision.Runtime.Engine;
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

    /// <summary>Valid graphs in all the inputs: a whole pass that only counts (a shard needs the total to know its range).</summary>
    public long CountValid()
    {
        long count = 0;
        foreach (var _ in this) count++;
        return count;
    }

    /// <summary>
    /// The graphs of <paramref name="range"/>, in order. <paramref name="everyGraph"/>, when given, receives every
    /// graph of the inputs (the multi-image index needs the whole set); without it the pass ends with the range.
    /// </summary>
    public IEnumerable<SceneGraph> Within(ShardRange range, ICollection<SceneGraph>? everyGraph = null)
    {
        long position = 0;
        foreach (var graph in this)
        {
            everyGraph?.Add(graph);
            if (range.Contains(position++)) yield return graph;
            else if (position > range.End && everyGraph is null) yield break;
        }
    }

    /// <summary>The error for inputs that hold no valid graph at all.</summary>
    public DataError NoGraphs() => new(string.Join(", ", inputs), null, null, "no valid scene graphs in the inputs") { Kind = "empty input" };
}
