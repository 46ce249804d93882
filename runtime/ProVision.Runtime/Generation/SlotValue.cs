using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ProVision.Runtime.Text;

namespace ProVision.Runtime.Generation;

/// <summary>
/// A typed slot value: text, an integer, a real number, a count or a list of strings. A small struct so that
/// filling slots never boxes; its kind decides how it renders (see <see cref="SlotKind"/>).
/// </summary>
public readonly struct SlotValue : IEquatable<SlotValue>
{
    private readonly object? _reference; // string for Text, string[] for List
    private readonly long _bits;         // the integer, or the double's bits for Real

    private SlotValue(SlotKind kind, object? reference, long bits)
    {
        Kind = kind;
        _reference = reference;
        _bits = bits;
    }

    /// <summary>What the value holds.</summary>
    public SlotKind Kind { get; }

    /// <summary>True for <c>default(SlotValue)</c>.</summary>
    public bool IsNone => Kind == SlotKind.None;

    /// <summary>True for integers and counts (and reals), the kinds "is/are" agreement reads as numbers.</summary>
    public bool IsNumber => Kind is SlotKind.Integer or SlotKind.Count or SlotKind.Real;

    /// <summary>The text of a <see cref="SlotKind.Text"/> value; empty for other kinds.</summary>
    public string Text => _reference as string ?? "";

    /// <summary>The integer of an <see cref="SlotKind.Integer"/> or <see cref="SlotKind.Count"/> value (a real is truncated).</summary>
    public long Integer => Kind == SlotKind.Real ? (long)Real : _bits;

    /// <summary>The number as a double, whatever its numeric kind.</summary>
    public double Real => Kind == SlotKind.Real ? BitConverter.Int64BitsToDouble(_bits) : _bits;

    /// <summary>The items of a <see cref="SlotKind.List"/> value, in the order given; empty for other kinds.</summary>
    public ImmutableArray<string> Items =>
        _reference is string[] items ? ImmutableCollectionsMarshal.AsImmutableArray(items) : [];

    /// <summary>A text value.</summary>
    public static SlotValue FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SlotValue(SlotKind.Text, text, 0);
    }

    /// <summary>An integer, rendered as digits.</summary>
    public static SlotValue FromInteger(long value) => new(SlotKind.Integer, null, value);

    /// <summary>A real number, rendered like Python's repr.</summary>
    public static SlotValue FromReal(double value) => new(SlotKind.Real, null, BitConverter.DoubleToInt64Bits(value));

    /// <summary>A count, rendered as digits or words by the item's number mode.</summary>
    public static SlotValue FromCount(long count) => new(SlotKind.Count, null, count);

    /// <summary>A list of strings (not copied: an immutable array is already safe to keep).</summary>
    /// <remarks>Preferred over the span overload so that a collection expression <c>["a", "b"]</c> binds here.</remarks>
    [OverloadResolutionPriority(1)]
    public static SlotValue FromList(ImmutableArray<string> items)
    {
        var array = items.IsDefault ? [] : ImmutableCollectionsMarshal.AsArray(items)!;
        foreach (var item in array)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(items));
        }
        return new SlotValue(SlotKind.List, array, 0);
    }

    /// <summary>A list of strings, copied.</summary>
    public static SlotValue FromList(ReadOnlySpan<string> items) => FromList(ImmutableArray.Create(items));

    /// <summary>
    /// The value rendered without an item: text as is, numbers as digits (reals like Python), lists joined in the
    /// order given. Items render through <see cref="ItemDraft"/>, which applies number mode and list order.
    /// </summary>
    public override string ToString() => Kind switch
    {
        SlotKind.Text => Text,
        SlotKind.Integer or SlotKind.Count => _bits.ToString(CultureInfo.InvariantCulture),
        SlotKind.Real => PythonFloat.Repr(Real),
        SlotKind.List => ListPhrases.JoinList((string[])_reference!),
        _ => "",
    };

    /// <inheritdoc/>
    public bool Equals(SlotValue other)
    {
        if (Kind != other.Kind || _bits != other._bits)
        {
            return false;
        }
        return _reference switch
        {
            string text => string.Equals(text, other._reference as string, StringComparison.Ordinal),
            string[] items => other._reference is string[] otherItems && items.AsSpan().SequenceEqual(otherItems),
            _ => other._reference is null,
        };
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SlotValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, _bits, _reference is string s ? StringComparer.Ordinal.GetHashCode(s) : 0);

    /// <summary>Value equality.</summary>
    public static bool operator ==(SlotValue left, SlotValue right) => left.Equals(right);

    /// <summary>Negation of <see cref="op_Equality"/>.</summary>
    public static bool operator !=(SlotValue left, SlotValue right) => !left.Equals(right);
}
