using Microsoft.VisualStudio.Threading;
using ProVision.LanguageServer.Features.Completion;
using ProVision.LanguageServer.Features.Diagnostics;
using ProVision.LanguageServer.Features.Hover;
using ProVision.LanguageServer.Features.Navigation;
using ProVision.LanguageServer.Features.SemanticTokens;
using ProVision.LanguageServer.Features.Symbols;
using ProVision.LanguageServer.Protocol;
using ProVision.LanguageServer.Transport;
using StreamJsonRpc;

namespace ProVision.LanguageServer.Server;

/// <summary>
/// Runs the .pvg language server on a pair of streams (stdin/stdout for <c>provision lsp</c>, pipes in tests) until
/// the client sends <c>exit</c> or closes its end. Each feature is its own JSON-RPC target; messages are handled one
/// at a time in the order they arrive (edits must apply in order), and only the lint runs beside them.
/// <code>
/// var code = await LanguageServerHost.RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput());
/// </code>
/// </summary>
public static class LanguageServerHost
{
    /// <summary>Serves until <c>exit</c> (0 after <c>shutdown</c>, else 1) or the end of the input (1).</summary>
    public static async Task<int> RunAsync(Stream input, Stream output, CancellationToken cancellationToken = default)
    {
        var formatter = new SystemTextJsonFormatter();
        LspJson.Configure(formatter.JsonSerializerOptions);
        using var handler = new FramedMessageHandler(input, output, formatter);
        using var rpc = new JsonRpc(handler);
        var state = new ServerState(rpc);
        var lifecycle = new LifecycleTarget(state);
        var publisher = new DiagnosticsPublisher(state);
        var options = new JsonRpcTargetOptions { DisposeOnDisconnect = false };
        rpc.AddLocalRpcTarget(lifecycle, options);
        rpc.AddLocalRpcTarget(new DocumentSyncTarget(state, publisher), options);
        rpc.AddLocalRpcTarget(new CompletionTarget(state), options);
        rpc.AddLocalRpcTarget(new HoverTarget(state), options);
        rpc.AddLocalRpcTarget(new NavigationTarget(state), options);
        rpc.AddLocalRpcTarget(new DocumentSymbolsTarget(state), options);
        rpc.AddLocalRpcTarget(new SemanticTokensTarget(state), options);
        rpc.SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false);
        rpc.StartListening();

        using var registration = cancellationToken.Register(() => rpc.Dispose());
        var finished = await Task.WhenAny(lifecycle.Exited, rpc.Completion).ConfigureAwait(false);
        if (finished == lifecycle.Exited)
        {
            return await lifecycle.Exited.ConfigureAwait(false);
        }
        try
        {
            await rpc.Completion.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"provision lsp: the connection ended: {e.Message}");
        }
        return 1;
    }
}
