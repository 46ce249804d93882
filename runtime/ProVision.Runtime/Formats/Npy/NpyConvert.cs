using System.Runtime.InteropServices;

namespace ProVision.Runtime.Formats.Npy;

/// <summary>
/// Converts contiguous little-endian element bytes to float or 0/1 mask bytes. The dtype switch sits
/// outside the loops and the bytes are reinterpreted with MemoryMarshal, so each loop is a tight
/// typed pass with no per-element dispatch (these run over millions of files).
/// </summary>
internal static class NpyConvert
{
    /// <summary>Writes each element of <paramref name="raw"/> as float into <paramref name="dst"/>.</summary>
    public static void ToFloat(NpyDType dtype, ReadOnlySpan<byte> raw, Span<float> dst)
    {
        switch (dtype)
        {
            case NpyDType.Bool:
                for (var i = 0; i < dst.Length; i++)
                {
                    dst[i] = raw[i] != 0 ? 1f : 0f;  // numpy bools are 0/1, but never trust a stray byte
                }

                break;
            case NpyDType.UInt8:
                for (var i = 0; i < dst.Length; i++)
                {
                    dst[i] = raw[i];
                }

                break;
            case NpyDType.UInt16:
                var u16 = MemoryMarshal.Cast<byte, ushort>(raw);
                for (var i = 0; i < dst.Length; i++)
                {
                    dst[i] = u16[i];
                }

                break;
            case NpyDType.Int32:
                var i32 = MemoryMarshal.Cast<byte, int>(raw);
                for (var i = 0; i < dst.Length; i++)
                {
                    dst[i] = i32[i];
                }

                break;
            case NpyDType.Float16:
                var f16 = MemoryMarshal.Cast<byte, Half>(raw);
                for (var i = 0; i < dst.Length; i++)
                {
                    dst[i] = (float)f16[i];
                }

                break;
            case NpyDType.Float32:
                MemoryMarshal.Cast<byte, float>(raw)[..dst.Length].CopyTo(dst);
                break;
            case NpyDType.Float64:
                var f64 = MemoryMarshal.Cast<byte, double>(raw);
                for (var i = 0; i < dst.Length; i++)
                {
                    dst[i] = (float)f64[i];
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(dtype), dtype, "unknown NpyDType");
        }
    }

    /// <summary>
    /// Writes 1 for each nonzero element and 0 otherwise. Floats are tested on their bits with the
    /// sign masked off, so -0.0 counts as zero and NaN as nonzero.
    /// </summary>
    public static void ToMask(NpyDType dtype, ReadOnlySpan<byte> raw, Span<byte> dst)
    {
        switch (NpyDTypes.SizeOf(dtype))
        {
            case 1:
                for (var i = 0; i < dst.Length; i++)
                {
                    dst[i] = raw[i] != 0 ? (byte)1 : (byte)0;
                }

                break;
            case 2:
                var u16 = MemoryMarshal.Cast<byte, ushort>(raw);
                var mask16 = dtype == NpyDType.Float16 ? (ushort)0x7FFF : ushort.MaxValue;
                for (var i = 0; i < dst.Length; i++)
                {
                    dst[i] = (u16[i] & mask16) != 0 ? (byte)1 : (byte)0;
                }

                break;
            case 4:
                var u32 = MemoryMarshal.Cast<byte, uint>(raw);
                var mask32 = dtype == NpyDType.Float32 ? 0x7FFF_FFFFu : uint.MaxValue;
                for (var i = 0; i < dst.Length; i++)
                {
                    dst[i] = (u32[i] & mask32) != 0 ? (byte)1 : (byte)0;
                }

                break;
            default:
                var u64 = MemoryMarshal.Cast<byte, ulong>(raw);
                for (var i = 0; i < dst.Length; i++)
                {
                    dst[i] = (u64[i] & 0x7FFF_FFFF_FFFF_FFFFul) != 0 ? (byte)1 : (byte)0;  // only Float64 is 8 bytes
                }

                break;
        }
    }
}
