using System.Collections.Immutable;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Symbols;

namespace ProVision.Compiler.Emit;

// Plain standard-library calls, written from the registry entry's RuntimeBinding alone: the runtime member with its
// context parameters (graph, vocabulary, random stream, buffer) filled by type. The interpreter reads the same
// ResolvedCall (Interpreter/CallCallEvaluation.RuntimeCalls.cs).
internal abstract partial class CallEmitter
{
    private protected CsExpr RuntimeCall(BoundCall call, RuntimeBinding binding)
    {
        var resolved = binding.Resolve([.. call.Arguments.Select(a => a.Type)], Multi);
        var arguments = new CsExpr[call.Arguments.Length];
        string? firstObject = null;
        for (var i = 0; i < arguments.Length; i++)
        {
            var argument = call.Arguments[i];
            arguments[i] = Expr(argument);
            if (Multi && argument.Type.Kind is TypeKind.Object or TypeKind.Relation)
            {
                // A multi-image object passes its index; its image chooses the graph.
                var stable = Stable(arguments[i], argument.Type);
                firstObject ??= stable;
                arguments[i] = Simple(stable + ".Index");
            }
        }
        if (binding.IsProperty)
        {
            return Simple(Paren(arguments[0]) + "." + binding.Member + SpanSuffix(resolved.ReturnType));
        }

        string? buffer = null;
        var parameters = new List<string>(resolved.Parameters.Length);
        foreach (var parameter in resolved.Parameters)
        {
            switch (parameter.Kind)
            {
                case RuntimeParameterKind.Argument:
                    var argument = arguments[parameter.Argument];
                    var narrow = parameter.Type == typeof(int) && call.Arguments[parameter.Argument].Type.Kind is TypeKind.Int or TypeKind.Count;
                    // Checked: a value past 32 bits is the pack's fault, reported, never a silent wrap.
                    if (narrow)
                    {
                        MayThrow();
                    }
                    parameters.Add(narrow ? $"Arithmetic.ToInt32({argument.Text}, {CSharpSyntax.String(call.Function.Name)})" : argument.Text);
                    break;
                case RuntimeParameterKind.Default:
                    break;
                case RuntimeParameterKind.Buffer:
                    buffer = Buffer(call.Type.ElementType!);
                    parameters.Add(buffer);
                    break;
                default:
                    parameters.Add(Service(parameter.Kind, call.Function, firstObject));
                    break;
            }
        }
        var owner = resolved.Receiver == RuntimeParameterKind.None
            ? CSharpSyntax.TypeName(binding.DeclaringType)
            : Service(resolved.Receiver, call.Function, firstObject);
        var text = $"{owner}.{binding.Member}({string.Join(", ", parameters)})";
        if (buffer is not null)
        {
            // A filling method clears the buffer first (the RuntimeBinding contract).
            _w.Line(text + ";");
            return Simple(buffer + ".Span");
        }
        return Simple(text + SpanSuffix(resolved.ReturnType));
    }

    // The context value a parameter or receiver of that kind takes.
    private protected string Service(RuntimeParameterKind kind, FunctionSymbol function, string? firstObject) => kind switch
    {
        RuntimeParameterKind.Graph => Multi
            ? $"graphs[{firstObject ?? throw new InvalidOperationException(function.Name + " reads a graph but has no object argument in a multi-image generator")}.Image]"
            : "graph",
        RuntimeParameterKind.Vocabulary => "context.Vocabulary",
        RuntimeParameterKind.Random => (function.Flags & FunctionFlags.ItemRandom) != 0 ? "item.Random" : "context.QueryRandom",
        _ => throw new InvalidOperationException($"{function.Name}: no context value for {kind}"),
    };
}
