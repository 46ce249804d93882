using System.Collections.Immutable;
using System.Globalization;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Parsing;

// Holes: '{' holeExpr '}' where
//   holeExpr := (name | integer) ('.' name | '(' (holeExpr (',' holeExpr)*)? ')')*
// Holes reuse the expression nodes (names, member access, calls, integers), so the binder resolves
// them like any other expression; anything richer belongs in the emit block.
internal sealed partial class TemplateParser
{
    private bool _holeError;

    private TemplateHoleSyntax ParseHole()
    {
        var start = _position++;
        _holeError = false;
        SkipSpaces();
        if (AtEnd)
        {
            _diagnostics.Add(SyntaxDiagnostics.TemplateUnclosedHole(new TextSpan(start, 1)));
            return Hole(start, new MissingExpressionSyntax(new TextSpan(_position, 0)));
        }

        if (Current == '}')
        {
            _position++;
            _diagnostics.Add(SyntaxDiagnostics.TemplateEmptyHole(TextSpan.FromBounds(start, _position)));
            return Hole(start, new MissingExpressionSyntax(new TextSpan(_position - 1, 0)));
        }

        var expression = ParseHoleExpression();
        SkipSpaces();
        if (!AtEnd && Current == '}')
        {
            _position++;
            return Hole(start, expression);
        }

        var close = _text.IndexOf('}', _position, _end - _position);
        if (close < 0)
        {
            // No '}' anywhere after: the brace was never closed. Go on reading the rest as text,
            // so that later holes and groups are still checked.
            _diagnostics.Add(SyntaxDiagnostics.TemplateUnclosedHole(new TextSpan(start, 1)));
            return Hole(start, expression);
        }

        ReportInvalidHole();
        _position = close + 1;
        return Hole(start, expression);
    }

    private TemplateHoleSyntax Hole(int start, ExpressionSyntax expression) =>
        new(TextSpan.FromBounds(start, _position), expression);

    private ExpressionSyntax ParseHoleExpression()
    {
        var start = _position;
        if (!EnterNesting(start))
        {
            return new MissingExpressionSyntax(new TextSpan(start, 0));
        }

        try
        {
            ExpressionSyntax expression;
            if (!AtEnd && IsIdentifierStart(Current))
            {
                var name = ReadIdentifier(allowKeyword: false);
                expression = new NameExpressionSyntax(name.Span, name);
            }
            else if (!AtEnd && char.IsAsciiDigit(Current))
            {
                expression = ReadInteger();
            }
            else
            {
                ReportInvalidHole();
                return new MissingExpressionSyntax(new TextSpan(start, 0));
            }

            while (!AtEnd)
            {
                if (Current == '.')
                {
                    _position++;
                    if (AtEnd || !IsIdentifierStart(Current))
                    {
                        ReportInvalidHole();
                        return new MemberAccessExpressionSyntax(
                            TextSpan.FromBounds(start, _position), expression, new IdentifierSyntax(new TextSpan(_position, 0), string.Empty));
                    }

                    var member = ReadIdentifier(allowKeyword: true);
                    expression = new MemberAccessExpressionSyntax(TextSpan.FromBounds(start, _position), expression, member);
                }
                else if (Current == '(')
                {
                    _position++;
                    var arguments = ParseHoleArguments();
                    expression = new CallExpressionSyntax(TextSpan.FromBounds(start, _position), expression, arguments);
                }
                else
                {
                    break;
                }
            }

            return expression;
        }
        finally
        {
            _depth--;
        }
    }

    private ImmutableArray<ExpressionSyntax> ParseHoleArguments()
    {
        var arguments = ImmutableArray.CreateBuilder<ExpressionSyntax>();
        SkipSpaces();
        if (!AtEnd && Current == ')')
        {
            _position++;
            return arguments.ToImmutable();
        }

        while (!AtEnd)
        {
            arguments.Add(ParseHoleExpression());
            SkipSpaces();
            if (!AtEnd && Current == ',')
            {
                _position++;
                SkipSpaces();
                continue;
            }

            if (!AtEnd && Current == ')')
            {
                _position++;
            }
            else
            {
                ReportInvalidHole();
            }

            break;
        }

        return arguments.ToImmutable();
    }

    private IdentifierSyntax ReadIdentifier(bool allowKeyword)
    {
        var start = _position;
        while (!AtEnd && (IsIdentifierStart(Current) || char.IsAsciiDigit(Current)))
        {
            _position++;
        }

        var span = TextSpan.FromBounds(start, _position);
        var text = _text[start.._position];
        if (!allowKeyword && SyntaxFacts.Keywords.Contains(text))
        {
            _holeError = true;
            _diagnostics.Add(SyntaxDiagnostics.ReservedWordAsName(span, text));
        }

        return new IdentifierSyntax(span, text);
    }

    private IntegerLiteralSyntax ReadInteger()
    {
        var start = _position;
        while (!AtEnd && char.IsAsciiDigit(Current))
        {
            _position++;
        }

        var span = TextSpan.FromBounds(start, _position);
        var text = _text[start.._position];
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            _diagnostics.Add(SyntaxDiagnostics.IntegerTooLarge(span, text));
        }

        return new IntegerLiteralSyntax(span, value);
    }

    /// <summary>Reports the character at the current position, once per hole; the end of the string is left to the unclosed-hole check.</summary>
    private void ReportInvalidHole()
    {
        if (_holeError || AtEnd)
        {
            return;
        }

        _holeError = true;
        var found = Current == '"' ? "'\"'" : $"'{Current}'";
        _diagnostics.Add(SyntaxDiagnostics.TemplateInvalidHole(new TextSpan(_position, 1), found));
    }

    private void SkipSpaces()
    {
        while (!AtEnd && (Current == ' ' || Current == '\t'))
        {
            _position++;
        }
    }

    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_';
}
