using System.Text;
using System.Text.RegularExpressions;
using ProVision.Compiler.Packs;

namespace ProVision.Cli.Authoring;

/// <summary>
/// <c>provision new pack &lt;folder&gt;</c>: a commented pack.yaml for a new pack (refused when one is there). A
/// pack needs at least one generator to check cleanly, so the command usually goes on to scaffold one.
/// </summary>
public static partial class PackScaffolder
{
    /// <summary>Writes <c>&lt;folder&gt;/pack.yaml</c> and returns its path; throws <see cref="ScaffoldException"/> on a refusal.</summary>
    public static string Run(string folder, string? name)
    {
        var manifest = Path.Combine(folder, PackManifestReader.FileName);
        if (File.Exists(manifest))
            throw new ScaffoldException($"{GeneratorScaffolder.Display(manifest)} already exists; add generators to it with `provision new <Name> --pack {GeneratorScaffolder.Display(manifest)}`");
        var packName = name ?? Suggest(Path.GetFileName(Path.GetFullPath(folder).TrimEnd('/', '\\')));
        if (!PackNamePattern().IsMatch(packName))
            throw new ScaffoldException($"'{packName}' cannot name a pack (a letter, then letters, digits, '.', '-', '_'); try --name {Suggest(packName)}");
        Directory.CreateDirectory(folder);
        File.WriteAllText(manifest, Text(packName));
        return manifest;
    }

    private static string Text(string name) => new StringBuilder()
        .Append("# The ").Append(name).Append(" pack: generators written in .pvg. The format: docs/packs.md; the workflow: docs/authoring.md.\n")
        .Append("name: ").Append(name).Append('\n')
        .Append("version: 0.1.0\n")
        .Append("description: My generators.\n")
        .Append("sources:\n")
        .Append("  - \"**/*.pvg\"                  # every .pvg under this folder; `provision new` puts each in <family>/\n")
        .Append("data: [labels, boxes]          # the data the generators may read; `provision new` adds what a family needs\n")
        .Append("defaults:\n")
        .Append("  seed: 42\n")
        .ToString();

    // A pack name from a folder name: leading characters that are not letters dropped, others turned into '-'.
    private static string Suggest(string folderName)
    {
        var cleaned = Regex.Replace(folderName, "[^A-Za-z0-9._-]", "-").TrimStart('-', '.', '_');
        while (cleaned.Length > 0 && !char.IsAsciiLetter(cleaned[0])) cleaned = cleaned[1..];
        return cleaned.Length == 0 ? "my-pack" : cleaned;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9._-]*$")]
    private static partial Regex PackNamePattern();
}
