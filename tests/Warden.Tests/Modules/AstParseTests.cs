using Warden.Tests.Runtime;
using NUnit.Framework;

namespace Warden.Tests.Modules;

/// <summary><c>ast.parse</c> (<c>compile</c> with <c>PyCF_ONLY_AST</c>) returning real <c>_ast</c> objects; expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class AstParseTests
{
    /// <summary>A module's dump with every position attribute, as <c>ast.dump(..., include_attributes=True)</c> prints it.</summary>
    [Test]
    public void ModuleDumpWithPositions()
    {
        const string source = """
            import ast
            print(ast.dump(ast.parse("x = f(1, *a, k='v')\n"), include_attributes=True))
            """;
        Assert.That(PythonRunner.Output(source + "\n"), Is.EqualTo("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), args=[Constant(value=1, lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=11)], keywords=[keyword(arg='k', value=Constant(value='v', lineno=1, col_offset=15, end_lineno=1, end_col_offset=18), lineno=1, col_offset=13, end_lineno=1, end_col_offset=18)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=19), lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], type_ignores=[])\n"));
    }

    /// <summary>Eval mode and constants of every kind become the right Python values.</summary>
    [Test]
    public void EvalModeConstantsOfEveryType()
    {
        const string source = """
            import ast
            print(ast.dump(ast.parse("[1, 2.0, 3j, 'é', b'b', None, ..., 2**70]", mode="eval")))
            print(ast.dump(ast.parse("-1", mode="eval").body.operand))
            """;
        Assert.That(PythonRunner.Output(source + "\n"), Is.EqualTo("Expression(body=List(elts=[Constant(value=1), Constant(value=2.0), Constant(value=3j), Constant(value='é'), Constant(value=b'b'), Constant(value=None), Constant(value=Ellipsis), BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=70))], ctx=Load()))\nConstant(value=1)\n"));
    }

    /// <summary>Nodes are instances of the ast classes with every field set; flags and modes of <c>compile</c>; the helpers in ast.py work on them.</summary>
    [Test]
    public void NodesAreOrdinaryObjects()
    {
        const string source = """
            import ast
            t = ast.parse("if a:\n    b = 1\n")
            n = t.body[0]
            print(type(n).__name__, n.test.id, n.orelse, n.body[0].targets[0].ctx is t.body[0].body[0].targets[0].ctx, sorted(vars(n)))
            print(compile("a", "<s>", "single", ast.PyCF_ONLY_AST).__class__.__name__, compile("a", "<s>", "eval", 1024).body.id)
            print(ast.literal_eval("{'a': [1, (2, -3.5)], 'b': {None}}"))
            print(ast.unparse(ast.parse("def f(x, *, y=2):\n    return x ** y\n")))
            print(len(list(ast.walk(ast.parse("a = b + c * d")))))
            """;
        Assert.That(PythonRunner.Output(source + "\n"), Is.EqualTo("If a [] True ['body', 'col_offset', 'end_col_offset', 'end_lineno', 'lineno', 'orelse', 'test']\nInteractive a\n{'a': [1, (2, -3.5)], 'b': {None}}\ndef f(x, *, y=2):\n    return x ** y\n14\n"));
    }

    /// <summary>Syntax errors still raise; column offsets count UTF-8 bytes.</summary>
    [Test]
    public void SyntaxErrorsAndUtf8Columns()
    {
        const string source = """
            import ast
            try:
                ast.parse("x = (")
            except SyntaxError as e:
                print(type(e).__name__, e.msg, e.lineno, e.offset)
            print(ast.dump(ast.parse("é = 'ü'"), include_attributes=True))
            """;
        Assert.That(PythonRunner.Output(source + "\n"), Is.EqualTo("SyntaxError '(' was never closed 1 5\nModule(body=[Assign(targets=[Name(id='é', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)], value=Constant(value='ü', lineno=1, col_offset=5, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])\n"));
    }
}
