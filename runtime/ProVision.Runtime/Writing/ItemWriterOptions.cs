using ProVision.Runtime.Writing.Parquet;

namespace ProVision.Runtime.Writing;

/// <summary>How item writers treat images, and which conversation column Parquet carries (docs/formats.md).</summary>
public sealed record ItemWriterOptions
{
    /// <summary>The folder that the graphs' relative image paths are relative to (for <c>generate</c>, the first input's folder).</summary>
    public string ImageBase { get; init; } = Environment.CurrentDirectory;

    /// <summary><c>--image-root</c>: write image paths relative to this folder (an image outside it is an error); null keeps the graphs' paths.</summary>
    public string? ImageRoot { get; init; }

    /// <summary><c>--embed-images</c>: Parquet holds each image's bytes (the HF Image struct) instead of its path.</summary>
    public bool EmbedImages { get; init; }

    /// <summary><c>--chat</c>: the conversation column of Parquet files.</summary>
    public ChatColumn Chat { get; init; } = ChatColumn.Conversations;
}
