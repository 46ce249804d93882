using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace ProVision.Pipeline.Models;

/// <summary>What <see cref="ModelDownloader.PullAsync"/> did.</summary>
public enum PullOutcome
{
    /// <summary>The store already held the file with the right hash; nothing was downloaded.</summary>
    AlreadyPresent,

    /// <summary>Downloaded from the start.</summary>
    Downloaded,

    /// <summary>Continued a partial download left by an earlier, interrupted pull.</summary>
    Resumed,
}

public sealed record PullResult(ModelEntry Entry, string Path, PullOutcome Outcome, long BytesTransferred);

/// <summary>Progress of one download: bytes on disk so far and the total when the server says it.</summary>
public readonly record struct DownloadProgress(long Bytes, long? Total);

/// <summary>
/// Downloads registry models into a <see cref="ModelStore"/>. Bytes go to a hidden partial file
/// (<c>.FILE.partial</c>) in the store; an interrupted download is continued with an HTTP Range request
/// the next time; the finished file must have the registry's size and SHA-256 and is then renamed into
/// place, so the store never holds a file under its final name that is incomplete or wrong.
/// </summary>
public sealed class ModelDownloader : IDisposable
{
    private readonly HttpClient _client;
    private readonly TimeSpan _idleTimeout;

    /// <param name="handler">The HTTP handler (tests pass their own); default: a SocketsHttpHandler that follows redirects.</param>
    /// <param name="connectTimeout">How long to wait for a connection (default 15 s).</param>
    /// <param name="idleTimeout">How long a response may stay silent before the download is abandoned (default 60 s).</param>
    public ModelDownloader(HttpMessageHandler? handler = null, TimeSpan? connectTimeout = null, TimeSpan? idleTimeout = null)
    {
        handler ??= new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 10,
            ConnectTimeout = connectTimeout ?? TimeSpan.FromSeconds(15),
            AutomaticDecompression = DecompressionMethods.None,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("ProVision", "0.1"));
        _idleTimeout = idleTimeout ?? TimeSpan.FromSeconds(60);
    }

    /// <summary>The partial file a download of <paramref name="entry"/> writes to.</summary>
    public static string PartialPath(ModelStore store, ModelEntry entry) => Path.Combine(store.Folder, $".{entry.File}.partial");

    /// <summary>Makes sure <paramref name="entry"/> is in <paramref name="store"/>, downloading (or resuming) it when needed.</summary>
    /// <exception cref="ModelException">Offline, refused, not found, interrupted, or the file's hash is wrong; the message says what to do.</exception>
    public async Task<PullResult> PullAsync(ModelEntry entry, ModelStore store, IProgress<DownloadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(store);
        var target = store.TargetPath(entry);
        if (File.Exists(target) && ModelHash.Sha256(target) == entry.Sha256) return new PullResult(entry, target, PullOutcome.AlreadyPresent, 0);

        Directory.CreateDirectory(store.Folder);
        var partial = PartialPath(store, entry);
        var existing = File.Exists(partial) ? new FileInfo(partial).Length : 0;
        if (entry.Size is { } size && existing > size)
        {
            File.Delete(partial);
            existing = 0;
        }

        var (transferred, resumed) = entry.Size is { } expected && existing == expected
            ? (0L, true) // an earlier run got every byte but stopped before checking: check now
            : await DownloadAsync(entry, partial, existing, progress, cancellationToken).ConfigureAwait(false);

        var length = new FileInfo(partial).Length;
        if (entry.Size is { } want && length != want)
        {
            File.Delete(partial);
            throw new ModelException($"download of '{entry.Id}' from {entry.Source} gave {length:N0} bytes, the registry expects {want:N0}; the partial file was deleted, run `provision models pull {entry.Id}` again (if it happens again, the file on the server has changed)");
        }
        var sha = ModelHash.Sha256(partial);
        if (sha != entry.Sha256)
        {
            File.Delete(partial);
            throw new ModelException($"sha256 mismatch for '{entry.Id}' downloaded from {entry.Source}: expected {entry.Sha256}, got {sha}; the download was deleted and nothing was installed (the file on the server differs from the registry's)");
        }
        File.Move(partial, target, overwrite: true);
        return new PullResult(entry, target, resumed ? PullOutcome.Resumed : PullOutcome.Downloaded, transferred);
    }

    private async Task<(long Transferred, bool Resumed)> DownloadAsync(ModelEntry entry, string partial, long existing, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        var url = entry.Source;
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (existing > 0) request.Headers.Range = new RangeHeaderValue(existing, null);

        HttpResponseMessage response;
        try
        {
            using var headersTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            headersTimeout.CancelAfter(_idleTimeout);
            response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, headersTimeout.Token).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new ModelException(Unreachable(entry, ex), ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ModelException($"cannot download '{entry.Id}': {url.Host} did not answer within {_idleTimeout.TotalSeconds:0} s; check the network, or download {url} elsewhere and run `provision models import <file>`", ex);
        }

        using (response)
        {
            bool append;
            if (response.StatusCode == HttpStatusCode.PartialContent && existing > 0 && response.Content.Headers.ContentRange?.From == existing)
            {
                append = true;
            }
            else if ((response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable || response.StatusCode == HttpStatusCode.PartialContent) && existing > 0)
            {
                // The partial file is not a prefix the server can continue: start again.
                File.Delete(partial);
                return await DownloadAsync(entry, partial, 0, progress, cancellationToken).ConfigureAwait(false);
            }
            else if (response.IsSuccessStatusCode)
            {
                append = false; // 200: the server ignored the range (or there was none); start from byte 0
            }
            else
            {
                var hint = response.StatusCode == HttpStatusCode.NotFound ? "; the model may have moved: download it by hand and run `provision models import <file>`" : "";
                throw new ModelException($"cannot download '{entry.Id}': {url} answered {(int)response.StatusCode} {response.ReasonPhrase}{hint}");
            }

            var total = response.Content.Headers.ContentLength is { } l ? l + (append ? existing : 0) : entry.Size;
            await using var file = new FileStream(partial, append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            var written = append ? existing : 0;
            long transferred = 0;
            try
            {
                await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                var buffer = new byte[1 << 16];
                while (true)
                {
                    int read;
                    using (var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                    {
                        idle.CancelAfter(_idleTimeout);
                        read = await body.ReadAsync(buffer, idle.Token).ConfigureAwait(false);
                    }
                    if (read == 0) break;
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                    written += read;
                    transferred += read;
                    progress?.Report(new DownloadProgress(written, total));
                }
                await file.FlushAsync(cancellationToken).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
            }
            catch (Exception ex) when (ex is IOException or HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                await file.FlushAsync(CancellationToken.None).ConfigureAwait(false);
                var of = total is { } t ? $" of {t:N0}" : "";
                throw new ModelException($"download of '{entry.Id}' was interrupted after {written:N0}{of} bytes ({Reason(ex)}); run `provision models pull {entry.Id}` again to resume where it stopped", ex);
            }
            if (total is { } expectedTotal && written < expectedTotal)
                throw new ModelException($"download of '{entry.Id}' ended early after {written:N0} of {expectedTotal:N0} bytes; run `provision models pull {entry.Id}` again to resume where it stopped");
            return (transferred, append);
        }
    }

    private static string Unreachable(ModelEntry entry, HttpRequestException ex)
    {
        var socket = ex.InnerException as SocketException ?? ex.InnerException?.InnerException as SocketException;
        var reason = socket?.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => "the connection was refused",
            SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData => $"the host name {entry.Source.Host} could not be resolved",
            SocketError.NetworkUnreachable or SocketError.HostUnreachable or SocketError.NetworkDown => "the network is unreachable",
            SocketError.TimedOut => "the connection timed out",
            _ => ex.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => $"the host name {entry.Source.Host} could not be resolved",
                HttpRequestError.ConnectionError => "no connection could be made",
                HttpRequestError.SecureConnectionError => "the TLS handshake failed",
                _ => Reason(ex),
            },
        };
        return $"cannot download '{entry.Id}': {reason} ({entry.Source.GetLeftPart(UriPartial.Authority)}). " +
               $"This machine seems to be offline. On a machine with network access, download {entry.Source}, " +
               $"copy the file here and run `provision models import <file>`";
    }

    private static string Reason(Exception ex) => ex is OperationCanceledException ? "no data for too long" : (ex.InnerException?.Message ?? ex.Message);

    public void Dispose() => _client.Dispose();
}
