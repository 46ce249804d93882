using ProVision.Compiler.Api;
using ProVision.Compiler.Packs;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.CustomPack;

/// <summary>The example pack <c>examples/custom-pack</c>, compiled once, and a helper to run one of its generators.</summary>
public static class ExampleCustomPack
{
    private static readonly Lazy<GeneratorPack> s_pack = new(Load);

    public static GeneratorPack Pack => s_pack.Value;

    /// <summary>Every item the generator makes on <paramref name="graph"/>, open-ended, with a fixed seed and digits for numbers.</summary>
    public static List<GeneratedItem> Run(string generator, SceneGraph graph)
    {
        var compiled = Pack.Find(generator) ?? throw new Xunit.Sdk.XunitException($"the custom pack has no generator '{generator}'");
        var collector = new ListItemCollector();
        compiled.RunOn(graph, Pack.Options with { Seed = 7, McRatio = 0, NumberMode = NumberMode.Numeric }, collector, Pack.Vocabulary);
        return collector.Items;
    }

    /// <summary>A 320x240 graph of the given objects, no relations.</summary>
    public static SceneGraph Graph(params SceneObject[] objects) => new("img", "img.jpg", 320, 240, [.. objects], []);

    public static SceneObject Thing(string label, double x1, double y1, double x2, double y2, params string[] attributes) =>
        new(label, new Box(x1, y1, x2, y2), attributes: [.. attributes]);

    /// <summary>The object indices of an item's evidence (single image).</summary>
    public static int[] EvidenceObjects(GeneratedItem item) => item.Evidence.PerImage[0].Objects.ToArray();

    private static GeneratorPack Load()
    {
        var result = PvgCompiler.LoadPack(Path.Combine(RepositoryRoot(), "examples", "custom-pack", "pack.yaml"));
        if (result.HasErrors || result.Diagnostics.Length > 0)
            throw new Xunit.Sdk.XunitException("the custom pack does not compile cleanly:\n" + result.FormatDiagnostics());
        return result.Pack!;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ProVision.Dsl.sln"))) return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (ProVision.Dsl.sln) above " + AppContext.BaseDirectory);
    }
}
