namespace ProVision.Pipeline.Models;

/// <summary>A model that cannot be found, fetched, verified or loaded; the message says what to do.</summary>
public sealed class ModelException : Exception
{
    public ModelException(string message, Exception? inner = null) : base(message, inner) { }
}
