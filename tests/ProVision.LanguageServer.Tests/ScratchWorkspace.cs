using System.Text.Json;
using ProVision.LanguageServer.Harness;

namespace ProVision.LanguageServer.Tests;

/// <summary>
/// A pack in a fresh temp folder (pack.yaml, a vocabulary, a file of phrase sets and a generator) and a server
/// started in this process, initialised, talking real framed JSON-RPC over pipes. Disposing shuts the server down
/// and deletes the folder.
/// </summary>
public sealed class ScratchWorkspace : IAsyncDisposable
{
    public const string Manifest = """
        name: scratch
        version: 1.0.0
        sources: ["*.pvg"]
        vocabulary: vocabulary.json
        data: [labels, boxes, attributes, relations]
        """;

    public const string Vocabulary = """
        { "countable": { "dog": true, "cup": true, "apple": true },
          "attributes": { "red": "color", "large": "size" },
          "predicates": ["on", "near"] }
        """;

    public const string Phrases = """
        # Lead-ins.
        phrases lead = "" | "tell me" | "say"
        """;

    public const string Count = """
        # Counting generator for the tests.
        generator CountThings {
          family object
          needs labels
          for label, group in objects grouped by label
          where countable(label)
          let n = count(group)
          emit {
            name = plural(label)
            count = number(n)
            answer = count
            choices = countChoices(n)
            evidence = group
            tag size = n
          }
          ask "{lead} how many {name} [are there|do you see] in the picture?" -> "{count}"
          tell "There {be(count)} {count} {name}."
        }
        """;

    private ScratchWorkspace(string folder, LspClient client)
    {
        Folder = folder;
        Client = client;
    }

    public string Folder { get; }

    public LspClient Client { get; }

    public string PhrasesPath => Path.Combine(Folder, "phrases.pvg");

    public string CountPath => Path.Combine(Folder, "count.pvg");

    public string ManifestPath => Path.Combine(Folder, "pack.yaml");

    public static async Task<ScratchWorkspace> StartAsync(bool initialize = true)
    {
        var folder = Path.Combine(Path.GetTempPath(), "pvg-lsp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "pack.yaml"), Manifest);
        File.WriteAllText(Path.Combine(folder, "vocabulary.json"), Vocabulary);
        File.WriteAllText(Path.Combine(folder, "phrases.pvg"), Phrases);
        File.WriteAllText(Path.Combine(folder, "count.pvg"), Count);
        var workspace = new ScratchWorkspace(folder, LspClient.StartInProcess());
        if (initialize)
        {
            var answer = await workspace.Client.RequestAsync("initialize", new { processId = (int?)null, rootUri = Uri(folder), capabilities = new { } });
            Assert.True(answer.TryGetProperty("result", out _), answer.ToString());
            await workspace.Client.NotifyAsync("initialized", new { });
        }
        return workspace;
    }

    public static string Uri(string path) => new Uri(path).AbsoluteUri;

    /// <summary>Opens a document and returns its first diagnostics (the compiler's, before the lint).</summary>
    public async Task<JsonElement> OpenAsync(string path, string text, int version = 0)
    {
        await Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri(path), languageId = "pvg", version, text } });
        return await Client.DiagnosticsAsync(Uri(path), version);
    }

    /// <summary>Replaces a document's whole text and returns its first diagnostics.</summary>
    public async Task<JsonElement> ChangeAsync(string path, string text, int version)
    {
        await Client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = Uri(path), version }, contentChanges = new[] { new { text } } });
        return await Client.DiagnosticsAsync(Uri(path), version);
    }

    /// <summary>A request at the position of the <paramref name="occurrence"/>-th <paramref name="needle"/> plus <paramref name="shift"/> characters.</summary>
    public Task<JsonElement> AtAsync(string method, string path, string text, string needle, int shift = 0, object? extra = null, int occurrence = 1)
    {
        var position = PositionOf(text, needle, shift, occurrence);
        object parameters = extra is null
            ? new { textDocument = new { uri = Uri(path) }, position }
            : new { textDocument = new { uri = Uri(path) }, position, context = extra };
        return Client.RequestAsync(method, parameters);
    }

    public static object PositionOf(string text, string needle, int shift = 0, int occurrence = 1)
    {
        var offset = -1;
        for (var i = 0; i < occurrence; i++)
        {
            offset = text.IndexOf(needle, offset + 1, StringComparison.Ordinal);
            Assert.True(offset >= 0, $"'{needle}' not in the text");
        }
        offset += shift;
        var line = text[..offset].Count(c => c == '\n');
        var character = offset - (text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1);
        if (offset == 0)
        {
            character = 0;
        }
        return new { line, character };
    }

    public static IEnumerable<string> Codes(JsonElement publish) =>
        publish.GetProperty("params").GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()!);

    public static IEnumerable<string> Labels(JsonElement completion) =>
        completion.GetProperty("result").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()!);

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
