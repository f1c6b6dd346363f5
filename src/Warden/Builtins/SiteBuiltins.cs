using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Builtins;

/// <summary>
/// The names CPython's <c>site</c> module adds to builtins (<c>exit</c>, <c>quit</c>, <c>help</c>,
/// <c>copyright</c>, <c>credits</c>, <c>license</c>) and the async iteration builtins <c>aiter</c>/<c>anext</c>.
/// </summary>
internal static class SiteBuiltins
{
    private static readonly PyType s_quitter = SiteType("Quitter");
    private static readonly PyType s_printer = SiteType("_Printer");
    private static readonly PyType s_helper = SiteType("_Helper");
    private static readonly PyType s_anextAwaitable = new("anext_awaitable", [TypeObjects.Object], TypeObjects.TypeType) { IsFinal = true };

    private const string CopyrightText = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";
    private const string CreditsText = "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n    for supporting Python development.  See www.python.org for more information.";
    private const string LicenseText = "Type license() to see the full license text";
    private const string HelpText = "Type help() for interactive help, or help(object) for help about object.";

    private static PyType SiteType(string name)
    {
        var t = new PyType(name, [TypeObjects.Object], TypeObjects.TypeType);
        t.Dict.SetStr("__module__", PyStr.From("_sitebuiltins"));
        return t;
    }

    private static string Text(PyObject self) => ((PyStr)((PyInstance)self).BuiltinValue!).Value;

    static SiteBuiltins()
    {
        s_quitter.AddMethod("__repr__", (args, kw) => PyStr.From($"Use {Text(args[0])}() or Ctrl-D (i.e. EOF) to exit"));
        s_quitter.AddMethod("__call__", (args, kw) =>
        {
            Args.Check(args, kw, Text(args[0]), 0, 1, 1);
            throw new PythonException(args.Length > 1
                ? new PyBaseException(TypeObjects.SystemExit, args[1])
                : new PyBaseException(TypeObjects.SystemExit));
        });
        s_printer.AddMethod("__repr__", (args, kw) => PyStr.From(Text(args[0])));
        s_printer.AddMethod("__call__", (args, kw) =>
        {
            ThreadState.Current.Stdout.Write(Text(args[0]) + "\n");
            return PyNone.Instance;
        });
        s_helper.AddMethod("__repr__", (args, kw) => PyStr.From(HelpText));
        s_helper.AddMethod("__call__", (args, kw) =>
        {
            // Without pydoc, help(obj) shows the docstring, which is the heart of pydoc's page.
            var doc = args.Length > 1 && PyOps.TryGetAttr(args[1], PyStr.From("__doc__"), out var d) && d is PyStr ds ? ds.Value : HelpText;
            ThreadState.Current.Stdout.Write(doc + "\n");
            return PyNone.Instance;
        });

        s_anextAwaitable.AddMethod("__await__", (args, kw) => args[0]);
        s_anextAwaitable.AddMethod("__iter__", (args, kw) => args[0]);
        s_anextAwaitable.AddMethod("__next__", (args, kw) => Step((PyInstance)args[0], "send", PyNone.Instance));
        s_anextAwaitable.AddMethod("send", (args, kw) => Step((PyInstance)args[0], "send", args[1]));
        s_anextAwaitable.AddMethod("throw", (args, kw) => Step((PyInstance)args[0], "throw", args[1]));
        s_anextAwaitable.AddMethod("close", (args, kw) =>
        {
            var state = (PyTuple)((PyInstance)args[0]).BuiltinValue!;
            var inner = state.Items[2];
            if (inner is not PyNone && PyOps.TryGetAttr(inner, PyStr.From("close"), out var close)) PyOps.Call(close, [], null);
            return PyNone.Instance;
        });
    }

    /// <summary>Adds the site names and aiter/anext to a builtins namespace.</summary>
    public static void AddTo(PyDict builtins)
    {
        builtins.SetStr("exit", new PyInstance(s_quitter) { BuiltinValue = PyStr.From("exit") });
        builtins.SetStr("quit", new PyInstance(s_quitter) { BuiltinValue = PyStr.From("quit") });
        builtins.SetStr("copyright", new PyInstance(s_printer) { BuiltinValue = PyStr.From(CopyrightText) });
        builtins.SetStr("credits", new PyInstance(s_printer) { BuiltinValue = PyStr.From(CreditsText) });
        builtins.SetStr("license", new PyInstance(s_printer) { BuiltinValue = PyStr.From(LicenseText) });
        builtins.SetStr("help", new PyInstance(s_helper) { BuiltinValue = PyStr.From("help") });
        builtins.SetStr("breakpoint", new PyBuiltinFunction("breakpoint", (args, kw) => PyNone.Instance));
        builtins.SetStr("aiter", new PyBuiltinFunction("aiter", (args, kw) =>
        {
            Args.Check(args, kw, "aiter", 1, 1);
            var method = args[0].Type.Lookup("__aiter__") ?? throw PyExc.TypeError($"'{args[0].Type.Name}' object is not an async iterable");
            var it = PyOps.CallSpecial(method, args[0]);
            if (it.Type.Lookup("__anext__") is null)
                throw PyExc.TypeError($"aiter() returned not an async iterator of type '{it.Type.Name}'");
            return it;
        }));
        builtins.SetStr("anext", new PyBuiltinFunction("anext", (args, kw) =>
        {
            Args.Check(args, kw, "anext", 1, 2);
            var method = args[0].Type.Lookup("__anext__") ?? throw PyExc.TypeError($"'{args[0].Type.Name}' object is not an async iterator");
            var awaitable = PyOps.CallSpecial(method, args[0]);
            if (args.Length == 1) return awaitable;
            // State: the awaitable, the default, and the iterator of its __await__ (None until first resumed).
            return new PyInstance(s_anextAwaitable) { BuiltinValue = PyTuple.Create(awaitable, args[1], PyNone.Instance) };
        }));
    }

    /// <summary>Resumes the wrapped awaitable; its StopAsyncIteration becomes StopIteration(default).</summary>
    private static PyObject Step(PyInstance self, string how, PyObject value)
    {
        var state = (PyTuple)self.BuiltinValue!;
        var inner = state.Items[2];
        if (inner is PyNone)
        {
            var awaitMethod = state.Items[0].Type.Lookup("__await__")
                ?? throw PyExc.TypeError($"object {state.Items[0].Type.Name} can't be used in 'await' expression");
            inner = PyOps.CallSpecial(awaitMethod, state.Items[0]);
            state.Items[2] = inner;
        }
        try
        {
            return PyOps.Call(PyOps.GetAttr(inner, PyStr.From(how)), [value], null);
        }
        catch (PythonException e) when (e.Exception.Type.IsSubtypeOf(TypeObjects.StopAsyncIteration))
        {
            throw PyExc.StopIteration(state.Items[1]);
        }
    }
}
