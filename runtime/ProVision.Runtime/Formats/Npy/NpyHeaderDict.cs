using System.Globalization;

namespace ProVision.Runtime.Formats.Npy;

/// <summary>
/// A tolerant parser for the Python dict literal in an npy header, e.g.
/// <c>{'descr': '&lt;f4', 'fortran_order': False, 'shape': (2, 3), }</c>.
/// Values become string, bool, long, null (None) or List&lt;object?&gt; (tuple or list), so keys we do
/// not use (or structured descrs) still parse and can be rejected with a precise message.
/// We avoid a general Python parser: numpy only ever writes this small subset.
/// </summary>
internal sealed class NpyHeaderDict
{
    private readonly string _text;
    private readonly string _where;
    private int _pos;

    private NpyHeaderDict(string text, string where)
    {
        _text = text;
        _where = where;
    }

    /// <summary>Parses <paramref name="text"/>; <paramref name="where"/> prefixes error messages.</summary>
    public static Dictionary<string, object?> Parse(string text, string where)
    {
        var parser = new NpyHeaderDict(text, where);
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        parser.Expect('{');
        while (true)
        {
            if (parser.TryConsume('}'))
            {
                break;
            }

            var keyPos = parser._pos;
            if (parser.ParseValue() is not string key)
            {
                throw parser.Error(keyPos, "dict key is not a quoted string");
            }

            parser.Expect(':');
            if (!result.TryAdd(key, parser.ParseValue()))
            {
                throw parser.Error(keyPos, $"duplicate key '{key}'");
            }

            if (!parser.TryConsume(','))
            {
                parser.Expect('}');
                break;
            }
        }

        parser.SkipSpace();
        if (parser._pos != text.Length)
        {
            throw parser.Error(parser._pos, "unexpected text after the closing '}' (padding must be spaces ending in '\\n')");
        }

        return result;
    }

    private object? ParseValue()
    {
        SkipSpace();
        if (_pos >= _text.Length)
        {
            throw Error(_pos, "header ends where a value was expected");
        }

        var c = _text[_pos];
        if (c is '\'' or '"')
        {
            var end = _text.IndexOf(c, _pos + 1);
            if (end < 0)
            {
                throw Error(_pos, "unterminated string");
            }

            var s = _text[(_pos + 1)..end];
            _pos = end + 1;
            return s;
        }

        if (c is '(' or '[')
        {
            return ParseSequence(c == '(' ? ')' : ']');
        }

        var start = _pos;
        while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] is '-' or '+' or '_'))
        {
            _pos++;
        }

        var word = _text[start.._pos];
        return word switch
        {
            "True" => true,
            "False" => false,
            "None" => null,
            _ when long.TryParse(word.TrimEnd('L', 'l'), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
            _ => throw Error(start, word.Length == 0 ? $"unexpected character '{c}'" : $"cannot read value '{word}'"),
        };
    }

    private List<object?> ParseSequence(char close)
    {
        _pos++;
        var items = new List<object?>();
        while (!TryConsume(close))
        {
            items.Add(ParseValue());
            if (!TryConsume(','))
            {
                Expect(close);
                break;
            }
        }

        return items;
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private bool TryConsume(char c)
    {
        SkipSpace();
        if (_pos < _text.Length && _text[_pos] == c)
        {
            _pos++;
            return true;
        }

        return false;
    }

    private void Expect(char c)
    {
        if (!TryConsume(c))
        {
            throw Error(_pos, _pos < _text.Length ? $"expected '{c}' but found '{_text[_pos]}'" : $"expected '{c}' but the header ends");
        }
    }

    private DataFormatException Error(int pos, string what) =>
        new($"{_where}, header character {pos}: {what}. The header must be a Python dict literal like " +
            "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }; re-save the array with numpy.save.");
}
