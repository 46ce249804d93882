namespace ProVision.Compiler.Compilation;

/// <summary>
/// A compiled pack as bytes: the PE image and its portable PDB (empty when absent). What the cache stores and a
/// .pvpack carries; immutable once created.
/// </summary>
public sealed class PackImage
{
    private readonly byte[] _pe;
    private readonly byte[] _pdb;

    /// <summary>Wraps the bytes; the arrays must not be changed afterwards.</summary>
    public PackImage(byte[] pe, byte[]? pdb = null)
    {
        ArgumentNullException.ThrowIfNull(pe);
        if (pe.Length == 0)
        {
            throw new ArgumentException("A compiled image cannot be empty.", nameof(pe));
        }
        _pe = pe;
        _pdb = pdb ?? [];
    }

    /// <summary>The PE image (a .NET assembly).</summary>
    public ReadOnlyMemory<byte> Pe => _pe;

    /// <summary>The portable PDB with the C# embedded, or empty.</summary>
    public ReadOnlyMemory<byte> Pdb => _pdb;

    /// <summary>True when both images hold the same bytes.</summary>
    public bool ContentEquals(PackImage other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return _pe.AsSpan().SequenceEqual(other._pe) && _pdb.AsSpan().SequenceEqual(other._pdb);
    }

    internal byte[] PeArray => _pe;

    internal byte[] PdbArray => _pdb;
}
