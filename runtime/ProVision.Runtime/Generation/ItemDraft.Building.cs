using System.Collections.Immutable;
using ProVision.Runtime.Items;

namespace ProVision.Runtime.Generation;

/// <content>The immutable parts of a finished item, built from the draft.</content>
public sealed partial class ItemDraft
{
    internal ImmutableArray<KeyValuePair<string, string>> RenderSlots()
    {
        var slots = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>(SlotCount);
        for (var i = 0; i < SlotCount; i++)
        {
            slots.Add(new KeyValuePair<string, string>(_slotNames[i], Render(_slotValues[i])));
        }
        return slots.MoveToImmutable();
    }

    internal Evidence BuildEvidence()
    {
        var perImage = ImmutableArray.CreateBuilder<ImageEvidence>(_objects.Length);
        for (var i = 0; i < _objects.Length; i++)
        {
            perImage.Add(_objects[i].Count == 0 && _relations[i].Count == 0
                ? ImageEvidence.None
                : new ImageEvidence([.. _objects[i]], [.. _relations[i]]));
        }
        return new Evidence(perImage.MoveToImmutable());
    }

    internal ImmutableArray<KeyValuePair<string, ImmutableArray<TagValue>>> BuildTags()
    {
        var tags = ImmutableArray.CreateBuilder<KeyValuePair<string, ImmutableArray<TagValue>>>(_tagCount);
        for (var i = 0; i < _tagCount; i++)
        {
            tags.Add(new KeyValuePair<string, ImmutableArray<TagValue>>(_tagNames[i], [.. _tagValues[i]]));
        }
        return tags.MoveToImmutable();
    }
}
