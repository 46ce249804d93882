using System.Collections.Immutable;
using ProVision.Compiler.Linting;
using ProVision.Compiler.Packs;
using ProVision.LanguageServer.Protocol;
using ProVision.LanguageServer.Server;
using ProVision.LanguageServer.Workspace;

namespace ProVision.LanguageServer.Features.Diagnostics;

/// <summary>
/// Sends <c>textDocument/publishDiagnostics</c> in two steps. At once after each edit: the compiler's diagnostics of
/// the edited file (syntax, binding, emit). Then, once the document has been still for <see cref="LintDelay"/>, on a
/// worker thread: the same plus the template lint of its generators (PV5xxx, run by the reference interpreter on
/// the lint graphs), and the pack-level problems on pack.yaml. A newer edit cancels a pending lint, and a lint
/// result for an older text is dropped, so a burst of edits costs one lint.
/// </summary>
internal sealed class DiagnosticsPublisher(ServerState state)
{
    /// <summary>How long a document must be unchanged before it is linted.</summary>
    public static readonly TimeSpan LintDelay = TimeSpan.FromMilliseconds(300);

    private readonly Dictionary<string, CancellationTokenSource> _pendingLint = new(StringComparer.Ordinal);

    /// <summary>How many lint passes ran to the end (for tests).</summary>
    public int LintRuns { get; private set; }

    /// <summary>Publishes a .pvg file's compiler diagnostics and schedules its lint. Call under the gate.</summary>
    public void FileChanged(FileAnalysis file, PackContext pack)
    {
        Publish(file.Path, file.Version, [.. file.Diagnostics.Select(d => DiagnosticConverter.Convert(d, d.Source ?? file.Text))]);
        ScheduleLint(file, pack);
    }

    /// <summary>Publishes the pack's problems on its pack.yaml. Call under the gate.</summary>
    public void PackChanged(PackContext pack)
    {
        if (pack.ManifestPath is { } manifest)
        {
            PublishPack(manifest, pack.PackDiagnostics());
        }
    }

    /// <summary>Clears a closed document's diagnostics when nothing else will report on it.</summary>
    public void Clear(string path) => Publish(path, null, []);

    private void ScheduleLint(FileAnalysis file, PackContext pack)
    {
        if (_pendingLint.Remove(file.Path, out var previous))
        {
            previous.Cancel();
            previous.Dispose();
        }
        var cancel = new CancellationTokenSource();
        _pendingLint[file.Path] = cancel;
        var token = cancel.Token;
        _ = Task.Run(async () =>
        {
            await Task.Delay(LintDelay, token).ConfigureAwait(false);
            var findings = file.HasErrors || file.Binding is not { } binding
                ? []
                : binding.Pack.Generators.SelectMany(g => TemplateLinter.LintBound(g, binding.Pack, pack.Vocabulary, pack.Options)).ToImmutableArray();
            token.ThrowIfCancellationRequested();
            lock (state.Gate)
            {
                // Only for the text that was linted: an edit since then has its own pass coming.
                if (token.IsCancellationRequested || !ReferenceEquals(pack.File(file.Path), file))
                {
                    return;
                }
                var all = file.Diagnostics.Select(d => DiagnosticConverter.Convert(d, d.Source ?? file.Text))
                    .Concat(findings.Select(f => DiagnosticConverter.Convert(f.Diagnostic, f.Source ?? file.Text)));
                Publish(file.Path, file.Version, [.. all]);
                PackChanged(pack);
                LintRuns++;
            }
        }, token).ContinueWith(t => state.Log($"lint of {file.Path} failed: {t.Exception!.GetBaseException()}"),
            CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private void PublishPack(string manifest, ImmutableArray<PackDiagnostic> diagnostics)
    {
        var own = diagnostics.Where(d => d.Source is not null && d.Source.Path == manifest);
        Publish(manifest, state.Workspace.Open(manifest)?.Version, [.. own.Select(d => DiagnosticConverter.Convert(d.Diagnostic, d.Source!))]);
    }

    private void Publish(string path, int? version, LspDiagnostic[] diagnostics)
    {
        var message = new PublishDiagnosticsParams(state.Workspace.UriOf(path), version, diagnostics);
        _ = state.Rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", message);
    }
}
