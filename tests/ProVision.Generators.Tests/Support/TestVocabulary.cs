using ProVision.Runtime.Stdlib;

namespace ProVision.Generators.Tests.Support;

/// <summary>A small explicit vocabulary, so that tests do not depend on the shipped file's contents.</summary>
internal static class TestVocabulary
{
    public static Vocabulary Instance { get; } = VocabularyReader.Parse("""
        {
          "countable": { "dog": true, "cat": true, "cup": true, "chair": true, "ball": true, "bat": true, "person": true,
                         "table": true, "car": true, "tree": true, "man": true, "helmet": true, "glove": true,
                         "grass": false, "people": false, "sky": false },
          "attributes": { "red": "color", "blue": "color", "white": "color", "black": "color", "green": "color",
                          "small": "size", "large": "size", "wooden": "material", "metal": "material",
                          "standing": "state", "sitting": "state", "happy": "mood", "shiny": "other" },
          "predicates": [ "on", "holding", "near", "under", "next to", "wearing", "behind" ],
          "nonObjects": [ "color", "spot" ],
          "excludes": [ ["red", "blue", "white", "black", "green"], ["small", "large"], ["standing", "sitting"] ]
        }
        """, "test vocabulary");
}
