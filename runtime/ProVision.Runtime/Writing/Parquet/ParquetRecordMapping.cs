using System.Collections.Immutable;
using ProVision.Runtime.Items;
using ProVision.Runtime.Writing.Chat;

namespace ProVision.Runtime.Writing.Parquet;

/// <summary>Items to Parquet rows and back: the one place that knows how each item field maps to its typed column.</summary>
internal static class ParquetRecordMapping
{
    public static TRecord Fill<TRecord, TImage>(TRecord record, GeneratedItem item, Func<string, TImage> image)
        where TRecord : ParquetItemRecord<TImage>
    {
        record.Id = item.Id;
        record.Generator = item.Generator;
        record.Template = item.Template;
        record.Images = [.. item.Images.Select(image)];
        record.Prompt = item.Prompt;
        record.Response = item.Response;
        record.Answer = item.Answer;
        record.Choices = [.. item.Choices];
        record.Slots = [.. item.Slots.Select(s => new SlotRecord { Name = s.Key, Value = s.Value })];
        record.Evidence = [.. item.Evidence.PerImage.Select(e => new EvidenceRecord { Objects = [.. e.Objects], Relations = [.. e.Relations] })];
        record.Tags = [.. item.Tags.Select(t => new TagRecord
        {
            Name = t.Key,
            Text = [.. t.Value.Where(v => v.IsString).Select(v => v.AsString)],
            Number = [.. t.Value.Where(v => v.IsNumber).Select(v => v.AsNumber)],
        })];
        return record;
    }

    public static LlavaTurnRecord[] Conversations(GeneratedItem item) =>
        [new() { From = ChatTurns.Human, Value = ChatTurns.LlavaHuman(item) }, new() { From = ChatTurns.Gpt, Value = item.Response }];

    public static MessageRecord[] Messages(GeneratedItem item) =>
    [
        new() { Role = ChatTurns.User, Content = [.. ChatTurns.UserParts(item).Select(p => new ContentPartRecord { Type = p.Type, Text = p.Text })] },
        new() { Role = ChatTurns.Assistant, Content = [new() { Type = "text", Text = item.Response }] },
    ];

    /// <summary>The item a row holds; whether the images came first is read back from the conversation column.</summary>
    /// <exception cref="ArgumentException">The row breaks an item rule (no images, evidence per image, ...).</exception>
    public static GeneratedItem ToItem<TImage>(ParquetItemRecord<TImage> record, Func<TImage, string> path)
    {
        var imageTokenFirst = record switch
        {
            LlavaParquetRecord<TImage> llava => llava.Conversations.Count == 0 || llava.Conversations[0].Value.StartsWith(ChatTurns.ImageToken, StringComparison.Ordinal),
            MessagesParquetRecord<TImage> chat => chat.Messages.Count == 0 || chat.Messages[0].Content.Count == 0 || chat.Messages[0].Content[0].Type == "image",
            _ => true,
        };
        return new GeneratedItem(
            record.Id, record.Generator, record.Template, [.. record.Images.Select(path)], record.Prompt, record.Response, record.Answer,
            [.. record.Choices],
            [.. record.Slots.Select(s => KeyValuePair.Create(s.Name, s.Value))],
            new Evidence([.. record.Evidence.Select(e => new ImageEvidence([.. e.Objects], [.. e.Relations]))]),
            [.. record.Tags.Select(t => KeyValuePair.Create(t.Name,
                ImmutableArray.CreateRange(t.Text.Select(TagValue.FromString).Concat(t.Number.Select(TagValue.FromNumber)))))])
        {
            ImageTokenFirst = imageTokenFirst,
        };
    }
}
