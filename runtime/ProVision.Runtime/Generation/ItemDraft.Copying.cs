using ProVision.Runtime.Items;

namespace ProVision.Runtime.Generation;

/// <content>Copying a draft, so that an emitted item can be rendered later (<see cref="DeferredItem"/>).</content>
public sealed partial class ItemDraft
{
    /// <summary>A blank draft for <paramref name="imageCount"/> images, to copy emitted drafts into.</summary>
    internal static ItemDraft CreateCopyTarget(int imageCount) => new(imageCount);

    /// <summary>
    /// Makes this draft a copy of everything <paramref name="source"/>'s emit block set (slots, answer, candidates,
    /// evidence, tags, key), reusing this draft's storage. Rendering state is reset: rendering prepares it from the
    /// item's key, as it would on the source. The item's own random stream is not copied; rendering never reads it.
    /// </summary>
    internal void CopyFrom(ItemDraft source)
    {
        if (source.ImageCount != ImageCount)
        {
            throw new ArgumentException($"A draft of {ImageCount} image(s) cannot hold a copy of one of {source.ImageCount}.", nameof(source));
        }
        Reset(source.Index, source.Key);
        if (_slotNames.Length < source.SlotCount)
        {
            _slotNames = new string[source._slotNames.Length];
            _slotValues = new SlotValue[source._slotValues.Length];
        }
        Array.Copy(source._slotNames, _slotNames, source.SlotCount);
        Array.Copy(source._slotValues, _slotValues, source.SlotCount);
        SlotCount = source.SlotCount;
        _answer = source._answer;
        _candidates.AddRange(source._candidates);
        for (var i = 0; i < _objects.Length; i++)
        {
            _objects[i].AddRange(source._objects[i]);
            _relations[i].AddRange(source._relations[i]);
        }
        if (_tagNames.Length < source._tagCount)
        {
            Array.Resize(ref _tagNames, source._tagNames.Length);
            Array.Resize(ref _tagValues, source._tagValues.Length);
        }
        for (var i = 0; i < source._tagCount; i++)
        {
            _tagNames[i] = source._tagNames[i];
            (_tagValues[i] ??= []).Clear();
            _tagValues[i].AddRange(source._tagValues[i]);
        }
        _tagCount = source._tagCount;
    }

    /// <summary>The number of distinct tags set.</summary>
    internal int TagCount => _tagCount;

    /// <summary>The name of tag number <paramref name="index"/>.</summary>
    internal string TagName(int index) => _tagNames[index];

    /// <summary>The values of tag number <paramref name="index"/>, in the order they were added.</summary>
    internal List<TagValue> TagValues(int index) => _tagValues[index];
}
