using System.Collections.Immutable;
using ProVision.Compiler.Binding;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Emit;
using ProVision.Compiler.Packs;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Stdlib;

namespace ProVision.LanguageServer.Workspace;

/// <summary>
/// The pack a .pvg file belongs to, as the compiler sees it (<see cref="Compiler.Api.CompileTarget"/>): the nearest
/// enclosing pack.yaml with its vocabulary, defaults and sources, or, for a file outside any pack, a pack of that one
/// file. Holds one <see cref="FileAnalysis"/> per source. <see cref="Update"/> is the incremental step: it re-parses
/// the edited file only and binds its generators only (<see cref="Binder.BindFile"/>) against the other files'
/// cached trees.
/// </summary>
internal sealed class PackContext
{
    private readonly Dictionary<string, FileAnalysis> _files = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    private PackContext(string? manifestPath, string folder)
    {
        ManifestPath = manifestPath;
        Folder = folder;
    }

    /// <summary>The full path of the pack.yaml, or null for a file outside any pack.</summary>
    public string? ManifestPath { get; }

    /// <summary>The pack's folder.</summary>
    public string Folder { get; }

    /// <summary>The manifest as last read (null for a lone file or a manifest with errors).</summary>
    public PackManifest? Manifest { get; private set; }

    /// <summary>The manifest's text as last read.</summary>
    public SourceText? ManifestText { get; private set; }

    /// <summary>Problems of the manifest and vocabulary (PV3xxx), located in pack.yaml.</summary>
    public ImmutableArray<PackDiagnostic> ManifestDiagnostics { get; private set; } = [];

    /// <summary>The pack's vocabulary (<see cref="Vocabulary.Empty"/> when it has none).</summary>
    public Vocabulary Vocabulary { get; private set; } = Vocabulary.Empty;

    /// <summary>The runtime defaults with the pack's <c>defaults</c> applied.</summary>
    public GenerationOptions Options { get; private set; } = GenerationOptions.Default;

    /// <summary>Every analysed source, in manifest order.</summary>
    public IEnumerable<FileAnalysis> Files => _order.Select(p => _files[p]);

    /// <summary>The trees of the pack, in manifest order.</summary>
    public IReadOnlyList<SyntaxTree> Trees => [.. Files.Select(f => f.Tree)];

    /// <summary>The analysis of a source, or null when the file is not part of the pack.</summary>
    public FileAnalysis? File(string path) => _files.GetValueOrDefault(path);

    /// <summary>A pack read from <paramref name="manifestPath"/>'s text, its sources read from disk and bound together.</summary>
    public static PackContext ForManifest(string manifestPath, string manifestText, Func<string, string?> openText)
    {
        var context = new PackContext(manifestPath, Path.GetDirectoryName(manifestPath)!);
        context.ReadManifest(manifestText, openText);
        return context;
    }

    /// <summary>A pack of one file outside any pack: no vocabulary, runtime defaults.</summary>
    public static PackContext ForLoneFile(string path, string text)
    {
        var context = new PackContext(null, Path.GetDirectoryName(path) ?? ".");
        context._order.Add(path);
        context._files[path] = new FileAnalysis(SyntaxTree.Parse(text, path), null, [], null);
        context.BindAll();
        return context;
    }

    /// <summary>Reads the manifest again (its text changed): vocabulary, defaults, sources, and binds every file.</summary>
    public void ReadManifest(string manifestText, Func<string, string?> openText)
    {
        ArgumentNullException.ThrowIfNull(ManifestPath);
        var read = PackManifestReader.Parse(manifestText, ManifestPath);
        var diagnostics = new List<PackDiagnostic>(read.Diagnostics.Select(d => new PackDiagnostic(d, read.Source)));
        ManifestText = read.Source;
        Manifest = read.Manifest;
        Vocabulary = Vocabulary.Empty;
        Options = GenerationOptions.Default;
        if (read.Manifest is { } manifest)
        {
            Vocabulary = PackLoader.ReadVocabulary(manifest, diagnostics).Vocabulary;
            Options = manifest.Defaults.ApplyTo(GenerationOptions.Default);
            var keep = _order.Where(p => !manifest.ResolvedSources.Contains(p) && openText(p) is not null).ToList();
            _order.Clear();
            _order.AddRange(manifest.ResolvedSources.Select(Path.GetFullPath));
            _order.AddRange(keep.Where(p => !_order.Contains(p)));
            foreach (var stale in _files.Keys.Where(p => !_order.Contains(p)).ToList())
            {
                _files.Remove(stale);
            }
        }
        foreach (var path in _order)
        {
            string? error = null;
            var text = openText(path) ?? ReadOrNull(path, out error);
            if (text is null)
            {
                diagnostics.Add(new PackDiagnostic(PackLoadingDiagnostics.PackFileReadError(default, path, error ?? "unreadable"), read.Source));
                continue;
            }
            var version = _files.GetValueOrDefault(path)?.Version;
            _files[path] = new FileAnalysis(SyntaxTree.Parse(text, path), null, [], version);
        }
        _order.RemoveAll(p => !_files.ContainsKey(p));
        ManifestDiagnostics = [.. diagnostics];
        BindAll();
    }

    /// <summary>Adds a file the manifest does not name (a new file in the pack's folder), so its names resolve.</summary>
    public void Include(string path)
    {
        if (!_order.Contains(path))
        {
            _order.Add(path);
        }
    }

    /// <summary>
    /// The incremental step after an edit: parses <paramref name="text"/>, binds the file's generators against the
    /// pack's cached trees and returns its new analysis. Other files are not re-parsed or re-bound.
    /// </summary>
    public FileAnalysis Update(string path, string text, int? version)
    {
        Include(path);
        var tree = SyntaxTree.Parse(text, path);
        _files[path] = new FileAnalysis(tree, null, [], version);
        var binding = Binder.BindFile(Trees, tree);
        var analysis = Analyse(tree, binding, version);
        _files[path] = analysis;
        return analysis;
    }

    /// <summary>
    /// The pack-level problems, located in pack.yaml: the manifest's and vocabulary's, then (when every file compiles)
    /// the loader's checks of the generator selection and declared data, run on the bound generators.
    /// </summary>
    public ImmutableArray<PackDiagnostic> PackDiagnostics()
    {
        var result = new List<PackDiagnostic>(ManifestDiagnostics);
        if (Manifest is { } manifest && Files.All(f => !f.HasErrors && f.Binding is not null))
        {
            var generators = Files.SelectMany(f => f.Generators.Select(g => (CompiledGenerator)new Compiler.Interpreter.InterpretedGenerator(g, f.Binding!.Pack)));
            PackLoader.SelectGenerators(manifest, [.. generators], result);
        }
        return [.. result];
    }

    /// <summary>Binds every file once (on load and when the manifest changes).</summary>
    private void BindAll()
    {
        var trees = Trees;
        var binding = Binder.Bind(trees);
        foreach (var tree in trees)
        {
            var generators = binding.Pack.Generators.Where(g => ReferenceEquals(g.Source, tree.Text)).ToImmutableArray();
            var diagnostics = binding.Diagnostics.Where(d => ReferenceEquals(d.Source, tree.Text)).ToImmutableArray();
            var own = new BindingResult(new BoundPack(default, binding.Pack.PhraseSets, generators), diagnostics);
            _files[tree.Text.Path] = Analyse(tree, own, _files[tree.Text.Path].Version);
        }
    }

    // What the compiler reports for the file: syntax errors stop it before binding, binding errors before emitting.
    private static FileAnalysis Analyse(SyntaxTree tree, BindingResult binding, int? version)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        diagnostics.AddRange(tree.Diagnostics.Select(d => d with { Source = tree.Text }));
        if (!tree.HasErrors)
        {
            diagnostics.AddRange(binding.Diagnostics);
            if (!binding.HasErrors && !binding.Pack.Generators.IsEmpty)
            {
                var emitted = PackEmitter.Emit(binding.Pack, [tree], EmitOptions.Default);
                diagnostics.AddRange(emitted.Diagnostics.Select(d => d with { Source = d.Source ?? tree.Text }));
            }
        }
        return new FileAnalysis(tree, binding, diagnostics.ToImmutable(), version);
    }

    private static string? ReadOrNull(string path, out string? error)
    {
        error = null;
        try
        {
            return System.IO.File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = e.Message;
            return null;
        }
    }
}
