using System.Collections.Immutable;
using ProVision.Runtime.Items;

namespace ProVision.Generators.Tests.Support;

/// <summary>
/// Hand-made items: answer, slots, evidence per image, and a multiple-choice form whose response is the answer's
/// option ("B. dog") unless a test sets another response. Every method returns a changed copy, so a test can derive
/// several wrong items from one correct one.
/// </summary>
internal sealed class ItemBuilder(string generator)
{
    private List<KeyValuePair<string, string>> _slots = [];
    private List<int>[] _objects = [[]];
    private List<int>[] _relations = [[]];
    private string _answer = "";
    private string? _response;
    private string _prompt = "Question?";
    private ImmutableArray<string> _choices = [];

    public ItemBuilder Answer(string answer)
    {
        var copy = Copy();
        copy._answer = answer;
        return copy;
    }

    public ItemBuilder Slot(string name, string value)
    {
        var copy = Copy();
        copy._slots.RemoveAll(s => s.Key == name);
        copy._slots.Add(new(name, value));
        return copy;
    }

    public ItemBuilder WithoutSlot(string name)
    {
        var copy = Copy();
        copy._slots.RemoveAll(s => s.Key == name);
        return copy;
    }

    /// <summary>An item over <paramref name="count"/> images (evidence entries start empty).</summary>
    public ItemBuilder Images(int count)
    {
        var copy = Copy();
        copy._objects = [.. Enumerable.Range(0, count).Select(_ => new List<int>())];
        copy._relations = [.. Enumerable.Range(0, count).Select(_ => new List<int>())];
        return copy;
    }

    public ItemBuilder Objects(params int[] objects) => ObjectsIn(0, objects);

    public ItemBuilder ObjectsIn(int image, params int[] objects)
    {
        var copy = Copy();
        copy._objects[image] = [.. objects];
        return copy;
    }

    public ItemBuilder Relations(params int[] relations) => RelationsIn(0, relations);

    public ItemBuilder RelationsIn(int image, params int[] relations)
    {
        var copy = Copy();
        copy._relations[image] = [.. relations];
        return copy;
    }

    /// <summary>Multiple choice with these options in this order.</summary>
    public ItemBuilder Choices(params string[] choices)
    {
        var copy = Copy();
        copy._choices = [.. choices];
        return copy;
    }

    /// <summary>The question's words (the reading checks look for "a {noun}", "the {noun}", "relations").</summary>
    public ItemBuilder Prompt(string prompt)
    {
        var copy = Copy();
        copy._prompt = prompt;
        return copy;
    }

    public ItemBuilder Response(string response)
    {
        var copy = Copy();
        copy._response = response;
        return copy;
    }

    /// <summary>A description item (empty prompt), as the caption generator emits.</summary>
    public ItemBuilder Description(string text)
    {
        var copy = Copy();
        copy._prompt = "";
        copy._response = text;
        return copy;
    }

    private ItemBuilder Copy() => new(generator)
    {
        _slots = [.. _slots],
        _objects = [.. _objects.Select(o => o.ToList())],
        _relations = [.. _relations.Select(r => r.ToList())],
        _answer = _answer,
        _response = _response,
        _prompt = _prompt,
        _choices = _choices,
    };

    public GeneratedItem Build()
    {
        var images = Enumerable.Range(0, _objects.Length).Select(i => $"img{i}.jpg").ToImmutableArray();
        var evidence = new Evidence([.. _objects.Zip(_relations, (o, r) => new ImageEvidence([.. o], [.. r]))]);
        return new GeneratedItem($"img/{generator}/0", generator, 0, images, _prompt, _response ?? DefaultResponse(), _answer, _choices, [.. _slots], evidence);
    }

    private string DefaultResponse()
    {
        if (_choices.IsEmpty)
        {
            return _answer;
        }
        var index = _choices.IndexOf(_answer);
        return $"{(char)('A' + Math.Max(0, index))}. {_answer}";
    }
}
