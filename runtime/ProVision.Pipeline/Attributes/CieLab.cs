namespace ProVision.Pipeline.Attributes;

/// <summary>A colour in CIELAB (D65 white): L* 0 (black) .. 100 (white), a* green(-) .. red(+), b* blue(-) .. yellow(+).</summary>
public readonly record struct Lab(double L, double A, double B)
{
    /// <summary>CIE76 colour difference: Euclidean distance in L*a*b*.</summary>
    public double DistanceTo(Lab other)
    {
        var dl = L - other.L;
        var da = A - other.A;
        var db = B - other.B;
        return Math.Sqrt((dl * dl) + (da * da) + (db * db));
    }

    /// <summary>Chroma C* = sqrt(a*^2 + b*^2): 0 for grays.</summary>
    public double Chroma => Math.Sqrt((A * A) + (B * B));

    public override string ToString() => FormattableString.Invariant($"Lab({L:F1}, {A:F1}, {B:F1})");
}

/// <summary>sRGB (8-bit, D65) to CIELAB, the standard formulas (IEC 61966-2-1 linearisation, CIE 1976 L*a*b*).</summary>
public static class CieLab
{
    private static readonly double[] s_linear = BuildLinear();

    private const double Xn = 0.95047;
    private const double Yn = 1.0;
    private const double Zn = 1.08883;

    public static Lab FromRgb(byte r, byte g, byte b)
    {
        var rl = s_linear[r];
        var gl = s_linear[g];
        var bl = s_linear[b];
        var x = ((0.4124564 * rl) + (0.3575761 * gl) + (0.1804375 * bl)) / Xn;
        var y = ((0.2126729 * rl) + (0.7151522 * gl) + (0.0721750 * bl)) / Yn;
        var z = ((0.0193339 * rl) + (0.1191920 * gl) + (0.9503041 * bl)) / Zn;
        var fx = F(x);
        var fy = F(y);
        var fz = F(z);
        return new Lab((116 * fy) - 16, 500 * (fx - fy), 200 * (fy - fz));
    }

    private static double F(double t)
    {
        const double delta = 6.0 / 29.0;
        return t > delta * delta * delta ? Math.Cbrt(t) : (t / (3 * delta * delta)) + (4.0 / 29.0);
    }

    private static double[] BuildLinear()
    {
        var table = new double[256];
        for (var i = 0; i < 256; i++)
        {
            var c = i / 255.0;
            table[i] = c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return table;
    }
}
