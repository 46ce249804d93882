using Parquet.Schema;

namespace ProVision.Runtime.Writing;

/// <summary>
/// The Parquet schema of item files: scalar columns are required strings/int32, <c>images</c> and
/// <c>choices</c> are <c>list&lt;string&gt;</c>, and the structured parts (<c>slots</c>, <c>evidence</c>,
/// <c>tags</c>) are their canonical JSON text, so their order and typing match the JSONL record exactly.
/// </summary>
internal sealed class ParquetItemSchema
{
    public ParquetItemSchema()
    {
        Images = new ListField("images", typeof(string));
        Choices = new ListField("choices", typeof(string));
        Schema = new ParquetSchema(
            Id, Generator, Template, Images, Prompt, Response, Answer, Choices, Slots, Evidence, Tags);
        ImagesItem = (DataField)Images.Item;
        ChoicesItem = (DataField)Choices.Item;
        // Dremel levels of a list<string> leaf: the highest level means "element present"; an empty list
        // sits one level below the repeated group (two below when elements are nullable). Taken from the
        // schema rather than hard-coded so a change of nullability cannot silently corrupt the levels.
        PresentLevel = ImagesItem.MaxDefinitionLevel;
        EmptyListLevel = PresentLevel - (ImagesItem.IsNullable ? 2 : 1);
    }

    public DataField Id { get; } = Required("id");
    public DataField Generator { get; } = Required("generator");
    public DataField Template { get; } = new DataField("template", typeof(int), isNullable: false);
    public ListField Images { get; }
    public DataField Prompt { get; } = Required("prompt");
    public DataField Response { get; } = Required("response");
    public DataField Answer { get; } = Required("answer");
    public ListField Choices { get; }
    public DataField Slots { get; } = Required("slots");
    public DataField Evidence { get; } = Required("evidence");
    public DataField Tags { get; } = Required("tags");

    public ParquetSchema Schema { get; }
    public DataField ImagesItem { get; }
    public DataField ChoicesItem { get; }

    /// <summary>Definition level of a present list element.</summary>
    public int PresentLevel { get; }

    /// <summary>Definition level of a row whose list is empty (defined, but with no element).</summary>
    public int EmptyListLevel { get; }

    private static DataField Required(string name) => new(name, typeof(string), isNullable: false);
}
