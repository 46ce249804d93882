namespace ProVision.Cli.Tests;

/// <summary>
/// Issue 13, items 4 and 6: what a start of the built-in pack decides before the command line is parsed: whether the
/// arguments plainly run <c>generate</c> with the built-in pack (its load then starts beside the parse), and the
/// extraction folder's name.
/// </summary>
public sealed class PackResolverStartTests
{
    public static TheoryData<string[], bool> Commands => new()
    {
        { ["generate", "--graphs", "g.json", "--out", "o.jsonl"], true },
        { ["generate", "--pack", "builtin", "--graphs", "g.json"], true },
        { ["generate", "--graphs", "g.json", "--pack", "builtin"], true },
        { ["generate", "--pack", "my/pack.yaml", "--graphs", "g.json"], false },
        { ["generate", "--pack", "builtin", "--pack", "other"], false },
        { ["generate", "--pack=builtin"], false },
        { ["generate", "--pack:builtin"], false },
        { ["generate", "--pack"], false },
        { ["generate", "@args.rsp"], false },
        { ["generate", "--help"], false },
        { ["generate", "-h"], false },
        { ["check", "--pack", "builtin"], false },
        { ["Generate"], false },
        { [], false },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Only_a_plain_generate_with_the_builtin_pack_starts_loading_it_early(string[] args, bool early)
    {
        Assert.Equal(early, PackResolver.GeneratesWithBuiltin(args));
    }

    [Fact]
    public void The_extraction_folder_is_named_by_the_first_16_hex_digits_of_the_module_version_id()
    {
        var ids = new[] { Guid.Empty, Guid.Parse("00112233-4455-6677-8899-aabbccddeeff"), typeof(PackResolver).Assembly.ManifestModule.ModuleVersionId };
        foreach (var id in ids.Concat(Enumerable.Range(0, 50).Select(_ => Guid.NewGuid())))
        {
            Assert.Equal(id.ToString("N")[..16], PackResolver.FolderNameOf(id));
        }
    }
}
