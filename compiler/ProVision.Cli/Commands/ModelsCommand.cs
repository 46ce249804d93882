using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ProVision.Pipeline.Configuration;
using ProVision.Pipeline.Models;
using Spectre.Console;

namespace ProVision.Cli.Commands;

/// <summary><c>provision models list | pull | import | verify</c>: the model registry and the local model folder.</summary>
public static class ModelsCommand
{
    public static Command Create(CliConsole console)
    {
        var models = new Option<string?>("--models") { Description = $"The model folder. Default: ${ModelStore.EnvironmentVariable}, else ~/.cache/provision/models.", Recursive = true };
        var registry = new Option<string?>("--registry") { Description = "A models.yaml to use instead of the built-in registry.", Recursive = true };
        var command = new Command("models", "List, download, import and verify the models the annotation pipeline uses.") { models, registry };

        var list = new Command("list", "List the registry's models and whether each is in the model folder.");
        list.SetAction(r => WithRegistry(console, r.GetValue(registry), reg => List(console, reg, Store(r.GetValue(models)))));

        var ids = new Argument<string[]>("ids") { Description = "Model ids (see `provision models list`).", Arity = ArgumentArity.OneOrMore };
        var pull = new Command("pull", "Download models into the model folder (resumes a partial download, checks the sha256).") { ids };
        pull.SetAction(r => WithRegistry(console, r.GetValue(registry), reg => Pull(console, reg, Store(r.GetValue(models)), r.GetValue(ids) ?? [])));

        var file = new Argument<string>("file") { Description = "A model file downloaded by hand." };
        var id = new Option<string?>("--id") { Description = "The model it is (default: the registry model with the same sha256)." };
        var import = new Command("import", "Copy a model file downloaded elsewhere into the model folder, after checking its sha256.") { file, id };
        import.SetAction(r => WithRegistry(console, r.GetValue(registry), reg => Import(console, reg, Store(r.GetValue(models)), r.GetValue(file)!, r.GetValue(id))));

        var verifyIds = new Argument<string[]>("ids") { Description = "Model ids to check (default: all).", Arity = ArgumentArity.ZeroOrMore };
        var verify = new Command("verify", "Check the sha256 of every model in the model folder (exit 2 if one is wrong).") { verifyIds };
        verify.SetAction(r => WithRegistry(console, r.GetValue(registry), reg => Verify(console, reg, Store(r.GetValue(models)), r.GetValue(verifyIds) ?? [])));

        command.Add(list);
        command.Add(pull);
        command.Add(import);
        command.Add(verify);
        return command;
    }

    private static ModelStore Store(string? folder) => new(folder ?? ModelStore.DefaultFolder());

    private static int WithRegistry(CliConsole console, string? path, Func<ModelRegistry, int> action)
    {
        ModelRegistry registry;
        try
        {
            registry = path is null ? ModelRegistry.Default : ModelRegistry.Load(path);
        }
        catch (ConfigException ex)
        {
            console.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.BadInput;
        }
        try
        {
            return action(registry);
        }
        catch (ModelException ex)
        {
            console.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.BadInput;
        }
    }

    public static int List(CliConsole console, ModelRegistry registry, ModelStore store)
    {
        console.Out.WriteLine($"model folder: {store.Folder}");
        var table = new Table().AddColumn("id").AddColumn("task").AddColumn(new TableColumn("MiB").RightAligned()).AddColumn("licence").AddColumn("file");
        foreach (var entry in registry.Models)
        {
            var path = store.Locate(entry);
            var size = entry.Size is { } s ? (s / 1048576.0).ToString("F1", CultureInfo.InvariantCulture) : "?";
            table.AddRow(entry.Id, entry.Task, size, Markup.Escape(entry.Licence), Markup.Escape(path ?? $"not downloaded ({entry.File})"));
        }
        console.Ansi.Write(table);
        return ExitCodes.Ok;
    }

    public static int Pull(CliConsole console, ModelRegistry registry, ModelStore store, IReadOnlyList<string> ids)
    {
        var entries = ids.Select(registry.Get).ToList(); // unknown ids fail before anything is downloaded
        using var downloader = new ModelDownloader();
        foreach (var entry in entries)
        {
            using var progress = new DownloadLine(console, entry.Id);
            var result = downloader.PullAsync(entry, store, progress).GetAwaiter().GetResult();
            progress.Dispose();
            var mib = (new FileInfo(result.Path).Length / 1048576.0).ToString("F1", CultureInfo.InvariantCulture);
            console.Out.WriteLine(result.Outcome switch
            {
                PullOutcome.AlreadyPresent => $"{entry.Id}: already in {result.Path} (sha256 ok)",
                PullOutcome.Resumed => $"{entry.Id}: resumed the interrupted download ({result.BytesTransferred:N0} more bytes), {mib} MiB in {result.Path} (sha256 ok)",
                _ => $"{entry.Id}: downloaded {mib} MiB to {result.Path} (sha256 ok)",
            });
        }
        return ExitCodes.Ok;
    }

    public static int Import(CliConsole console, ModelRegistry registry, ModelStore store, string file, string? id)
    {
        var (entry, path) = store.Import(file, registry, id);
        console.Out.WriteLine($"{entry.Id}: imported {file} as {path} (sha256 ok)");
        return ExitCodes.Ok;
    }

    public static int Verify(CliConsole console, ModelRegistry registry, ModelStore store, IReadOnlyList<string> ids)
    {
        var entries = ids.Count == 0 ? registry.Models : ids.Select(registry.Get).ToList();
        int ok = 0, missing = 0, wrong = 0;
        console.Out.WriteLine($"model folder: {store.Folder}");
        foreach (var entry in entries)
        {
            var path = store.Locate(entry);
            if (path is null)
            {
                missing++;
                console.Out.WriteLine($"{entry.Id}: not downloaded ({entry.File})");
                continue;
            }
            var sha = ModelHash.Sha256(path);
            if (sha == entry.Sha256)
            {
                ok++;
                console.Out.WriteLine($"{entry.Id}: ok ({path})");
            }
            else
            {
                wrong++;
                console.Out.WriteLine($"{entry.Id}: MISMATCH {path} has sha256 {sha}, expected {entry.Sha256}; delete it and run `provision models pull {entry.Id}`");
            }
        }
        console.Out.WriteLine($"{ok} ok, {wrong} mismatched, {missing} not downloaded");
        return wrong > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
    }

    /// <summary>An in-place byte counter on interactive terminals.</summary>
    private sealed class DownloadLine(CliConsole console, string id) : IProgress<DownloadProgress>, IDisposable
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _lastDrawMs = -1000;
        private bool _drawn;

        public void Report(DownloadProgress value)
        {
            if (!console.IsInteractive || _clock.ElapsedMilliseconds - _lastDrawMs < 200) return;
            _lastDrawMs = _clock.ElapsedMilliseconds;
            var total = value.Total is { } t ? FormattableString.Invariant($" of {t / 1048576.0:F1}") : "";
            console.Error.Write(FormattableString.Invariant($"\r{id}: {value.Bytes / 1048576.0:F1}{total} MiB   "));
            _drawn = true;
        }

        public void Dispose()
        {
            if (_drawn) console.Error.Write("\r" + new string(' ', 60) + "\r");
            _drawn = false;
        }
    }
}
