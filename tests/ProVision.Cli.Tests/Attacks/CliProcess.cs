using System.Diagnostics;

namespace ProVision.Cli.Tests.Attacks;

/// <summary>What a <c>provision</c> process gave.</summary>
public sealed record ProcessOutcome(int ExitCode, string Out, string Err, bool TimedOut, TimeSpan Elapsed)
{
    public string All => Out + Err;

    public override string ToString() =>
        $"exit {ExitCode}{(TimedOut ? " (killed: timed out)" : "")} after {Elapsed.TotalSeconds:F1} s\n--- stdout\n{Out}\n--- stderr\n{Err}";
}

/// <summary>
/// Runs the CLI as its own process (the one this test project references), with its own environment, a wall-clock
/// limit and a GC heap limit: a hostile input that hangs or eats memory kills that process, not the test run.
/// </summary>
public static class CliProcess
{
    public static ProcessOutcome Run(string workDir, IEnumerable<string> args, IReadOnlyDictionary<string, string>? env = null,
        TimeSpan? timeout = null, int memoryMb = 1024)
    {
        var start = StartInfo(workDir, args, env, memoryMb);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExit(timeout ?? TimeSpan.FromSeconds(60));
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        return new ProcessOutcome(exited ? process.ExitCode : -1, stdout.Result, stderr.Result, !exited, clock.Elapsed);
    }

    /// <summary>Starts the CLI without waiting for it (for tests that signal it); its output is read and dropped.</summary>
    public static Process Start(string workDir, IEnumerable<string> args, IReadOnlyDictionary<string, string>? env = null, int memoryMb = 1024)
    {
        var process = Process.Start(StartInfo(workDir, args, env, memoryMb))!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static ProcessStartInfo StartInfo(string workDir, IEnumerable<string> args, IReadOnlyDictionary<string, string>? env, int memoryMb)
    {
        var testAssembly = typeof(CliProcess).Assembly.Location;
        var baseName = Path.ChangeExtension(testAssembly, null);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The test project's runtime config and dependency list cover everything the CLI loads.
        foreach (var a in new[] { "exec", "--runtimeconfig", baseName + ".runtimeconfig.json", "--depsfile", baseName + ".deps.json", typeof(CliApp).Assembly.Location })
            start.ArgumentList.Add(a);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + ((long)memoryMb << 20).ToString("X");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in env ?? new Dictionary<string, string>()) start.Environment[name] = value;
        return start;
    }

    /// <summary>An environment with its own pack cache and key file under <paramref name="root"/>, so runs share nothing with the user's.</summary>
    public static Dictionary<string, string> IsolatedEnvironment(string root) => new()
    {
        ["PROVISION_CACHE"] = Path.Combine(root, ".provision-cache"),
        ["XDG_CONFIG_HOME"] = Path.Combine(root, ".config"),
    };
}
