namespace ProVision.Compiler.Tests.Infrastructure;

/// <summary>
/// Golden-file comparison. With the environment variable <c>PROVISION_SET_BASELINE=1</c> the expected
/// file is (re)written from the actual output instead, so a deliberate change is one test run plus a
/// reviewed diff.
/// </summary>
internal static class Baseline
{
    /// <summary>True when the run should rewrite golden files instead of comparing.</summary>
    public static bool IsUpdating => Environment.GetEnvironmentVariable("PROVISION_SET_BASELINE") == "1";

    /// <summary>Compares <paramref name="actual"/> with the golden file, or rewrites it.</summary>
    public static void Verify(string goldenPath, string actual)
    {
        actual = Normalize(actual);
        if (IsUpdating)
        {
            File.WriteAllText(goldenPath, actual);
            return;
        }

        Assert.True(File.Exists(goldenPath), $"missing golden file {goldenPath}; run the tests with PROVISION_SET_BASELINE=1 to create it");
        var expected = Normalize(File.ReadAllText(goldenPath));
        if (expected != actual)
        {
            // Assert.Equal on the texts shows where they first differ.
            Assert.Equal(expected, actual);
        }
    }

    // Golden files are LF with one final newline, whatever the checkout's settings.
    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";
}
