using ProVision.Compiler.Tests.Infrastructure;

namespace ProVision.Compiler.Tests.Emit;

/// <summary>
/// A value of a loop's element and of an outer loop's variables, with a loop between them (Emit/HoistingEmitter.cs,
/// corpus case 521): remembered per element for one iteration of the outer loop. InterpreterTests and
/// TagCountingTests compare the items with the reference interpreter (an array kept for the whole run fails them).
/// </summary>
public sealed class PerIterationElementTests
{
    private const string Case = "500-emit/521-per-element-values-of-an-outer-iteration";

    private static readonly Lazy<string[]> s_lines = new(() => CorpusCases.EmittedCSharp(Case).Split('\n'));

    private static int IndexOf(string text, int from = 0)
    {
        var index = Array.FindIndex(s_lines.Value, from, l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{text}' not found");
        return index;
    }

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    [Fact]
    public void CouldHold_of_the_inner_element_is_an_array_of_the_group_loops_body_made_for_each_group()
    {
        var generator = IndexOf("public sealed class G_OthersNotHolding ");
        var groupLoop = IndexOf("< g1.Count;", generator);
        var declaration = IndexOf("bool?[] couldHoldOfXPredObjs = null;", generator);
        var group = IndexOf("var t", groupLoop);
        Assert.True(groupLoop < declaration && declaration < group);
        Assert.Equal(Indent(s_lines.Value[group]), Indent(s_lines.Value[declaration]));
        Assert.Contains("((couldHoldOfXPredObjs ??= new bool?[", s_lines.Value[IndexOf("SpatialPredicates.CouldHold(graph, v_x, v_pred, v_obj)", generator)],
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_element_and_of_the_loop_just_around_it_stays_where_it_is()
    {
        var generator = IndexOf("public sealed class G_ContainedPairs ");
        Assert.Contains("Geometry.Contains(graph.Objects[v_p].Box, graph.Objects[v_x].Box)", s_lines.Value[IndexOf("Geometry.Contains(", generator)],
            StringComparison.Ordinal);
        Assert.DoesNotContain(s_lines.Value[generator..], l => l.Contains("containsOf", StringComparison.Ordinal));
    }
}
