using ProVision.Compiler.Binding;
using ProVision.Compiler.Interpreter;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Emit;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Tests.Emit;
using ProVision.Compiler.Tests.Infrastructure;

namespace ProVision.Compiler.Tests.Stdlib;

/// <summary>
/// The two back ends (the emitter and the reference interpreter) cover the same standard library: the same special
/// forms, and every function and member is run by both in the corpus or the built-in pack (where InterpreterTests and
/// BuiltinPackInterpreterTests compare their items), so a kind one back end lacks fails here or there, not in a user's pack.
/// </summary>
public sealed class StdlibParityTests
{
    [Fact]
    public void Both_back_ends_write_out_every_special_form_and_no_other()
    {
        var all = Enum.GetValues<SpecialForm>().Where(f => f != SpecialForm.None).Order().ToList();

        Assert.Equal(all, GeneratorEmitter.HandledForms.Order().ToList());
        Assert.Equal(all, Evaluation.HandledForms.Order().ToList());
    }

    [Fact]
    public void Both_back_ends_write_out_every_member_form_and_no_other()
    {
        var all = Enum.GetValues<MemberForm>().Where(f => f != MemberForm.None).Order().ToList();

        Assert.Equal(all, GeneratorEmitter.HandledMemberForms.Order().ToList());
        Assert.Equal(all, Evaluation.HandledMemberForms.Order().ToList());
    }

    [Fact]
    public void Every_function_is_either_a_runtime_call_or_a_special_form()
    {
        foreach (var function in StandardLibrary.Functions)
        {
            Assert.True((function.Binding is null) != (function.Form == SpecialForm.None), function.Name);
        }
        Assert.Equal(StandardLibrary.Functions.Length, StandardLibrary.Functions.Select(f => f.Name).Distinct().Count());
    }

    [Fact]
    public void Every_member_is_either_a_runtime_read_or_a_member_form()
    {
        foreach (var member in StandardLibrary.Members)
        {
            Assert.True((member.Binding is null) != (member.Form == MemberForm.None), member.Receiver + "." + member.Name);
        }
        Assert.Equal(StandardLibrary.Members.Length, StandardLibrary.Members.Select(m => (m.Receiver, m.Name)).Distinct().Count());
    }

    [Fact]
    public void Every_function_member_and_built_in_value_is_run_by_both_back_ends_in_the_corpus_or_the_builtin_pack()
    {
        var called = new HashSet<string>(StringComparer.Ordinal);
        var accessed = new HashSet<MemberSymbol>();
        var read = new HashSet<BuiltinSymbol>();
        var sources = CorpusCases.All().Where(n => File.Exists(CorpusCases.PathOf(n, CorpusCases.EmittedSuffix)))
            .Select(name => (Text: CorpusCases.Source(name), Path: name + CorpusCases.SourceExtension))
            .Append((Text: BuiltinPackInterpreterTests.Source(), Path: "builtin.pvg"));
        foreach (var (text, path) in sources)
        {
            var tree = ProVision.Compiler.Syntax.SyntaxTree.Parse(text, path);
            foreach (var node in Binder.Bind([tree]).Pack.Generators.SelectMany(g => g.DescendantsAndSelf()))
            {
                if (node is BoundCall call)
                {
                    called.Add(call.Function.Name);
                }
                else if (node is BoundForClause { ForKind: ForKind.Combinations })
                {
                    // combinations(xs, k) binds into the for clause it is the source of.
                    called.Add("combinations");
                }
                else if (node is BoundMemberAccess access)
                {
                    accessed.Add(access.Member);
                }
                else if (node is BoundBuiltin builtin)
                {
                    read.Add(builtin.Builtin);
                }
            }
        }

        var uncalled = StandardLibrary.Functions.Select(f => f.Name).Where(f => !called.Contains(f)).ToList();
        var unaccessed = StandardLibrary.Members.Where(m => !accessed.Contains(m)).Select(m => m.Receiver + "." + m.Name).ToList();
        Assert.True(uncalled.Count == 0, "neither the corpus nor the built-in pack calls " + string.Join(", ", uncalled));
        Assert.True(unaccessed.Count == 0, "neither the corpus nor the built-in pack reads " + string.Join(", ", unaccessed));
        var unread = StandardLibrary.Builtins.Where(b => !read.Contains(b)).Select(b => b.Name).ToList();
        Assert.True(unread.Count == 0, "neither the corpus nor the built-in pack reads the built-in value " + string.Join(", ", unread));
    }

    [Fact]
    public void Every_built_in_value_has_its_emitted_and_its_interpreted_form_in_its_one_entry()
    {
        // The emitter writes Runtime and the interpreter calls Evaluate; neither keeps a list of its own, so an entry
        // without one of them is a value one back end cannot produce.
        foreach (var builtin in StandardLibrary.Builtins)
        {
            Assert.False(string.IsNullOrWhiteSpace(builtin.Runtime), builtin.Name + ": no emitted C#");
            Assert.NotNull(builtin.Evaluate);
            Assert.Matches(@"^(Lists\.Range\(graph\.|context\.)", builtin.Runtime);
        }
        Assert.Equal(StandardLibrary.Builtins.Length, StandardLibrary.Builtins.Select(b => b.Name).Distinct().Count());
    }
}
