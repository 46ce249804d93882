using System.Text;

namespace ProVision.Runtime.Text;

/// <summary>
/// One cached <see cref="StringBuilder"/> per thread for rendering prompts, answers and lists, so that an
/// item costs its result strings and nothing else.
/// </summary>
/// <remarks>
/// Follows Roslyn's <c>PooledStringBuilder</c>: builders that grew past <see cref="MaxPooledCapacity"/> are
/// dropped rather than kept, so one huge caption cannot pin memory for the rest of a run. A thread-static
/// slot instead of a shared pool because rendering never crosses threads and needs no locking. Renting
/// while the cached builder is out (nested rendering) simply allocates a fresh one.
/// </remarks>
internal static class PooledStringBuilder
{
    public const int MaxPooledCapacity = 1024;

    [ThreadStatic]
    private static StringBuilder? t_cached;

    public static StringBuilder Rent()
    {
        var builder = t_cached;
        if (builder is null)
        {
            return new StringBuilder(256);
        }
        t_cached = null;
        builder.Clear();
        return builder;
    }

    public static void Return(StringBuilder builder)
    {
        if (builder.Capacity <= MaxPooledCapacity)
        {
            t_cached = builder;
        }
    }

    public static string ToStringAndReturn(StringBuilder builder)
    {
        var text = builder.ToString();
        Return(builder);
        return text;
    }
}
