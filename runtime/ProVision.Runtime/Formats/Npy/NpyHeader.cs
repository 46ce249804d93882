using System.Collections.Immutable;

namespace ProVision.Runtime.Formats.Npy;

/// <summary>
/// The parsed header of an <c>.npy</c> file: element type, layout, shape and where the data starts.
/// Obtained from <see cref="NpyArray.ReadHeader(string)"/> without touching the data, so callers can
/// check shapes across many files cheaply.
/// </summary>
public sealed class NpyHeader
{
    internal NpyHeader(int majorVersion, NpyDType dtype, bool fortranOrder, ImmutableArray<int> shape, long dataOffset, long elementCount)
    {
        MajorVersion = majorVersion;
        DType = dtype;
        FortranOrder = fortranOrder;
        Shape = shape;
        DataOffset = dataOffset;
        ElementCount = elementCount;
        ElementSize = NpyDTypes.SizeOf(dtype);
    }

    /// <summary>Format version: 1 or 2 (latin-1 header, 2- or 4-byte length), 3 (utf-8 header).</summary>
    public int MajorVersion { get; }

    /// <summary>The element type.</summary>
    public NpyDType DType { get; }

    /// <summary>True when the data is stored in column-major (Fortran) order.</summary>
    public bool FortranOrder { get; }

    /// <summary>The array's dimensions; empty for a 0-d (scalar) array.</summary>
    public ImmutableArray<int> Shape { get; }

    /// <summary>Byte offset of the first element from the start of the file.</summary>
    public long DataOffset { get; }

    /// <summary>Product of <see cref="Shape"/> (1 for a 0-d array).</summary>
    public long ElementCount { get; }

    /// <summary>Bytes per element.</summary>
    public int ElementSize { get; }

    /// <summary>Bytes of element data that follow the header.</summary>
    internal long DataByteCount => ElementCount * ElementSize;

    /// <summary>The shape as numpy prints it, e.g. <c>(2, 3)</c> or <c>(5,)</c>.</summary>
    internal string ShapeText => Shape.Length == 1 ? $"({Shape[0]},)" : $"({string.Join(", ", Shape)})";

    /// <inheritdoc />
    public override string ToString() =>
        $"npy v{MajorVersion} {NpyDTypes.ToDescr(DType)} {ShapeText}{(FortranOrder ? " fortran" : "")}";
}
