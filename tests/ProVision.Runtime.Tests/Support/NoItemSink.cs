using ProVision.Runtime.Writing;

namespace ProVision.Runtime.Tests.Support;

/// <summary>A sink for runs that must make no item: writing one fails the test.</summary>
internal sealed class NoItemSink : IItemSink
{
    public void Write(ProVision.Runtime.Items.GeneratedItem item) => throw new InvalidOperationException("no item was made");

    public void Complete()
    {
    }

    public void Dispose()
    {
    }
}
