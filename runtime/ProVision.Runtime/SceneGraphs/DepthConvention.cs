namespace ProVision.Runtime.SceneGraphs;

/// <summary>What a larger depth value means. Every depth map declares one; all generators obey it.</summary>
public enum DepthConvention
{
    /// <summary>Disparity-like maps (Depth Anything, the reference data): larger value = closer to the camera.</summary>
    LargerIsCloser,

    /// <summary>Metric distance maps: larger value = farther from the camera.</summary>
    LargerIsFarther,
}

public static class DepthConventions
{
    public const string LargerIsCloserName = "larger-is-closer";
    public const string LargerIsFartherName = "larger-is-farther";

    public static string ToName(this DepthConvention convention) =>
        convention == DepthConvention.LargerIsCloser ? LargerIsCloserName : LargerIsFartherName;

    public static bool TryParse(string? text, out DepthConvention convention)
    {
        switch (text)
        {
            case LargerIsCloserName: convention = DepthConvention.LargerIsCloser; return true;
            case LargerIsFartherName: convention = DepthConvention.LargerIsFarther; return true;
            default: convention = default; return false;
        }
    }
}
