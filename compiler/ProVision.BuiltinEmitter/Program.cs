using ProVision.Compiler.Compilation;
using ProVision.Compiler.Packs;

// provision-builtin-emitter <pack.yaml> <output folder> <key class>
// Loads the pack exactly as `provision generate --pack builtin` does (shown as builtin/pack.yaml, compiled by Roslyn
// and checked by the sandbox, with no cache) and writes PrecompiledPackSources' files, its warnings included (every
// load of the precompiled pack reports them, as a cache hit does). An error fails the build.
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: ProVision.BuiltinEmitter <pack.yaml> <output folder> <key class>");
    return 2;
}
var (manifest, output, keyClass) = (args[0], args[1], args[2]);
var loaded = PackLoader.Load(manifest, new PackLoadOptions
{
    Compiler = new RoslynPackCompiler(cache: null),
    ManifestShownPath = PrecompiledPack.BuiltinShownPath,
});
if (loaded.Pack is not { } pack || loaded.HasErrors)
{
    foreach (var diagnostic in loaded.Diagnostics)
    {
        Console.Error.WriteLine($"{manifest}: error: the built-in pack does not load: {diagnostic.Format()}");
    }
    return 1;
}
Directory.CreateDirectory(output);
foreach (var (name, text) in PrecompiledPackSources.For(pack, loaded.Diagnostics, keyClass))
{
    File.WriteAllText(Path.Combine(output, name), text);
}
Console.WriteLine($"{manifest}: {pack.AllGenerators.Length} generators emitted to {output} ({loaded.Diagnostics.Length} warnings kept; source key {pack.SourceKey![..12]})");
return 0;
