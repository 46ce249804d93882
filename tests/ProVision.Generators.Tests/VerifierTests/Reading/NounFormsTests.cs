using ProVision.Generators.Tests.Verification.Reading;

namespace ProVision.Generators.Tests.VerifierTests.Reading;

public sealed class NounFormsTests
{
    private static readonly HashSet<string> s_known = ["shoe", "box", "banana", "baseball bat"];

    [Theory]
    [InlineData("bananas", "banana", NounNumber.Plural)]
    [InlineData("banana", "banana", NounNumber.Singular)]
    [InlineData("people", "person", NounNumber.Plural)]
    [InlineData("men", "man", NounNumber.Plural)]
    [InlineData("leaves", "leaf", NounNumber.Plural)]
    [InlineData("knives", "knife", NounNumber.Plural)]
    [InlineData("shoes", "shoe", NounNumber.Plural)]
    [InlineData("boxes", "box", NounNumber.Plural)]
    [InlineData("berries", "berry", NounNumber.Plural)]
    [InlineData("baseball bats", "baseball bat", NounNumber.Plural)]
    [InlineData("Baseball  Bats", "baseball bat", NounNumber.Plural)]
    [InlineData("glasses", "glasses", NounNumber.PluralOnly)]
    [InlineData("jeans", "jeans", NounNumber.PluralOnly)]
    [InlineData("scissors", "scissors", NounNumber.PluralOnly)]
    [InlineData("bus", "bus", NounNumber.Singular)]
    [InlineData("buses", "bus", NounNumber.Plural)]
    [InlineData("grass", "grass", NounNumber.Singular)]
    [InlineData("species", "species", NounNumber.Either)]
    [InlineData("sheep", "sheep", NounNumber.Either)]
    [InlineData("cactus", "cactus", NounNumber.Singular)]
    public void Nouns_read_to_their_lemma_and_number(string noun, string lemma, NounNumber number) =>
        Assert.Equal((lemma, number), NounForms.Default.Read(noun, s_known));

    [Fact]
    public void A_vocabulary_file_adds_irregular_forms_and_known_nouns()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("provision-nouns-").FullName, "vocabulary.json");
        File.WriteAllText(path, """
            // comment lines are skipped, as in the pack's file
            { "countable": { "radius": true }, "plurals": { "radius": "radii" }, "lemmas": { "kine": "cow" } }
            """);
        var forms = NounForms.WithVocabularyFile(path);
        Assert.Equal(("radius", NounNumber.Plural), forms.Read("radii", new HashSet<string>()));
        Assert.Equal(("cow", NounNumber.Plural), forms.Read("kine", new HashSet<string>()));
        Assert.Contains("radius", forms.KnownNouns);
    }
}
