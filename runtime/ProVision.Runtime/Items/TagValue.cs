using System.Globalization;

namespace ProVision.Runtime.Items;

/// <summary>
/// One value of an item tag: either a string or a 64-bit integer. Serialised as a JSON string or a
/// JSON number respectively, so <c>{"object": ["bat"], "count": [1]}</c> keeps its types on a round trip.
/// </summary>
/// <remarks>
/// A struct rather than <see cref="object"/> so that tag lists never box and equality is by value.
/// <c>default(TagValue)</c> is the number 0: an uninitialised value must still serialise to valid JSON.
/// </remarks>
public readonly struct TagValue : IEquatable<TagValue>
{
    private readonly string? _text;
    private readonly long _number;

    private TagValue(string? text, long number)
    {
        _text = text;
        _number = number;
    }

    /// <summary>True when this value holds a string (<see cref="AsString"/>), false when it holds a number.</summary>
    public bool IsString => _text is not null;

    /// <summary>True when this value holds a number (<see cref="AsNumber"/>).</summary>
    public bool IsNumber => _text is null;

    /// <summary>The string held.</summary>
    /// <exception cref="InvalidOperationException">The value holds a number.</exception>
    public string AsString => _text ?? throw new InvalidOperationException($"Tag value {_number} is a number, not a string.");

    /// <summary>The number held.</summary>
    /// <exception cref="InvalidOperationException">The value holds a string.</exception>
    public long AsNumber => _text is null ? _number : throw new InvalidOperationException($"Tag value \"{_text}\" is a string, not a number.");

    /// <summary>A string tag value.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static TagValue FromString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new TagValue(value, 0);
    }

    /// <summary>A numeric tag value.</summary>
    public static TagValue FromNumber(long value) => new(null, value);

    /// <summary>Same as <see cref="FromString"/>.</summary>
    public static implicit operator TagValue(string value) => FromString(value);

    /// <summary>Same as <see cref="FromNumber"/>.</summary>
    public static implicit operator TagValue(long value) => FromNumber(value);

    /// <inheritdoc/>
    public bool Equals(TagValue other) => string.Equals(_text, other._text, StringComparison.Ordinal) && _number == other._number;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TagValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _text is null ? _number.GetHashCode() : StringComparer.Ordinal.GetHashCode(_text);

    /// <summary>Value equality: same kind and same content.</summary>
    public static bool operator ==(TagValue left, TagValue right) => left.Equals(right);

    /// <summary>Negation of <see cref="op_Equality"/>.</summary>
    public static bool operator !=(TagValue left, TagValue right) => !left.Equals(right);

    /// <summary>The string itself, or the number in invariant culture.</summary>
    public override string ToString() => _text ?? _number.ToString(CultureInfo.InvariantCulture);
}
