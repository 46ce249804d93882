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

    [Fact]
    public void Compiler_does_not_depend_on_the_runtime()
    {
        var references = typeof(SyntaxTree).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        Assert.DoesNotContain("ProVision.Runtime", references);
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
