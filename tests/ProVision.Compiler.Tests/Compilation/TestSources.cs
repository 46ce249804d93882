using ProVision.Compiler.Tests.Infrastructure;

namespace ProVision.Compiler.Tests.Compilation;

/// <summary>C# inputs for the back-end tests: the hand-written generator of the runtime contract, and a template for small ones.</summary>
internal static class TestSources
{
    private static readonly Lazy<string> s_handWritten = new(() => File.ReadAllText(
        Path.Combine(RepositoryPaths.Root, "tests", "ProVision.Runtime.Tests", "Generation", "HandWrittenExistsObjectGenerator.cs")));

    /// <summary>tests/ProVision.Runtime.Tests/Generation/HandWrittenExistsObjectGenerator.cs, verbatim.</summary>
    public static string HandWritten => s_handWritten.Value;

    /// <summary>
    /// A generator class named <paramref name="name"/> whose Run body is <paramref name="run"/>; <paramref name="usings"/>
    /// go after the standard usings and <paramref name="members"/> after Run.
    /// </summary>
    public static string Generator(string name, string run, string usings = "", string members = "", string needs = "DataNeeds.Labels") => $$"""
        using System.Collections.Immutable;
        using ProVision.Runtime.Generation;
        using ProVision.Runtime.Templates;
        {{usings}}

        namespace Tests.Packs;

        public sealed class {{name}} : CompiledGenerator
        {
            public override string Name => "{{name}}";
            public override GeneratorFamily Family => GeneratorFamily.Object;
            public override DataNeeds Needs => {{needs}};
            public override ImmutableArray<AskTemplate> QuestionTemplates => [new AskTemplate(TemplateNode.Slot("what"), TemplateNode.Slot("count"))];

            public override void Run(GeneratorContext context)
            {
                {{run}}
            }

            {{members}}
        }
        """;

    /// <summary>The one-based line of the first line containing <paramref name="text"/>.</summary>
    public static int LineOf(string source, string text)
    {
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(text, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }
        throw new ArgumentException($"'{text}' is not in the source");
    }
}
