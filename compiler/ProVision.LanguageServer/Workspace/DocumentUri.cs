namespace ProVision.LanguageServer.Workspace;

/// <summary>
/// File URIs and local paths. The server keeps full paths (the compiler's <c>SourceText.Path</c>), and answers with
/// the URI a client used for a document it opened, else the file URI of the path.
/// </summary>
internal static class DocumentUri
{
    /// <summary>The full local path of a <c>file:</c> URI; any other URI (<c>untitled:</c>) is kept as it is.</summary>
    public static string ToPath(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? Path.GetFullPath(parsed.LocalPath) : uri;
    }

    /// <summary>The <c>file:</c> URI of a full path (a path that is itself a URI is returned as it is).</summary>
    public static string FromPath(string path) =>
        Path.IsPathRooted(path) ? new Uri(path).AbsoluteUri : path;
}
