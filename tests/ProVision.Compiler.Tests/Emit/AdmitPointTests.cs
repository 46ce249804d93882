using ProVision.Compiler.Binding;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Syntax;

namespace ProVision.Compiler.Tests.Emit;

/// <summary>
/// The admit point (where a candidate that cannot be kept is skipped) goes before the lets that only prepare the
/// emit block, but never before a let that reads the query stream: every candidate must read it, or the candidates
/// after a skipped one would draw other numbers.
/// </summary>
public sealed class AdmitPointTests
{
    private static BoundGenerator Bind(string lets)
    {
        var source = $$"""
            generator G {
              family object
              needs labels
              for o in objects
              where o.index > 0
            {{lets}}
              emit {
                name   = o.label
                answer = o.label
              }
              ask "what is the {name}?" -> "{answer}"
            }
            """;
        var bound = Binder.Bind([SyntaxTree.Parse(source, "g.pvg")]);
        Assert.False(bound.HasErrors, string.Join("\n", bound.Diagnostics));
        return Assert.Single(bound.Pack.Generators);
    }

    [Fact]
    public void Trailing_lets_come_after_the_admit_point()
    {
        var generator = Bind("  let n = count(objects)\n  let label = o.label\n");
        Assert.IsType<BoundWhereClause>(generator.Clauses[AdmitPoint.Of(generator.Clauses) - 1]);
        Assert.Equal(2, AdmitPoint.Of(generator.Clauses));
    }

    [Fact]
    public void A_let_reading_the_query_stream_stays_before_it()
    {
        var generator = Bind("  let n = count(objects)\n  let lucky = chance(0.5)\n  let label = o.label\n");
        Assert.Equal(4, AdmitPoint.Of(generator.Clauses));
    }

    [Fact]
    public void Without_lets_it_is_the_emit_clause()
    {
        var generator = Bind("");
        Assert.IsType<BoundEmitClause>(generator.Clauses[AdmitPoint.Of(generator.Clauses)]);
    }
}
