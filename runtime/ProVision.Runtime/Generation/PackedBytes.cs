using System.Buffers.Binary;

namespace ProVision.Runtime.Generation;

/// <summary>
/// Writes the packed form of <see cref="ImageSummaries"/>: unsigned LEB128 integers (7 bits a byte), zigzag for
/// signed ones, and little-endian floats and doubles (exact). One writer is reused for every image.
/// </summary>
internal sealed class ByteWriter
{
    private byte[] _buffer = new byte[256];
    private int _length;

    public void Reset() => _length = 0;

    public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

    /// <summary>The bytes written since the last <see cref="Reset"/>.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <summary>Appends <paramref name="bytes"/> as they are (another writer's <see cref="Written"/>).</summary>
    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    public void WriteByte(byte value)
    {
        Ensure(1);
        _buffer[_length++] = value;
    }

    /// <summary>A non-negative integer in 1 to 5 bytes.</summary>
    public void Write(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        WriteUnsigned((uint)value);
    }

    /// <summary>Any integer, zigzag-encoded so small negative numbers stay short.</summary>
    public void WriteSigned(int value) => WriteUnsigned((uint)((value << 1) ^ (value >> 31)));

    private void WriteUnsigned(uint v)
    {
        Ensure(5);
        while (v >= 0x80)
        {
            _buffer[_length++] = (byte)(v | 0x80);
            v >>= 7;
        }
        _buffer[_length++] = (byte)v;
    }

    public void WriteFloat(float value)
    {
        Ensure(4);
        BinaryPrimitives.WriteSingleLittleEndian(_buffer.AsSpan(_length), value);
        _length += 4;
    }

    public void WriteDouble(double value)
    {
        Ensure(8);
        BinaryPrimitives.WriteDoubleLittleEndian(_buffer.AsSpan(_length), value);
        _length += 8;
    }

    private void Ensure(int more)
    {
        if (_length + more > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
    }
}

/// <summary>Reads what <see cref="ByteWriter"/> wrote, in the same order.</summary>
internal ref struct ByteReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;

    /// <summary>The offset of the next byte read; set it only to an offset a read of the same data stood at.</summary>
    public int Position
    {
        readonly get => _position;
        set => _position = value;
    }

    public byte ReadByte() => _data[_position++];

    public int ReadInt() => (int)ReadUnsigned();

    public int ReadSigned()
    {
        var v = ReadUnsigned();
        return (int)(v >> 1) ^ -(int)(v & 1);
    }

    public float ReadFloat()
    {
        var value = BinaryPrimitives.ReadSingleLittleEndian(_data[_position..]);
        _position += 4;
        return value;
    }

    public double ReadDouble()
    {
        var value = BinaryPrimitives.ReadDoubleLittleEndian(_data[_position..]);
        _position += 8;
        return value;
    }

    private uint ReadUnsigned()
    {
        uint result = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = _data[_position++];
            result |= (uint)(b & 0x7F) << shift;
            if (b < 0x80) return result;
        }
    }
}
