using System.Text.RegularExpressions;

namespace ProVision.LanguageServer.Features.Completion;

/// <summary>Where the cursor is, as far as completion cares.</summary>
internal enum CompletionPlace
{
    /// <summary>Outside every generator: declarations.</summary>
    TopLevel,

    /// <summary>Inside a generator body: clauses and expressions.</summary>
    Generator,

    /// <summary>Inside <c>emit { }</c>: entries and expressions.</summary>
    Emit,

    /// <summary>After a dot: members of the value before it.</summary>
    Member,

    /// <summary>Inside <c>{ }</c> of a template: slots, phrase sets and helpers.</summary>
    TemplateHole,

    /// <summary>Template text outside holes: nothing to offer.</summary>
    TemplateText,

    /// <summary>A string literal in an expression: vocabulary words where the string is compared with or passed as one.</summary>
    String,

    /// <summary>After <c>needs</c>.</summary>
    Needs,

    /// <summary>After <c>family</c>.</summary>
    Family,

    /// <summary>In a comment.</summary>
    Comment,
}

/// <summary>
/// The completion context at an offset, read from the text itself (not the tree), because completion runs while a
/// line is half typed and the parser has recovered from it in ways that say little about the cursor. It finds the
/// enclosing braces (<c>generator X {</c>, <c>emit {</c>), whether the cursor is in a string or a comment, and the
/// text just before the cursor.
/// </summary>
internal sealed partial record CompletionContext(CompletionPlace Place, string Prefix, string Before, string? Receiver = null, string? StringRole = null)
{
    /// <summary>Reads the context at <paramref name="offset"/> in <paramref name="text"/>.</summary>
    public static CompletionContext At(string text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var blocks = new Stack<string>();
        var lineStart = 0;
        var i = 0;
        var inString = -1; // the offset of the opening quote when in a string
        var inComment = false;
        for (; i < offset; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                lineStart = i + 1;
                inString = -1;
                inComment = false;
                continue;
            }
            if (inComment)
            {
                continue;
            }
            if (inString >= 0)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = -1;
                }
                continue;
            }
            switch (c)
            {
                case '#':
                    inComment = true;
                    break;
                case '"':
                    inString = i;
                    break;
                case '{':
                    blocks.Push(BlockKeyword(text, lineStart, i));
                    break;
                case '}':
                    if (blocks.Count > 0)
                    {
                        blocks.Pop();
                    }
                    break;
            }
        }
        var line = text[lineStart..offset];
        var prefix = WordBefore().Match(line).Value;
        if (inComment)
        {
            return new CompletionContext(CompletionPlace.Comment, prefix, line);
        }
        if (inString >= 0)
        {
            return InString(text[lineStart..inString], text[(inString + 1)..offset], prefix);
        }
        if (MemberBefore().Match(line) is { Success: true } member)
        {
            return new CompletionContext(CompletionPlace.Member, member.Groups["name"].Value, line, member.Groups["target"].Value);
        }
        if (NeedsBefore().IsMatch(line))
        {
            return new CompletionContext(CompletionPlace.Needs, prefix, line);
        }
        if (FamilyBefore().IsMatch(line))
        {
            return new CompletionContext(CompletionPlace.Family, prefix, line);
        }
        var place = blocks.Count == 0 ? CompletionPlace.TopLevel : blocks.Peek() == "emit" ? CompletionPlace.Emit : CompletionPlace.Generator;
        return new CompletionContext(place, prefix, line);
    }

    /// <summary>True when only a word (or nothing) stands before the cursor on its line: a clause may start here.</summary>
    public bool AtLineStart => Before.TrimStart().Length == Prefix.Length;

    private static CompletionContext InString(string beforeString, string inside, string prefix)
    {
        var template = TemplateLine().IsMatch(beforeString);
        if (!template)
        {
            return new CompletionContext(CompletionPlace.String, inside, beforeString, StringRole: RoleOf(beforeString));
        }
        var open = inside.LastIndexOf('{');
        var close = inside.LastIndexOf('}');
        if (open > close && (open == 0 || inside[open - 1] != '\\'))
        {
            return new CompletionContext(CompletionPlace.TemplateHole, prefix, inside[(open + 1)..]);
        }
        return new CompletionContext(CompletionPlace.TemplateText, prefix, inside);
    }

    // The word before the opening brace names the block: "generator X {" -> generator, "emit {" -> emit.
    private static string BlockKeyword(string text, int lineStart, int brace)
    {
        var words = text[lineStart..brace].Split((char[])[' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return "";
        }
        return words.Contains("generator") ? "generator" : words[^1];
    }

    // What a string is expected to hold, from what stands before it: a comparison with a label, category or predicate,
    // or an argument of a function whose parameter is named so (the registry's parameter names).
    private static string? RoleOf(string before)
    {
        if (ComparedWith().Match(before) is { Success: true } compared)
        {
            return compared.Groups["what"].Value switch
            {
                ".label" or "label" or "noun" => "label",
                "category" => "category",
                ".predicate" => "predicate",
                ".attributes" => "attribute",
                _ => null,
            };
        }
        return CallArgument(before) is var (function, index) ? ParameterName(function, index) : null;
    }

    private static string? ParameterName(string function, int index) =>
        Compiler.Binding.StandardLibrary.LookupFunction(function)?.Overloads
            .Select(o => index < o.Parameters.Length ? o.Parameters[index].Name : null)
            .FirstOrDefault(n => n is "label" or "category" or "attribute" or "predicate");

    // The function whose argument list is open before the string, and the argument's index.
    private static (string Function, int Index)? CallArgument(string before)
    {
        var depth = 0;
        var commas = 0;
        for (var i = before.Length - 1; i >= 0; i--)
        {
            var c = before[i];
            if (c is ')' or ']')
            {
                depth++;
            }
            else if (c is '(' or '[')
            {
                if (depth == 0)
                {
                    if (c == '[')
                    {
                        return null;
                    }
                    var name = NameBefore().Match(before[..i]).Value;
                    return name.Length > 0 ? (name, commas) : null;
                }
                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                commas++;
            }
        }
        return null;
    }

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*$|$")]
    private static partial Regex WordBefore();

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*\s*$")]
    private static partial Regex NameBefore();

    [GeneratedRegex(@"(?<target>[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])*(?:\.[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])*)*)\.(?<name>[A-Za-z_][A-Za-z0-9_]*)?$")]
    private static partial Regex MemberBefore();

    [GeneratedRegex(@"^\s*needs\s+([A-Za-z]+\s*,\s*)*[A-Za-z]*$")]
    private static partial Regex NeedsBefore();

    [GeneratedRegex(@"^\s*family\s+[A-Za-z-]*$")]
    private static partial Regex FamilyBefore();

    [GeneratedRegex(@"^\s*(ask|tell|phrases)\b|->\s*$|^\s*\|")]
    private static partial Regex TemplateLine();

    [GeneratedRegex(@"(?<what>\.label|\.predicate|\.attributes|\blabel|category|noun)(\([^()]*\))?\s*(==|!=|not\s+in|in)\s*\[?\s*(""[^""]*""\s*,\s*)*$")]
    private static partial Regex ComparedWith();
}
