using System.Text;

namespace ProVision.Testing.Snapshots;

/// <summary>
/// The text conventions of snapshot files: UTF-8 without BOM, LF line endings, exactly one final newline, so a
/// snapshot compares equal on every platform and checkout setting.
/// </summary>
public static class SnapshotText
{
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static string Normalize(string text)
    {
        var lf = text.Replace("\r\n", "\n").Replace('\r', '\n');
        return lf.TrimEnd('\n') + "\n";
    }

    public static string Read(string path) => Normalize(File.ReadAllText(path, Encoding));

    public static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, Normalize(text), Encoding);
    }
}
