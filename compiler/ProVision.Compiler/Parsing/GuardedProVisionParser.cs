using System.Runtime.CompilerServices;
using Antlr4.Runtime;
using ProVision.Compiler.Syntax;
using ProVision.Grammar.Generated;

namespace ProVision.Compiler.Parsing;

/// <summary>
/// The generated parser with a depth guard. It tracks how deep the parse tree under construction is
/// (rule nesting plus the left-recursion contexts that chains like <c>a + b + c</c> create) and aborts
/// with <see cref="NestingLimitExceededException"/> beyond <see cref="SyntaxFacts.MaxNestingDepth"/>,
/// or when the thread's stack runs low. This keeps both ANTLR's recursive descent and our recursive
/// converter far from a stack overflow, which no catch block could handle.
/// </summary>
internal sealed class GuardedProVisionParser(ITokenStream input) : ProVisionParser(input)
{
    private readonly Stack<int> _recursionPushes = new();
    private int _depth;

    public override void EnterRule(ParserRuleContext localctx, int state, int ruleIndex)
    {
        Deeper(1);
        base.EnterRule(localctx, state, ruleIndex);
    }

    public override void ExitRule()
    {
        base.ExitRule();
        _depth--;
    }

    public override void EnterRecursionRule(ParserRuleContext localctx, int state, int ruleIndex, int precedence)
    {
        Deeper(1);
        _recursionPushes.Push(0);
        base.EnterRecursionRule(localctx, state, ruleIndex, precedence);
    }

    // Each push wraps the tree built so far in a new context: the tree gets one level deeper.
    public override void PushNewRecursionContext(ParserRuleContext localctx, int state, int ruleIndex)
    {
        Deeper(1);
        _recursionPushes.Push(_recursionPushes.Pop() + 1);
        base.PushNewRecursionContext(localctx, state, ruleIndex);
    }

    public override void UnrollRecursionContexts(ParserRuleContext _parentctx)
    {
        base.UnrollRecursionContexts(_parentctx);
        _depth -= 1 + (_recursionPushes.Count > 0 ? _recursionPushes.Pop() : 0);
    }

    private void Deeper(int levels)
    {
        _depth += levels;
        if (_depth > SyntaxFacts.MaxNestingDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new NestingLimitExceededException(CurrentToken);
        }
    }
}
