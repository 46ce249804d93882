using System.Collections.Immutable;
using ProVision.Runtime.Items;
using ProVision.Runtime.Randomness;
using ProVision.Runtime.Templates;

namespace ProVision.Runtime.Generation;

/// <summary>
/// An emitted item that is not rendered yet: a copy of its draft, its key and its item number. The single-image
/// engine collects these, keeps k per generator per image, and renders only those, so the templates, slot strings
/// and options of the other candidates are never built. <see cref="Render"/> gives exactly the item an immediate
/// emit would have given (same key, same number, same code).
/// </summary>
/// <remarks>
/// Reusable: a collector may hand the same instance out again (<see cref="IDeferredItemCollector.Rent"/>) once it
/// is done with it, so the drafts' storage is recycled across images. Valid while its context is, i.e. until the
/// generator run that emitted it is finished with; render before starting the next run over the same context.
/// </remarks>
public sealed class DeferredItem
{
    private GeneratorContext? _context;
    private ItemDraft? _draft;
    private CompiledTemplates? _templates;
    private int _fixedPhrasing;
    private RandomKey _key;
    private int _number;
    private string _drawId = "";
    private ImmutableArray<string> _images;
    private double _selectionValue;

    /// <summary>The generator that emitted it.</summary>
    public string Generator => _context?.Generator ?? throw NotCaptured();

    /// <summary>The item number within its context (the last part of the item id).</summary>
    public int Number => _number;

    /// <summary>
    /// The item's selection value, from its own key: uniform in [0, 1) (<see cref="GeneratorContext.SelectionValue"/>),
    /// or under balancing weights the exponential key (<see cref="GeneratorContext.WeightedSelectionValue"/>). Keeping
    /// the k items with the smallest values is a uniform (weighted) sample of k, the same in any thread or shard.
    /// </summary>
    public double SelectionValue => _selectionValue;

    internal void Capture(GeneratorContext context, ItemDraft draft, CompiledTemplates templates, int fixedPhrasing, RandomKey key,
        int number, string drawId, ImmutableArray<string> images, double selectionValue)
    {
        if (_draft is null || _draft.ImageCount != draft.ImageCount)
        {
            _draft = ItemDraft.CreateCopyTarget(draft.ImageCount);
        }
        _draft.CopyFrom(draft);
        _context = context;
        _templates = templates;
        _fixedPhrasing = fixedPhrasing;
        _key = key;
        _number = number;
        _drawId = drawId;
        _images = images;
        _selectionValue = selectionValue;
    }

    /// <summary>The item, rendered now (templates, slots, options, evidence, tags).</summary>
    public GeneratedItem Render()
    {
        if (_context is null || _draft is null || _templates is null) throw NotCaptured();
        return _context.Render(_draft, _templates, _fixedPhrasing, _key, _number, _drawId, _images);
    }

    /// <summary>The copied draft (tags are read from it for balanced sampling, without rendering).</summary>
    internal ItemDraft Draft => _draft ?? throw NotCaptured();

    private static InvalidOperationException NotCaptured() => new("This deferred item holds no emitted draft.");
}

