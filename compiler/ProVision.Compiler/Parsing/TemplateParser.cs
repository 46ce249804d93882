using System.Collections.Immutable;
using System.Text;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Parsing;

/// <summary>
/// Parses the inside of a template string by recursive descent, reading the file text directly so
/// that every node and every error span is a real file offset (an error inside a template points at
/// its exact column). Grammar:
/// <code>
/// template    := part*
/// part        := text | group | hole
/// group       := '[' alternative ('|' alternative)* ']'      (optional: an empty alternative, '[a|]')
/// alternative := part*
/// hole        := '{' space* holeExpr space* '}'        (see TemplateParser.Holes.cs)
/// text        := (any char but [ ] | { } \  |  escape)+
/// </code>
/// Errors are collected and parsing goes on: a stray ']', '|' or '}' becomes literal text, an
/// unclosed '[' closes at the end of the string.
/// </summary>
internal sealed partial class TemplateParser
{
    private readonly string _text;
    private readonly int _end;
    private readonly DiagnosticBag _diagnostics;
    private int _position;
    private int _depth;
    private bool _reportedTooDeep;

    private TemplateParser(SourceText source, TextSpan content, DiagnosticBag diagnostics)
    {
        _text = source.Text;
        _position = content.Start;
        _end = Math.Min(content.End, source.Length);
        _diagnostics = diagnostics;
    }

    /// <summary>Parses the template whose string token covers <paramref name="span"/> and whose text is <paramref name="content"/>.</summary>
    public static TemplateSyntax Parse(SourceText source, TextSpan span, TextSpan content, DiagnosticBag diagnostics)
    {
        var parser = new TemplateParser(source, content, diagnostics);
        return new TemplateSyntax(span, content, parser.ParseParts(inGroup: false));
    }

    private bool AtEnd => _position >= _end;

    private char Current => _text[_position];

    private ImmutableArray<TemplatePartSyntax> ParseParts(bool inGroup)
    {
        var parts = ImmutableArray.CreateBuilder<TemplatePartSyntax>();
        var text = new StringBuilder();
        var textStart = _position;

        void FlushText()
        {
            if (_position > textStart)
            {
                parts.Add(new TemplateTextSyntax(TextSpan.FromBounds(textStart, _position), text.ToString()));
            }

            text.Clear();
        }

        while (!AtEnd)
        {
            var c = Current;
            if (inGroup && (c == '|' || c == ']'))
            {
                break;
            }

            switch (c)
            {
                case '[':
                    FlushText();
                    parts.Add(ParseGroup());
                    textStart = _position;
                    continue;
                case '{':
                    FlushText();
                    parts.Add(ParseHole());
                    textStart = _position;
                    continue;
                case '\\':
                    text.Append(ReadEscape());
                    continue;
                case ']':
                    _diagnostics.Add(SyntaxDiagnostics.TemplateUnmatchedBracket(new TextSpan(_position, 1)));
                    break;
                case '|':
                    _diagnostics.Add(SyntaxDiagnostics.TemplateBarOutsideGroup(new TextSpan(_position, 1)));
                    break;
                case '}':
                    _diagnostics.Add(SyntaxDiagnostics.TemplateUnmatchedBrace(new TextSpan(_position, 1)));
                    break;
            }

            if (SyntaxFacts.IsInvisible(c) && !IsPairedSurrogate(_position))
            {
                _diagnostics.Add(SyntaxDiagnostics.InvisibleCharacterInTemplate(new TextSpan(_position, 1), $"U+{(int)c:X4} ({System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c)})"));
            }

            // Plain text, or a stray character already reported and kept as text.
            text.Append(c);
            _position++;
        }

        FlushText();
        return parts.ToImmutable();
    }

    private TemplateGroupSyntax ParseGroup()
    {
        var start = _position++;
        if (!EnterNesting(start))
        {
            return new TemplateGroupSyntax(TextSpan.FromBounds(start, _position), []);
        }

        var alternatives = ImmutableArray.CreateBuilder<TemplateAlternativeSyntax>();
        while (true)
        {
            var alternativeStart = _position;
            var parts = ParseParts(inGroup: true);
            alternatives.Add(new TemplateAlternativeSyntax(TextSpan.FromBounds(alternativeStart, _position), parts));
            if (!AtEnd && Current == '|')
            {
                _position++;
                continue;
            }

            break;
        }

        if (!AtEnd && Current == ']')
        {
            _position++;
            if (!AtEnd && Current == '?')
            {
                // The old optional suffix: an error, so that no source silently changes meaning. Skipped after
                // reporting, as if the group were written the new way.
                var group = _text[start.._position];
                _diagnostics.Add(SyntaxDiagnostics.OptionalGroupSuffix(TextSpan.FromBounds(start, _position + 1), group[..^1] + "|]"));
                _position++;
                alternatives.Add(new TemplateAlternativeSyntax(new TextSpan(_position - 2, 0), []));
            }
        }
        else
        {
            _diagnostics.Add(SyntaxDiagnostics.TemplateUnclosedGroup(new TextSpan(start, 1)));
        }

        _depth--;
        return new TemplateGroupSyntax(TextSpan.FromBounds(start, _position), alternatives.ToImmutable());
    }

    // Either half of a well-formed surrogate pair (an emoji, say): visible text, unlike a lone half.
    private bool IsPairedSurrogate(int i) =>
        (char.IsHighSurrogate(_text[i]) && i + 1 < _end && char.IsLowSurrogate(_text[i + 1]))
        || (char.IsLowSurrogate(_text[i]) && i > 0 && char.IsHighSurrogate(_text[i - 1]));

    /// <summary>Reads <c>\x</c>; an unknown escape is reported (PV0005) and stands for its character.</summary>
    private char ReadEscape()
    {
        var start = _position++;
        if (AtEnd)
        {
            _diagnostics.Add(SyntaxDiagnostics.InvalidEscape(new TextSpan(start, 1), "\\"));
            return '\\';
        }

        var c = _text[_position++];
        if (SyntaxFacts.Escapes.TryGetValue(c, out var decoded))
        {
            return decoded;
        }

        _diagnostics.Add(SyntaxDiagnostics.InvalidEscape(new TextSpan(start, 2), "\\" + c));
        return c;
    }

    /// <summary>Counts one more level of nesting; beyond the limit, reports once and skips the rest of the template.</summary>
    private bool EnterNesting(int position)
    {
        if (++_depth <= SyntaxFacts.MaxNestingDepth)
        {
            return true;
        }

        _depth--;
        if (!_reportedTooDeep)
        {
            _reportedTooDeep = true;
            _diagnostics.Add(SyntaxDiagnostics.NestingTooDeep(new TextSpan(position, 1), SyntaxFacts.MaxNestingDepth));
        }

        _position = _end;
        return false;
    }
}
