using System.Buffers.Binary;
using System.Text;

namespace ProVision.Runtime.Randomness;

/// <summary>
/// A sub-stream name with its hashed form prepared once: <see cref="RandomKey.Derive(KeyPurpose)"/> equals
/// <see cref="RandomKey.Derive(string)"/> of the same name without encoding it again, for the names the engine derives
/// at every candidate.
/// </summary>
public sealed class KeyPurpose
{
    /// <summary>The item's emit stream (phrasing, options; its "keep" sub-stream gives the selection value).</summary>
    public static readonly KeyPurpose Emit = new("emit");

    /// <summary>The selection value's stream, under the emit key.</summary>
    public static readonly KeyPurpose Keep = new("keep");

    /// <summary>Number words, phrasing, image-token position, response phrasing.</summary>
    public static readonly KeyPurpose Format = new("format");

    /// <summary>The order of list values.</summary>
    public static readonly KeyPurpose Lists = new("lists");

    /// <summary>Multiple-choice decision and option layout.</summary>
    public static readonly KeyPurpose Choices = new("choices");

    public KeyPurpose(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        var utf8 = Encoding.UTF8.GetBytes(name);
        var bytes = new byte[4 + utf8.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, (uint)utf8.Length);
        utf8.CopyTo(bytes, 4);
        LengthPrefixedUtf8 = bytes;
    }

    /// <summary>The name, as <see cref="RandomKey.Derive(string)"/> takes it.</summary>
    public string Name { get; }

    /// <summary>The bytes <see cref="Fnv1a64.AddString"/> feeds for the name.</summary>
    internal byte[] LengthPrefixedUtf8 { get; }

    public override string ToString() => Name;
}
