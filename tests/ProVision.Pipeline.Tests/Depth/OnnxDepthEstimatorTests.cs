using ProVision.Pipeline.Depth;
using ProVision.Pipeline.Segmentation;
using ProVision.Runtime.Caching;
using ProVision.Runtime.Formats.Npy;
using ProVision.Runtime.SceneGraphs;
using static ProVision.Pipeline.Tests.Depth.TinyOnnx;

namespace ProVision.Pipeline.Tests.Depth;

/// <summary>The depth stage with tiny ONNX models written by the test itself (no depth model can be shipped).</summary>
public sealed class OnnxDepthEstimatorTests
{
    /// <summary>Dynamic [1, 3, h, w] in; ReduceMean over the channels, keepdims 0: [1, h, w] out.</summary>
    private static string ChannelMeanModel(bool keepDims, params object[] inputDims) => WriteTemp(Model(Graph(
        "channel_mean",
        [Node("ReduceMean", ["pixel_values"], ["predicted_depth"], IntsAttribute("axes", 1), IntAttribute("keepdims", keepDims ? 1 : 0))],
        [Tensor("pixel_values", inputDims)],
        [Tensor("predicted_depth", keepDims ? [1L, 1L, inputDims[2], inputDims[3]] : [1L, inputDims[2], inputDims[3]])])), "depth");

    private static readonly float[] Zero = [0f, 0f, 0f];
    private static readonly float[] One = [1f, 1f, 1f];

    private static StageImage HalfAndHalf(bool vertical, byte first, byte second)
    {
        var image = StageImage.Filled(40, 30, second, second, second);
        if (vertical) image.FillRect(0, 0, 20, 30, first, first, first);
        else image.FillRect(0, 0, 40, 15, first, first, first);
        return image;
    }

    [Fact]
    public void Dynamic_model_output_comes_back_at_the_image_size_with_the_convention()
    {
        var path = ChannelMeanModel(false, 1L, 3L, "height", "width");
        using var estimator = new OnnxDepthEstimator(new OnnxDepthOptions
        {
            ModelPath = path, InputSize = 28, SizeMultiple = 14, Mean = Zero, Std = One, Quantize = false,
        });

        Assert.Equal((42, 28), estimator.InputSizeFor(40, 30)); // shorter side 28, 40*28/30 = 37.3 -> 42 (multiple of 14)
        var estimate = estimator.Estimate(HalfAndHalf(vertical: true, 255, 0));

        Assert.Equal(40, estimate.Map.Width);
        Assert.Equal(30, estimate.Map.Height);
        Assert.Equal(DepthConvention.LargerIsCloser, estimate.Convention);
        Assert.Equal(1f, estimate.Map[2, 15], 3);   // left: white, mean of (1, 1, 1)
        Assert.Equal(0f, estimate.Map[37, 15], 3);  // right: black
        Assert.Equal(new DepthRange(0, 1), new DepthRange(Math.Round(estimate.Range.Min, 3), Math.Round(estimate.Range.Max, 3)));
    }

    [Fact]
    public void Fixed_size_model_with_a_4d_output_is_quantized_written_and_read_back()
    {
        var path = ChannelMeanModel(true, 1L, 3L, 16L, 16L);
        using var estimator = new OnnxDepthEstimator(new OnnxDepthOptions { ModelPath = path, Convention = DepthConvention.LargerIsFarther });

        Assert.Equal((16, 16), estimator.InputSizeFor(40, 30));
        var estimate = estimator.Estimate(HalfAndHalf(vertical: false, 200, 50));

        Assert.Equal(new DepthRange(0, 255), estimate.Range);
        Assert.Equal(DepthConvention.LargerIsFarther, estimate.Convention);
        Assert.Equal(255f, estimate.Map[20, 2]);   // top: brighter input, larger value
        Assert.Equal(0f, estimate.Map[20, 28]);
        Assert.All(estimate.Map.Values.ToArray(), v => Assert.Equal(MathF.Round(v), v));

        var file = Path.Combine(Path.GetDirectoryName(path)!, "depth.npy");
        Assert.True(DepthMapFiles.WriteNpy(file, estimate));
        Assert.Equal(NpyDType.UInt8, NpyArray.ReadHeader(file).DType);
        var loaded = new DepthSource(file, estimate.Convention, estimate.Range, new ResourceCache(1 << 20)).Load();
        Assert.Equal(estimate.Map.Values.ToArray(), loaded.Values.ToArray());
    }

    [Fact]
    public void Object_depth_is_the_mode_under_the_mask()
    {
        var path = ChannelMeanModel(true, 1L, 3L, 16L, 16L);
        using var estimator = new OnnxDepthEstimator(new OnnxDepthOptions { ModelPath = path });
        var estimate = estimator.Estimate(HalfAndHalf(vertical: false, 200, 50));

        var top = new byte[40 * 30];
        top.AsSpan(0, 40 * 10).Fill(1);           // rows 0-9: all near 255
        var bottom = new byte[40 * 30];
        bottom.AsSpan(40 * 20, 40 * 10).Fill(1);  // rows 20-29: all 0

        Assert.Equal(255, ObjectDepths.Of(new BitMask(40, 30, top), estimate.Map));
        Assert.Equal(0, ObjectDepths.Of(new BitMask(40, 30, bottom), estimate.Map));
        Assert.Null(ObjectDepths.Of(new BitMask(40, 30, new byte[40 * 30]), estimate.Map));
    }

    [Fact]
    public void Mode_ties_go_to_the_smaller_value()
    {
        var map = new DepthMap(4, 1, [10, 20, 20, 10], DepthConvention.LargerIsCloser);
        Assert.Equal(10, ObjectDepths.Of(new BitMask(4, 1, [1, 1, 1, 1]), map));
        Assert.Equal(20, ObjectDepths.Of(new BitMask(4, 1, [0, 1, 1, 1]), map));
    }

    [Fact]
    public void An_output_that_is_not_a_depth_map_is_refused_with_its_shape()
    {
        var path = WriteTemp(Model(Graph("identity",
            [Node("Identity", ["x"], ["y"])],
            [Tensor("x", 1L, 3L, 8L, 8L)],
            [Tensor("y", 1L, 3L, 8L, 8L)])), "identity");
        using var estimator = new OnnxDepthEstimator(new OnnxDepthOptions { ModelPath = path });

        var error = Assert.Throws<InvalidDataException>(() => estimator.Estimate(StageImage.Filled(8, 8, 1, 2, 3)));
        Assert.Contains("[1, 3, 8, 8]", error.Message);
    }

    [Fact]
    public void A_model_whose_input_is_not_an_image_is_refused()
    {
        var path = WriteTemp(Model(Graph("vector",
            [Node("Identity", ["x"], ["y"])],
            [Tensor("x", 1L, 10L)],
            [Tensor("y", 1L, 10L)])), "vector");
        var error = Assert.Throws<InvalidDataException>(() => new OnnxDepthEstimator(new OnnxDepthOptions { ModelPath = path }));
        Assert.Contains("[1, 3, H, W]", error.Message);
    }

    [Fact]
    public void A_missing_model_file_names_the_path()
    {
        var error = Assert.Throws<FileNotFoundException>(() => new OnnxDepthEstimator(new OnnxDepthOptions { ModelPath = "/nonexistent/depth.onnx" }));
        Assert.Contains("/nonexistent/depth.onnx", error.Message);
    }
}
