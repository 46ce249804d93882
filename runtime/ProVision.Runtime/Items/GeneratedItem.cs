using System.Collections.Immutable;

namespace ProVision.Runtime.Items;

/// <summary>
/// One generated question/answer item: what a generator emits and what every writer serialises.
/// Immutable and validated on construction, so writers never see a record they cannot write.
/// </summary>
/// <remarks>
/// Slots and tags are ordered lists of pairs rather than dictionaries because their order is part of
/// the output bytes: two runs must write byte-identical files, and dictionary order is not a contract.
/// </remarks>
public sealed class GeneratedItem
{
    /// <summary>Creates an item. Default arrays are taken as empty; a null <paramref name="evidence"/> as no evidence.</summary>
    /// <exception cref="ArgumentNullException">A string argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// An argument is malformed: empty id or generator, no images, a null or empty image path, a null choice,
    /// a null or duplicate slot or tag key, or evidence whose entry count differs from the image count.
    /// </exception>
    public GeneratedItem(
        string id,
        string generator,
        int template,
        ImmutableArray<string> images,
        string prompt,
        string response,
        string answer,
        ImmutableArray<string> choices = default,
        ImmutableArray<KeyValuePair<string, string>> slots = default,
        Evidence? evidence = null,
        ImmutableArray<KeyValuePair<string, ImmutableArray<TagValue>>> tags = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentException.ThrowIfNullOrEmpty(generator);
        ArgumentOutOfRangeException.ThrowIfNegative(template);
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(answer);

        Id = id;
        Generator = generator;
        Template = template;
        Images = ItemValidation.Images(images);
        Prompt = prompt;
        Response = response;
        Answer = answer;
        Choices = ItemValidation.Choices(choices);
        Slots = ItemValidation.Slots(slots);
        Evidence = ItemValidation.Evidence(evidence, Images.Length);
        Tags = ItemValidation.Tags(tags);
    }

    /// <summary>Unique id, conventionally <c>image/generator/index</c>.</summary>
    public string Id { get; }

    /// <summary>Name of the generator that produced the item.</summary>
    public string Generator { get; }

    /// <summary>Index of the prompt template the generator used.</summary>
    public int Template { get; }

    /// <summary>Image paths, at least one; evidence entries follow this order.</summary>
    public ImmutableArray<string> Images { get; }

    /// <summary>The question shown to the model.</summary>
    public string Prompt { get; }

    /// <summary>The full target response.</summary>
    public string Response { get; }

    /// <summary>The short canonical answer, for scoring.</summary>
    public string Answer { get; }

    /// <summary>Answer options of a multiple-choice item; empty when the item is open-ended.</summary>
    public ImmutableArray<string> Choices { get; }

    /// <summary>Template slot fillings, in template order.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Slots { get; }

    /// <summary>Scene-graph elements the answer rests on, one entry per image.</summary>
    public Evidence Evidence { get; }

    /// <summary>Analysis tags (e.g. object names, counts), in the order the generator added them.</summary>
    public ImmutableArray<KeyValuePair<string, ImmutableArray<TagValue>>> Tags { get; }

    /// <summary>
    /// Whether conversation formats put the <c>&lt;image&gt;</c> tokens before the question (the default)
    /// or after it. Part of the item, rather than a writer setting, so that the choice is made by the
    /// generator's deterministic random stream and is reproducible from the item alone.
    /// </summary>
    /// <remarks>Not part of the JSONL record: the canonical record keeps the documented key set.</remarks>
    public bool ImageTokenFirst { get; init; } = true;

    /// <summary>True when the item has several images (its evidence is written per image).</summary>
    public bool IsMultiImage => Images.Length > 1;

    /// <summary>Slot value for <paramref name="name"/>, or null when the item has no such slot.</summary>
    public string? Slot(string name)
    {
        foreach (var pair in Slots)
        {
            if (string.Equals(pair.Key, name, StringComparison.Ordinal))
            {
                return pair.Value;
            }
        }
        return null;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Prompt} -> {Answer}";
}
