using ProVision.Runtime.Items;

namespace ProVision.Runtime.Writing.Images;

/// <summary>
/// <c>--image-root DIR</c>: hands items on with their image paths made relative to DIR (forward slashes, as LLaVA's
/// and Hugging Face's loaders join them to an image folder). A graph's relative path is taken relative to
/// <c>imageBase</c> first. An image outside DIR stops the run with <see cref="ItemWriteException"/>: a path that
/// climbs out of the image folder would not load where the data set goes.
/// </summary>
public sealed class RelativeImagePaths(IItemSink inner, string imageBase, string imageRoot) : IItemSink
{
    private readonly string _base = Path.GetFullPath(imageBase);
    private readonly string _root = Path.GetFullPath(imageRoot);
    private readonly Dictionary<string, string> _mapped = new(StringComparer.Ordinal);

    /// <summary>The path of <paramref name="image"/> relative to the root.</summary>
    /// <exception cref="ItemWriteException">The image lies outside the root.</exception>
    public string Map(string image, string itemId)
    {
        if (_mapped.TryGetValue(image, out var known)) return known;
        var full = Path.GetFullPath(image, _base);
        var relative = Path.GetRelativePath(_root, full);
        if (relative == "." || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
            throw new ItemWriteException($"item {itemId}: image {image} ({full}) is outside --image-root {_root}; choose a root that holds every image");
        relative = relative.Replace(Path.DirectorySeparatorChar, '/');
        if (_mapped.Count < 1_000_000) _mapped[image] = relative;
        return relative;
    }

    /// <inheritdoc/>
    public void Write(GeneratedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var images = item.Images.Select(i => Map(i, item.Id)).ToArray();
        inner.Write(images.AsSpan().SequenceEqual(item.Images.AsSpan()) ? item : new GeneratedItem(
            item.Id, item.Generator, item.Template, [.. images], item.Prompt, item.Response, item.Answer, item.Choices, item.Slots, item.Evidence, item.Tags)
        {
            ImageTokenFirst = item.ImageTokenFirst,
        });
    }

    /// <inheritdoc/>
    public void Complete() => inner.Complete();

    /// <inheritdoc/>
    public void Dispose() => inner.Dispose();
}
