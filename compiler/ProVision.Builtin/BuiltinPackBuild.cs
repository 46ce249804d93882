using System.IO;

namespace ProVision.Builtin;

/// <summary>
/// The built-in pack as this build compiled it: its generators are <c>ProVision.Generated.PackGeneratorFactory.Create()</c>,
/// the files they came from hash to <see cref="SourceKey"/> (emitted beside the pack by ProVision.BuiltinEmitter), and
/// <see cref="ReadCSharp"/> gives the C# they were compiled from.
/// </summary>
public static partial class BuiltinPackBuild
{
    /// <summary>The pack's generated C#, as embedded at build time.</summary>
    public static string ReadCSharp()
    {
        using var stream = typeof(BuiltinPackBuild).Assembly.GetManifestResourceStream("pack.g.cs")
            ?? throw new InvalidOperationException("ProVision.Builtin was built without its pack.g.cs resource");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
