using System.Security.Cryptography;
using System.Text;
using ProVision.Runtime.Templates;

namespace ProVision.Testing.Packs;

/// <summary>
/// A short hash of every phrasing of a generator (question and answer texts with their slots), written in each
/// snapshot section so that editing any phrasing changes the file even when the sample does not show it.
/// </summary>
internal static class PhrasingFingerprint
{
    public static string Questions(CompiledTemplates templates) =>
        Hash(templates.Questions.Select(q => q.Question.Text + " -> " + string.Join(" | ", q.Answers.Select(a => a.Text))));

    public static string Descriptions(CompiledTemplates templates) => Hash(templates.Descriptions.Select(d => d.Text));

    private static string Hash(IEnumerable<string> lines) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", lines))))[..16].ToLowerInvariant();
}
