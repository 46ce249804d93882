namespace ProVision.Pipeline;

/// <summary>Marker for the pipeline assembly (used by tests and the CLI to find bundled resources).</summary>
public static class PipelineAssembly
{
    public static System.Reflection.Assembly Instance => typeof(PipelineAssembly).Assembly;
}
