using ProVision.Compiler.Tests.Infrastructure;

namespace ProVision.Compiler.Tests.Emit;

/// <summary>
/// Two objects' nouns compared by noun id (Emit/HoistingEmitter.NounIds.cs): which comparisons become int comparisons
/// and which stay string ones. Corpus case 515 is also run against the reference interpreter, which compares the
/// strings, by InterpreterTests and TagCountingTests (items, tag counts in balanced pass 1).
/// </summary>
public sealed class NounIdTests
{
    private const string Case = "500-emit/515-noun-id-comparison";

    private static readonly Lazy<string> s_csharp = new(() => CorpusCases.EmittedCSharp(Case));

    // The lines of one generator's Run that stand after the .pvg line holding `source`, up to the next .pvg line.
    private static string StatementOf(string generator, string source)
    {
        var lines = s_csharp.Value.Split('\n').ToList();
        var start = lines.FindIndex(l => l.StartsWith($"public sealed class G_{generator} ", StringComparison.Ordinal));
        Assert.True(start >= 0, generator);
        var at = lines.FindIndex(start, l => l.TrimStart().StartsWith("// ", StringComparison.Ordinal) && l.Contains(source, StringComparison.Ordinal));
        Assert.True(at >= 0, source);
        var end = lines.FindIndex(at + 1, l => l.TrimStart().StartsWith("// 500-emit/", StringComparison.Ordinal));
        return string.Join("\n", lines[(at + 1)..end]);
    }

    [Fact]
    public void Two_objects_nouns_compare_by_id_made_once_per_run_on_first_use()
    {
        var kin = StatementOf("SameNounPairs", "let kin =");
        Assert.Contains("(nounIdsOfObjects ??= Nouns.IdsOfObjects(graph, context.Vocabulary))[v_x] == nounIdsOfObjects[v_o]", kin, StringComparison.Ordinal);
        Assert.DoesNotContain("NounOf", kin, StringComparison.Ordinal);
        var lines = s_csharp.Value.Split('\n');
        Assert.Single(lines, l => l.Contains("int[] nounIdsOfObjects = null;", StringComparison.Ordinal));
    }

    [Fact]
    public void An_object_read_from_a_relation_and_not_equal_compare_by_id_too()
    {
        var strangers = StatementOf("SameNounPairs", "let strangers =");
        Assert.Contains("[graph.Relations[v_r].Subject] != nounIdsOfObjects[v_o]", strangers, StringComparison.Ordinal);
        Assert.DoesNotContain("NounOf", strangers, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("let named =")] // a noun against a label and a literal
    [InlineData("let nouns =")] // nouns kept in a list
    [InlineData("where count(kin) > 0")] // a noun looked up in that list
    public void A_noun_compared_with_anything_but_another_objects_noun_stays_a_string(string source)
    {
        var statement = StatementOf("SameNounPairs", source);
        Assert.Contains("context.Vocabulary.NounOf(", statement, StringComparison.Ordinal);
        Assert.DoesNotContain("nounIdsOfObjects", statement, StringComparison.Ordinal);
    }

    [Fact]
    public void Objects_of_a_multi_image_draw_keep_their_nouns_as_strings()
    {
        var same = StatementOf("SameNounAcrossImages", "let same =");
        // Strings read from each image's object noun slots (Nouns.OfObject), not the single-image id comparison.
        Assert.Contains("Nouns.OfObject(graphs[v_b.Image], context.Vocabulary, v_b.Index)", same, StringComparison.Ordinal);
        Assert.DoesNotContain("IdsOfObjects", s_csharp.Value[s_csharp.Value.IndexOf("class G_SameNounAcrossImages", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }
}
