using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using ProVision.LanguageServer.Protocol;
using ProVision.LanguageServer.Server;

namespace ProVision.LanguageServer.Harness;

/// <summary>
/// A minimal LSP client that writes and reads real <c>Content-Length</c> frames, for the conversation tests and the
/// latency harness (<c>provision lsp --measure</c>). <see cref="StartInProcess"/> runs the server on in-memory pipes
/// in this process; raw bytes can be sent to test framing errors.
/// </summary>
public sealed class LspClient : IAsyncDisposable
{
    private static readonly JsonSerializerOptions s_json = LspJson.Configure(new JsonSerializerOptions());

    private readonly Stream _toServer;
    private readonly PipeReader _fromServer;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly ConcurrentQueue<JsonElement> _notifications = new();
    private readonly SemaphoreSlim _notified = new(0);
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Task _reading;
    private int _nextId;

    private LspClient(Stream toServer, Stream fromServer, Task<int> server)
    {
        _toServer = toServer;
        _fromServer = PipeReader.Create(fromServer);
        Server = server;
        _reading = Task.Run(ReadLoopAsync);
    }

    /// <summary>The server's run: completes with its exit code.</summary>
    public Task<int> Server { get; }

    /// <summary>Starts a server in this process on a pair of pipes.</summary>
    public static LspClient StartInProcess()
    {
        var clientToServer = new Pipe();
        var serverToClient = new Pipe();
        var server = Task.Run(async () =>
        {
            try
            {
                return await LanguageServerHost.RunAsync(clientToServer.Reader.AsStream(), serverToClient.Writer.AsStream()).ConfigureAwait(false);
            }
            finally
            {
                // The client's reader sees the end of the server's output, as with a process that exits.
                await serverToClient.Writer.CompleteAsync().ConfigureAwait(false);
            }
        });
        return new LspClient(clientToServer.Writer.AsStream(), serverToClient.Reader.AsStream(), server);
    }

    /// <summary>Sends a request and returns the whole response message (with <c>result</c> or <c>error</c>).</summary>
    public async Task<JsonElement> RequestAsync(string method, object? parameters, TimeSpan? timeout = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        await SendAsync(new { jsonrpc = "2.0", id, method, @params = parameters }).ConfigureAwait(false);
        return await answer.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(30)).ConfigureAwait(false);
    }

    /// <summary>Sends a notification.</summary>
    public Task NotifyAsync(string method, object? parameters) => SendAsync(new { jsonrpc = "2.0", method, @params = parameters });

    /// <summary>Sends a message object as one frame.</summary>
    public Task SendAsync(object message)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(message, s_json);
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n\r\n"));
        return SendRawAsync([.. header, .. body]);
    }

    /// <summary>Sends bytes exactly as given (a malformed frame, half a frame).</summary>
    public async Task SendRawAsync(byte[] bytes)
    {
        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            await _toServer.WriteAsync(bytes).ConfigureAwait(false);
            await _toServer.FlushAsync().ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Waits for a message the server sent unasked (a notification, or a response with a null id) that matches.</summary>
    public async Task<JsonElement> WaitForAsync(Func<JsonElement, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        var skipped = new List<JsonElement>();
        try
        {
            while (true)
            {
                while (_notifications.TryDequeue(out var message))
                {
                    if (match(message))
                    {
                        return message;
                    }
                    skipped.Add(message);
                }
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || !await _notified.WaitAsync(left).ConfigureAwait(false))
                {
                    throw new TimeoutException("no matching message from the server");
                }
            }
        }
        finally
        {
            foreach (var message in skipped)
            {
                _notifications.Enqueue(message);
            }
        }
    }

    /// <summary>Waits for <c>publishDiagnostics</c> of <paramref name="uri"/> (at <paramref name="version"/> when given).</summary>
    public Task<JsonElement> DiagnosticsAsync(string uri, int? version = null, TimeSpan? timeout = null) =>
        WaitForAsync(m => m.TryGetProperty("method", out var method) && method.GetString() == "textDocument/publishDiagnostics"
            && m.GetProperty("params").GetProperty("uri").GetString() == uri
            && (version is null || m.GetProperty("params").TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number && v.GetInt32() == version), timeout);

    /// <summary>Drops every message received so far and not yet waited for.</summary>
    public void Drain()
    {
        while (_notifications.TryDequeue(out _))
        {
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _toServer.DisposeAsync().ConfigureAwait(false);
        try
        {
            await Server.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
            await _reading.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
        }
    }

    private async Task ReadLoopAsync()
    {
        while (await Transport.FrameReader.ReadAsync(_fromServer, CancellationToken.None).ConfigureAwait(false) is { Body: { } body })
        {
            using var document = JsonDocument.Parse(body);
            var message = document.RootElement.Clone();
            if (message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number && !message.TryGetProperty("method", out _)
                && _pending.TryRemove(id.GetInt32(), out var answer))
            {
                answer.TrySetResult(message);
                continue;
            }
            _notifications.Enqueue(message);
            _notified.Release();
        }
    }
}
