using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Packs;

/// <summary>The kinds of YAML node the manifest reader distinguishes.</summary>
internal enum YamlKind
{
    Scalar,
    Sequence,
    Mapping,
}

/// <summary>
/// A YAML node with its span in the manifest. Built from YamlDotNet's event stream rather than its
/// representation model, so that duplicate keys survive (to be reported) and every node keeps its position.
/// </summary>
internal sealed class YamlValue
{
    public YamlValue(YamlKind kind, TextSpan span)
    {
        Kind = kind;
        Span = span;
    }

    public YamlKind Kind { get; }

    public TextSpan Span { get; }

    /// <summary>The text of a scalar.</summary>
    public string Text { get; init; } = "";

    /// <summary>True for an unquoted scalar (only those can be null, numbers or booleans).</summary>
    public bool IsPlain { get; init; }

    public List<YamlValue> Items { get; } = [];

    public List<(YamlValue Key, YamlValue Value)> Entries { get; } = [];

    /// <summary>True for an empty plain scalar, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => Kind == YamlKind.Scalar && IsPlain && Text is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>How the node reads in a message: "a list", "a mapping", "nothing", "text 'abc'".</summary>
    public string Describe() => Kind switch
    {
        YamlKind.Sequence => "a list",
        YamlKind.Mapping => "a mapping",
        _ when IsNull => "nothing",
        _ => $"'{(Text.Length > 40 ? Text[..40] + "..." : Text)}'",
    };
}

/// <summary>Parses one YAML document into <see cref="YamlValue"/>s; syntax errors become a message and a span.</summary>
internal static class ManifestYaml
{
    private const int MaxDepth = 64;

    /// <summary>The first document's root (null for an empty file), or the syntax error.</summary>
    public static (YamlValue? Root, string? Error, TextSpan ErrorSpan) Parse(SourceText source)
    {
        try
        {
            var parser = new Parser(new StringReader(source.Text));
            var anchors = new Dictionary<string, YamlValue>(StringComparer.Ordinal);
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return (null, null, default);
            }
            parser.Consume<DocumentStart>();
            var root = parser.Accept<DocumentEnd>(out _) ? null : ReadNode(parser, source, anchors, 0);
            return (root, null, default);
        }
        catch (YamlException e)
        {
            return (null, Unwrap(e).Message, SpanOf(source, e.Start, e.End));
        }
    }

    private static YamlValue ReadNode(IParser parser, SourceText source, Dictionary<string, YamlValue> anchors, int depth)
    {
        if (depth > MaxDepth)
        {
            var current = parser.Current!;
            throw new YamlException(current.Start, current.End, $"nesting deeper than {MaxDepth} levels");
        }
        YamlValue node;
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            return anchors.TryGetValue(alias.Value.Value, out var target)
                ? target
                : throw new YamlException(alias.Start, alias.End, $"unknown alias '*{alias.Value.Value}'");
        }
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            node = new YamlValue(YamlKind.Scalar, SpanOf(source, scalar.Start, scalar.End))
            {
                Text = scalar.Value,
                IsPlain = scalar.Style == ScalarStyle.Plain,
            };
            Remember(anchors, scalar, node);
            return node;
        }
        if (parser.TryConsume<SequenceStart>(out var sequence))
        {
            node = new YamlValue(YamlKind.Sequence, SpanOf(source, sequence.Start, sequence.End));
            Remember(anchors, sequence, node);
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                node.Items.Add(ReadNode(parser, source, anchors, depth + 1));
            }
            return node;
        }
        var mapping = parser.Consume<MappingStart>();
        node = new YamlValue(YamlKind.Mapping, SpanOf(source, mapping.Start, mapping.End));
        Remember(anchors, mapping, node);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = ReadNode(parser, source, anchors, depth + 1);
            var value = ReadNode(parser, source, anchors, depth + 1);
            node.Entries.Add((key, value));
        }
        return node;
    }

    private static void Remember(Dictionary<string, YamlValue> anchors, NodeEvent e, YamlValue node)
    {
        if (!e.Anchor.IsEmpty)
        {
            anchors[e.Anchor.Value] = node;
        }
    }

    // Marks are one-based lines and columns; spans are offsets into the same text.
    private static TextSpan SpanOf(SourceText source, Mark start, Mark end)
    {
        var from = OffsetOf(source, start);
        var to = Math.Max(from, OffsetOf(source, end));
        return TextSpan.FromBounds(from, to);
    }

    private static int OffsetOf(SourceText source, Mark mark)
    {
        if (mark.Line <= 0)
        {
            return 0;
        }
        var line = (int)Math.Min(mark.Line - 1, source.LineCount - 1);
        return Math.Min(source.Length, source.GetLineStart(line) + (int)Math.Max(0, mark.Column - 1));
    }

    private static Exception Unwrap(YamlException e) => e.InnerException is YamlException inner ? inner : e;
}
