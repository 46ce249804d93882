namespace ProVision.Cli.Authoring;

/// <summary>What <c>provision new</c> was asked for: a generator, the pack.yaml it joins, its family and fixture name.</summary>
/// <param name="Generator">The generator's name (a .pvg identifier).</param>
/// <param name="Manifest">The pack's pack.yaml (or its folder).</param>
/// <param name="Family">A family name; see <see cref="FamilyExample.All"/>.</param>
/// <param name="Fixture">The fixture's name (its file name without extension); null for the family's name.</param>
public sealed record ScaffoldRequest(string Generator, string Manifest, string Family, string? Fixture);
