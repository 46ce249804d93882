using ProVision.Compiler.Binding;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Symbols;
using ProVision.Runtime.Templates;

namespace ProVision.Compiler.Tests.Stdlib;

/// <summary>
/// Each registry entry is the only place a function is described: its runtime member must exist with a fitting
/// overload for every signature, the data and place restrictions must follow from what the member reads, and
/// dropped spellings must say what to write instead.
/// </summary>
public sealed class StdlibRegistryTests
{
    public static TheoryData<string> RuntimeCalls =>
        [.. StandardLibrary.Functions.Where(f => f.Binding is not null).Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(RuntimeCalls))]
    public void Every_overload_resolves_to_a_runtime_member_returning_the_declared_type(string name)
    {
        var function = StandardLibrary.LookupFunction(name)!;
        foreach (var overload in function.Overloads)
        {
            foreach (var arguments in Instances(overload))
            {
                var returnType = overload.Return.Resolve(Bindings(overload, arguments));
                foreach (var multiImage in (function.Flags & FunctionFlags.SingleImage) != 0 ? [false] : new[] { false, true })
                {
                    var resolved = function.Binding!.Resolve(arguments, multiImage);

                    Assert.Equal(arguments.Count, resolved.Parameters.Count(p => p.Kind == RuntimeParameterKind.Argument) + (function.Binding.IsProperty ? 1 : 0));
                    var produced = resolved.Buffer is { } buffer ? buffer.Type.GetGenericArguments()[0] : resolved.ReturnType;
                    var expected = returnType.Kind == TypeKind.List && resolved.Buffer is not null ? returnType.ElementType! : returnType;
                    Assert.True(Produces(expected, produced), $"{name}{overload.Display}: the runtime member returns {produced.Name}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(RuntimeCalls))]
    public void A_call_that_reads_a_graph_without_an_object_argument_is_single_image_only(string name)
    {
        var function = StandardLibrary.LookupFunction(name)!;
        foreach (var overload in function.Overloads)
        {
            var arguments = Instances(overload).First();
            var readsGraph = function.Binding!.Resolve(arguments, multiImage: false).Parameters.Any(p => p.Kind == RuntimeParameterKind.Graph);
            if (readsGraph && !arguments.Any(a => a.Kind is TypeKind.Object or TypeKind.Relation))
            {
                Assert.True((function.Flags & FunctionFlags.SingleImage) != 0, $"{name} reads the image's graph but may be called in multi-image generators");
            }
        }
    }

    public static TheoryData<string> MemberReads =>
        [.. StandardLibrary.Members.Where(m => m.Binding is not null).Select(m => m.Receiver + "." + m.Name)];

    [Theory]
    [MemberData(nameof(MemberReads))]
    public void Every_member_read_resolves_to_a_runtime_member_returning_the_declared_type(string id)
    {
        var member = StandardLibrary.Members.Single(m => m.Receiver + "." + m.Name == id);
        var binding = member.Binding!;

        Assert.True(Produces(member.Type, binding.ResultType), $"{id}: {binding.DeclaringType.Name}.{binding.Member} returns {binding.ResultType.Name}");
        // The runtime member reads the view the back ends build for it: a method takes it, a property belongs to it.
        var view = ViewType(binding.View, member.Receiver);
        var reads = binding.IsMethod ? ((System.Reflection.MethodInfo)binding.Resolved).GetParameters().Single().ParameterType : binding.DeclaringType;
        Assert.Equal(view, reads);
    }

    // The CLR type of a view as both back ends hold it (a multi-image object is an ObjectRef; objects, relations and
    // images are otherwise indices).
    private static Type ViewType(MemberView view, TypeKind receiver) => view switch
    {
        MemberView.SceneObject => typeof(ProVision.Runtime.SceneGraphs.SceneObject),
        MemberView.Relation => typeof(ProVision.Runtime.SceneGraphs.Relation),
        MemberView.Graph => typeof(ProVision.Runtime.SceneGraphs.SceneGraph),
        _ => receiver switch
        {
            TypeKind.Box => typeof(ProVision.Runtime.SceneGraphs.Box),
            TypeKind.Point => typeof(ValueTuple<double, double>),
            TypeKind.Mask => typeof(ProVision.Runtime.SceneGraphs.BitMask),
            TypeKind.DataSet => typeof(ProVision.Runtime.Generation.DataSetIndex),
            TypeKind.Object => typeof(ProVision.Runtime.Generation.ObjectRef),
            TypeKind.Image => typeof(int),
            _ => throw new InvalidOperationException($"no value view for {receiver}"),
        },
    };

    [Theory]
    [InlineData("joinAnd", "joinList(xs)")]
    [InlineData("depth", "o.depth")]
    public void A_retired_function_names_its_replacement(string retired, string replacement)
    {
        var source = $$"""
            generator G {
              needs labels, depth, masks
              ask "Which {x}?"
              for o in objects
              let x = {{retired}}([o.label])
              emit { x = x; answer = o.label }
            }
            """;
        var diagnostics = Binder.Bind([ProVision.Compiler.Syntax.SyntaxTree.Parse(source, "retired.pvg")]).Diagnostics;

        var diagnostic = Assert.Single(diagnostics, d => d.Code == "PV1051");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains($"write '{replacement}' instead", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(StandardLibrary.LookupFunction(retired));
    }

    [Fact]
    public void Template_helpers_come_from_one_list()
    {
        foreach (var helper in SlotHelpers.All)
        {
            Assert.True(SlotHelpers.TryParse(helper.Name, out var parsed));
            Assert.Equal(helper.Helper, parsed);
            Assert.Equal(helper.Name, parsed.Name());
        }
        Assert.Equal(Enum.GetValues<SlotHelper>().Length - 1, SlotHelpers.All.Count);
    }

    // Concrete argument types for an overload: each numeric variable once as Int and once as Float.
    private static IEnumerable<List<TypeSymbol>> Instances(FunctionSignature overload)
    {
        var numeric = overload.Parameters.Any(p => p.Type is VariablePattern { Numeric: true });
        foreach (var n in numeric ? [TypeSymbol.Int, TypeSymbol.Float] : new[] { TypeSymbol.Int })
        {
            yield return [.. overload.Parameters.Select(p => Instance(p.Type, n))];
        }
    }

    private static TypeSymbol Instance(TypePattern pattern, TypeSymbol numeric) => pattern switch
    {
        ExactPattern exact => exact.Type,
        ListPattern list => TypeSymbol.ListOf(Instance(list.Element, numeric)),
        VariablePattern { Numeric: true } => numeric,
        _ => throw new InvalidOperationException("a runtime call with a type variable: " + pattern.Display),
    };

    private static Dictionary<string, TypeSymbol> Bindings(FunctionSignature overload, List<TypeSymbol> arguments)
    {
        var bindings = new Dictionary<string, TypeSymbol>(StringComparer.Ordinal);
        for (var i = 0; i < arguments.Count; i++)
        {
            Assert.True(overload.Parameters[i].Type.Match(arguments[i], bindings));
        }
        return bindings;
    }

    // Whether a runtime value of CLR type `clr` is what emitted code holds for `type` (int counts widen to long).
    private static bool Produces(TypeSymbol type, Type clr)
    {
        if (type.Kind == TypeKind.List)
        {
            var element = clr.IsArray ? clr.GetElementType() : clr.IsGenericType ? clr.GetGenericArguments()[0] : null;
            return element is not null && Produces(type.ElementType!, element);
        }
        return ClrTypes.Match(type, clr) == TypeMatch.Exact
            || (type.Kind is TypeKind.Int or TypeKind.Count && clr == typeof(int))
            || (type.Kind == TypeKind.Count && clr == typeof(long));
    }
}
