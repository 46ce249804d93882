using System.Security.Cryptography;

namespace ProVision.Compiler.Compilation;

/// <summary>
/// The per-user secret that authenticates <see cref="PackCache"/> entries: 32 random bytes in a file only its owner
/// can read, kept outside every cache folder. Whoever can write a cache folder (a shared team folder, a restored CI
/// cache) but cannot read this file cannot make an entry this user's processes will load.
/// </summary>
/// <remarks>
/// Where: <c>$XDG_CONFIG_HOME/provision/cache.key</c>, else <c>~/.config/provision/cache.key</c>
/// (<see cref="DefaultPath"/>). Created on first use with mode 0600 in a 0700 folder; a key file that others can
/// read or write, or of the wrong length, is refused (the cache is then not used).
/// </remarks>
public static class CacheKeyFile
{
    /// <summary>The key length in bytes (HMAC-SHA256's block-sized key would be longer; 32 bytes is its strength).</summary>
    public const int KeyLength = 32;

    /// <summary>The default key file of the current user.</summary>
    public static string DefaultPath()
    {
        var config = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
        if (string.IsNullOrWhiteSpace(config))
        {
            config = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
        }
        return Path.Combine(config, "provision", "cache.key");
    }

    /// <summary>
    /// Reads the key at <paramref name="path"/>, creating it when absent. Null with <paramref name="problem"/> when it
    /// cannot be used.
    /// </summary>
    public static byte[]? ReadOrCreate(string path, out string? problem)
    {
        problem = null;
        try
        {
            if (!File.Exists(path))
            {
                Create(path);
            }
            if (OwnerOnlyProblem(path, isFolder: false) is { } loose)
            {
                problem = $"the cache key file '{path}' {loose}";
                return null;
            }
            var key = File.ReadAllBytes(path);
            if (key.Length != KeyLength)
            {
                problem = $"the cache key file '{path}' is not {KeyLength} bytes long; delete it to make a new one";
                return null;
            }
            return key;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot read or create the cache key file '{path}': {e.Message}";
            return null;
        }
    }

    /// <summary>
    /// Why <paramref name="path"/> is not private to its owner ("is writable by others ..."), or null when it is (and
    /// always on Windows, whose ACLs are not modelled here).
    /// </summary>
    public static string? OwnerOnlyProblem(string path, bool isFolder)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }
        var mode = File.GetUnixFileMode(path);
        const UnixFileMode writableByOthers = UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
        const UnixFileMode readableByOthers = UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        if ((mode & writableByOthers) != 0)
        {
            return $"is writable by others (mode {Convert.ToString((int)mode, 8)}); run 'chmod go-w {path}'{(isFolder ? "" : " or delete it")}";
        }
        if (!isFolder && (mode & readableByOthers) != 0)
        {
            return $"is readable by others (mode {Convert.ToString((int)mode, 8)}); delete it so a new private one is made";
        }
        return null;
    }

    private static void Create(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        // Written under a temporary name and moved into place, so a concurrent reader never sees a short key.
        var temp = $"{path}.{Environment.ProcessId}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}.tmp";
        using (var file = new FileStream(temp, options))
        {
            file.Write(RandomNumberGenerator.GetBytes(KeyLength));
        }
        try
        {
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp); // another process made one first; use theirs
        }
    }
}
