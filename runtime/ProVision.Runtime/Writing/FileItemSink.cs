using ProVision.Runtime.Items;

namespace ProVision.Runtime.Writing;

/// <summary>
/// Base of the file writers: owns the <see cref="AtomicFile"/> and the sink's life cycle, so each format
/// only says how to write a header, an item and a trailer.
/// </summary>
/// <remarks>
/// A sink whose write threw is marked failed and refuses to complete: the failed item may be half
/// written, and publishing that file would be worse than publishing none.
/// </remarks>
public abstract class FileItemSink : IItemSink
{
    private readonly AtomicFile _file;
    private State _state;

    /// <summary>Opens the temporary file for <paramref name="path"/>.</summary>
    protected FileItemSink(string path)
    {
        _file = AtomicFile.Create(path);
    }

    private enum State
    {
        Open,
        Completed,
        Failed,
        Disposed,
    }

    /// <summary>The final path of the output.</summary>
    public string Path => _file.TargetPath;

    /// <summary>Number of items written so far.</summary>
    public long Count { get; private set; }

    /// <summary>The temporary file's stream, for derived writers.</summary>
    protected Stream Output => _file.Stream;

    /// <inheritdoc/>
    public void Write(GeneratedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        Guard(nameof(Write));
        try
        {
            WriteItem(item);
        }
        catch
        {
            _state = State.Failed;
            throw;
        }
        Count++;
    }

    /// <inheritdoc/>
    public void Complete()
    {
        Guard(nameof(Complete));
        try
        {
            WriteTrailer();
            _file.Commit();
        }
        catch
        {
            _state = State.Failed;
            throw;
        }
        _state = State.Completed;
    }

    /// <summary>Releases the file; without a prior <see cref="Complete"/> the output is discarded.</summary>
    public void Dispose()
    {
        if (_state == State.Disposed)
        {
            return;
        }
        try
        {
            ReleaseResources(completed: _state == State.Completed);
        }
        finally
        {
            _file.Dispose();
            _state = State.Disposed;
            GC.SuppressFinalize(this);
        }
    }

    /// <summary>Writes one item to <see cref="Output"/>.</summary>
    protected abstract void WriteItem(GeneratedItem item);

    /// <summary>Writes whatever closes the format (an array bracket, a Parquet footer) and flushes it.</summary>
    protected abstract void WriteTrailer();

    /// <summary>Releases format resources; <paramref name="completed"/> is false when the output is being discarded.</summary>
    protected virtual void ReleaseResources(bool completed)
    {
    }

    private void Guard(string operation)
    {
        if (_state != State.Open)
        {
            throw new InvalidOperationException($"Cannot {operation}: the writer for '{Path}' is {_state.ToString().ToLowerInvariant()}.");
        }
    }
}
