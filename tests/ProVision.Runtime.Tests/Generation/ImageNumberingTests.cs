using ProVision.Runtime.Generation;

namespace ProVision.Runtime.Tests.Generation;

public sealed class ImageNumberingTests
{
    [Theory]
    [InlineData(0, "Image 1")]
    [InlineData(1, "Image 2")]
    [InlineData(15, "Image 16")]
    [InlineData(20, "Image 21")]
    public void Images_are_named_from_1_in_item_order(int position, string name) => Assert.Equal(name, ImageNumbering.Name(position));

    [Fact]
    public void A_negative_position_is_refused() => Assert.Throws<ArgumentOutOfRangeException>(() => ImageNumbering.Name(-1));

    [Fact]
    public void The_note_is_said_once_when_the_item_names_an_image()
    {
        const string prompt = "Which image has a window?";

        var noted = ImageNumbering.WithNote(prompt, 3, [prompt, "Image 2"]);

        Assert.Equal("The images are numbered 1 to 3 in the order they are given. Which image has a window?", noted);
    }

    [Fact]
    public void Two_images_are_numbered_as_a_pair_not_a_range()
    {
        const string prompt = "Which image has a window?";

        var noted = ImageNumbering.WithNote(prompt, 2, [prompt, "Image 2"]);

        Assert.Equal("The two images are numbered 1 and 2 in the order they are given. Which image has a window?", noted);
    }

    [Theory]
    [InlineData(1, "Which image has a window?", "Image 1")]          // one image: nothing to number
    [InlineData(2, "How many dogs are there in total?", "three")]    // no image named
    [InlineData(2, "", "The man is tall in Image 1, short in Image 2.")] // a description has no prompt
    [InlineData(2, "Is there a dog in the Images 1?", "Imagery 2")]  // a word that merely starts like a name
    public void The_prompt_stays_as_it_is_where_numbering_does_not_matter(int images, string prompt, string answer) =>
        Assert.Equal(prompt, ImageNumbering.WithNote(prompt, images, [prompt, answer]));

    public static TheoryData<string, string, string, string[]> ItemTexts => new()
    {
        { "Which image has a window?", "Image 2", "Image 2", [] },
        { "Which image has a window?", "two", "Image 2.", [] },
        { "Which image has a window?", "two", "two", ["A. Image 1", "B. Image 2"] },
        { "How many dogs are there?", "three", "three", ["A. two", "B. three"] },
        { "Is it in Image 12?", "yes", "yes", [] },
        { "Is it in Image 12a?", "yes", "yes", [] },                  // no word boundary after the number
        { "Is it in xImage 1?", "Image_1", "Images 2", ["Image  3", "Image"] },
        { "Is it in Image ٣?", "no", "no", [] },                      // not an ASCII digit
        { "", "Image 1", "Image 1", [] },                             // a description has no prompt
        { "Is it in (Image 3)?", "no", "no", [] },
    };

    /// <summary>
    /// The renderer's overload (the item's texts one by one, an ordinal search before the expression; docs/performance.md,
    /// session 10) notes exactly the prompts the sequence overload notes.
    /// </summary>
    [Theory]
    [MemberData(nameof(ItemTexts))]
    public void The_item_overload_notes_what_the_sequence_overload_notes(string prompt, string answer, string response, string[] choices)
    {
        foreach (var images in new[] { 1, 2, 3 })
        {
            var plain = ImageNumbering.WithNote(prompt, images, [prompt, answer, response, .. choices]);
            Assert.Equal(plain, ImageNumbering.WithNote(prompt, images, answer, response, [.. choices]));
        }
    }
}
