using System.Collections.Immutable;

namespace ProVision.Runtime.Items;

/// <summary>
/// Argument checks for <see cref="GeneratedItem"/>, kept apart so the item type reads as data.
/// Each method returns the normalised value (default arrays become empty ones).
/// </summary>
internal static class ItemValidation
{
    public static ImmutableArray<string> Images(ImmutableArray<string> images)
    {
        if (images.IsDefaultOrEmpty)
        {
            throw new ArgumentException("An item needs at least one image.", nameof(images));
        }
        foreach (var image in images)
        {
            if (string.IsNullOrEmpty(image))
            {
                throw new ArgumentException("Image paths must be non-empty.", nameof(images));
            }
        }
        return images;
    }

    public static ImmutableArray<string> Choices(ImmutableArray<string> choices)
    {
        if (choices.IsDefault)
        {
            return ImmutableArray<string>.Empty;
        }
        foreach (var choice in choices)
        {
            if (choice is null)
            {
                throw new ArgumentException("Choices must not be null.", nameof(choices));
            }
        }
        return choices;
    }

    public static ImmutableArray<KeyValuePair<string, string>> Slots(ImmutableArray<KeyValuePair<string, string>> slots)
    {
        if (slots.IsDefault)
        {
            return ImmutableArray<KeyValuePair<string, string>>.Empty;
        }
        // Slots become a JSON object, where a duplicate key would silently lose one value on reading.
        var repeated = new RepeatedKeys<string>(slots);
        for (var i = 0; i < slots.Length; i++)
        {
            var (key, value) = slots[i];
            if (key is null || value is null)
            {
                throw new ArgumentException("Slot names and values must not be null.", nameof(slots));
            }
            if (repeated.Repeats(i))
            {
                throw new ArgumentException($"Duplicate slot '{key}'.", nameof(slots));
            }
        }
        return slots;
    }

    public static Evidence Evidence(Evidence? evidence, int imageCount)
    {
        if (evidence is null)
        {
            return Items.Evidence.None(imageCount);
        }
        if (evidence.PerImage.Length != imageCount)
        {
            throw new ArgumentException(
                $"Evidence has {evidence.PerImage.Length} entries but the item has {imageCount} image(s); it needs one per image.",
                nameof(evidence));
        }
        return evidence;
    }

    public static ImmutableArray<KeyValuePair<string, ImmutableArray<TagValue>>> Tags(
        ImmutableArray<KeyValuePair<string, ImmutableArray<TagValue>>> tags)
    {
        if (tags.IsDefault)
        {
            return ImmutableArray<KeyValuePair<string, ImmutableArray<TagValue>>>.Empty;
        }
        var repeated = new RepeatedKeys<ImmutableArray<TagValue>>(tags);
        var anyDefault = false;
        for (var i = 0; i < tags.Length; i++)
        {
            var (key, values) = tags[i];
            if (key is null)
            {
                throw new ArgumentException("Tag names must not be null.", nameof(tags));
            }
            if (repeated.Repeats(i))
            {
                throw new ArgumentException($"Duplicate tag '{key}'.", nameof(tags));
            }
            anyDefault |= values.IsDefault;
        }
        // Every item's tags pass here: copied only when a default value list must become an empty one.
        if (!anyDefault) return tags;
        var builder = ImmutableArray.CreateBuilder<KeyValuePair<string, ImmutableArray<TagValue>>>(tags.Length);
        foreach (var (key, values) in tags)
        {
            builder.Add(new(key, values.IsDefault ? ImmutableArray<TagValue>.Empty : values));
        }
        return builder.MoveToImmutable();
    }
}
