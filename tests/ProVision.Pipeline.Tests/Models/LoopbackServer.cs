using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace ProVision.Pipeline.Tests.Models;

/// <summary>
/// A tiny HTTP server on 127.0.0.1 (a free port) for download tests: serves byte arrays by path, honours
/// <c>Range: bytes=N-</c> unless told not to, can cut a response off after some bytes, and records the Range
/// header of each request. Never reaches beyond the loopback interface.
/// </summary>
public sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public LoopbackServer()
    {
        for (var attempt = 0; ; attempt++)
        {
            Port = FreePort();
            _listener.Prefixes.Clear();
            _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
            try
            {
                _listener.Start();
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // another process took the port in between: try another
            }
        }
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>Content by path ("/model.bin").</summary>
    public ConcurrentDictionary<string, byte[]> Files { get; } = new();

    /// <summary>When false, Range headers are ignored and every answer is a full 200.</summary>
    public bool SupportsRange { get; set; } = true;

    /// <summary>When set, a response stops (the connection is dropped) after this many body bytes.</summary>
    public int? CutAfterBytes { get; set; }

    /// <summary>The Range header of each request in order ("" when none).</summary>
    public ConcurrentQueue<string> Ranges { get; } = new();

    public Uri Url(string path) => new($"http://127.0.0.1:{Port}{path}");

    /// <summary>A loopback port nothing listens on (a connection to it is refused).</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            try
            {
                await HandleAsync(context);
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
            {
                // the client went away
            }
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var range = context.Request.Headers["Range"] ?? "";
        Ranges.Enqueue(range);
        var response = context.Response;
        if (!Files.TryGetValue(context.Request.Url!.AbsolutePath, out var content))
        {
            response.StatusCode = 404;
            response.Close();
            return;
        }

        var start = 0L;
        if (SupportsRange && range.StartsWith("bytes=", StringComparison.Ordinal) && range.EndsWith('-'))
        {
            start = long.Parse(range["bytes=".Length..^1], System.Globalization.CultureInfo.InvariantCulture);
            if (start >= content.Length)
            {
                response.StatusCode = 416;
                response.Headers["Content-Range"] = $"bytes */{content.Length}";
                response.Close();
                return;
            }
            response.StatusCode = 206;
            response.Headers["Content-Range"] = $"bytes {start}-{content.Length - 1}/{content.Length}";
        }
        var body = content.AsMemory((int)start);
        response.ContentLength64 = body.Length;
        if (CutAfterBytes is { } cut && cut < body.Length)
        {
            await response.OutputStream.WriteAsync(body[..cut]);
            await response.OutputStream.FlushAsync();
            response.Abort();
            return;
        }
        await response.OutputStream.WriteAsync(body);
        response.Close();
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // the loop ends with the listener
        }
    }
}
