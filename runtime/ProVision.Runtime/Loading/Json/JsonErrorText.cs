using System.Text.Json;

namespace ProVision.Runtime.Loading.Json;

/// <summary>Turns System.Text.Json's reader messages into ones that say what to fix.</summary>
public static class JsonErrorText
{
    public static string Describe(JsonException ex)
    {
        // Drop the reader's own positions: they are relative to its buffer; callers add the real location.
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = (cut >= 0 ? message[..cut] : message).TrimEnd('.', ' ');
        // Python's json module writes NaN and Infinity as bare words, which JSON does not allow.
        if (message.Contains("'N' is an invalid start of a value", StringComparison.Ordinal)
            || message.Contains("'I' is an invalid start of a value", StringComparison.Ordinal)
            || message.Contains("'I' is invalid within a number", StringComparison.Ordinal))
            return $"{message}; NaN and Infinity are not JSON numbers (Python writes them by default): fix the value or write null";
        return message;
    }
}
