using System.Text;

namespace ProVision.Runtime.Tests.Formats;

/// <summary>
/// Builds npy bytes by hand with a BinaryWriter, independently of NpyWriter, so reader tests check
/// the reader against the format itself rather than against our own writer.
/// </summary>
internal static class HandNpy
{
    /// <summary>
    /// Magic, version, header length (u2 for v1, u4 otherwise), the dict text padded with spaces and
    /// a newline to a multiple of 64 when <paramref name="align"/>, then the data.
    /// </summary>
    public static byte[] Build(string dict, byte[] data, int major = 1, bool align = true)
    {
        var encoding = major == 3 ? Encoding.UTF8 : Encoding.Latin1;
        var prefix = major == 1 ? 10 : 12;
        var body = encoding.GetBytes(dict);
        var padding = align ? (64 - ((prefix + body.Length + 1) % 64)) % 64 : 0;
        var header = new byte[body.Length + padding + 1];
        body.CopyTo(header, 0);
        header.AsSpan(body.Length, padding).Fill((byte)' ');
        header[^1] = (byte)'\n';

        using var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, Encoding.ASCII, leaveOpen: true))
        {
            w.Write((byte)0x93);
            w.Write("NUMPY"u8);
            w.Write((byte)major);
            w.Write((byte)0);
            if (major == 1)
            {
                w.Write((ushort)header.Length);
            }
            else
            {
                w.Write((uint)header.Length);
            }

            w.Write(header);
            w.Write(data);
        }

        return ms.ToArray();
    }

    /// <summary>The canonical dict numpy writes.</summary>
    public static string Dict(string descr, string shape, bool fortran = false) =>
        $"{{'descr': '{descr}', 'fortran_order': {(fortran ? "True" : "False")}, 'shape': {shape}, }}";

    /// <summary>Encodes <paramref name="values"/> little-endian as the element type named by <paramref name="descr"/>.</summary>
    public static byte[] Data(string descr, IEnumerable<double> values)
    {
        using var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, Encoding.ASCII, leaveOpen: true))
        {
            foreach (var v in values)
            {
                switch (descr[1..])
                {
                    case "b1": w.Write(v != 0); break;
                    case "u1": w.Write((byte)v); break;
                    case "u2": w.Write((ushort)v); break;
                    case "i4": w.Write((int)v); break;
                    case "f2": w.Write((Half)v); break;
                    case "f4": w.Write((float)v); break;
                    case "f8": w.Write(v); break;
                    default: throw new ArgumentException(descr);
                }
            }
        }

        return ms.ToArray();
    }

    /// <summary>Reads <paramref name="bytes"/> as if from a file named "test.npy".</summary>
    public static ProVision.Runtime.Formats.Npy.NpyArray Read(byte[] bytes) =>
        ProVision.Runtime.Formats.Npy.NpyArray.Read(new MemoryStream(bytes), "test.npy");
}
