namespace ProVision.Runtime.Text;

/// <summary>Lists joined as English does ("a, b, and c"): the template helper <c>{list(x)}</c> and list slots.</summary>
public static class ListPhrases
{
    /// <summary>
    /// Joins items as English does: "" for none, "a", "a and b", "a, b, and c" (serial comma). The order is the
    /// caller's: template list slots shuffle before joining (see <c>ItemDraft</c>), this method never reorders.
    /// </summary>
    public static string JoinList(ReadOnlySpan<string> items, string conjunction = "and")
    {
        ArgumentNullException.ThrowIfNull(conjunction);
        switch (items.Length)
        {
            case 0:
                return "";
            case 1:
                return items[0];
            case 2:
                return string.Concat(items[0], " ", conjunction, " ", items[1]);
        }
        var builder = PooledStringBuilder.Rent();
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }
            if (i == items.Length - 1)
            {
                builder.Append(conjunction).Append(' ');
            }
            builder.Append(items[i]);
        }
        return PooledStringBuilder.ToStringAndReturn(builder);
    }
}
