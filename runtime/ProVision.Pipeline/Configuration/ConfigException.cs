namespace ProVision.Pipeline.Configuration;

/// <summary>
/// A configuration file (pipeline.yaml, models.yaml) that is not valid. The message starts with
/// <c>file:line:column:</c> when the position is known, like a compiler error.
/// </summary>
public sealed class ConfigException : Exception
{
    public ConfigException(string source, int line, int column, string problem, Exception? inner = null)
        : base(line > 0 ? $"{source}:{line}:{column}: {problem}" : $"{source}: {problem}", inner)
    {
        Source = source;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>The file (or description of the text) the error is in.</summary>
    public new string Source { get; }

    /// <summary>1-based line, 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>1-based column, 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>The message without the location.</summary>
    public string Problem { get; }
}
