using System.Text;
using Warden.Compiler;
using Warden.Modules;
using Warden.Objects;
using Warden.Runtime;
using Warden.Syntax;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Builtins;

/// <summary><c>compile</c>, <c>exec</c> and <c>eval</c> on source strings and code objects.</summary>
internal static class DynamicCode
{
    public static void Install(PyDict builtins)
    {
        builtins.SetStr("compile", new PyBuiltinFunction("compile", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "compile", ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"], 3);
            string filename = PyOps.Str(a[1]!);
            string mode = a[2] is PyStr m ? m.Value : throw PyExc.TypeError("compile() mode must be str");
            if (mode is not ("exec" or "eval" or "single"))
                throw PyExc.ValueError("compile() mode must be 'exec', 'eval' or 'single'");
            long flags = a[3] is null ? 0 : PyOps.AsIndex(a[3]!);
            if (IsAstNode(a[0]!))
            {
                if ((flags & OnlyAstFlag) != 0) return a[0]!;
                throw PyExc.TypeError("compile() of an AST object into code is not supported by Warden");
            }
            if ((flags & OnlyAstFlag) != 0) return AstToPython.Convert(Parse(a[0]!, filename, mode));
            bool dontInherit = a[4] is not null && PyOps.IsTrue(a[4]!);
            bool futureAnnotations = (flags & (long)CodeFlags.FutureAnnotations) != 0 || (!dontInherit && CallerHasFutureAnnotations());
            return Compile(a[0]!, filename, mode, futureAnnotations);
        }));
        builtins.SetStr("exec", new PyBuiltinFunction("exec", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "exec", ["source", "globals", "locals", "closure"], 1, positionalOnly: 1);
            Execute(a[0]!, a[1], a[2], "exec");
            return PyNone.Instance;
        }));
        builtins.SetStr("eval", new PyBuiltinFunction("eval", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "eval", ["source", "globals", "locals"], 1, positionalOnly: 1);
            return Execute(a[0]!, a[1], a[2], "eval");
        }));
    }

    /// <summary>CPython's <c>PyCF_ONLY_AST</c>: return the syntax tree as <c>_ast</c> objects instead of code.</summary>
    private const long OnlyAstFlag = 0x400;

    private static bool IsAstNode(PyObject source) => source.Type.IsSubtypeOf(AstModule.NodeType("AST"));

    /// <summary>Source compiled by <c>exec</c>, <c>eval</c> and <c>compile</c> inherits the caller's <c>from __future__ import annotations</c>.</summary>
    private static bool CallerHasFutureAnnotations()
        => ThreadState.Current.CurrentFrame is { } frame && (frame.Code.Flags & CodeFlags.FutureAnnotations) != 0;

    private static CodeObject Compile(PyObject source, string filename, string mode, bool futureAnnotations)
    {
        if (source is CodeObject code) return code;
        var tree = Parse(source, filename, mode);
        try
        {
            return CodeGenerator.Compile(tree, filename, futureAnnotations);
        }
        catch (PythonSyntaxError e)
        {
            throw new PythonException(ExceptionMethods.FromSyntaxError(e));
        }
        catch (PythonFrontEndError e)
        {
            throw PyExc.Create(TypeObjects.ExceptionByName(e.PythonType), e.Message);
        }
    }

    private static Syntax.Ast.Mod Parse(PyObject source, string filename, string mode)
    {
        byte[] bytes = source switch
        {
            PyStr s => Encoding.UTF8.GetBytes(s.Value),
            PyBytes b => b.Value,
            _ => throw PyExc.TypeError($"compile() arg 1 must be a string, bytes or AST object"),
        };
        try
        {
            return mode switch
            {
                "eval" => Parser.ParseExpression(bytes, filename),
                "single" => Parser.ParseInteractive(bytes, filename),
                _ => Parser.ParseModule(bytes, filename),
            };
        }
        catch (PythonSyntaxError e)
        {
            throw new PythonException(ExceptionMethods.FromSyntaxError(e));
        }
        catch (PythonFrontEndError e)
        {
            throw PyExc.Create(TypeObjects.ExceptionByName(e.PythonType), e.Message);
        }
    }

    private static PyObject Execute(PyObject source, PyObject? globalsArg, PyObject? localsArg, string mode)
    {
        var frame = ThreadState.Current.CurrentFrame;
        PyDict globals;
        PyObject? locals;
        if (globalsArg is null or PyNone)
        {
            globals = frame?.Globals ?? new PyDict();
            locals = localsArg is null or PyNone ? CallerLocals(frame) ?? globals : localsArg;
        }
        else
        {
            globals = globalsArg as PyDict ?? throw PyExc.TypeError($"{mode}() globals must be a dict, not {globalsArg.Type.Name}");
            locals = localsArg is null or PyNone ? globals : localsArg;
        }
        PyDict builtins;
        if (globals.TryGetStr("__builtins__", out var b))
            builtins = b is PyModule bm ? bm.Dict : b as PyDict ?? frame?.Builtins ?? ThreadState.Current.Context.BuiltinsDict;
        else
        {
            builtins = frame?.Builtins ?? ThreadState.Current.Context.BuiltinsDict;
            globals.SetStr("__builtins__", new PyModule("builtins", builtins));
        }
        if (source is PyStr s && mode == "eval") source = PyStr.From(s.Value.TrimStart(' ', '\t'));
        if (source is not (PyStr or PyBytes or CodeObject))
            throw PyExc.TypeError($"{mode}() arg 1 must be a string, bytes or code object");
        var code = Compile(source, "<string>", mode, CallerHasFutureAnnotations());
        var result = Interpreter.RunCode(code, globals, builtins, locals);
        return mode == "eval" ? result : PyNone.Instance;
    }

    /// <summary>The caller's namespace: its dict for module and class bodies, a snapshot for functions.</summary>
    private static PyObject? CallerLocals(Frame? frame)
    {
        if (frame is null) return null;
        if (frame.Locals is { } l) return l;
        var d = new PyDict();
        var code = frame.Code;
        for (int i = 0; i < code.VarNames.Length; i++)
            if (frame.Slots[i].Value is { } v) d.SetStr(code.VarNames[i], v);
        return d;
    }
}
