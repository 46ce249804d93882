using System.Collections.Immutable;
using ProVision.Runtime.Items;
using ProVision.Runtime.Randomness;
using ProVision.Runtime.Templates;

namespace ProVision.Runtime.Generation;

/// <content>Turning a draft into items.</content>
public sealed partial class GeneratorContext
{
    /// <summary>
    /// Emits the draft: one item with a random phrasing of the current mode, or one item per phrasing when
    /// <see cref="GenerationOptions.AllTemplates"/> is set. Nothing is emitted when the generator has no phrasing
    /// for the mode (a caption generator in QA mode), and nothing beyond the item budget.
    /// </summary>
    /// <remarks>
    /// Per item, from <c>draft.Key.Derive("emit")</c> (and <c>.Derive(t)</c> for phrasing <c>t</c> in all-templates
    /// mode): sub-stream "format" draws number words, phrasing, image-token position, response phrasing, in that
    /// order; "lists" orders list values; "choices" draws the multiple-choice decision and the option layout.
    /// Separate sub-streams keep each part's numbers fixed when another part changes.
    /// </remarks>
    /// <exception cref="InvalidOperationException">The draft is not this context's open draft, or it has no answer (which only a
    /// context <see cref="CountingTags"/> accepts: the emitted code does not build the answer there).</exception>
    public void Emit(ItemDraft draft, CompiledTemplates templates)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(templates);
        if (!ReferenceEquals(draft, _draft) || !_draftOpen)
        {
            throw new InvalidOperationException("Emit takes the draft returned by this context's latest BeginItem, once.");
        }
        if (draft.Answer.IsNone && !CountingTags)
        {
            throw new InvalidOperationException($"Item {DrawId}/{Generator}: the emit block set no answer.");
        }
        _draftOpen = false;
        var qa = Options.Mode == GenerationMode.Qa;
        var phrasings = qa ? templates.QuestionCount : templates.DescriptionCount;
        if (phrasings == 0)
        {
            return;
        }
        // Counting tags (balanced pass 1) reads no key: every candidate of a run passes here, so none is derived.
        var emitKey = CountingTags ? default : draft.Key.Derive(KeyPurpose.Emit);
        if (!Options.AllTemplates)
        {
            EmitOne(draft, templates, -1, emitKey);
            return;
        }
        for (var t = 0; t < phrasings && EmitOne(draft, templates, t, CountingTags ? default : emitKey.Derive(t)); t++)
        {
        }
    }

    /// <summary>
    /// Emits one item of the draft, or stops at the item budget. A <see cref="IDeferredItemCollector"/> gets a copy
    /// of the draft to render later (or never, if it is not kept); any other collector gets the rendered item now.
    /// Both paths render through <see cref="Render"/> with the same key and item number, so the bytes are the same.
    /// </summary>
    private bool EmitOne(ItemDraft draft, CompiledTemplates templates, int fixedPhrasing, RandomKey key)
    {
        if (NumbersByItem ? ItemCount >= Options.ItemsPerGraphBudget : DraftCount > Options.ItemsPerGraphBudget)
        {
            StopReason = StopReason.ItemBudget;
            return false;
        }
        // The candidate's attempt index numbers it, so an item has the same id whether the candidates before it were
        // skipped (Admits) or emitted, and whether their emit blocks completed.
        var number = NumbersByItem ? ItemCount : checked((int)draft.Index);
        if (_collector is IDraftCounter counter)
        {
            counter.Count(Generator, draft);
        }
        else if (_collector is IDeferredItemCollector deferred)
        {
            // Weighted: the weight is known now that the tags are set; a candidate that cannot be kept is not copied.
            var value = SelectionValue(key);
            if (deferred.Weights is { } weights) value = WeightedSelectionValue(value, weights.Weight(Generator, draft));
            if (deferred.Wants(value, number))
            {
                var item = deferred.Rent();
                item.Capture(this, draft, templates, fixedPhrasing, key, number, DrawId, ItemImages, value);
                deferred.Add(item);
            }
        }
        else
        {
            _collector.Add(Render(draft, templates, fixedPhrasing, key, number, DrawId, ItemImages));
        }
        ItemCount++;
        return true;
    }

    /// <summary>
    /// Renders item number <paramref name="number"/> of draw <paramref name="drawId"/> from <paramref name="draft"/>
    /// (<see cref="ItemRenderer"/>). The draw's id and images are passed in because a drawing context moves on to other
    /// draws while a deferred item waits.
    /// </summary>
    internal GeneratedItem Render(ItemDraft draft, CompiledTemplates templates, int fixedPhrasing, RandomKey key, int number,
        string drawId, ImmutableArray<string> images) =>
        new ItemRenderer(Options, Generator).Render(draft, templates, fixedPhrasing, key, number, drawId, images);
}
