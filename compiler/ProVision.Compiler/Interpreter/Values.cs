using ProVision.Runtime.SceneGraphs;

namespace ProVision.Compiler.Interpreter;

/// <summary>A tuple value: its elements, compared element-wise.</summary>
internal sealed class TupleValue(object?[] items) : IEquatable<TupleValue>
{
    public object?[] Items { get; } = items;

    public bool Equals(TupleValue? other) =>
        other is not null && Items.Length == other.Items.Length && Items.Zip(other.Items).All(p => Values.Equal(p.First, p.Second));

    public override bool Equals(object? obj) => Equals(obj as TupleValue);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items)
        {
            hash.Add(Values.Comparer.GetHashCode(item!));
        }
        return hash.ToHashCode();
    }
}

/// <summary>
/// Interpreter values: <c>bool</c>, <c>long</c> (int, Count), <c>double</c>, <c>string</c>, object and relation
/// indices (<c>int</c>, or <c>ObjectRef</c>/<c>RelationRef</c> in multi-image generators), image positions
/// (<c>int</c>), <c>Box</c>, <c>(double, double)</c>, <c>BitMask</c>, <c>DataSetIndex</c>, lists as
/// <c>object?[]</c> and tuples as <see cref="TupleValue"/>.
/// </summary>
internal static class Values
{
    public static IEqualityComparer<object> Comparer { get; } = new ValueComparer();

    public static bool Equal(object? a, object? b) => (a, b) switch
    {
        (long x, long y) => x == y,
        (long or int or double, long or int or double) => ToDouble(a) == ToDouble(b),
        _ => Equals(a, b),
    };

    public static long ToLong(object? value) => value switch
    {
        long l => l,
        int i => i,
        double d => (long)d,
        _ => throw new InvalidOperationException("not an integer: " + value),
    };

    public static double ToDouble(object? value) => value switch
    {
        long l => l,
        int i => i,
        double d => d,
        _ => throw new InvalidOperationException("not a number: " + value),
    };

    public static object?[] List(object? value) => (object?[])value!;

    public static Box Box(object? value) => (Box)value!;

    private sealed class ValueComparer : IEqualityComparer<object>
    {
        public new bool Equals(object? x, object? y) => Equal(x, y);

        public int GetHashCode(object obj) => obj switch
        {
            long or int or double => ToDouble(obj).GetHashCode(),
            _ => obj.GetHashCode(),
        };
    }
}

/// <summary>Ends the current iteration (a false where, an empty argmin, an index out of range).</summary>
internal sealed class SkipIteration : Exception
{
    public static SkipIteration Instance { get; } = new();
}

/// <summary>Ends the run (the context's budget is spent).</summary>
internal sealed class StopRun : Exception
{
    public static StopRun Instance { get; } = new();
}
