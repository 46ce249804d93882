using System.Security.Cryptography;
using ProVision.Runtime.Writing;

namespace ProVision.Pipeline.Models;

/// <summary>
/// The folder models live in: <c>$PROVISION_MODELS</c> when set, else <c>$XDG_CACHE_HOME/provision/models</c>,
/// else <c>~/.cache/provision/models</c>. A model is found by its file name directly in the folder, in a
/// sub-folder named after its id, or in any direct sub-folder (so a folder laid out one model per
/// sub-folder, like the workplace's shared/models, works as it is).
/// </summary>
public sealed class ModelStore
{
    public const string EnvironmentVariable = "PROVISION_MODELS";

    public ModelStore(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        Folder = Path.GetFullPath(folder);
    }

    public string Folder { get; }

    /// <summary>The store the environment names (see the class summary).</summary>
    public static ModelStore FromEnvironment() => new(DefaultFolder());

    /// <summary>The default folder (see the class summary).</summary>
    public static string DefaultFolder()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrWhiteSpace(cache)) cache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(cache, "provision", "models");
    }

    /// <summary>Where <c>pull</c> and <c>import</c> put <paramref name="entry"/>.</summary>
    public string TargetPath(ModelEntry entry) => Path.Combine(Folder, entry.File);

    /// <summary>The model's file in this store, or null.</summary>
    public string? Locate(ModelEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var direct = TargetPath(entry);
        if (File.Exists(direct)) return direct;
        var byId = Path.Combine(Folder, entry.Id, entry.File);
        if (File.Exists(byId)) return byId;
        if (!Directory.Exists(Folder)) return null;
        return Directory.EnumerateDirectories(Folder)
            .Order(StringComparer.Ordinal)
            .Select(d => Path.Combine(d, entry.File))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>The model's file, or an error that says how to get it.</summary>
    /// <exception cref="ModelException">The model is not in the store.</exception>
    public string Require(ModelEntry entry) =>
        Locate(entry) ?? throw new ModelException(
            $"model '{entry.Id}' ({entry.File}) is not in {Folder}; run `provision models pull {entry.Id}`, " +
            $"or download {entry.Source} elsewhere and run `provision models import <file>` (set {EnvironmentVariable} to use another folder)");

    /// <summary>
    /// Copies a model file into the store under its registry name, after checking its hash. The entry is the one
    /// named by <paramref name="id"/>, else the one whose SHA-256 matches the file.
    /// </summary>
    /// <exception cref="ModelException">No entry matches, or the hash differs from the named entry's.</exception>
    public (ModelEntry Entry, string Path) Import(string file, ModelRegistry registry, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        if (!File.Exists(file)) throw new ModelException($"{file}: file not found");
        var sha = ModelHash.Sha256(file);
        ModelEntry entry;
        if (id is not null)
        {
            entry = registry.Get(id);
            if (!string.Equals(entry.Sha256, sha, StringComparison.OrdinalIgnoreCase))
                throw new ModelException($"{file} is not model '{id}': its sha256 is {sha}, the registry expects {entry.Sha256}; nothing was imported");
        }
        else
        {
            entry = registry.FindBySha256(sha)
                ?? throw new ModelException($"{file} (sha256 {sha}) matches no model in {registry.Source}; nothing was imported. To use a model that is not listed, name its file in pipeline.yaml (detect.model) instead");
        }

        var target = TargetPath(entry);
        if (File.Exists(target) && string.Equals(Path.GetFullPath(file), target, StringComparison.Ordinal)) return (entry, target);
        using (var output = AtomicFile.Create(target))
        {
            using (var input = File.OpenRead(file)) input.CopyTo(output.Stream);
            output.Commit();
        }
        return (entry, target);
    }
}

/// <summary>SHA-256 of model files.</summary>
public static class ModelHash
{
    /// <summary>Lower-case hex SHA-256 of a file's content.</summary>
    public static string Sha256(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
