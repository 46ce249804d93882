using System.Collections;
using System.Reflection;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Symbols;
using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Interpreter;

// Plain standard-library calls, run from the registry entry's RuntimeBinding alone, exactly as the emitter writes
// them (Emit/CallEmitter.RuntimeCalls.cs): the same ResolvedCall, the same context parameters, the arguments
// converted from interpreter values to the runtime member's CLR types and the result back.
internal abstract partial class CallEvaluation
{
    private protected object? RuntimeCall(BoundCall call, RuntimeBinding binding)
    {
        var resolved = binding.Resolve([.. call.Arguments.Select(a => a.Type)], Multi);
        var values = new object?[call.Arguments.Length];
        ObjectRef? firstObject = null;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Eval(call.Arguments[i]);
            if (values[i] is ObjectRef o)
            {
                firstObject ??= o;
            }
            else if (values[i] is RelationRef r)
            {
                firstObject ??= new ObjectRef(r.Image, r.Index);
            }
        }
        if (binding.IsProperty)
        {
            return FromClr(((PropertyInfo)resolved.Member).GetValue(values[0]), call.Type);
        }

        object? buffer = null;
        var arguments = new object?[resolved.Parameters.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            var parameter = resolved.Parameters[i];
            arguments[i] = parameter.Kind switch
            {
                RuntimeParameterKind.Argument => ToClr(values[parameter.Argument], parameter.Type),
                RuntimeParameterKind.Buffer => buffer = Activator.CreateInstance(parameter.Type, [16]),
                RuntimeParameterKind.Default => ((MethodInfo)resolved.Member).GetParameters()[i].DefaultValue,
                _ => Service(parameter.Kind, call.Function, firstObject),
            };
        }
        var receiver = resolved.Receiver == RuntimeParameterKind.None ? null : Service(resolved.Receiver, call.Function, firstObject);
        var result = RuntimeInvoker.Invoke((MethodInfo)resolved.Member, receiver, arguments);
        return FromClr(buffer ?? result, call.Type);
    }

    private protected object Service(RuntimeParameterKind kind, FunctionSymbol function, ObjectRef? firstObject) => kind switch
    {
        RuntimeParameterKind.Graph => firstObject is { } o ? Context.Graphs[o.Image] : Graph,
        RuntimeParameterKind.Vocabulary => Context.Vocabulary,
        RuntimeParameterKind.Random => (function.Flags & FunctionFlags.ItemRandom) != 0 ? Item.Random : Context.QueryRandom,
        _ => throw new InvalidOperationException($"{function.Name}: no context value for {kind}"),
    };

    // An interpreter value as the runtime parameter's CLR type (lists become typed arrays; the invoker makes spans).
    private protected static object? ToClr(object? value, Type type)
    {
        if (type == typeof(int))
        {
            return value switch { ObjectRef o => o.Index, RelationRef r => r.Index, int i => i, _ => unchecked((int)Values.ToLong(value)) };
        }
        if (type == typeof(long))
        {
            return Values.ToLong(value);
        }
        if (type == typeof(double))
        {
            return Values.ToDouble(value);
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ReadOnlySpan<>))
        {
            var elementType = type.GetGenericArguments()[0];
            var list = Values.List(value);
            var array = Array.CreateInstance(elementType, list.Length);
            for (var i = 0; i < list.Length; i++)
            {
                array.SetValue(ToClr(list[i], elementType), i);
            }
            return array;
        }
        return value;
    }
}
