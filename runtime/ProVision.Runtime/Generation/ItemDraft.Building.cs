using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ProVision.Runtime.Items;

namespace ProVision.Runtime.Generation;

/// <content>
/// The immutable parts of a finished item, built from the draft. Each is a new array the item wraps as it is (no
/// builder, no second copy): every emitted item makes them.
/// </content>
public sealed partial class ItemDraft
{
    internal ImmutableArray<KeyValuePair<string, string>> RenderSlots()
    {
        var slots = new KeyValuePair<string, string>[SlotCount];
        for (var i = 0; i < slots.Length; i++)
        {
            slots[i] = new KeyValuePair<string, string>(_slotNames[i], Render(_slotValues[i]));
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(slots);
    }

    internal Evidence BuildEvidence()
    {
        var perImage = new ImageEvidence[_objects.Length];
        for (var i = 0; i < perImage.Length; i++)
        {
            perImage[i] = _objects[i].Count == 0 && _relations[i].Count == 0
                ? ImageEvidence.None
                : new ImageEvidence(Copy(_objects[i]), Copy(_relations[i]));
        }
        return new Evidence(ImmutableCollectionsMarshal.AsImmutableArray(perImage));
    }

    internal ImmutableArray<KeyValuePair<string, ImmutableArray<TagValue>>> BuildTags()
    {
        var tags = new KeyValuePair<string, ImmutableArray<TagValue>>[_tagCount];
        for (var i = 0; i < tags.Length; i++)
        {
            tags[i] = new KeyValuePair<string, ImmutableArray<TagValue>>(_tagNames[i], Copy(_tagValues[i]));
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(tags);
    }

    private static ImmutableArray<T> Copy<T>(List<T> values) =>
        values.Count == 0 ? [] : ImmutableCollectionsMarshal.AsImmutableArray(values.ToArray());
}
