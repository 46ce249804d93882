using System.Text.Json.Serialization;
using Parquet.Serialization.Attributes;

namespace ProVision.Runtime.Writing.Parquet;

// The rows of an item Parquet file, as classes that Parquet.Net's serializer turns into typed, nested columns
// (docs/formats.md gives the resulting schema; HuggingFaceFeatures declares the same shape to `datasets`).
// Column names come from [JsonPropertyName]; [ParquetRequired] marks the scalar columns that are never null.

/// <summary>The columns every item file has, whatever its image and chat layout.</summary>
/// <typeparam name="TImage">string (an image path) or <see cref="EmbeddedImage"/> (the HF Image struct).</typeparam>
public abstract class ParquetItemRecord<TImage>
{
    [JsonPropertyName("id"), ParquetRequired] public string Id { get; set; } = "";
    [JsonPropertyName("generator"), ParquetRequired] public string Generator { get; set; } = "";
    [JsonPropertyName("template")] public int Template { get; set; }
    [JsonPropertyName("images")] public List<TImage> Images { get; set; } = [];
    [JsonPropertyName("prompt"), ParquetRequired] public string Prompt { get; set; } = "";
    [JsonPropertyName("response"), ParquetRequired] public string Response { get; set; } = "";
    [JsonPropertyName("answer"), ParquetRequired] public string Answer { get; set; } = "";
    [JsonPropertyName("choices")] public List<string> Choices { get; set; } = [];
    [JsonPropertyName("slots")] public List<SlotRecord> Slots { get; set; } = [];
    [JsonPropertyName("evidence")] public List<EvidenceRecord> Evidence { get; set; } = [];
    [JsonPropertyName("tags")] public List<TagRecord> Tags { get; set; } = [];
}

/// <summary>An item row with a LLaVA <c>conversations</c> column.</summary>
public sealed class LlavaParquetRecord<TImage> : ParquetItemRecord<TImage>
{
    [JsonPropertyName("conversations")] public List<LlavaTurnRecord> Conversations { get; set; } = [];
}

/// <summary>An item row with an OpenAI/Hugging Face chat <c>messages</c> column.</summary>
public sealed class MessagesParquetRecord<TImage> : ParquetItemRecord<TImage>
{
    [JsonPropertyName("messages")] public List<MessageRecord> Messages { get; set; } = [];
}

/// <summary>The Hugging Face <c>Image</c> feature's storage: the encoded file and the path it was read from.</summary>
public sealed class EmbeddedImage
{
    [JsonPropertyName("bytes")] public byte[]? Bytes { get; set; }
    [JsonPropertyName("path")] public string? Path { get; set; }
}

/// <summary>One template slot filling.</summary>
public sealed class SlotRecord
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("value")] public string Value { get; set; } = "";
}

/// <summary>The evidence of one image: indices into its objects and relations.</summary>
public sealed class EvidenceRecord
{
    [JsonPropertyName("objects")] public List<int> Objects { get; set; } = [];
    [JsonPropertyName("relations")] public List<int> Relations { get; set; } = [];
}

/// <summary>One tag: its string values and its number values (a tag holds one kind; a mixed one lists strings first).</summary>
public sealed class TagRecord
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("text")] public List<string> Text { get; set; } = [];
    [JsonPropertyName("number")] public List<long> Number { get; set; } = [];
}

/// <summary>One LLaVA turn: <c>from</c> is human or gpt.</summary>
public sealed class LlavaTurnRecord
{
    [JsonPropertyName("from")] public string From { get; set; } = "";
    [JsonPropertyName("value")] public string Value { get; set; } = "";
}

/// <summary>One chat message: <c>role</c> is user or assistant, <c>content</c> its parts in order.</summary>
public sealed class MessageRecord
{
    [JsonPropertyName("role")] public string Role { get; set; } = "";
    [JsonPropertyName("content")] public List<ContentPartRecord> Content { get; set; } = [];
}

/// <summary>One part of a message: <c>{"type": "image"}</c> (text null) or <c>{"type": "text", "text": ...}</c>.</summary>
public sealed class ContentPartRecord
{
    [JsonPropertyName("type")] public string Type { get; set; } = "";
    [JsonPropertyName("text")] public string? Text { get; set; }
}
