using System.Collections.Immutable;
using ProVision.Compiler.Compilation;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Text;
using ProVision.Runtime.Formats;
using ProVision.Runtime.Stdlib;

namespace ProVision.Compiler.Packs;

/// <summary>
/// Loads a pack from a pack.yaml (or the folder holding one) or from a .pvpack: the seam the CLI uses.
/// </summary>
/// <remarks>
/// <para>pack.yaml: read the manifest and vocabulary, parse the sources, and stop there if anything failed; else
/// emit C# through <see cref="Api.CompilationDriver"/> (or <see cref="PackLoadOptions.Emit"/>, a test seam) and compile it (cache first, then Roslyn and the sandbox).</para>
/// <para>.pvpack: read the archive, parse its manifest and vocabulary, and compile its C# the same way (normally
/// a cache hit). Its compiled image is used directly only with <see cref="PackLoadOptions.TrustCompiledImage"/>;
/// otherwise it is only compared with the image its C# compiles to (a difference is warning PV3021).</para>
/// <para>Then, for both: generator names and aliases must be unique, <c>generators: enable/disable</c> must name
/// real generators, and every enabled generator's data needs must be declared in <c>data</c>.</para>
/// </remarks>
public static partial class PackLoader
{
    /// <summary>The process-wide compiler with the default disk cache: <see cref="Api.CompilationDriver.SharedCompiler"/>.</summary>
    public static RoslynPackCompiler DefaultCompiler => Api.CompilationDriver.SharedCompiler;

    /// <summary>Loads the pack at <paramref name="path"/>: a pack.yaml, a folder holding one, or a .pvpack.</summary>
    public static PackLoadResult Load(string path, PackLoadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= new PackLoadOptions();
        if (path.EndsWith(PackArchive.Extension, StringComparison.OrdinalIgnoreCase) && !Directory.Exists(path))
        {
            return LoadArchive(path, options);
        }
        var manifestPath = Directory.Exists(path) ? Path.Combine(path, PackManifestReader.FileName) : path;
        if (!File.Exists(manifestPath))
        {
            return Fail([new PackDiagnostic(PackLoadingDiagnostics.PackPathNotFound(default, path), path, null)]);
        }
        return LoadManifest(manifestPath, options);
    }

    /// <summary>Like <see cref="Load"/>, on the thread pool (reading, parsing and compiling are all CPU or disk bound).</summary>
    public static Task<PackLoadResult> LoadAsync(string path, PackLoadOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.Run(() => Load(path, options), cancellationToken);

    /// <summary>
    /// Loads one .pvg file that belongs to no pack as a pack of its own: named after the file, declaring every kind of
    /// data (so only the generators' own <c>needs</c> are checked), with no vocabulary or defaults.
    /// </summary>
    public static PackLoadResult LoadSourceFile(string pvgPath, PackLoadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(pvgPath);
        if (!File.Exists(pvgPath))
        {
            return Fail([new PackDiagnostic(PackLoadingDiagnostics.PackPathNotFound(default, pvgPath), pvgPath, null)]);
        }
        var stem = new string([.. Path.GetFileNameWithoutExtension(pvgPath).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        var name = stem.Length > 0 && char.IsAsciiLetter(stem[0]) ? stem : "pvg-" + stem;
        var yaml = $"name: {name}\nversion: 0.0.0\nsources: [\"{Path.GetFileName(pvgPath).Replace("\"", "\\\"", StringComparison.Ordinal)}\"]\n" +
            $"data: [{string.Join(", ", PackManifestReader.DataKinds.Select(k => k.Name))}]\n";
        var manifestPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(pvgPath))!, PackManifestReader.FileName);
        return LoadManifest(PackManifestReader.Parse(yaml, manifestPath), options ?? new PackLoadOptions());
    }

    private static PackLoadResult LoadManifest(string manifestPath, PackLoadOptions options) =>
        LoadManifest(PackManifestReader.Read(manifestPath, options.ManifestShownPath, options.Emit is null ? options.Precompiled?.Manifest : null), options);

    private static PackLoadResult LoadManifest(PackManifestResult read, PackLoadOptions options)
    {
        StartupTrace.Mark("manifest");
        var diagnostics = new List<PackDiagnostic>();
        diagnostics.AddRange(read.Diagnostics.Select(d => new PackDiagnostic(d, read.Source)));
        if (read.Manifest is not { } manifest)
        {
            return Fail(diagnostics);
        }
        var (vocabulary, vocabularyJson) = ReadVocabulary(manifest, diagnostics, options.Emit is null ? options.Precompiled?.Vocabulary : null);
        StartupTrace.Mark("vocabulary");
        var files = PackSources.Read(manifest);
        diagnostics.AddRange(files.Diagnostics);
        StartupTrace.Mark("pack read");
        if (diagnostics.Exists(d => d.IsError))
        {
            return Fail(diagnostics);
        }

        // Files that compiled cleanly before load without the front end (docs/packs.md#cache-keys); a
        // test's own emitter has no key.
        var compiler = options.Compiler ?? DefaultCompiler;
        var identity = new PackIdentity(manifest.Name.Value, manifest.Version);
        // The host's own build of these very files knows their key without hashing them (docs/packs.md#cache-keys).
        var keyParts = options.Emit is null
            ? PackSourceKey.Parts(identity, new PackSourceKey.File(manifest.Source.Path, manifest.Source.Text), vocabularyJson, files.Files)
            : null;
        var sourceKey = keyParts is null ? null : options.Precompiled?.TryKeyOf(keyParts) ?? PackSourceKey.Compute(keyParts);
        StartupTrace.Mark("cache key");
        if (sourceKey is not null && options.Precompiled is { } precompiled)
        {
            // The host's own build of these very files: no cache, no Roslyn, no sandbox (docs/packs.md#precompiled-built-in-pack).
            if (precompiled.SourceKey == sourceKey && FrontEndNotes.Decode(precompiled.FrontEndNotes, files.Files) is { } frontEndNotes)
            {
                diagnostics.AddRange(frontEndNotes);
                var precompiledCSharp = precompiled.ReadCSharpOnDemand();
                var assembly = precompiled.Load(identity, precompiledCSharp);
                StartupTrace.Mark("precompiled");
                return Finish(manifest, vocabulary, vocabularyJson, sourceKey, assembly, precompiledCSharp, diagnostics, precompiled.ContentHash);
            }
            StartupTrace.Mark("precompiled not used (the files differ from its build)");
        }
        if (sourceKey is not null && compiler.TryLoadBySources(sourceKey, identity, out var known, out var notes)
            && FrontEndNotes.Decode(notes, files.Files) is { } frontEnd)
        {
            diagnostics.AddRange(frontEnd);
            return Finish(manifest, vocabulary, vocabularyJson, sourceKey, known, diagnostics);
        }
        var before = diagnostics.Count;
        if (options.Emit is null)
        {
            RoslynPackCompiler.BeginWarmUp();
        }

        var sources = PackSources.Parse(files with { Diagnostics = [] });
        diagnostics.AddRange(sources.Diagnostics);
        if (diagnostics.Exists(d => d.IsError))
        {
            return Fail(diagnostics);
        }
        var (emitted, csharp) = options.Emit is { } emit ? emit(sources.Trees) : Api.PvgCompiler.Emit(sources.Trees);
        StartupTrace.Mark("bind + emit");
        // Binding and emit know which .pvg each diagnostic is about (Diagnostic.Source); only one without a file
        // (a pack-wide emit problem) is reported against pack.yaml.
        var onlySource = sources.Trees.Length == 1 ? sources.Trees[0].Text : null;
        diagnostics.AddRange(emitted.Select(d => (d.Source ?? onlySource) is { } source
            ? new PackDiagnostic(d, source)
            : new PackDiagnostic(d, manifest.Source.Path, null)));
        if (diagnostics.Exists(d => d.IsError))
        {
            return Fail(diagnostics);
        }
        if (csharp is null)
        {
            diagnostics.Add(new PackDiagnostic(PackLoadingDiagnostics.EmitProducedNoCode(default), manifest.Source.Path, null));
            return Fail(diagnostics);
        }
        var compiled = compiler.Compile(csharp, identity);
        if (sourceKey is not null)
        {
            compiler.RememberSources(sourceKey, compiled, FrontEndNotes.Encode(diagnostics.Skip(before)));
        }
        return Finish(manifest, vocabulary, vocabularyJson, sourceKey, compiled, diagnostics);
    }

    private static PackLoadResult LoadArchive(string path, PackLoadOptions options)
    {
        var diagnostics = new List<PackDiagnostic>();
        var (contents, error) = PackArchive.Read(path);
        if (contents is null)
        {
            return Fail([new PackDiagnostic(error!, path, null)]);
        }
        var read = PackManifestReader.Parse(contents.Manifest, path + "!/" + PackManifestReader.FileName, resolveFiles: false);
        diagnostics.AddRange(read.Diagnostics.Select(d => new PackDiagnostic(d, read.Source)));
        if (read.Manifest is not { } manifest)
        {
            return Fail(diagnostics);
        }
        var vocabulary = ParseVocabulary(manifest, contents.Vocabulary, path + "!/vocabulary", diagnostics);
        if (diagnostics.Exists(d => d.IsError))
        {
            return Fail(diagnostics);
        }
        var compiler = options.Compiler ?? DefaultCompiler;
        var identity = new PackIdentity(manifest.Name.Value, manifest.Version);
        PackCompileResult compiled;
        if (options.TrustCompiledImage && contents.MatchesThisBuild)
        {
            compiled = compiler.LoadTrusted(contents.CSharp, identity, contents.Image);
        }
        else
        {
            compiled = compiler.Compile(contents.CSharp, identity);
            if (compiled.Assembly is { } assembly && contents.MatchesThisBuild && !assembly.Image.ContentEquals(contents.Image))
            {
                diagnostics.Add(new PackDiagnostic(PackLoadingDiagnostics.PackArchiveImageMismatch(default, path), path, null));
            }
        }
        return Finish(manifest, vocabulary, contents.Vocabulary, null, compiled, diagnostics);
    }

    /// <summary>
    /// The vocabulary file a manifest names, read and parsed (empty when it names none); problems go to
    /// <paramref name="diagnostics"/>. A file whose text is <paramref name="carried"/>'s is built from the entries the
    /// host's build carries instead of parsed (docs/packs.md#precompiled-built-in-pack).
    /// </summary>
    internal static (Vocabulary Vocabulary, string? Json) ReadVocabulary(PackManifest manifest, List<PackDiagnostic> diagnostics, CarriedVocabulary? carried = null)
    {
        string? json = null;
        if (manifest.ResolvedVocabulary is { } vocabularyPath)
        {
            try
            {
                json = File.ReadAllText(vocabularyPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(new PackDiagnostic(PackLoadingDiagnostics.PackFileReadError(manifest.Vocabulary!.Value.Span, vocabularyPath, e.Message), manifest.Source));
            }
        }
        if (carried is not null && json is not null)
        {
            if (carried.VocabularyFor(json, out var whyNot) is { } built)
            {
                return (built, json);
            }
            StartupTrace.Mark($"carried vocabulary not used ({whyNot})");
        }
        return (ParseVocabulary(manifest, json, manifest.ResolvedVocabulary ?? "", diagnostics), json);
    }

    private static Vocabulary ParseVocabulary(PackManifest manifest, string? json, string shownPath, List<PackDiagnostic> diagnostics)
    {
        if (json is null)
        {
            return Vocabulary.Empty;
        }
        try
        {
            return VocabularyReader.Parse(json, shownPath);
        }
        catch (DataFormatException e)
        {
            var span = manifest.Vocabulary?.Span ?? default;
            diagnostics.Add(new PackDiagnostic(PackLoadingDiagnostics.InvalidVocabulary(span, e.Message), manifest.Source));
            return Vocabulary.Empty;
        }
    }

    private static PackLoadResult Finish(PackManifest manifest, Vocabulary vocabulary, string? vocabularyJson, string? sourceKey, PackCompileResult compiled, List<PackDiagnostic> diagnostics)
    {
        diagnostics.AddRange(compiled.Diagnostics.Select(d => new PackDiagnostic(d, compiled.CSharp)));
        return compiled.Assembly is { } assembly
            ? Finish(manifest, vocabulary, vocabularyJson, sourceKey, assembly, new Lazy<string>(compiled.CSharp.Text), diagnostics)
            : Fail(diagnostics);
    }

    private static PackLoadResult Finish(PackManifest manifest, Vocabulary vocabulary, string? vocabularyJson, string? sourceKey, CompiledAssembly assembly, Lazy<string> csharp, List<PackDiagnostic> diagnostics,
        string? carriedContentHash = null)
    {
        var enabled = SelectGenerators(manifest, assembly.Generators, diagnostics);
        if (diagnostics.Exists(d => d.IsError))
        {
            return Fail(diagnostics);
        }
        var pack = new GeneratorPack(manifest, vocabulary, vocabularyJson, assembly, csharp, enabled, carriedContentHash) { SourceKey = sourceKey };
        return new PackLoadResult(pack, [.. diagnostics]);
    }

    private static PackLoadResult Fail(IEnumerable<PackDiagnostic> diagnostics) => new(null, [.. diagnostics]);
}
