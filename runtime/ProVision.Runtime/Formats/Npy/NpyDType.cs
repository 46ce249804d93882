namespace ProVision.Runtime.Formats.Npy;

/// <summary>
/// The element types the runtime reads from and writes to <c>.npy</c> files, all little-endian.
/// The numpy <c>descr</c> of each is given in its summary.
/// </summary>
public enum NpyDType
{
    /// <summary><c>|b1</c>: numpy <c>bool</c>, one byte per element.</summary>
    Bool,

    /// <summary><c>|u1</c>: unsigned 8-bit integer.</summary>
    UInt8,

    /// <summary><c>&lt;u2</c>: unsigned 16-bit integer (e.g. depth maps in millimetres).</summary>
    UInt16,

    /// <summary><c>&lt;i4</c>: signed 32-bit integer (e.g. label maps).</summary>
    Int32,

    /// <summary><c>&lt;f2</c>: IEEE half precision.</summary>
    Float16,

    /// <summary><c>&lt;f4</c>: IEEE single precision.</summary>
    Float32,

    /// <summary><c>&lt;f8</c>: IEEE double precision.</summary>
    Float64,
}
