using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace ProVision.LanguageServer.Transport;

/// <summary>
/// The protocol's framing (<c>Content-Length: N\r\n\r\n</c> then N bytes of JSON) read and written for StreamJsonRpc.
/// Unlike StreamJsonRpc's own <see cref="HeaderDelimitedMessageHandler"/>, which drops the connection on a message it
/// cannot parse, a bad frame here (no or bad Content-Length, a body too large, JSON that does not parse or is not a
/// JSON-RPC message) is answered with a JSON-RPC error (-32700 parse error, -32600 invalid request) and reading goes
/// on with the next frame: a client's mistake never ends the session.
/// </summary>
public sealed class FramedMessageHandler : IJsonRpcMessageHandler, IDisposable
{
    /// <summary>The largest body accepted; a larger one is skipped unread and answered with an error.</summary>
    public const int MaxContentLength = 64 * 1024 * 1024;

    /// <summary>The longest header block accepted before it is dropped as garbage.</summary>
    public const int MaxHeaderLength = 8 * 1024;

    private static readonly byte[] s_headerEnd = "\r\n\r\n"u8.ToArray();

    private readonly PipeReader _input;
    private readonly Stream _output;
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    /// <summary>Reads frames from <paramref name="input"/> and writes them to <paramref name="output"/>.</summary>
    public FramedMessageHandler(Stream input, Stream output, IJsonRpcMessageFormatter formatter)
    {
        ArgumentNullException.ThrowIfNull(input);
        _input = PipeReader.Create(input, new StreamPipeReaderOptions(leaveOpen: true));
        _output = output ?? throw new ArgumentNullException(nameof(output));
        Formatter = formatter ?? throw new ArgumentNullException(nameof(formatter));
    }

    /// <inheritdoc />
    public bool CanRead => true;

    /// <inheritdoc />
    public bool CanWrite => true;

    /// <inheritdoc />
    public IJsonRpcMessageFormatter Formatter { get; }

    /// <summary>How many bad frames were answered with an error (for tests and logs).</summary>
    public int RejectedFrames { get; private set; }

    /// <inheritdoc />
    public async ValueTask<JsonRpcMessage?> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var frame = await FrameReader.ReadAsync(_input, cancellationToken).ConfigureAwait(false);
            if (frame is null)
            {
                return null;
            }
            if (frame.Problem is { } problem)
            {
                await RejectAsync(JsonRpcErrorCode.ParseError, problem, null, cancellationToken).ConfigureAwait(false);
                continue;
            }
            var body = frame.Body!;
            try
            {
                return Formatter.Deserialize(new ReadOnlySequence<byte>(body));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var (code, id) = Classify(body);
                var what = code == JsonRpcErrorCode.ParseError ? "the message is not JSON" : "the message is not a JSON-RPC request, response or notification";
                await RejectAsync(code, $"{what}: {e.Message}", id, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask WriteAsync(JsonRpcMessage jsonRpcMessage, CancellationToken cancellationToken)
    {
        var body = new ArrayBufferWriter<byte>();
        Formatter.Serialize(body, jsonRpcMessage);
        await WriteFrameAsync(body.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _input.Complete();
        _writeLock.Dispose();
    }

    private async ValueTask RejectAsync(JsonRpcErrorCode code, string message, JsonElement? id, CancellationToken cancellationToken)
    {
        RejectedFrames++;
        var body = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(body))
        {
            json.WriteStartObject();
            json.WriteString("jsonrpc", "2.0");
            json.WritePropertyName("id");
            if (id is { } value)
            {
                value.WriteTo(json);
            }
            else
            {
                json.WriteNullValue();
            }
            json.WriteStartObject("error");
            json.WriteNumber("code", (int)code);
            json.WriteString("message", message);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        await WriteFrameAsync(body.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask WriteFrameAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n\r\n"));
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _output.WriteAsync(header, cancellationToken).ConfigureAwait(false);
            await _output.WriteAsync(body, cancellationToken).ConfigureAwait(false);
            await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    // Not JSON at all: a parse error with no id. JSON but not a message: an invalid request, answered to its id
    // when it has a usable one (a string or a number).
    private static (JsonRpcErrorCode Code, JsonElement? Id) Classify(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("id", out var id)
                && id.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            {
                return (JsonRpcErrorCode.InvalidRequest, id.Clone());
            }
            return (JsonRpcErrorCode.InvalidRequest, null);
        }
        catch (JsonException)
        {
            return (JsonRpcErrorCode.ParseError, null);
        }
    }

    internal static ReadOnlySpan<byte> HeaderEnd => s_headerEnd;
}
