using OpenCvSharp;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Segmentation;

/// <summary>Settings of <see cref="GrabCutSegmenter"/>.</summary>
public sealed record GrabCutOptions
{
    /// <summary>
    /// The crop around the box is scaled down so that its longer side is at most this many pixels before GrabCut
    /// runs (the mask is scaled back up). GrabCut's cost grows with the pixel count: at full resolution a
    /// 300 px box takes about 0.5-0.75 s. 0 = never downscale.
    /// </summary>
    public int MaxSide { get; init; } = 200;

    /// <summary>Context around the box, as a share of the box's width/height on each side: GrabCut learns the background from it.</summary>
    public double Margin { get; init; } = 0.1;

    /// <summary>GrabCut iterations.</summary>
    public int Iterations { get; init; } = 5;

    /// <summary>Keep only the largest 8-connected foreground component (drops specks GrabCut leaves at the box's edges).</summary>
    public bool LargestComponentOnly { get; init; } = true;

    /// <summary>Boxes narrower or shorter than this (pixels) are not segmented (the chain falls back to the box).</summary>
    public int MinBoxSide { get; init; } = 6;

    /// <summary>
    /// A result covering less than this share of the box, or more than <see cref="MaxForegroundShare"/>, is taken as a
    /// failure (GrabCut found no object, or could not separate it) and the chain falls back.
    /// </summary>
    public double MinForegroundShare { get; init; } = 0.05;

    /// <summary>See <see cref="MinForegroundShare"/>.</summary>
    public double MaxForegroundShare { get; init; } = 0.98;

    /// <summary>
    /// A centred rectangle of this share of the box's width and height is marked as certain foreground (0 = none):
    /// a detector box's centre almost always lies on the object, and the seed keeps GrabCut from giving up
    /// whole parts of the object whose colours also occur in the background.
    /// </summary>
    public double CoreSeedShare { get; init; } = 0.1;

    /// <summary>Seed of OpenCV's random generator, reset before every call so that masks do not depend on call order.</summary>
    public ulong Seed { get; init; } = 0x5EED;
}

/// <summary>
/// Box-prompted masks with OpenCV's GrabCut: the box (plus <see cref="GrabCutOptions.Margin"/>) is cropped,
/// downscaled to <see cref="GrabCutOptions.MaxSide"/>, GrabCut runs initialised with the box as the
/// "probably foreground" rectangle (everything outside is background), and the foreground (definite or probable)
/// is scaled back and pasted into an image-size mask. Deterministic: OpenCV's random generator (per thread) is reset
/// before every call, so a box's mask does not depend on earlier calls. Stateless, so one instance may serve several threads.
/// See docs/pipeline-definitions.md for the steps and measured quality.
/// </summary>
public sealed class GrabCutSegmenter : IBoxPromptedSegmenter
{
    private readonly GrabCutOptions _options;

    public GrabCutSegmenter(GrabCutOptions? options = null) => _options = options ?? new GrabCutOptions();

    public string Name => "grabcut";

    public GrabCutOptions Options => _options;

    public ObjectMask? TrySegment(StageImage image, Box box)
    {
        ArgumentNullException.ThrowIfNull(image);
        var pixels = SegmentPixels(image, box);
        return pixels is null ? null : ObjectMask.FromPixels(pixels, image.Width, image.Height, MaskSource.GrabCut);
    }

    /// <summary>The row-major 0/1 mask at the image's size, or null when GrabCut gave no usable result.</summary>
    public byte[]? SegmentPixels(StageImage image, Box box)
    {
        ArgumentNullException.ThrowIfNull(image);
        var rect = PixelRect.FromBox(box, image.Width, image.Height);
        if (rect.Width < _options.MinBoxSide || rect.Height < _options.MinBoxSide) return null;

        var crop = rect.Inflate(
            Math.Max(2, (int)Math.Round(_options.Margin * rect.Width)),
            Math.Max(2, (int)Math.Round(_options.Margin * rect.Height)),
            image.Width, image.Height);
        var scale = _options.MaxSide > 0 ? Math.Min(1.0, (double)_options.MaxSide / Math.Max(crop.Width, crop.Height)) : 1.0;
        var small = new Size(Math.Max(1, (int)Math.Round(crop.Width * scale)), Math.Max(1, (int)Math.Round(crop.Height * scale)));

        using var cropMat = CropToMat(image, crop);
        using var work = new Mat();
        if (small.Width == crop.Width && small.Height == crop.Height) cropMat.CopyTo(work);
        else Cv2.Resize(cropMat, work, small, 0, 0, InterpolationFlags.Area);

        var sx = (double)small.Width / crop.Width;
        var sy = (double)small.Height / crop.Height;
        var x1 = (int)Math.Floor((rect.X1 - crop.X1) * sx);
        var y1 = (int)Math.Floor((rect.Y1 - crop.Y1) * sy);
        var x2 = Math.Min(small.Width, (int)Math.Ceiling((rect.X2 - crop.X1) * sx));
        var y2 = Math.Min(small.Height, (int)Math.Ceiling((rect.Y2 - crop.Y1) * sy));
        // GrabCut needs background samples: a box that fills the whole crop (the image border on every side) gets a 1 px frame.
        if (x1 == 0 && y1 == 0 && x2 == small.Width && y2 == small.Height)
        {
            x1 = 1; y1 = 1; x2 = small.Width - 1; y2 = small.Height - 1;
        }
        if (x2 - x1 < 2 || y2 - y1 < 2) return null;

        using var mask = new Mat(small, MatType.CV_8UC1, Scalar.All((int)GrabCutClasses.BGD));
        using (var inside = new Mat(mask, new Rect(x1, y1, x2 - x1, y2 - y1))) inside.SetTo(Scalar.All((int)GrabCutClasses.PR_FGD));
        var cw = (int)Math.Round((x2 - x1) * _options.CoreSeedShare);
        var ch = (int)Math.Round((y2 - y1) * _options.CoreSeedShare);
        if (cw >= 1 && ch >= 1)
        {
            using var core = new Mat(mask, new Rect(x1 + ((x2 - x1 - cw) / 2), y1 + ((y2 - y1 - ch) / 2), cw, ch));
            core.SetTo(Scalar.All((int)GrabCutClasses.FGD));
        }
        using var bgd = new Mat();
        using var fgd = new Mat();
        try
        {
            Cv2.SetTheRNG(_options.Seed);
            Cv2.GrabCut(work, mask, new Rect(x1, y1, x2 - x1, y2 - y1), bgd, fgd, _options.Iterations, GrabCutModes.InitWithMask);
        }
        catch (OpenCVException)
        {
            return null; // e.g. a crop with too few distinct colours to fit the colour models
        }

        // Foreground = definite (1) or probable (3): bit 0 set.
        using var fg = new Mat();
        Cv2.BitwiseAnd(mask, Scalar.All(1), fg);
        fg.ConvertTo(fg, MatType.CV_8UC1, 255);
        if (_options.LargestComponentOnly) KeepLargestComponent(fg);

        using var full = new Mat();
        if (fg.Width == crop.Width && fg.Height == crop.Height) fg.CopyTo(full);
        else Cv2.Resize(fg, full, new Size(crop.Width, crop.Height), 0, 0, InterpolationFlags.Linear);

        var result = new byte[image.Width * image.Height];
        var values = new byte[crop.Width * crop.Height];
        System.Runtime.InteropServices.Marshal.Copy(full.Data, values, 0, values.Length);
        long area = 0;
        for (var y = rect.Y1; y < rect.Y2; y++)
        {
            var offset = (y - crop.Y1) * crop.Width;
            for (var x = rect.X1; x < rect.X2; x++)
            {
                if (values[offset + x - crop.X1] >= 128)
                {
                    result[(y * image.Width) + x] = 1;
                    area++;
                }
            }
        }
        var share = (double)area / rect.Area;
        if (share < _options.MinForegroundShare || share > _options.MaxForegroundShare) return null;
        return result;
    }

    private static Mat CropToMat(StageImage image, PixelRect crop)
    {
        var bytes = new byte[crop.Width * crop.Height * 3];
        for (var y = 0; y < crop.Height; y++)
        {
            Buffer.BlockCopy(image.Rgb, (((crop.Y1 + y) * image.Width) + crop.X1) * 3, bytes, y * crop.Width * 3, crop.Width * 3);
        }
        var mat = new Mat(crop.Height, crop.Width, MatType.CV_8UC3);
        System.Runtime.InteropServices.Marshal.Copy(bytes, 0, mat.Data, bytes.Length);
        return mat;
    }

    private static void KeepLargestComponent(Mat fg)
    {
        using var labels = new Mat();
        using var stats = new Mat();
        using var centroids = new Mat();
        var count = Cv2.ConnectedComponentsWithStats(fg, labels, stats, centroids, PixelConnectivity.Connectivity8);
        if (count <= 2) return; // background plus at most one component
        var best = 1;
        for (var i = 2; i < count; i++)
        {
            if (stats.At<int>(i, (int)ConnectedComponentsTypes.Area) > stats.At<int>(best, (int)ConnectedComponentsTypes.Area)) best = i;
        }
        using var keep = new Mat();
        Cv2.Compare(labels, Scalar.All(best), keep, CmpTypes.EQ);
        keep.CopyTo(fg);
    }
}
