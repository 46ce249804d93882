namespace ProVision.Pipeline.Tests.Models;

/// <summary>
/// A fact that needs the baseball fixtures and the given registry models from ../shared (<see cref="SharedData"/>):
/// skipped, with the reason, where they are absent; under CI=true it always runs, so a CI machine without them fails
/// with the reason instead of passing without looking.
/// </summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(params string[] models)
    {
        if (!SharedData.InCi && SharedData.MissingReason(models) is { } reason) Skip = reason;
    }
}

/// <summary>The theory form of <see cref="SharedDataFactAttribute"/>.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute(params string[] models)
    {
        if (!SharedData.InCi && SharedData.MissingReason(models) is { } reason) Skip = reason;
    }
}
