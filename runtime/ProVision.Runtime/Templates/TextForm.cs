namespace ProVision.Runtime.Templates;

/// <summary>How a rendered template is finished off.</summary>
public enum TextForm
{
    /// <summary>Spacing fixed, first letter capitalised, ends with "?" unless it ends with . ? or !.</summary>
    Question,

    /// <summary>Spacing fixed, first letter capitalised, ends with "." unless it ends with . ? or !.</summary>
    Description,

    /// <summary>Spacing fixed only: answers, option texts, slot values.</summary>
    Fragment,
}
