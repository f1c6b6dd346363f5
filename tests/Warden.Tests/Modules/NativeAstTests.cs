using Warden.Tests.Runtime;
using NUnit.Framework;

namespace Warden.Tests.Modules;

/// <summary>The native <c>_ast</c> node classes that <c>ast.py</c> builds on; expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class NativeAstTests
{
    /// <summary>Fields, attributes, class-level defaults and constructors of node classes.</summary>
    [Test]
    public void NodeClasses()
    {
        const string source = """
            import _ast, ast
            print(_ast.Name._fields, _ast.expr._attributes, _ast.Return().value, _ast.Constant.kind, _ast.FunctionDef.__mro__[1:])
            n = _ast.Name("x", _ast.Load(), lineno=3)
            print(n.id, type(n.ctx).__name__, n.lineno, n.__dict__.keys(), isinstance(n, _ast.AST), _ast.Name.__module__)
            print(ast.dump(ast.BinOp(ast.Constant(1), ast.Add(), ast.Name("x", ast.Load()))))
            try:
                _ast.Name("a", 1, 2)
            except TypeError as e:
                print(e)
            try:
                _ast.Name().id
            except AttributeError as e:
                print(e)
            print(_ast.PyCF_ONLY_AST, ast.Num.__name__, isinstance(ast.Constant(1), ast.Num))
            """;
        Assert.That(PythonRunner.Output(source + "\n"), Is.EqualTo("('id', 'ctx') ('lineno', 'col_offset', 'end_lineno', 'end_col_offset') None None (<class 'ast.stmt'>, <class 'ast.AST'>, <class 'object'>)\nx Load 3 dict_keys(['id', 'ctx', 'lineno']) True ast\nBinOp(left=Constant(value=1), op=Add(), right=Name(id='x', ctx=Load()))\nName constructor takes at most 2 positional arguments\n'Name' object has no attribute 'id'\n1024 Num True\n"));
    }
}
