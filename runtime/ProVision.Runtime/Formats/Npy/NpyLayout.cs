using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace ProVision.Runtime.Formats.Npy;

/// <summary>
/// Reorders raw element bytes from Fortran (column-major) to C (row-major) order. Works on whole
/// elements reinterpreted as 1/2/4/8-byte integers, so one generic routine serves every dtype and
/// conversion to float or mask can then run over contiguous C-order data.
/// </summary>
internal static class NpyLayout
{
    /// <summary>Returns the C-order copy of Fortran-order <paramref name="raw"/>.</summary>
    public static byte[] FortranToC(ReadOnlySpan<byte> raw, int elementSize, ImmutableArray<int> shape)
    {
        var result = new byte[raw.Length];
        switch (elementSize)
        {
            case 1: Permute(raw, result.AsSpan(), shape); break;
            case 2: Permute(MemoryMarshal.Cast<byte, ushort>(raw), MemoryMarshal.Cast<byte, ushort>(result.AsSpan()), shape); break;
            case 4: Permute(MemoryMarshal.Cast<byte, uint>(raw), MemoryMarshal.Cast<byte, uint>(result.AsSpan()), shape); break;
            case 8: Permute(MemoryMarshal.Cast<byte, ulong>(raw), MemoryMarshal.Cast<byte, ulong>(result.AsSpan()), shape); break;
            default: throw new ArgumentOutOfRangeException(nameof(elementSize), elementSize, "element size must be 1, 2, 4 or 8");
        }

        return result;
    }

    /// <summary>
    /// Gathers the C-order raw bytes of slice <c>[index, :, :]</c> of a Fortran-order N x H x W array,
    /// where element (i, j, k) sits at <c>i + N*(j + H*k)</c>.
    /// </summary>
    public static byte[] FortranSliceToC(ReadOnlySpan<byte> raw, int elementSize, int index, int n, int h, int w)
    {
        var result = new byte[checked(h * w * elementSize)];
        for (var j = 0; j < h; j++)
        {
            for (var k = 0; k < w; k++)
            {
                var src = (index + ((long)n * (j + ((long)h * k)))) * elementSize;
                raw.Slice((int)src, elementSize).CopyTo(result.AsSpan(((j * w) + k) * elementSize, elementSize));
            }
        }

        return result;
    }

    /// <summary>
    /// Walks the destination in C order with an odometer over all but the last axis, tracking the
    /// Fortran offset incrementally so no per-element division is needed.
    /// </summary>
    private static void Permute<T>(ReadOnlySpan<T> src, Span<T> dst, ImmutableArray<int> shape)
    {
        var rank = shape.Length;
        if (rank <= 1 || dst.Length == 0)
        {
            src.CopyTo(dst);
            return;
        }

        // Fortran strides: the first axis varies fastest.
        var strides = new long[rank];
        strides[0] = 1;
        for (var a = 1; a < rank; a++)
        {
            strides[a] = strides[a - 1] * shape[a - 1];
        }

        var index = new int[rank - 1];
        var inner = shape[rank - 1];
        var innerStride = strides[rank - 1];
        long offset = 0;
        for (var d = 0; d < dst.Length; d += inner)
        {
            for (var k = 0; k < inner; k++)
            {
                dst[d + k] = src[(int)(offset + (k * innerStride))];
            }

            // Advance the odometer over axes rank-2 .. 0 (last axis handled by the inner loop).
            for (var a = rank - 2; a >= 0; a--)
            {
                offset += strides[a];
                if (++index[a] < shape[a])
                {
                    break;
                }

                offset -= strides[a] * shape[a];
                index[a] = 0;
            }
        }
    }
}
