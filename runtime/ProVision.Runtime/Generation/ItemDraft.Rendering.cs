using System.Globalization;
using System.Text;
using ProVision.Runtime.Randomness;
using ProVision.Runtime.Templates;
using ProVision.Runtime.Text;

namespace ProVision.Runtime.Generation;

/// <content>How slot values render within this item: number mode, list order and the template helpers.</content>
public sealed partial class ItemDraft : ISlotResolver
{
    /// <summary>The reserved slot name that templates may use for the answer when no slot of that name is set.</summary>
    public const string AnswerSlot = "answer";

    // The labels' inflections, remembered: every item renders one or two of the same few hundred labels.
    private static readonly RecentTexts<string> s_plurals = new(Inflection.Plural);
    private static readonly RecentTexts<string> s_withArticles = new(Articles.WithIndefiniteArticleIfCountable);

    private RandomKey _listKey;
    private bool _shuffleLists;

    /// <summary>
    /// The value as this item renders it: counts as digits or words (<see cref="UseNumberWords"/>), reals like
    /// Python, lists joined "a, b, and c" in this item's order for that list's contents.
    /// </summary>
    public string Render(SlotValue value) => value.Kind switch
    {
        SlotKind.Text => value.Text,
        SlotKind.Integer => value.Integer.ToString(CultureInfo.InvariantCulture),
        SlotKind.Real => PythonFloat.Repr(value.Real),
        SlotKind.Count => RenderCount(value.Integer),
        SlotKind.List => ListPhrases.JoinList(OrderedItems(value)),
        _ => "",
    };

    /// <inheritdoc/>
    void ISlotResolver.AppendSlot(StringBuilder builder, SlotNode slot)
    {
        var value = Resolve(slot.Name);
        switch (slot.Helper)
        {
            case SlotHelper.None:
                builder.Append(Render(value));
                break;
            case SlotHelper.Plural:
                builder.Append(value.Kind == SlotKind.Text && !IsOne(Argument(slot, 0)) ? s_plurals.Of(value.Text) : Render(value));
                break;
            case SlotHelper.A:
                AppendEach(builder, value, static item => s_withArticles.Of(item));
                break;
            case SlotHelper.The:
                AppendEach(builder, value, static item => "the " + item);
                break;
            case SlotHelper.Be:
                builder.Append(IsSingular(value) ? "is" : "are");
                break;
            case SlotHelper.Has:
                builder.Append(IsSingular(value) ? "has" : "have");
                break;
            case SlotHelper.Verb:
                // {verb(x, subject)} agrees with the subject slot ("glasses that are on"); {verb(x)} reads a singular one.
                var plural = Argument(slot, 0) is { IsNone: false } subject && !IsSingular(subject);
                builder.Append(value.Kind == SlotKind.List ? Inflection.VerbList(OrderedItems(value), plural) : Inflection.VerbPhrase(Render(value), plural));
                break;
            case SlotHelper.Number:
                builder.Append(value.IsNumber ? RenderCount(value.Integer) : Render(value));
                break;
            case SlotHelper.Ordinal:
                builder.Append(!value.IsNumber ? Render(value)
                    : UseNumberWords ? NumberWords.OrdinalWords(value.Integer) : NumberWords.OrdinalDigits(value.Integer));
                break;
            case SlotHelper.List:
                var conjunction = Argument(slot, 0) is { IsNone: false } c ? Render(c) : "and";
                builder.Append(value.Kind == SlotKind.List ? ListPhrases.JoinList(OrderedItems(value), conjunction) : Render(value));
                break;
            case SlotHelper.Capitalize:
                builder.Append(Inflection.Capitalize(Render(value)));
                break;
            default:
                throw new InvalidOperationException($"Unsupported helper {slot.Helper}.");
        }
    }

    internal void PrepareRendering(bool useNumberWords, RandomKey listKey)
    {
        UseNumberWords = useNumberWords;
        _listKey = listKey;
        _shuffleLists = true;
    }

    private string RenderCount(long count) =>
        UseNumberWords ? NumberWords.NumberToWords(count) : count.ToString(CultureInfo.InvariantCulture);

    private SlotValue Resolve(string name)
    {
        if (TryGet(name, out var value))
        {
            return value;
        }
        if (name == AnswerSlot && !_answer.IsNone)
        {
            return _answer;
        }
        throw new InvalidOperationException($"Template slot '{name}' has no value in this item; the emit block must set it.");
    }

    private SlotValue Argument(SlotNode slot, int index)
    {
        if (index >= slot.Arguments.Length)
        {
            return default;
        }
        var argument = slot.Arguments[index];
        return argument.IsSlot ? Resolve(argument.Text) : SlotValue.FromText(argument.Text);
    }

    private static bool IsOne(SlotValue value) => value.IsNumber && value.Real == 1;

    /// <summary>Singular for "is/has": the number 1, a one-item list, or a text that is not a plural noun phrase.</summary>
    private static bool IsSingular(SlotValue value) => value.Kind switch
    {
        SlotKind.Integer or SlotKind.Count or SlotKind.Real => value.Real == 1,
        SlotKind.List => value.Items.Length == 1,
        SlotKind.Text => !Inflection.IsPlural(value.Text),
        _ => false,
    };

    private void AppendEach(StringBuilder builder, SlotValue value, Func<string, string> inflect)
    {
        if (value.Kind != SlotKind.List)
        {
            builder.Append(inflect(Render(value)));
            return;
        }
        var items = OrderedItems(value);
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = inflect(items[i]);
        }
        builder.Append(ListPhrases.JoinList(items));
    }

    /// <summary>
    /// A list's items in this item's order: sorted, then shuffled with a stream derived from the item's list key
    /// and the sorted contents. The order is random per item yet depends only on the list's contents, so the
    /// same set renders identically in the question, the answer and every option, and a candidate listing the
    /// answer's items in another order is recognised as the same option.
    /// </summary>
    private string[] OrderedItems(SlotValue list)
    {
        var items = list.Items.ToArray();
        if (!_shuffleLists || items.Length < 2)
        {
            return items;
        }
        Array.Sort(items, StringComparer.Ordinal);
        var random = _listKey.Derive(unchecked((long)ContentHash(items))).CreateRandom();
        random.Shuffle(items.AsSpan());
        return items;
    }

    /// <summary>FNV-1a 64 over the items' UTF-16 code units, each item followed by a separator: stable across runs and platforms.</summary>
    private static ulong ContentHash(string[] items)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var item in items)
        {
            foreach (var c in item)
            {
                hash = unchecked((hash ^ c) * 0x100000001B3UL);
            }
            hash = unchecked((hash ^ 0xFFFF) * 0x100000001B3UL);
        }
        return hash;
    }
}
