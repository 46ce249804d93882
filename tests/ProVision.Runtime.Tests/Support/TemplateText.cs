using System.Text;
using ProVision.Runtime.Templates;

namespace ProVision.Runtime.Tests.Support;

/// <summary>
/// A minimal parser of the template syntax (<c>[a|b]</c>, <c>[a]?</c>, <c>{slot}</c>, <c>{fn(slot, "lit")}</c>,
/// backslash escapes; <c>?</c> after <c>]</c> marks an optional part only for a one-alternative group) so that tests can state templates as the language writes them. The real parser is the
/// compiler's; this one exists only to keep test tables readable.
/// </summary>
internal static class TemplateText
{
    public static TemplateNode Parse(string text)
    {
        var position = 0;
        var node = ParseSequence(text, ref position, topLevel: true);
        if (position != text.Length)
        {
            throw new FormatException($"Unexpected '{text[position]}' at {position} in: {text}");
        }
        return node;
    }

    private static TemplateNode ParseSequence(string text, ref int position, bool topLevel)
    {
        var parts = new List<TemplateNode>();
        var literal = new StringBuilder();
        void Flush()
        {
            if (literal.Length > 0)
            {
                parts.Add(new LiteralNode(literal.ToString()));
                literal.Clear();
            }
        }
        while (position < text.Length)
        {
            var c = text[position];
            if (!topLevel && c is '|' or ']')
            {
                break;
            }
            switch (c)
            {
                case '\\':
                    literal.Append(text[position + 1]);
                    position += 2;
                    break;
                case '[':
                    Flush();
                    position++;
                    parts.Add(ParseAlternation(text, ref position));
                    break;
                case '{':
                    Flush();
                    parts.Add(ParseSlot(text, ref position));
                    break;
                default:
                    literal.Append(c);
                    position++;
                    break;
            }
        }
        Flush();
        return parts.Count == 1 ? parts[0] : new SequenceNode([.. parts]);
    }

    private static TemplateNode ParseAlternation(string text, ref int position)
    {
        var alternatives = new List<TemplateNode>();
        while (true)
        {
            alternatives.Add(ParseSequence(text, ref position, topLevel: false));
            if (position >= text.Length)
            {
                throw new FormatException("Unclosed '[' in: " + text);
            }
            if (text[position++] == ']')
            {
                break;
            }
        }
        // "[a]?" is optional; after a group of several alternatives "?" is the question mark (see the contract doc).
        if (alternatives.Count == 1 && position < text.Length && text[position] == '?')
        {
            position++;
            alternatives.Add(LiteralNode.Empty);
        }
        return new AlternationNode([.. alternatives]);
    }

    private static SlotNode ParseSlot(string text, ref int position)
    {
        var end = text.IndexOf('}', position);
        var body = text[(position + 1)..end];
        position = end + 1;
        var open = body.IndexOf('(');
        if (open < 0)
        {
            return new SlotNode(body.Trim());
        }
        var helper = body[..open].Trim();
        var arguments = body[(open + 1)..body.LastIndexOf(')')].Split(',', StringSplitOptions.TrimEntries);
        var extra = arguments.Skip(1)
            .Select(a => a.StartsWith('"') ? TemplateArgument.Literal(a.Trim('"')) : TemplateArgument.SlotRef(a))
            .ToArray();
        return new SlotNode(arguments[0], helper, [.. extra]);
    }
}
