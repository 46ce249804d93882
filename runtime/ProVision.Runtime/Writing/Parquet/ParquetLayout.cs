namespace ProVision.Runtime.Writing.Parquet;

/// <summary>Which conversation column an item Parquet file carries.</summary>
public enum ChatColumn
{
    /// <summary><c>conversations</c>: LLaVA turns <c>{from: human|gpt, value}</c>, one <c>&lt;image&gt;</c> token per image.</summary>
    Conversations,

    /// <summary><c>messages</c>: OpenAI/Hugging Face chat <c>{role: user|assistant, content: [{type, text}]}</c>, one image part per image.</summary>
    Messages,
}

/// <summary>The shape of an item Parquet file: its conversation column and whether images are paths or embedded bytes.</summary>
public readonly record struct ParquetLayout(ChatColumn Chat, bool EmbedImages)
{
    /// <summary>What <c>generate --format parquet</c> writes without options: LLaVA conversations and image paths.</summary>
    public static ParquetLayout Default => new(ChatColumn.Conversations, EmbedImages: false);

    /// <summary>The conversation column's name.</summary>
    public string ChatColumnName => Chat == ChatColumn.Messages ? "messages" : "conversations";
}
