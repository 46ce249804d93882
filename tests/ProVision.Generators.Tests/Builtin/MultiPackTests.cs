using ProVision.Compiler.Api;
using ProVision.Compiler.Syntax;

namespace ProVision.Generators.Tests.Builtin;

/// <summary>The multi-image files of the built-in pack bind and emit without any diagnostic, warnings included.</summary>
public sealed class MultiPackTests
{
    [Fact]
    public void Multi_image_files_have_no_diagnostics()
    {
        var files = Directory.GetFiles(BuiltinPack.Folder, "*.pvg", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var trees = files.Select(f => SyntaxTree.Parse(File.ReadAllText(f), f)).ToList();
        var (diagnostics, csharp) = PvgCompiler.Emit(trees);

        Assert.NotNull(csharp);
        var mine = diagnostics.Where(d => d.Source?.Path is { } path
            && (path.Contains("multi-image", StringComparison.Ordinal) || path.EndsWith("phrases_multi.pvg", StringComparison.Ordinal))).ToList();
        Assert.True(mine.Count == 0, string.Join("\n", mine.Select(d => $"{d.Source!.Path}: {d}")));
    }
}
