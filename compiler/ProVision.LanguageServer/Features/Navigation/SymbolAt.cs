using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Text;

namespace ProVision.LanguageServer.Features.Navigation;

/// <summary>What a name under the cursor refers to; <see cref="Span"/> is the name itself.</summary>
internal abstract record SymbolAt(TextSpan Span);

/// <summary>A phrase set, declared or used in a template hole.</summary>
internal sealed record PhraseSetAt(TextSpan Span, string Name) : SymbolAt(Span);

/// <summary>A query variable, let, draw, comprehension variable or lambda parameter of <see cref="Generator"/>.</summary>
internal sealed record VariableAt(TextSpan Span, VariableSymbol Variable, BoundGenerator Generator) : SymbolAt(Span);

/// <summary>An emit slot, at its entry or in a template hole.</summary>
internal sealed record SlotAt(TextSpan Span, SlotSymbol Slot, BoundGenerator Generator) : SymbolAt(Span);

/// <summary>A generator's name (or alias).</summary>
internal sealed record GeneratorAt(TextSpan Span, string Name) : SymbolAt(Span);

/// <summary>A standard-library function at a call.</summary>
internal sealed record FunctionAt(TextSpan Span, FunctionSymbol Function) : SymbolAt(Span);

/// <summary>A member after a dot.</summary>
internal sealed record MemberAt(TextSpan Span, MemberSymbol Member) : SymbolAt(Span);

/// <summary>A built-in value (<c>objects</c>, <c>dataset</c>...).</summary>
internal sealed record BuiltinAt(TextSpan Span, BuiltinSymbol Builtin) : SymbolAt(Span);

/// <summary>A template helper in a hole (<c>{the(name)}</c>).</summary>
internal sealed record HelperAt(TextSpan Span, string Name) : SymbolAt(Span);

/// <summary>The text of an ask or tell template (not on a hole).</summary>
internal sealed record TemplateAt(TextSpan Span, BoundTemplate Template, Runtime.Templates.TextForm Form) : SymbolAt(Span);
