using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;

namespace ProVision.Compiler.Interpreter;

/// <summary>
/// Calls a runtime method with boxed arguments, as reflection would, but also where a parameter is a
/// <c>ReadOnlySpan&lt;T&gt;</c> (reflection cannot pass ref structs): a small dynamic method per runtime method
/// unboxes each argument, turns a <c>T[]</c> into the span, and boxes the result.
/// </summary>
internal static class RuntimeInvoker
{
    private static readonly ConcurrentDictionary<MethodInfo, Func<object?, object?[], object?>> s_invokers = new();

    public static object? Invoke(MethodInfo method, object? receiver, object?[] arguments) =>
        s_invokers.GetOrAdd(method, Build)(receiver, arguments);

    private static Func<object?, object?[], object?> Build(MethodInfo method)
    {
        var invoker = new DynamicMethod("invoke_" + method.Name, typeof(object), [typeof(object), typeof(object?[])], typeof(RuntimeInvoker).Module, skipVisibility: true);
        var il = invoker.GetILGenerator();
        if (!method.IsStatic)
        {
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Castclass, method.DeclaringType!);
        }
        var parameters = method.GetParameters();
        for (var i = 0; i < parameters.Length; i++)
        {
            var type = parameters[i].ParameterType;
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Ldc_I4, i);
            il.Emit(OpCodes.Ldelem_Ref);
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ReadOnlySpan<>))
            {
                var arrayType = type.GetGenericArguments()[0].MakeArrayType();
                il.Emit(OpCodes.Castclass, arrayType);
                il.Emit(OpCodes.Call, type.GetMethod("op_Implicit", [arrayType])!);
            }
            else
            {
                il.Emit(type.IsValueType ? OpCodes.Unbox_Any : OpCodes.Castclass, type);
            }
        }
        il.Emit(method.IsStatic ? OpCodes.Call : OpCodes.Callvirt, method);
        if (method.ReturnType == typeof(void))
        {
            il.Emit(OpCodes.Ldnull);
        }
        else if (method.ReturnType.IsValueType)
        {
            il.Emit(OpCodes.Box, method.ReturnType);
        }
        il.Emit(OpCodes.Ret);
        return invoker.CreateDelegate<Func<object?, object?[], object?>>();
    }
}
