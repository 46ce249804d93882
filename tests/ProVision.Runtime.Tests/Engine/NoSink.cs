using ProVision.Runtime.Items;
using ProVision.Runtime.Writing;

namespace ProVision.Runtime.Tests.Engine;

/// <summary>A sink for runs that must make no item: writing one fails the test.</summary>
internal sealed class NoSink : IItemSink
{
    public void Write(GeneratedItem item) => throw new InvalidOperationException("no item was made");

    public void Complete()
    {
    }

    public void Dispose()
    {
    }
}
