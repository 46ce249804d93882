using System.Text;

namespace ProVision.Compiler.Compilation;

/// <summary>
/// Names a pack's compiled C#: the assembly name (<c>ProVision.Pack.&lt;name&gt;</c>) and the file name Roslyn
/// diagnostics, stack traces and the PDB show (<c>&lt;name&gt;.g.cs</c>). Part of the cache key, because the
/// assembly name is part of the compiled image.
/// </summary>
public sealed record PackIdentity
{
    /// <summary>Creates an identity; <paramref name="name"/> may be any text (characters outside [A-Za-z0-9._-] become '_').</summary>
    public PackIdentity(string name, string version = "0.0.0")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(version);
        Name = name;
        Version = version;
        SafeName = Sanitize(name);
    }

    /// <summary>The pack name, as in pack.yaml.</summary>
    public string Name { get; }

    /// <summary>The pack version, as in pack.yaml (informational; not part of the assembly identity).</summary>
    public string Version { get; }

    /// <summary>The name with every character outside [A-Za-z0-9._-] replaced by '_'.</summary>
    public string SafeName { get; }

    /// <summary>The compiled assembly's simple name.</summary>
    public string AssemblyName => "ProVision.Pack." + SafeName;

    /// <summary>The path of the generated C# in diagnostics, stack traces and the PDB.</summary>
    public string SourcePath => SafeName + ".g.cs";

    private static string Sanitize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }
        return builder.ToString();
    }
}
