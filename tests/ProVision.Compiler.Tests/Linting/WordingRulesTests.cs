using ProVision.Compiler.Linting;

namespace ProVision.Compiler.Tests.Linting;

/// <summary>
/// The wordings found on real data (issue 10, item 4), each caught by its rule when rendered with the lint's sample
/// words, and the fixed wording passing.
/// </summary>
public sealed class WordingRulesTests
{
    [Theory]
    [InlineData("How many white and small dog are there?", "PV5014")]
    [InlineData("How many red, wooden, and small apple can you see?", "PV5014")]
    [InlineData("In which picture is there no a person?", "PV5015")]
    [InlineData("In which image is there no an apple?", "PV5015")]
    [InlineData("What is the wooden and wood apple?", "PV5016")]
    [InlineData("How many brown, wood, and wooden dogs are there?", "PV5016")]
    [InlineData("Which object is the color of the wooden object that the dog is on?", "PV5017")]
    [InlineData("Which one is the material of the apple?", "PV5017")]
    [InlineData("Determine which image does not show a person contains a person.", "PV5018")]
    [InlineData("Which image shows a dog has an apple?", "PV5018")]
    [InlineData("Among dog and apple, which one is has the umbrella?", "PV5018")]
    [InlineData("What is the object that the dog is in in the image?", "PV5025")]
    [InlineData("What is the object that the spoon is in in the image?", "PV5025")]
    public void Each_wording_found_on_real_data_is_caught(string text, string code) =>
        Assert.Contains(code, GrammarRules.Check(text).Select(h => h.Code));

    [Theory]
    [InlineData("How many white and small dogs are there?")]
    [InlineData("In which picture is there not a person?")]
    [InlineData("In which picture is there no person that is holding an apple?")]
    [InlineData("What is the wooden and brown apple?")]
    [InlineData("In this image, what is the color of the wooden object that the dog is on?")]
    [InlineData("Determine which image does not show a person that has a dog.")]
    [InlineData("Among dog and apple, which one has the umbrella?")]
    [InlineData("The person has an apple.")]
    [InlineData("In the image, what is the object that the dog is in?")]
    [InlineData("I know that that dog is red.")]
    public void The_fixed_wordings_pass(string text) =>
        Assert.DoesNotContain(GrammarRules.Check(text), h => h.Code is "PV5014" or "PV5015" or "PV5016" or "PV5017" or "PV5018" or "PV5025");
}
