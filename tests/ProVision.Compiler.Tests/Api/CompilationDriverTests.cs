using ProVision.Compiler.Api;
using ProVision.Compiler.Packs;
using ProVision.Compiler.Syntax;

namespace ProVision.Compiler.Tests.Api;

/// <summary>One compilation pipeline and one shared compiler for embedding, packs and commands.</summary>
public sealed class CompilationDriverTests
{
    [Fact]
    public void Embedding_and_the_pack_loader_share_one_compiler()
    {
        Assert.Same(CompilationDriver.SharedCompiler, PvgCompiler.SharedCompiler);
        Assert.Same(CompilationDriver.SharedCompiler, PackLoader.DefaultCompiler);
    }

    [Fact]
    public void Each_stage_stops_the_pipeline_on_its_errors()
    {
        var syntax = CompilationDriver.Emit([SyntaxTree.Parse("generator { ", "broken.pvg")]);
        var binding = CompilationDriver.Emit([SyntaxTree.Parse("generator G { for o in objectz emit { answer = o } ask \"q\" -> \"{answer}\" }", "unbound.pvg")]);

        Assert.Null(syntax.Source);
        Assert.All(syntax.Diagnostics.Where(d => d.IsError), d => Assert.StartsWith("PV0", d.Code, StringComparison.Ordinal));
        Assert.Null(binding.Source);
        Assert.Contains(binding.Diagnostics, d => d.IsError && d.Code.StartsWith("PV1", StringComparison.Ordinal));
        Assert.All(binding.Diagnostics, d => Assert.NotNull(d.Source));
    }
}
