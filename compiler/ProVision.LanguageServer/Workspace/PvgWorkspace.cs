using ProVision.Compiler.Packs;
using ProVision.LanguageServer.Protocol;

namespace ProVision.LanguageServer.Workspace;

/// <summary>
/// The documents the client has open and the packs they belong to. A .pvg file belongs to the pack of the nearest
/// pack.yaml above it (as <c>provision check</c> resolves it), else to a pack of its own; an open pack.yaml is that
/// pack's manifest. Open documents are read from the editor's text, every other file from disk. Not thread-safe:
/// the server calls it from one request at a time.
/// </summary>
internal sealed class PvgWorkspace
{
    private readonly Dictionary<string, OpenDocument> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PackContext> _packs = new(StringComparer.Ordinal);

    /// <summary>An open document: the URI the client used, its text and version.</summary>
    public sealed record OpenDocument(string Uri, string Path, string Text, int Version);

    /// <summary>True when <paramref name="path"/> names a pack manifest.</summary>
    public static bool IsManifest(string path) => Path.GetFileName(path).Equals(PackManifestReader.FileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>The open documents.</summary>
    public IEnumerable<OpenDocument> OpenDocuments => _open.Values;

    /// <summary>The open document at <paramref name="path"/>, or null.</summary>
    public OpenDocument? Open(string path) => _open.GetValueOrDefault(path);

    /// <summary>The URI to answer with for a path: the client's own for an open document.</summary>
    public string UriOf(string path) => _open.TryGetValue(path, out var document) ? document.Uri : DocumentUri.FromPath(path);

    /// <summary>Opens (or replaces) a document and analyses it; returns its pack.</summary>
    public PackContext DidOpen(TextDocumentItem item)
    {
        var path = DocumentUri.ToPath(item.Uri);
        _open[path] = new OpenDocument(item.Uri, path, item.Text ?? "", item.Version);
        return Analyse(path);
    }

    /// <summary>Applies an edit and analyses the document again; returns its pack.</summary>
    public PackContext? DidChange(DidChangeTextDocumentParams change)
    {
        var path = DocumentUri.ToPath(change.TextDocument.Uri);
        if (!_open.TryGetValue(path, out var document))
        {
            return null;
        }
        var text = TextPositions.Apply(document.Text, change.ContentChanges ?? [], path);
        _open[path] = document with { Text = text, Version = change.TextDocument.Version };
        return Analyse(path);
    }

    /// <summary>Closes a document: from now on its file is read from disk.</summary>
    public PackContext? DidClose(string uri)
    {
        var path = DocumentUri.ToPath(uri);
        if (!_open.Remove(path))
        {
            return null;
        }
        if (IsManifest(path))
        {
            return _packs.GetValueOrDefault(path) is { } pack ? Reload(pack) : null;
        }
        var owner = PackOf(path);
        if (File.Exists(path))
        {
            owner.Update(path, File.ReadAllText(path), null);
        }
        return owner;
    }

    /// <summary>The pack a path belongs to (loading it on first use).</summary>
    public PackContext PackOf(string path)
    {
        if (IsManifest(path))
        {
            return Pack(path);
        }
        var manifest = EnclosingManifest(path);
        if (manifest is null)
        {
            if (!_packs.TryGetValue(path, out var lone))
            {
                lone = PackContext.ForLoneFile(path, TextOf(path) ?? "");
                _packs[path] = lone;
            }
            return lone;
        }
        return Pack(manifest);
    }

    /// <summary>The analysis of the .pvg file at <paramref name="path"/>, or null.</summary>
    public FileAnalysis? Analysis(string path) => IsManifest(path) ? null : PackOf(path).File(path);

    private PackContext Analyse(string path)
    {
        if (IsManifest(path))
        {
            return _packs.TryGetValue(path, out var existing) ? Reload(existing) : Pack(path);
        }
        var pack = PackOf(path);
        var document = _open[path];
        if (pack.File(path) is not { } current || current.Version != document.Version || current.Text.Text != document.Text)
        {
            pack.Update(path, document.Text, document.Version);
        }
        return pack;
    }

    private PackContext Pack(string manifestPath)
    {
        if (!_packs.TryGetValue(manifestPath, out var pack))
        {
            pack = PackContext.ForManifest(manifestPath, TextOf(manifestPath) ?? "", OpenText);
            _packs[manifestPath] = pack;
        }
        return pack;
    }

    private PackContext Reload(PackContext pack)
    {
        pack.ReadManifest(TextOf(pack.ManifestPath!) ?? "", OpenText);
        return pack;
    }

    private string? OpenText(string path) => _open.TryGetValue(path, out var document) ? document.Text : null;

    private string? TextOf(string path)
    {
        if (OpenText(path) is { } text)
        {
            return text;
        }
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string? EnclosingManifest(string path)
    {
        if (!Path.IsPathRooted(path))
        {
            return null;
        }
        for (var folder = new FileInfo(path).Directory; folder is not null; folder = folder.Parent)
        {
            var manifest = Path.Combine(folder.FullName, PackManifestReader.FileName);
            if (File.Exists(manifest))
            {
                return manifest;
            }
        }
        return null;
    }
}
