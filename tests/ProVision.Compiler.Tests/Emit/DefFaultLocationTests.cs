using ProVision.Compiler.Emit;
using ProVision.Compiler.Syntax;

namespace ProVision.Compiler.Tests.Emit;

/// <summary>
/// A run-time fault of arithmetic inlined from a def (an overflow, a division by zero) names the def's file, line and
/// text, not the calling generator's file at the def's line and column.
/// </summary>
public sealed class DefFaultLocationTests
{
    private const string Library = """
        # A def in a file of its own, as generators/common.pvg.

        def scaled(n: int): int = n * 1000 + count(objects)
        """;

    private const string Generator = """
        generator Scaled {
          family object
          needs labels
          for o in objects
          emit {
            answer = number(scaled(count(objects)) - 1)
          }
          ask "How many {answer}?" -> "{answer}"
        }
        """;

    [Fact]
    public void An_operation_inlined_from_a_def_is_located_in_the_defs_file()
    {
        SyntaxTree[] trees = [SyntaxTree.Parse(Library, "pack/common.pvg"), SyntaxTree.Parse(Generator, "pack/scaled.pvg")];

        var result = ProVision.Compiler.Api.CompilationDriver.Emit(trees, new EmitOptions { Namespace = "ProVision.Generated.Tests" });

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        // The def's multiplication and addition, at their own place in the def's file.
        Assert.Contains("integer overflow in 'n * 1000' at pack/common.pvg(3,27)", result.Source);
        Assert.Contains("integer overflow in 'n * 1000 + count(objects)' at pack/common.pvg(3,27)", result.Source);
        // The generator's own subtraction, in its file.
        Assert.Contains("integer overflow in 'scaled(count(objects)) - 1' at pack/scaled.pvg(6,21)", result.Source);
        Assert.DoesNotContain("pack/scaled.pvg(3,", result.Source);
    }
}
