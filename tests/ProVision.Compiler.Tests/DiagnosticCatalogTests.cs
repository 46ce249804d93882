using System.Reflection;
using System.Text.RegularExpressions;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Tests;

/// <summary>The catalog's rules: one factory per code, codes unique and in their band, messages in one style.</summary>
public sealed partial class DiagnosticCatalogTests
{
    public static TheoryData<string> Factories =>
        [.. FactoryMethods().Select(m => m.Name)];

    [Fact]
    public void Every_factory_has_its_own_code()
    {
        var codes = FactoryMethods().Select(m => Invoke(m).Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches(CodePattern(), code));
    }

    [Theory]
    [MemberData(nameof(Factories))]
    public void Messages_are_lower_case_sentences_without_a_final_period(string factory)
    {
        var diagnostic = Invoke(FactoryMethods().Single(m => m.Name == factory));

        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
        Assert.False(char.IsUpper(diagnostic.Message[0]), diagnostic.Message);
        Assert.False(diagnostic.Message.EndsWith('.'), diagnostic.Message);
        Assert.Equal(new TextSpan(3, 4), diagnostic.Span);
    }

    [Fact]
    public void Codes_stay_in_the_bands_of_the_stages_that_exist()
    {
        // PV0xxx syntax, PV1xxx binding, PV2xxx emit, PV3xxx packs, PV4xxx generated C# and sandbox, PV5xxx template lint.
        Assert.All(Codes(), code => Assert.Contains(code[..3], new[] { "PV0", "PV1", "PV2", "PV3", "PV4", "PV5" }));
    }

    [Fact]
    public void A_retired_code_is_never_reported_again()
    {
        var codes = Codes().ToHashSet(StringComparer.Ordinal);

        Assert.All(DiagnosticCatalog.Retired, retired => Assert.DoesNotContain(retired.Code, codes));
        Assert.All(DiagnosticCatalog.Retired, retired => Assert.Matches(CodePattern(), retired.Code));
    }

    [Fact]
    public void The_lookup_finds_every_code_at_its_factory_and_each_stage_keeps_to_its_band()
    {
        var bands = new[] { "PV0", "PV1", "PV2", "PV3", "PV4", "PV5" };
        foreach (var factory in FactoryMethods())
        {
            var code = Invoke(factory).Code;
            Assert.Equal(factory, DiagnosticCatalog.Find(code)?.Factory);
            Assert.Equal(bands[DiagnosticCatalog.Stages.ToList().IndexOf(factory.DeclaringType!)], code[..3]);
        }
        Assert.Equal(FactoryMethods().Count(), DiagnosticCatalog.All.Count);
        Assert.Null(DiagnosticCatalog.Find("PV0036"));
    }

    /// <summary>Every code the catalog defines.</summary>
    internal static IEnumerable<string> Codes() => FactoryMethods().Select(m => Invoke(m).Code);

    // Every public static method returning a Diagnostic in a stage class: what DiagnosticCatalog looks codes up in.
    private static IEnumerable<MethodInfo> FactoryMethods() =>
        DiagnosticCatalog.Stages.SelectMany(stage => stage.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.ReturnType == typeof(Diagnostic));

    // Calls a factory with placeholder arguments: a span of (3, 4), "x" for text, 1 for numbers.
    private static Diagnostic Invoke(MethodInfo factory) =>
        (Diagnostic)factory.Invoke(
            null,
            [.. factory.GetParameters().Select(p => p.ParameterType switch
            {
                var t when t == typeof(TextSpan) => (object)new TextSpan(3, 4),
                var t when t == typeof(int) => 1,
                _ => "x",
            })])!;

    [GeneratedRegex("^PV[0-5][0-9]{3}$")]
    private static partial Regex CodePattern();
}
