using System.Reflection;
using ProVision.Compiler.Syntax;

namespace ProVision.Compiler.Tests;

/// <summary>ANTLR is a front end only: its types (and the generated ones) stay inside ProVision.Compiler.Parsing.</summary>
public sealed class ArchitectureTests
{
    private const string ParsingNamespace = "ProVision.Compiler.Parsing";
    private static readonly string[] s_frontEndAssemblies = ["Antlr4.Runtime.Standard", "ProVision.Grammar"];

    [Fact]
    public void Only_the_parsing_folder_uses_antlr_types()
    {
        var offenders = typeof(SyntaxTree).Assembly.GetTypes()
            .Where(t => t.Namespace != ParsingNamespace && !IsNestedInParsing(t))
            .SelectMany(t => ReferencedTypes(t).Where(IsFrontEndType).Select(r => $"{t.FullName} -> {r.FullName}"))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Parsing_types_are_internal()
    {
        var publicParsingTypes = typeof(SyntaxTree).Assembly.GetExportedTypes().Where(t => t.Namespace == ParsingNamespace);

        Assert.Empty(publicParsingTypes);
    }

    /// <summary>
    /// The compiler references the runtime (Emit and Compilation target it), but the front end must not:
    /// syntax, text and diagnostics stay usable by tools that never load a scene graph.
    /// </summary>
    [Fact]
    public void Front_end_types_do_not_mention_runtime_types()
    {
        string[] frontEnd = ["ProVision.Compiler.Syntax", "ProVision.Compiler.Text", "ProVision.Compiler.Diagnostics"];
        var offenders =
            from type in typeof(SyntaxTree).Assembly.GetTypes()
            where frontEnd.Contains(type.Namespace)
            from member in type.GetMembers(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly)
            let memberType = member switch
            {
                System.Reflection.FieldInfo f => f.FieldType,
                System.Reflection.PropertyInfo p => p.PropertyType,
                System.Reflection.MethodInfo m => m.ReturnType,
                _ => null,
            }
            where memberType?.Assembly.GetName().Name == "ProVision.Runtime"
            select $"{type.Name}.{member.Name}";

        Assert.Empty(offenders);
    }

    private static bool IsNestedInParsing(Type type) =>
        type.DeclaringType is { } outer && (outer.Namespace == ParsingNamespace || IsNestedInParsing(outer));

    private static bool IsFrontEndType(Type type)
    {
        var element = type.HasElementType ? type.GetElementType()! : type;
        return s_frontEndAssemblies.Contains(element.Assembly.GetName().Name)
            || (element.IsGenericType && element.GetGenericArguments().Any(IsFrontEndType));
    }

    private static IEnumerable<Type> ReferencedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var item in type.GetInterfaces())
        {
            yield return item;
        }

        foreach (var field in type.GetFields(all))
        {
            yield return field.FieldType;
        }

        foreach (var method in type.GetMethods(all))
        {
            yield return method.ReturnType;
            foreach (var parameter in method.GetParameters())
            {
                yield return parameter.ParameterType;
            }

            // Locals catch a use inside a method body that no signature shows.
            foreach (var local in method.GetMethodBody()?.LocalVariables ?? [])
            {
                yield return local.LocalType;
            }
        }
    }
}
