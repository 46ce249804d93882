using System.Text;
using System.Text.Json;
using ProVision.Runtime.Items;

namespace ProVision.Runtime.Tests.Items;

/// <summary>
/// The names the item writer keeps encoded (<see cref="ItemJsonNames.Chosen"/>: slot and tag names, generator names)
/// are written byte for byte as the writer writes the same names given as strings.
/// </summary>
public sealed class ItemJsonNamesTests
{
    [Theory]
    [InlineData("label")]
    [InlineData("CountObjectMultiGenerator")]
    [InlineData("café")]
    [InlineData("<image>")]
    [InlineData("a \"quoted\" name")]
    [InlineData("back\\slash")]
    [InlineData("tab\there")]
    [InlineData("")]
    public void A_kept_name_is_written_as_the_name_as_a_string(string name)
    {
        // Asked twice: the first encodes, the second reads what was kept.
        for (var ask = 0; ask < 2; ask++)
        {
            Assert.Equal(Written(w => w.WriteString(name, name)), Written(w => w.WriteString(ItemJsonNames.Chosen(name), ItemJsonNames.Chosen(name))));
            Assert.Equal(
                Written(w => { w.WriteStartArray(name); w.WriteEndArray(); }),
                Written(w => { w.WriteStartArray(ItemJsonNames.Chosen(name)); w.WriteEndArray(); }));
        }
    }

    private static string Written(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ItemJsonWriter.Options))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
