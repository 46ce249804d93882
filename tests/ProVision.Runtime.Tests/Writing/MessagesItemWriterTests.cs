using System.Text.Json;
using ProVision.Runtime.Tests.Items;
using ProVision.Runtime.Writing.Chat;

namespace ProVision.Runtime.Tests.Writing;

public sealed class MessagesItemWriterTests
{
    [Fact]
    public void Each_line_is_a_user_and_an_assistant_message_with_one_image_part_per_image_in_order()
    {
        using var temp = new TempDirectory();
        var path = temp.File("chat.jsonl");
        using (var writer = new MessagesItemWriter(path))
        {
            writer.Write(TestItems.Single());
            writer.Write(TestItems.Multi(imageTokenFirst: false));
            writer.Complete();
        }

        var lines = File.ReadAllLines(path);
        Assert.Equal(2, lines.Length);
        Assert.Equal(
            """{"id":"baseball_1/ExistsObjectGenerator/0","images":["images/baseball_1.png"],"messages":[{"role":"user","content":[{"type":"image"},{"type":"text","text":"How many bats are there?"}]},{"role":"assistant","content":[{"type":"text","text":"one"}]}]}""",
            lines[0]);
        using var multi = JsonDocument.Parse(lines[1]);
        var user = multi.RootElement.GetProperty("messages")[0].GetProperty("content");
        Assert.Equal(["text", "image", "image"], user.EnumerateArray().Select(p => p.GetProperty("type").GetString()));
        Assert.Equal(["images/a.png", "images/b.png"], multi.RootElement.GetProperty("images").EnumerateArray().Select(i => i.GetString()));
    }

    [Fact]
    public void A_description_item_has_image_parts_only_and_text_is_escaped_as_json()
    {
        using var temp = new TempDirectory();
        var path = temp.File("chat.jsonl");
        var unicode = TestItems.Unicode();
        using (var writer = new MessagesItemWriter(path))
        {
            writer.Write(new ProVision.Runtime.Items.GeneratedItem(unicode.Id, unicode.Generator, 0, unicode.Images, "", unicode.Response, unicode.Answer));
            writer.Write(unicode);
            writer.Complete();
        }

        var lines = File.ReadAllLines(path);
        using var description = JsonDocument.Parse(lines[0]);
        Assert.Single(description.RootElement.GetProperty("messages")[0].GetProperty("content").EnumerateArray());
        using var question = JsonDocument.Parse(lines[1]);
        Assert.Equal(TestItems.UnicodePrompt, question.RootElement.GetProperty("messages")[0].GetProperty("content")[1].GetProperty("text").GetString());
    }
}
