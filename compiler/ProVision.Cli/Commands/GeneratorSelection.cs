using ProVision.Compiler.Packs;
using ProVision.Runtime.Generation;

namespace ProVision.Cli.Commands;

/// <summary>Resolves <c>--generators a,b</c> against a pack (names or aliases), keeping the pack's order.</summary>
public static class GeneratorSelection
{
    public static bool TrySelect(GeneratorPack pack, IReadOnlyList<string> names, out List<CompiledGenerator> selected, out string? problem)
    {
        problem = null;
        if (names.Count == 0)
        {
            selected = [.. pack.Generators];
            return true;
        }
        var wanted = new HashSet<CompiledGenerator>();
        foreach (var name in names)
        {
            var generator = pack.Find(name);
            if (generator is null)
            {
                selected = [];
                problem = $"pack '{pack.Name}' has no generator '{name}'; `provision list --pack {pack.Name}` shows them";
                return false;
            }
            wanted.Add(generator);
        }
        selected = pack.AllGenerators.Where(wanted.Contains).ToList();
        return true;
    }
}
