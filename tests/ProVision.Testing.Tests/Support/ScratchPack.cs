namespace ProVision.Testing.Tests.Support;

/// <summary>
/// A small pack written into a fresh temp folder for snapshot tests (shared with ProVision.Cli.Tests): two
/// generators (CountThings with two phrasings and a description, LabelThings), two canonical JSONL fixtures, and
/// pack.yaml naming them. Tests edit the files in place; the folder is deleted afterwards.
/// </summary>
public sealed class ScratchPack : IDisposable
{
    public const string CountThings = """
        generator CountThings {
          family object
          needs labels
          for label, group in objects grouped by label
          let n = count(group)
          emit {
            name = plural(label)
            count = number(n)
            answer = count
            choices = countChoices(n)
            evidence = group
          }
          ask "how many {name} [are there|do you see]" -> "{count}"
          tell "there are {count} {name}."
        }
        """;

    public const string LabelThings = """
        generator LabelThings {
          family object
          needs labels
          for label, group in objects grouped by label
          emit {
            name = label
            answer = name
            evidence = group
          }
          ask "what is {a(name)} called?" -> "{name}"
        }
        """;

    public const string Kitchen = """
        {"image_id": "k1", "width": 100, "height": 80, "objects": [{"label": "cup", "box": [10, 10, 20, 20]}, {"label": "cup", "box": [30, 10, 40, 20]}, {"label": "table", "box": [0, 20, 90, 70]}]}
        {"image_id": "k2", "width": 100, "height": 80, "objects": [{"label": "dog", "box": [10, 10, 50, 50]}]}
        """;

    public const string Street = """
        {"image_id": "s1", "width": 100, "height": 80, "objects": [{"label": "car", "box": [10, 40, 40, 70]}, {"label": "car", "box": [50, 40, 80, 70]}, {"label": "car", "box": [5, 5, 25, 25]}]}
        """;

    public ScratchPack(bool withFixtures = true)
    {
        Folder = Directory.CreateTempSubdirectory("provision-snapshot-pack-").FullName;
        Write("count.pvg", CountThings);
        Write("label.pvg", LabelThings);
        Write("fixtures/kitchen.jsonl", Kitchen);
        Write("fixtures/street.graphs.jsonl", Street);
        Write("pack.yaml", "name: scratch\ndefaults:\n  seed: 7\n" +
            (withFixtures ? "snapshots:\n  fixtures: [fixtures/kitchen.jsonl, fixtures/street.graphs.jsonl]\n" : ""));
    }

    public string Folder { get; }

    public string Manifest => Path.Combine(Folder, "pack.yaml");

    public string Snapshots => Path.Combine(Folder, "snapshots");

    public string File(string relative) => Path.Combine(Folder, relative);

    public string Write(string relative, string text)
    {
        var path = File(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return path;
    }

    /// <summary>Replaces text in a pack file, failing when it is not there (so an edit can never silently do nothing).</summary>
    public void Edit(string relative, string from, string to)
    {
        var text = System.IO.File.ReadAllText(File(relative));
        if (!text.Contains(from, StringComparison.Ordinal)) throw new InvalidOperationException($"'{from}' is not in {relative}");
        Write(relative, text.Replace(from, to, StringComparison.Ordinal));
    }

    public string[] Files(string pattern) =>
        Directory.Exists(Snapshots) ? [.. Directory.GetFiles(Snapshots, pattern).Select(Path.GetFileName).Order(StringComparer.Ordinal)!] : [];

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
