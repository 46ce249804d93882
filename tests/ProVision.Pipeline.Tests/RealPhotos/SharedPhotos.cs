using ProVision.Pipeline.Tests.Models;

namespace ProVision.Pipeline.Tests.RealPhotos;

/// <summary>
/// The workplace's real photos (<c>&lt;repo&gt;/../shared/fixtures</c>) and models (<c>$PROVISION_MODELS</c> or
/// <c>&lt;repo&gt;/../shared/models</c>), which are never copied into the repository. A test that needs them is a
/// <see cref="SharedPhotosFactAttribute"/>: skipped, with the reason, where they are absent; under <c>CI=true</c> it runs
/// and fails with that reason instead, so CI cannot pass without having looked at the photos.
/// </summary>
internal static class SharedPhotos
{
    /// <summary>The committed list of what a person sees in each photo.</summary>
    public static string ExpectedListPath { get; } = Path.Combine(SharedData.RepoRoot, "tests", "ProVision.Pipeline.Tests", "RealPhotos", "expected-objects.yaml");

    public static string FixturesFolder { get; } = Path.GetFullPath(Path.Combine(SharedData.RepoRoot, "..", "shared", "fixtures"));

    /// <summary>Why the photos, the baseball fixtures or the models the default pipeline needs are not usable here, or null when they are.</summary>
    public static string? MissingReason(IEnumerable<string> modelIds)
    {
        var photo = Path.Combine(FixturesFolder, "photos", "chelsea.png");
        if (!File.Exists(photo)) return $"the real photos are not here: {photo} is missing (the workplace's shared fixtures sit beside the checkout at ../shared/fixtures)";
        return SharedData.MissingReason(modelIds);
    }

    /// <summary>The model folder; throws the reason when the photos or models are missing (reached only under CI=true).</summary>
    public static string RequireModels(IEnumerable<string> modelIds)
    {
        if (MissingReason(modelIds) is { } reason) throw new InvalidOperationException($"CI=true and {reason}");
        return SharedData.ModelsFolder!;
    }
}

/// <summary>A fact that needs the real photos and the default pipeline's models (see <see cref="SharedPhotos"/>).</summary>
public sealed class SharedPhotosFactAttribute : FactAttribute
{
    /// <summary>The registry ids of the models the default pipeline.yaml names (read from it, so they follow the default).</summary>
    public static IReadOnlyList<string> DefaultModels =>
        [ProVision.Pipeline.Annotation.PipelineConfig.Default().Detect.Entry?.Id ?? throw new InvalidOperationException("the built-in pipeline.yaml names a detector that is not in the registry")];

    public SharedPhotosFactAttribute()
    {
        if (!SharedData.InCi && SharedPhotos.MissingReason(DefaultModels) is { } reason) Skip = reason;
    }
}
