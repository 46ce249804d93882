namespace ProVision.Runtime.Formats.Npy;

/// <summary>Maps <see cref="NpyDType"/> to and from numpy <c>descr</c> strings.</summary>
internal static class NpyDTypes
{
    /// <summary>The list shown in error messages so a user knows what to convert to.</summary>
    public const string Supported = "|b1 |u1 <u2 <i4 <f2 <f4 <f8";

    /// <summary>Bytes per element.</summary>
    public static int SizeOf(NpyDType dtype) => dtype switch
    {
        NpyDType.Bool or NpyDType.UInt8 => 1,
        NpyDType.UInt16 or NpyDType.Float16 => 2,
        NpyDType.Int32 or NpyDType.Float32 => 4,
        NpyDType.Float64 => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(dtype), dtype, "unknown NpyDType"),
    };

    /// <summary>The canonical descr numpy itself writes for <paramref name="dtype"/>.</summary>
    public static string ToDescr(NpyDType dtype) => dtype switch
    {
        NpyDType.Bool => "|b1",
        NpyDType.UInt8 => "|u1",
        NpyDType.UInt16 => "<u2",
        NpyDType.Int32 => "<i4",
        NpyDType.Float16 => "<f2",
        NpyDType.Float32 => "<f4",
        NpyDType.Float64 => "<f8",
        _ => throw new ArgumentOutOfRangeException(nameof(dtype), dtype, "unknown NpyDType"),
    };

    /// <summary>
    /// Parses a descr. Returns null with <paramref name="problem"/> set when it is not one we read.
    /// One-byte types carry no byte order, so '|', '&lt;', '=' or none are all accepted for them;
    /// wider types must be little-endian ('&lt;', or '=' which numpy resolves to the host order).
    /// </summary>
    public static NpyDType? TryParse(string descr, out string problem)
    {
        problem = "";
        var order = descr.Length > 0 && "<>|=".Contains(descr[0], StringComparison.Ordinal) ? descr[0] : '\0';
        var code = order == '\0' ? descr : descr[1..];
        NpyDType? dtype = code switch
        {
            "b1" or "?" => NpyDType.Bool,
            "u1" or "B" => NpyDType.UInt8,
            "u2" => NpyDType.UInt16,
            "i4" => NpyDType.Int32,
            "f2" or "e" => NpyDType.Float16,
            "f4" => NpyDType.Float32,
            "f8" => NpyDType.Float64,
            _ => null,
        };
        if (dtype is null)
        {
            problem = $"unsupported dtype '{descr}'; supported: {Supported} (convert with arr.astype(np.float32) before saving)";
            return null;
        }

        if (order == '>')
        {
            problem = $"big-endian dtype '{descr}' is not supported; re-save little-endian with arr.astype(arr.dtype.newbyteorder('<'))";
            return null;
        }

        var oneByte = SizeOf(dtype.Value) == 1;
        if (!oneByte && (order == '|' || order == '\0'))
        {
            problem = $"dtype '{descr}' has no byte order; a {SizeOf(dtype.Value)}-byte type needs '<' (e.g. '<{code}')";
            return null;
        }

        return dtype;
    }
}
