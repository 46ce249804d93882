namespace ProVision.Pipeline.Imaging;

/// <summary>One image to annotate: where it is and the id its scene graph gets.</summary>
public sealed record ImageInput(string Path, string ImageId);

/// <summary>Finds the images named on a command line (files, or folders searched recursively) and gives each a unique id.</summary>
public static class ImageFiles
{
    /// <summary>
    /// Expands files and folders into images, in a stable order (each folder's files sorted by ordinal path).
    /// A file named explicitly is taken whatever its extension (the decoder reports it if it is not an image);
    /// in folders only <see cref="ImageDecoder.Extensions"/> count. The same file named twice is taken once.
    /// Ids are the file name without extension; when two files share one, both get their path relative to
    /// the folder they were found in (or their full path), without extension, with '/' separators.
    /// </summary>
    /// <exception cref="FileNotFoundException">An input is neither a file nor a folder.</exception>
    public static IReadOnlyList<ImageInput> Find(IEnumerable<string> inputs)
    {
        var found = new List<(string Full, string Relative)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                var full = System.IO.Path.GetFullPath(input);
                if (seen.Add(full)) found.Add((full, System.IO.Path.GetFileName(full)));
            }
            else if (Directory.Exists(input))
            {
                var root = System.IO.Path.GetFullPath(input);
                var files = Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden })
                    .Where(IsImageName)
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    if (seen.Add(file)) found.Add((file, System.IO.Path.GetRelativePath(root, file)));
                }
            }
            else
            {
                throw new FileNotFoundException($"{input}: no such file or folder", input);
            }
        }

        var stems = found.GroupBy(f => Stem(System.IO.Path.GetFileName(f.Full)), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = new List<ImageInput>(found.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (full, relative) in found)
        {
            var stem = Stem(System.IO.Path.GetFileName(full));
            var id = stems[stem] == 1 ? stem : Stem(relative).Replace('\\', '/');
            if (!ids.Add(id))
            {
                id = Stem(full).Replace('\\', '/');
                ids.Add(id);
            }
            result.Add(new ImageInput(full, id));
        }
        return result;
    }

    public static bool IsImageName(string path) =>
        ImageDecoder.Extensions.Contains(System.IO.Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private static string Stem(string path)
    {
        var extension = System.IO.Path.GetExtension(path);
        return extension.Length == 0 ? path : path[..^extension.Length];
    }
}
