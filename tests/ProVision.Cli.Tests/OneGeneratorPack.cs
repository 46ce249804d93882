namespace ProVision.Cli.Tests;

/// <summary>
/// The smallest custom pack a CLI test can compile, cache and run: one generator asking what each object is, and one
/// graph holding a cup. Tests that care about the pack cache (not about generation) share it.
/// </summary>
internal static class OneGeneratorPack
{
    public static string Manifest(string name) => $"""
        name: {name}
        version: 1.0.0
        sources: ["*.pvg"]
        data: [labels]
        """;

    public const string Generator = """
        generator WhatIs {
          family object
          needs labels
          for o in objects
          emit {
            answer = o.label
            evidence = [o]
          }
          ask "what is this?" -> "{answer}"
        }
        """;

    /// <summary>One ProVision-format graph with one cup.</summary>
    public const string Graphs = """
        {"img1": {"data_path": "images/img1.jpg", "annotation": {"width": 100, "height": 100, "labels": ["cup"], "bboxes": [[1, 1, 50, 50]]}}}
        """;
}
