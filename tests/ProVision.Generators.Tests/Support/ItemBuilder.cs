using System.Collections.Immutable;
using ProVision.Runtime.Items;

namespace ProVision.Generators.Tests.Support;

/// <summary>
/// Hand-made items: answer, slots, evidence per image, and a multiple-choice form whose response is the answer's
/// option ("B. dog") unless a test sets another response.
/// </summary>
internal sealed class ItemBuilder(string generator)
{
    private readonly List<KeyValuePair<string, string>> _slots = [];
    private List<int>[] _objects = [[]];
    private List<int>[] _relations = [[]];
    private string _answer = "";
    private string? _response;
    private string _prompt = "Question?";
    private ImmutableArray<string> _choices = [];

    public ItemBuilder Answer(string answer)
    {
        _answer = answer;
        return this;
    }

    public ItemBuilder Slot(string name, string value)
    {
        _slots.RemoveAll(s => s.Key == name);
        _slots.Add(new(name, value));
        return this;
    }

    public ItemBuilder WithoutSlot(string name)
    {
        _slots.RemoveAll(s => s.Key == name);
        return this;
    }

    /// <summary>An item over <paramref name="count"/> images (evidence entries start empty).</summary>
    public ItemBuilder Images(int count)
    {
        _objects = [.. Enumerable.Range(0, count).Select(_ => new List<int>())];
        _relations = [.. Enumerable.Range(0, count).Select(_ => new List<int>())];
        return this;
    }

    public ItemBuilder Objects(params int[] objects) => ObjectsIn(0, objects);

    public ItemBuilder ObjectsIn(int image, params int[] objects)
    {
        _objects[image] = [.. objects];
        return this;
    }

    public ItemBuilder Relations(params int[] relations) => RelationsIn(0, relations);

    public ItemBuilder RelationsIn(int image, params int[] relations)
    {
        _relations[image] = [.. relations];
        return this;
    }

    /// <summary>Multiple choice with these options in this order.</summary>
    public ItemBuilder Choices(params string[] choices)
    {
        _choices = [.. choices];
        return this;
    }

    public ItemBuilder Response(string response)
    {
        _response = response;
        return this;
    }

    /// <summary>A description item (empty prompt), as the caption generator emits.</summary>
    public ItemBuilder Description(string text)
    {
        _prompt = "";
        _response = text;
        return this;
    }

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
