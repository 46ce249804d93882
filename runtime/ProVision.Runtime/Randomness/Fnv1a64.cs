using System.Buffers;
using System.Text;

namespace ProVision.Runtime.Randomness;

/// <summary>
/// 64-bit FNV-1a over a byte sequence built from typed parts. Integers are fed as 8 little-endian bytes;
/// strings as a 4-byte little-endian UTF-8 length followed by their UTF-8 bytes, so part boundaries are
/// unambiguous: ("ab", "c") and ("a", "bc") feed different bytes.
/// </summary>
/// <remarks>
/// Fixed constants and explicit byte order make the hash identical on every platform and process, unlike
/// <see cref="string.GetHashCode()"/>, which is randomised per process. FNV-1a mixes its last bytes poorly,
/// so <see cref="RandomKey"/> passes the result through <see cref="SplitMix64.Mix"/>.
/// </remarks>
internal struct Fnv1a64
{
    public const ulong OffsetBasis = 0xCBF29CE484222325UL;
    public const ulong Prime = 0x00000100000001B3UL;

    private ulong _hash;

    public static Fnv1a64 Start() => new() { _hash = OffsetBasis };

    public readonly ulong Value => _hash;

    public void AddByte(byte value)
    {
        _hash = unchecked((_hash ^ value) * Prime);
    }

    public void AddBytes(ReadOnlySpan<byte> bytes)
    {
        var hash = _hash;
        foreach (var b in bytes)
        {
            hash = unchecked((hash ^ b) * Prime);
        }
        _hash = hash;
    }

    /// <summary>Adds the 8 little-endian bytes of <paramref name="value"/>.</summary>
    /// <remarks>
    /// Written out byte by byte in a local: every candidate's selection key hashes three of these (balanced pass 2
    /// asks about 650 per image), and the loop with its shift counter and the field write per byte cost more than the
    /// multiplications themselves. The same bytes in the same order, so the same hash.
    /// </remarks>
    public void AddUInt64(ulong value)
    {
        var hash = _hash;
        hash = unchecked((hash ^ (byte)value) * Prime);
        hash = unchecked((hash ^ (byte)(value >> 8)) * Prime);
        hash = unchecked((hash ^ (byte)(value >> 16)) * Prime);
        hash = unchecked((hash ^ (byte)(value >> 24)) * Prime);
        hash = unchecked((hash ^ (byte)(value >> 32)) * Prime);
        hash = unchecked((hash ^ (byte)(value >> 40)) * Prime);
        hash = unchecked((hash ^ (byte)(value >> 48)) * Prime);
        hash = unchecked((hash ^ (byte)(value >> 56)) * Prime);
        _hash = hash;
    }

    /// <summary>Adds a length-prefixed UTF-8 string. Lone surrogates encode as U+FFFD, as UTF-8 requires.</summary>
    public void AddString(string value)
    {
        if (Ascii.IsValid(value))
        {
            AddAscii(value);
            return;
        }
        var length = Encoding.UTF8.GetByteCount(value);
        AddUInt32((uint)length);
        var rented = length <= 256 ? null : ArrayPool<byte>.Shared.Rent(length);
        var bytes = rented is null ? stackalloc byte[256] : rented.AsSpan();
        var written = Encoding.UTF8.GetBytes(value, bytes);
        AddBytes(bytes[..written]);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    // AddString of an ASCII string (ids, generator names, purposes): its UTF-8 bytes are its characters, fed without
    // encoding them into a buffer first.
    private void AddAscii(string value)
    {
        AddUInt32((uint)value.Length);
        var hash = _hash;
        foreach (var c in value)
        {
            hash = unchecked((hash ^ (byte)c) * Prime);
        }
        _hash = hash;
    }

    // The 4 little-endian bytes of a string's length prefix.
    private void AddUInt32(uint value)
    {
        var hash = _hash;
        hash = unchecked((hash ^ (byte)value) * Prime);
        hash = unchecked((hash ^ (byte)(value >> 8)) * Prime);
        hash = unchecked((hash ^ (byte)(value >> 16)) * Prime);
        hash = unchecked((hash ^ (byte)(value >> 24)) * Prime);
        _hash = hash;
    }
}
