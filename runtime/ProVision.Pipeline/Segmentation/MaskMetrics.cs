namespace ProVision.Pipeline.Segmentation;

/// <summary>Comparisons between row-major 0/1 masks of the same size.</summary>
public static class MaskMetrics
{
    /// <summary>Intersection over union; 0 when both are empty.</summary>
    public static double IoU(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (a.Length != b.Length) throw new ArgumentException($"masks differ in size ({a.Length} vs {b.Length} pixels)", nameof(b));
        long inter = 0, union = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var x = a[i] != 0;
            var y = b[i] != 0;
            if (x && y) inter++;
            if (x || y) union++;
        }
        return union == 0 ? 0 : (double)inter / union;
    }
}
