using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProVision.LanguageServer.Protocol;

/// <summary>The JSON settings of the protocol: camelCase names, no nulls written, names read in any case.</summary>
public static class LspJson
{
    /// <summary>Applies the protocol's settings to <paramref name="options"/> (the formatter's own options object).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = true;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        return options;
    }
}
