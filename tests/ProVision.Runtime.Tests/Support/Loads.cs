using ProVision.Runtime.Loading;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Tests.Support;

/// <summary>Shorthands for reading inputs in tests: all outcomes, the graphs only, or the single error.</summary>
public static class Loads
{
    public static List<LoadOutcome> All(GraphLoadOptions? options, params string[] inputs) =>
        SceneGraphInputs.Read(inputs, options ?? new GraphLoadOptions { Cache = new Caching.ResourceCache(64 << 20) }).ToList();

    public static List<SceneGraph> Graphs(params string[] inputs)
    {
        var outcomes = All(null, inputs);
        var errors = outcomes.Where(o => o.IsError).Select(o => o.Error!.ToString()).ToList();
        Assert.True(errors.Count == 0, "unexpected errors:\n" + string.Join("\n", errors));
        return outcomes.Select(o => o.Graph!).ToList();
    }

    /// <summary>The one error the inputs produce (fails if there is not exactly one).</summary>
    public static DataError SingleError(params string[] inputs) => SingleError(null, inputs);

    public static DataError SingleError(GraphLoadOptions? options, params string[] inputs)
    {
        var errors = All(options, inputs).Where(o => o.IsError).Select(o => o.Error!).ToList();
        Assert.True(errors.Count == 1, $"expected one error, got {errors.Count}:\n" + string.Join("\n", errors));
        return errors[0];
    }
}
