using System.Reflection;

namespace ProVision.Pipeline.Annotation;

/// <summary>
/// The stage factories pipeline.yaml can name. Every non-abstract type in the pipeline assembly that implements
/// <see cref="IStageFactory{TStage}"/> for one of the four stage interfaces and has a public parameterless constructor
/// is registered automatically; others are added with <see cref="Register{TStage}"/>.
/// </summary>
public static class StageCatalog
{
    private static readonly object s_gate = new();
    private static Dictionary<Type, List<object>>? s_factories;

    /// <summary>The stage names of pipeline.yaml and their interfaces, in pipeline order.</summary>
    public static IReadOnlyList<(string Stage, Type Interface)> Stages { get; } =
    [
        ("segment", typeof(ISegmenter)),
        ("depth", typeof(IDepthEstimator)),
        ("attributes", typeof(IAttributeTagger)),
        ("relations", typeof(IRelationFinder)),
    ];

    /// <summary>Adds (or replaces, by method) a factory.</summary>
    public static void Register<TStage>(IStageFactory<TStage> factory) where TStage : IDisposable
    {
        ArgumentNullException.ThrowIfNull(factory);
        lock (s_gate)
        {
            var list = All()[typeof(TStage)];
            list.RemoveAll(f => ((IStageFactory<TStage>)f).Method == factory.Method);
            list.Add(factory);
        }
    }

    /// <summary>The factories for one stage interface, sorted by method.</summary>
    public static IReadOnlyList<IStageFactory<TStage>> For<TStage>() where TStage : IDisposable
    {
        lock (s_gate)
        {
            return All()[typeof(TStage)].Cast<IStageFactory<TStage>>().OrderBy(f => f.Method, StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>The methods known for a stage interface.</summary>
    public static IReadOnlyList<string> Methods(Type stageInterface)
    {
        lock (s_gate)
        {
            return All()[stageInterface].Select(f => (string)f.GetType().GetProperty("Method")!.GetValue(f)!).Order(StringComparer.Ordinal).ToList();
        }
    }

    public static IStageFactory<TStage>? Find<TStage>(string method) where TStage : IDisposable =>
        For<TStage>().FirstOrDefault(f => f.Method == method);

    private static Dictionary<Type, List<object>> All()
    {
        if (s_factories is not null) return s_factories;
        var result = Stages.ToDictionary(s => s.Interface, _ => new List<object>());
        foreach (var type in SafeTypes(PipelineAssembly.Instance))
        {
            if (type.IsAbstract || type.IsInterface || type.ContainsGenericParameters || type.GetConstructor(Type.EmptyTypes) is null) continue;
            foreach (var implemented in type.GetInterfaces())
            {
                if (!implemented.IsGenericType || implemented.GetGenericTypeDefinition() != typeof(IStageFactory<>)) continue;
                if (result.TryGetValue(implemented.GetGenericArguments()[0], out var list)) list.Add(Activator.CreateInstance(type)!);
            }
        }
        s_factories = result;
        return result;
    }

    private static IEnumerable<Type> SafeTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            return ex.Types.OfType<Type>();
        }
    }
}
