using System.Globalization;
using System.Text;
using ProVision.Compiler.Text;
using ProVision.Runtime.Formats;

namespace ProVision.Compiler.Packs;

/// <summary>
/// A pack.yaml parsed at build time and carried by the host's build (the built-in pack inside the CLI,
/// <see cref="Compilation.PrecompiledPack.Manifest"/>): the manifest's text and its YAML tree, encoded. The reader
/// uses the tree only for a file whose text is exactly <see cref="Text"/> (ordinal comparison: the tree is a function of
/// the text), so it skips YamlDotNet; any other text is parsed (docs/packs.md#precompiled-built-in-pack).
/// </summary>
public sealed class CarriedManifest
{
    private readonly string _tree;

    /// <summary>A manifest's <paramref name="text"/> and its tree as <see cref="Encode"/> wrote it.</summary>
    public CarriedManifest(string text, string tree)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tree);
        Text = text;
        _tree = tree;
    }

    /// <summary>The pack.yaml text the tree was parsed from.</summary>
    public string Text { get; }

    /// <summary>
    /// The YAML tree of <paramref name="text"/> as a string a build can carry (null when the text does not parse:
    /// nothing to carry, the reader reports it). Nodes in pre-order, each
    /// <c>kind span-start,span-length[,plain,text-length:text | ,count];</c> with kind S (scalar), L (list) or M (mapping).
    /// </summary>
    public static string? Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (root, error, _) = ManifestYaml.Parse(new SourceText(text, PackManifestReader.FileName));
        if (error is not null || root is null)
        {
            return null;
        }
        var encoded = new StringBuilder();
        Write(root, encoded);
        return encoded.ToString();
    }

    /// <summary>The carried tree when <paramref name="text"/> is the text it was parsed from; else null (parse it).</summary>
    internal YamlValue? TreeFor(string text)
    {
        if (!string.Equals(text, Text, StringComparison.Ordinal))
        {
            return null;
        }
        var position = 0;
        var root = Read(_tree, ref position, text.Length, depth: 0);
        return position == _tree.Length ? root : null;
    }

    private static void Write(YamlValue node, StringBuilder to)
    {
        var inv = CultureInfo.InvariantCulture;
        to.Append(node.Kind switch { YamlKind.Scalar => 'S', YamlKind.Sequence => 'L', _ => 'M' })
          .Append(inv, $"{node.Span.Start},{node.Span.Length},");
        switch (node.Kind)
        {
            case YamlKind.Scalar:
                to.Append(node.IsPlain ? '1' : '0').Append(inv, $",{node.Text.Length}:").Append(node.Text).Append(';');
                break;
            case YamlKind.Sequence:
                to.Append(inv, $"{node.Items.Count};");
                node.Items.ForEach(item => Write(item, to));
                break;
            default:
                to.Append(inv, $"{node.Entries.Count};");
                foreach (var (key, value) in node.Entries)
                {
                    Write(key, to);
                    Write(value, to);
                }
                break;
        }
    }

    // Null for anything malformed or out of the text's bounds: the caller then parses the text itself.
    private static YamlValue? Read(string tree, ref int at, int textLength, int depth)
    {
        if (depth > 64 || at >= tree.Length)
        {
            return null;
        }
        var kind = tree[at++] switch { 'S' => YamlKind.Scalar, 'L' => YamlKind.Sequence, 'M' => YamlKind.Mapping, _ => (YamlKind?)null };
        if (kind is null || CarriedText.Number(tree, ref at, ',') is not { } start || CarriedText.Number(tree, ref at, ',') is not { } length
            || start + length > textLength)
        {
            return null;
        }
        var span = new TextSpan(start, length);
        if (kind == YamlKind.Scalar)
        {
            if (at + 2 > tree.Length || tree[at] is not ('0' or '1') || tree[at + 1] != ',')
            {
                return null;
            }
            var plain = tree[at] == '1';
            at += 2;
            if (CarriedText.Number(tree, ref at, ':') is not { } size || at + size + 1 > tree.Length || tree[at + size] != ';')
            {
                return null;
            }
            var scalar = new YamlValue(YamlKind.Scalar, span) { Text = tree.Substring(at, size), IsPlain = plain };
            at += size + 1;
            return scalar;
        }
        if (CarriedText.Number(tree, ref at, ';') is not { } count)
        {
            return null;
        }
        var node = new YamlValue(kind.Value, span);
        for (var i = 0; i < count; i++)
        {
            if (Read(tree, ref at, textLength, depth + 1) is not { } first)
            {
                return null;
            }
            if (kind == YamlKind.Sequence)
            {
                node.Items.Add(first);
            }
            else if (Read(tree, ref at, textLength, depth + 1) is { } value)
            {
                node.Entries.Add((first, value));
            }
            else
            {
                return null;
            }
        }
        return node;
    }
}
