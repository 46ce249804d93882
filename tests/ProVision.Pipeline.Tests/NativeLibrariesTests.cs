using Microsoft.ML.OnnxRuntime;
using OpenCvSharp;
using SkiaSharp;

namespace ProVision.Pipeline.Tests;

/// <summary>The native libraries the pipeline needs load on this machine (libgtk-3-0 for OpenCV is installed by .ci/run).</summary>
public sealed class NativeLibrariesTests
{
    [Fact]
    public void Onnx_runtime_opencv_and_skia_load()
    {
        Assert.Contains("CPUExecutionProvider", OrtEnv.Instance().GetAvailableProviders());
        using var mat = new Mat(4, 4, MatType.CV_8UC1, Scalar.All(7));
        Assert.Equal(7 * 16, (int)Cv2.Sum(mat).Val0);
        using var bitmap = new SKBitmap(3, 2);
        Assert.Equal(3, bitmap.Width);
    }
}
