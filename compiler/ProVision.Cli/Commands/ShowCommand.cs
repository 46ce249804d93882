using System.CommandLine;
using ProVision.Pipeline.Drawing;
using ProVision.Pipeline.Segmentation;
using ProVision.Runtime.Items;
using ProVision.Runtime.Loading;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Writing;

namespace ProVision.Cli.Commands;

/// <summary>
/// <c>provision show</c>: draws one image's scene graph (boxes, labels, masks, relation arrows, depth inset) on the
/// image, or one generated item with its evidence highlighted, as a PNG for a person to look at.
/// </summary>
public static class ShowCommand
{
    private static readonly string[] s_imageExtensions = [".png", ".jpg", ".jpeg", ".webp", ".bmp"];

    public static Command Create(CliConsole console)
    {
        var inputs = new InputOptions();
        var image = new Option<string?>("--image") { Description = "Id of the image to draw." };
        var items = new Option<string?>("--items") { Description = "Items JSONL written by generate; with --item, draws that item's images with its evidence highlighted." };
        var item = new Option<string?>("--item") { Description = "Id of the item to draw (needs --items)." };
        var output = new Option<string>("--out", "-o") { Description = "The PNG to write.", Required = true };
        var imagesDir = new Option<string?>("--images-dir") { Description = "Folder that image paths resolve against (default: the first input's folder)." };
        var noMasks = new Option<bool>("--no-masks") { Description = "Do not tint masks." };
        var noRelations = new Option<bool>("--no-relations") { Description = "Do not draw relation arrows." };
        var noDepth = new Option<bool>("--no-depth") { Description = "Do not draw the depth inset." };
        var command = new Command("show", "Draw a scene graph (boxes, labels, masks, relations, depth) or a generated item with its evidence on its image, as PNG.");
        // The input options that make sense here (no --on-error: a problem in another image never stops the drawing).
        foreach (var option in new Option[] { inputs.DepthDir, inputs.MaskDir, inputs.BoxTolerance.Option }) command.Add(option);
        command.Add(inputs.Inputs);
        foreach (var option in new Option[] { image, items, item, output, imagesDir, noMasks, noRelations, noDepth }) command.Add(option);
        command.SetAction(result => Run(console, new ShowRequest
        {
            Inputs = inputs.GetInputs(result),
            LoadOptions = inputs.GetLoadOptions(result),
            ImageId = result.GetValue(image),
            ItemsPath = result.GetValue(items),
            ItemId = result.GetValue(item),
            OutPath = result.GetRequiredValue(output),
            ImagesDir = result.GetValue(imagesDir),
            Render = new RenderOptions { Masks = !result.GetValue(noMasks), Relations = !result.GetValue(noRelations), DepthInset = !result.GetValue(noDepth) },
        }));
        return command;
    }

    /// <summary>Everything <see cref="Run"/> needs.</summary>
    public sealed record ShowRequest
    {
        public required IReadOnlyList<string> Inputs { get; init; }
        public GraphLoadOptions LoadOptions { get; init; } = GraphLoadOptions.Default;
        public string? ImageId { get; init; }
        public string? ItemsPath { get; init; }
        public string? ItemId { get; init; }
        public required string OutPath { get; init; }
        public string? ImagesDir { get; init; }
        public RenderOptions Render { get; init; } = new();
    }

    public static int Run(CliConsole console, ShowRequest request)
    {
        if ((request.ImageId is null) == (request.ItemId is null))
        {
            console.Error.WriteLine("error: name what to draw: --image <id> for a scene graph, or --items <items.jsonl> --item <id> for a generated item");
            return ExitCodes.Usage;
        }
        if (request.ItemId is not null && request.ItemsPath is null)
        {
            console.Error.WriteLine("error: --item needs --items <items.jsonl> (the file generate wrote)");
            return ExitCodes.Usage;
        }
        var baseDir = request.ImagesDir ?? Path.GetDirectoryName(Path.GetFullPath(request.Inputs[0]))!;
        if (request.ImagesDir is not null && !Directory.Exists(request.ImagesDir))
            return Fail(console, $"--images-dir {request.ImagesDir}: folder not found");

        var renderer = new SceneRenderer(request.Render);
        SkiaSharp.SKBitmap bitmap;
        string summary;
        if (request.ImageId is { } imageId)
        {
            var graph = FindGraphs(console, request, [imageId], out var failure)?[0];
            if (graph is null) return failure;
            var image = LoadImage(console, graph, baseDir, request.ImagesDir is not null, out failure);
            if (image is null) return failure;
            var drawing = SceneDrawing.FromGraph(graph, image, masks: request.Render.Masks, depth: request.Render.DepthInset);
            bitmap = renderer.Render(drawing);
            summary = $"image {graph.ImageId}: {graph.Objects.Length} objects, {graph.Relations.Length} relations{(graph.HasMasks ? ", masks" : "")}{(graph.HasDepth ? ", depth" : "")}";
        }
        else
        {
            var item = FindItem(console, request.ItemsPath!, request.ItemId!, out var failure);
            if (item is null) return failure;
            var graphs = FindGraphs(console, request, item.Images, out failure);
            if (graphs is null) return failure;
            var drawings = new List<SceneDrawing>();
            for (var k = 0; k < graphs.Count; k++)
            {
                var image = LoadImage(console, graphs[k], baseDir, request.ImagesDir is not null, out failure);
                if (image is null) return failure;
                var evidence = item.Evidence.PerImage[k];
                foreach (var index in evidence.Objects.Where(i => i >= graphs[k].Objects.Length))
                    console.Error.WriteLine($"warning: item {item.Id}: evidence object {index} is not in image {graphs[k].ImageId} ({graphs[k].Objects.Length} objects); the graphs may not be the ones the item was generated from");
                drawings.Add(SceneDrawing.FromGraph(graphs[k], image, evidence, request.Render.Masks, request.Render.DepthInset));
            }
            var lines = new List<string> { $"item {item.Id} · {item.Generator}", "Q: " + item.Prompt };
            if (item.Choices.Length > 0) lines.Add("choices: " + string.Join(" | ", item.Choices));
            lines.Add("A: " + item.Response);
            if (!string.Equals(item.Answer, item.Response, StringComparison.Ordinal)) lines.Add("answer: " + item.Answer);
            bitmap = renderer.Compose(drawings, lines);
            summary = $"item {item.Id}: {graphs.Count} image(s), evidence highlighted";
        }

        var (width, height) = (bitmap.Width, bitmap.Height);
        using (bitmap)
        using (var file = AtomicFile.Create(request.OutPath))
        {
            SceneRenderer.SavePng(bitmap, file.Stream);
            file.Commit();
        }
        console.Out.WriteLine($"wrote {request.OutPath} ({width}x{height}; {summary})");
        return ExitCodes.Ok;
    }

    /// <summary>The graphs for <paramref name="wanted"/> (image ids, or image paths as items name them), in order; null after printing why.</summary>
    private static List<SceneGraph>? FindGraphs(CliConsole console, ShowRequest request, IReadOnlyList<string> wanted, out int failure)
    {
        failure = ExitCodes.Ok;
        var found = new SceneGraph?[wanted.Count];
        var seen = 0;
        var sample = new List<string>();
        foreach (var outcome in SceneGraphInputs.Read(request.Inputs, request.LoadOptions))
        {
            if (outcome.Error is { } error)
            {
                if (error.ImageId is null || wanted.Contains(error.ImageId))
                {
                    failure = Fail(console, error.ToString());
                    return null;
                }
                continue; // a problem in another image does not stop us drawing this one
            }
            var graph = outcome.Graph!;
            seen++;
            if (sample.Count < 5) sample.Add(graph.ImageId);
            for (var k = 0; k < wanted.Count; k++)
            {
                if (found[k] is null && (graph.ImageId == wanted[k] || graph.ImagePath == wanted[k])) found[k] = graph;
            }
            if (found.All(g => g is not null)) break;
        }
        var missing = Enumerable.Range(0, wanted.Count).FirstOrDefault(k => found[k] is null, -1);
        if (missing >= 0)
        {
            var ids = seen == 0 ? "no graphs" : $"{seen} graph(s), e.g. {string.Join(", ", sample)}";
            var what = request.ItemId is null ? $"image '{wanted[missing]}'" : $"image '{wanted[missing]}' of item {request.ItemId}";
            failure = Fail(console, $"{what} is not in {string.Join(", ", request.Inputs)} ({ids}); give the graphs the {(request.ItemId is null ? "id" : "item")} came from");
            return null;
        }
        return found.Select(g => g!).ToList();
    }

    private static GeneratedItem? FindItem(CliConsole console, string path, string id, out int failure)
    {
        failure = ExitCodes.Ok;
        if (!File.Exists(path))
        {
            failure = Fail(console, $"{path}: file not found");
            return null;
        }
        long lineNumber = 0;
        var count = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            count++;
            if (!line.Contains(id, StringComparison.Ordinal)) continue;
            GeneratedItem item;
            try { item = GeneratedItemJson.Parse(line, path, lineNumber); }
            catch (ItemFormatException ex)
            {
                failure = Fail(console, ex.Message);
                return null;
            }
            if (item.Id == id) return item;
        }
        failure = Fail(console, $"{path}: no item with id '{id}' ({count} items)");
        return null;
    }

    /// <summary>The graph's image, resized to the graph's size if the file differs; null after printing why.</summary>
    private static StageImage? LoadImage(CliConsole console, SceneGraph graph, string baseDir, bool explicitDir, out int failure)
    {
        failure = ExitCodes.Ok;
        var candidates = new List<string>();
        if (!string.IsNullOrEmpty(graph.ImagePath))
        {
            candidates.Add(Path.IsPathRooted(graph.ImagePath) ? graph.ImagePath : Path.Combine(baseDir, graph.ImagePath));
            if (explicitDir) candidates.Add(Path.Combine(baseDir, Path.GetFileName(graph.ImagePath)));
        }
        else
        {
            candidates.AddRange(s_imageExtensions.Select(e => Path.Combine(baseDir, graph.ImageId + e)));
        }
        var path = candidates.FirstOrDefault(File.Exists);
        if (path is null)
        {
            var where = string.IsNullOrEmpty(graph.ImagePath)
                ? $"the graph names no image file, and {Path.Combine(baseDir, graph.ImageId)}.png/.jpg/.jpeg/.webp/.bmp do not exist"
                : $"{Path.GetFullPath(candidates[0])} does not exist (the graph's \"image\" is {graph.ImagePath}, resolved against {baseDir})";
            failure = Fail(console, $"image file not found for image '{graph.ImageId}': {where}; pass --images-dir to look elsewhere");
            return null;
        }
        StageImage image;
        try { image = StageImage.Load(path); }
        catch (InvalidDataException ex)
        {
            failure = Fail(console, ex.Message);
            return null;
        }
        if (image.Width == graph.Width && image.Height == graph.Height) return image;
        console.Error.WriteLine($"warning: {path} is {image.Width}x{image.Height} but graph {graph.ImageId} says {graph.Width}x{graph.Height}; the image is scaled to the graph's size");
        return new StageImage(graph.Width, graph.Height, ImageOps.ResizeRgb(image, graph.Width, graph.Height));
    }

    private static int Fail(CliConsole console, string message)
    {
        console.Error.WriteLine($"error: {message}");
        return ExitCodes.BadInput;
    }
}
