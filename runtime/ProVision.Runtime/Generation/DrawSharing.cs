namespace ProVision.Runtime.Generation;

/// <summary>
/// What the images of one multi-image draw share, so that a draw is made for the question rather than found by
/// rejection: the images of a draw all hold one key of this kind, chosen through the <see cref="DataSetIndex"/>
/// (docs/randomness.md#multi-image-draws).
/// </summary>
public enum DrawSharing
{
    /// <summary>Any distinct images, uniformly.</summary>
    Any,

    /// <summary>Images that hold an object with one label.</summary>
    Label,

    /// <summary>Images that hold an object with one label and at least one attribute.</summary>
    AttributedLabel,

    /// <summary>Images that hold a relation from an object with one label to an object with another (or the same) label.</summary>
    RelatedLabels,

    /// <summary>As <see cref="Label"/>, in images where exactly one object carries the label.</summary>
    UniqueLabel,

    /// <summary>As <see cref="AttributedLabel"/>, in images where exactly one object carries the label.</summary>
    UniqueAttributedLabel,

    /// <summary>As <see cref="RelatedLabels"/>, in images where exactly one object carries each of the two labels.</summary>
    UniqueRelatedLabels,

    /// <summary>
    /// Images where an object of one noun (a label in either number, under the run's vocabulary) carries an attribute
    /// of one meaning (synonyms as one): the car that is red in every image.
    /// </summary>
    NounMeaning,

    /// <summary>As <see cref="NounMeaning"/>, in images where the noun has exactly one object (the one that carries the meaning).</summary>
    UniqueNounMeaning,
}

/// <summary>How a generator's data needs choose its <see cref="DrawSharing"/>.</summary>
public static class DrawSharingExtensions
{
    /// <summary>
    /// The sharing for a generator that reads <paramref name="needs"/>: a generator that reads relations compares
    /// how a label pair is related, one that reads attributes compares a label's attributes, one that reads labels
    /// compares labels; each such question needs a key the drawn images have in common.
    /// </summary>
    public static DrawSharing DrawSharing(this DataNeeds needs) =>
        (needs & DataNeeds.Relations) != 0 ? Generation.DrawSharing.RelatedLabels
        : (needs & DataNeeds.Attributes) != 0 ? Generation.DrawSharing.AttributedLabel
        : (needs & DataNeeds.Labels) != 0 ? Generation.DrawSharing.Label
        : Generation.DrawSharing.Any;
}
