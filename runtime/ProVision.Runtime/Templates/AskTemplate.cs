namespace ProVision.Runtime.Templates;

/// <summary>One <c>ask "question" -&gt; "answer"</c> clause: a question template and the template of its response.</summary>
public sealed record AskTemplate(TemplateNode Question, TemplateNode Answer);
