namespace ProVision.Cli.Authoring;

/// <summary>A refusal of <c>provision new</c>: the message says what is wrong and what to do. Nothing was left written.</summary>
public sealed class ScaffoldException(string message) : Exception(message);
