using System.Text;
using System.Text.Json;
using ProVision.Runtime.Items;
using ProVision.Runtime.Tests.Items;
using ProVision.Runtime.Writing;

namespace ProVision.Runtime.Tests.Writing;

public sealed class LlavaItemWriterTests
{
    [Fact]
    public void Single_image_record_has_a_path_string_and_a_token_before_the_question()
    {
        using var temp = new TempDirectory();
        var path = temp.File("llava.json");

        using (var writer = new LlavaItemWriter(path))
        {
            writer.Write(TestItems.Single());
            writer.Complete();
        }

        const string expected =
            "[\n" +
            """{"id":"baseball_1/ExistsObjectGenerator/0","image":"images/baseball_1.png","conversations":[{"from":"human","value":"<image>\nHow many bats are there?"},{"from":"gpt","value":"one"}]}""" +
            "\n]\n";
        Assert.Equal(Encoding.UTF8.GetBytes(expected), File.ReadAllBytes(path));
    }

    [Fact]
    public void Multi_image_record_has_a_path_array_and_one_token_per_image()
    {
        using var temp = new TempDirectory();
        var path = temp.File("llava.jsonl");

        using (var writer = new LlavaItemWriter(path, LlavaLayout.JsonLines))
        {
            writer.Write(TestItems.Multi());
            writer.Write(TestItems.Multi(imageTokenFirst: false));
            writer.Complete();
        }

        var lines = File.ReadAllLines(path);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        Assert.Equal(["id", "image", "conversations"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["images/a.png", "images/b.png"], root.GetProperty("image").EnumerateArray().Select(e => e.GetString()));
        var turns = root.GetProperty("conversations").EnumerateArray().ToArray();
        Assert.Equal("human", turns[0].GetProperty("from").GetString());
        Assert.Equal("<image>\n<image>\nWhich image has more dogs?", turns[0].GetProperty("value").GetString());
        Assert.Equal("gpt", turns[1].GetProperty("from").GetString());
        Assert.Equal("The second image has more dogs.", turns[1].GetProperty("value").GetString());

        using var second = JsonDocument.Parse(lines[1]);
        var human = second.RootElement.GetProperty("conversations")[0].GetProperty("value").GetString();
        Assert.Equal("Which image has more dogs?\n<image>\n<image>", human);
    }

    [Fact]
    public void Array_layout_is_one_valid_json_array()
    {
        using var temp = new TempDirectory();
        var path = temp.File("llava.json");
        var items = TestItems.Many(7);

        using (var writer = new LlavaItemWriter(path, LlavaLayout.JsonArray))
        {
            foreach (var item in items)
            {
                writer.Write(item);
            }
            writer.Complete();
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        Assert.Equal(items.Select(i => i.Id), document.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.DoesNotContain((byte)'\r', File.ReadAllBytes(path));
    }

    [Fact]
    public void Empty_array_layout_is_an_empty_array()
    {
        using var temp = new TempDirectory();
        var path = temp.File("llava.json");

        using (var writer = new LlavaItemWriter(path))
        {
            writer.Complete();
        }

        Assert.Equal("[]\n", File.ReadAllText(path));
    }

    [Fact]
    public void Unicode_prompt_survives_in_the_human_turn()
    {
        using var temp = new TempDirectory();
        var path = temp.File("llava.jsonl");

        using (var writer = new LlavaItemWriter(path, LlavaLayout.JsonLines))
        {
            writer.Write(TestItems.Unicode());
            writer.Complete();
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var human = document.RootElement.GetProperty("conversations")[0].GetProperty("value").GetString();
        Assert.Equal("<image>\n" + TestItems.UnicodePrompt, human);
        Assert.Contains("Äpfel", File.ReadAllText(path), StringComparison.Ordinal);
    }

    public static TheoryData<int, bool, string> HumanTurns => new()
    {
        { 1, true, "How many bats are there?" },
        { 1, false, "How many bats are there?" },
        { 2, true, "Which image has more dogs?" },
        { 3, false, "Which image has more dogs?" },
        { 16, true, TestItems.UnicodePrompt },
        { 2, false, new string('q', 700) + "?" }, // longer than the writer's first buffer
        { 2, true, "" },
    };

    /// <summary>
    /// The writer serialises the human turn from its own buffer (docs/performance.md, session 10); the record holds
    /// the same text as the turn built as a string: the tokens joined by LF, and the prompt, joined by LF.
    /// </summary>
    [Theory]
    [MemberData(nameof(HumanTurns))]
    public void The_human_turn_written_from_the_buffer_is_the_turn_as_a_string(int images, bool tokenFirst, string prompt)
    {
        var item = new GeneratedItem("x/G/0", "G", 0, [.. Enumerable.Range(0, images).Select(i => $"i{i}.png")], prompt, "r", "a")
        {
            ImageTokenFirst = tokenFirst,
        };
        var tokens = string.Join('\n', Enumerable.Repeat("<image>", images));
        var plain = tokenFirst ? tokens + "\n" + prompt : prompt + "\n" + tokens;
        using var temp = new TempDirectory();
        var path = temp.File("llava.jsonl");

        using (var writer = new LlavaItemWriter(path, LlavaLayout.JsonLines))
        {
            writer.Write(item);
            writer.Write(item);
            writer.Complete();
        }

        Assert.Equal(plain, LlavaItemWriter.HumanValue(item));
        foreach (var line in File.ReadAllLines(path))
        {
            using var record = JsonDocument.Parse(line);
            Assert.Equal(plain, record.RootElement.GetProperty("conversations")[0].GetProperty("value").GetString());
        }
    }
}
