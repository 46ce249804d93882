using ProVision.Runtime.Items;

namespace ProVision.Runtime.Writing;

/// <summary>
/// Receives generated items in order. Output becomes visible only on <see cref="Complete"/>; disposing a
/// sink that was not completed discards everything written to it.
/// </summary>
public interface IItemSink : IDisposable
{
    /// <summary>Appends one item.</summary>
    /// <exception cref="InvalidOperationException">The sink is completed, disposed, or failed earlier.</exception>
    void Write(GeneratedItem item);

    /// <summary>Finishes the output and publishes it. Call once, after the last <see cref="Write"/>.</summary>
    /// <exception cref="InvalidOperationException">The sink is completed, disposed, or failed earlier.</exception>
    void Complete();
}
