using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Loading;

/// <summary>One step of reading an input: a valid graph, or the error that stopped one graph (or the whole file).</summary>
public readonly struct LoadOutcome
{
    private LoadOutcome(SceneGraph? graph, DataError? error)
    {
        Graph = graph;
        Error = error;
    }

    public SceneGraph? Graph { get; }
    public DataError? Error { get; }
    public bool IsError => Error is not null;

    public static LoadOutcome Ok(SceneGraph graph) => new(graph, null);
    public static LoadOutcome Fail(DataError error) => new(null, error);
}
