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

    /// <summary>Fields, attributes, optional defaults, the hierarchy and constructor messages.</summary>
    [Test]
    public void NodeClassesAndConstructor()
    {
        const string source = """
            import _ast
            c = _ast.Constant(3)
            print(c.value, c.kind, _ast.Constant._fields, _ast.Constant._attributes, _ast.Constant.__mro__, _ast.BinOp.__match_args__, c.__reduce__())
            for bad in (lambda: _ast.Load(1), lambda: _ast.Assert(1, 2, 3), lambda: _ast.Name(1, id=2), lambda: _ast.Name(1).ctx):
                try:
                    print(bad())
                except Exception as e:
                    print(type(e).__name__, e)
            n = _ast.Name(id='x', ctx=_ast.Load())
            print(n.id, type(n.ctx).__name__, n.end_lineno, isinstance(n, _ast.expr), _ast.PyCF_ONLY_AST)
            print(len([k for k in dir(_ast) if isinstance(getattr(_ast, k), type)]))
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo("3 None ('value', 'kind') ('lineno', 'col_offset', 'end_lineno', 'end_col_offset') (<class 'ast.Constant'>, <class 'ast.expr'>, <class 'ast.AST'>, <class 'object'>) ('left', 'op', 'right') (<class 'ast.Constant'>, (), {'value': 3})\nTypeError Load constructor takes at most 0 positional arguments\nTypeError Assert constructor takes at most 2 positional arguments\nTypeError Name got multiple values for argument 'id'\nAttributeError 'Name' object has no attribute 'ctx'\nx Load None True 1024\n120\n"));
    }
}
