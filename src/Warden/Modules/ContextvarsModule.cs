using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary>
/// The <c>_contextvars</c> module behind <c>contextvars</c> (which <c>decimal</c> uses for its
/// current context): ContextVar, Token and Context. A context is an immutable map from variables
/// (by identity) to values; each thread has a current context.
/// </summary>
internal static class ContextvarsModule
{
    private static readonly PyType s_contextType = CreateContextType();
    private static readonly PyType s_contextVarType = CreateContextVarType();
    private static readonly PyObject s_missing = CreateMissing();
    private static readonly PyType s_tokenType = CreateTokenType();
    private static readonly ConditionalWeakTable<ThreadState, PyContext> s_current = new();

    private sealed class PyContext : PyObject
    {
        public ImmutableDictionary<PyObject, PyObject> Values = ImmutableDictionary.Create<PyObject, PyObject>(ReferenceEqualityComparer.Instance);
        public bool Entered;
        public override PyType Type => s_contextType;
    }

    private sealed class PyContextVar(string name, PyObject? defaultValue) : PyObject
    {
        public string Name { get; } = name;
        public PyObject? Default { get; } = defaultValue;
        public override PyType Type => s_contextVarType;
    }

    private sealed class PyToken(PyContext context, PyContextVar variable, PyObject? oldValue) : PyObject
    {
        public PyContext Context { get; } = context;
        public PyContextVar Variable { get; } = variable;
        public PyObject? OldValue { get; } = oldValue;
        public bool Used;
        public override PyType Type => s_tokenType;
    }

    public static PyModule Create(ThreadState ts)
    {
        var module = new PyModule("_contextvars");
        module.Dict.SetStr("Context", s_contextType);
        module.Dict.SetStr("ContextVar", s_contextVarType);
        module.Dict.SetStr("Token", s_tokenType);
        module.Dict.SetStr("copy_context", new PyBuiltinFunction("copy_context", (args, kw) =>
        {
            Args.Check(args, kw, "copy_context", 0, 0);
            return new PyContext { Values = Current().Values };
        }));
        return module;
    }

    private static PyContext Current() => s_current.GetValue(ThreadState.Current, _ => new PyContext { Entered = true });

    private static string Address(PyObject o) => $"0x{PyOps.Id(o):x}";

    private static string VarRepr(PyContextVar v) =>
        $"<ContextVar name={PyOps.Repr(PyStr.From(v.Name))}{(v.Default is { } d ? " default=" + PyOps.Repr(d) : "")} at {Address(v)}>";

    private static string TokenRepr(PyToken t) => $"<Token{(t.Used ? " used" : "")} var={VarRepr(t.Variable)} at {Address(t)}>";

    private static PyObject CreateMissing()
    {
        var t = new PyType("Token.MISSING", [TypeObjects.Object], TypeObjects.TypeType) { IsFinal = true };
        t.AddMethod("__repr__", (args, kw) => PyStr.From("<Token.MISSING>"));
        return new PyInstance(t);
    }

    private static PyContext ContextSelf(PyObject o) => o as PyContext ?? throw PyExc.TypeError("a Context object is required");
    private static PyContextVar VarSelf(PyObject o) => o as PyContextVar ?? throw PyExc.TypeError("a ContextVar object is required");

    private static PyContextVar VarKey(PyObject o) =>
        o as PyContextVar ?? throw PyExc.TypeError($"a ContextVar key was expected, got {PyOps.Repr(o)}");

    private static PyType CreateContextType()
    {
        var t = new PyType("Context", [TypeObjects.Object], TypeObjects.TypeType) { IsFinal = true };
        t.Dict.SetStr("__module__", PyStr.From("_contextvars"));
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            if (args.Length > 1 || (kw is not null && kw.Length > 0)) throw PyExc.TypeError("Context() does not accept any arguments");
            return new PyContext();
        })));
        t.AddMethod("__init__", (args, kw) => PyNone.Instance);
        t.AddMethod("run", (args, kw) =>
        {
            if (args.Length - (kw?.Length ?? 0) < 2) throw PyExc.TypeError("run() missing 1 required positional argument");
            var self = ContextSelf(args[0]);
            if (self.Entered) throw PyExc.RuntimeError($"cannot enter context: <_contextvars.Context object at {Address(self)}> is already entered");
            var ts = ThreadState.Current;
            var previous = Current();
            self.Entered = true;
            s_current.AddOrUpdate(ts, self);
            try
            {
                return PyOps.Call(args[1], args[2..], kw);
            }
            finally
            {
                self.Entered = false;
                s_current.AddOrUpdate(ts, previous);
            }
        });
        t.AddMethod("copy", (args, kw) =>
        {
            Args.Check(args, kw, "copy", 0, 0, 1);
            return new PyContext { Values = ContextSelf(args[0]).Values };
        });
        t.AddMethod("get", (args, kw) =>
        {
            Args.Check(args, kw, "get", 1, 2, 1);
            var values = ContextSelf(args[0]).Values;
            return values.TryGetValue(VarKey(args[1]), out var v) ? v : args.Length > 2 ? args[2] : PyNone.Instance;
        });
        t.AddMethod("__getitem__", (args, kw) =>
        {
            Args.Check(args, kw, "__getitem__", 1, 1, 1);
            return ContextSelf(args[0]).Values.TryGetValue(VarKey(args[1]), out var v) ? v : throw PyExc.KeyError(args[1]);
        });
        t.AddMethod("__contains__", (args, kw) =>
        {
            Args.Check(args, kw, "__contains__", 1, 1, 1);
            return PyInt.FromBool(ContextSelf(args[0]).Values.ContainsKey(VarKey(args[1])));
        });
        t.AddMethod("__len__", (args, kw) => PyInt.FromLong(ContextSelf(args[0]).Values.Count));
        t.AddMethod("__iter__", (args, kw) => PyOps.GetIter(ToList(ContextSelf(args[0]).Values.Keys)));
        t.AddMethod("keys", (args, kw) => ToList(ContextSelf(args[0]).Values.Keys));
        t.AddMethod("values", (args, kw) => ToList(ContextSelf(args[0]).Values.Values));
        t.AddMethod("items", (args, kw) => ToList(ContextSelf(args[0]).Values.Select(p => (PyObject)PyTuple.Create(p.Key, p.Value))));
        return t;
    }

    private static PyList ToList(IEnumerable<PyObject> items)
    {
        var array = items.ToArray();
        return new PyList(array, array.Length);
    }

    private static PyType CreateContextVarType()
    {
        var t = new PyType("ContextVar", [TypeObjects.Object], TypeObjects.TypeType) { IsFinal = true };
        t.Dict.SetStr("__module__", PyStr.From("_contextvars"));
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var a = Args.Parse(args[1..], kw, "ContextVar", ["name", "default"], 1, positionalOnly: 0, maxPositional: 1);
            if (PyOps.Unwrap(a[0]!) is not PyStr name) throw PyExc.TypeError("context variable name must be a str");
            return new PyContextVar(name.Value, a[1]);
        })));
        t.AddMethod("__init__", (args, kw) => PyNone.Instance);
        t.AddGetter("name", self => PyStr.From(VarSelf(self).Name));
        t.AddMethod("get", (args, kw) =>
        {
            Args.Check(args, kw, "get", 0, 1, 1);
            var self = VarSelf(args[0]);
            if (Current().Values.TryGetValue(self, out var v)) return v;
            if (args.Length > 1) return args[1];
            return self.Default ?? throw new PythonException(new PyBaseException(TypeObjects.ExceptionByName("LookupError"), self));
        });
        t.AddMethod("set", (args, kw) =>
        {
            Args.Check(args, kw, "set", 1, 1, 1);
            var self = VarSelf(args[0]);
            var context = Current();
            context.Values.TryGetValue(self, out var old);
            context.Values = context.Values.SetItem(self, args[1]);
            return new PyToken(context, self, old);
        });
        t.AddMethod("reset", (args, kw) =>
        {
            Args.Check(args, kw, "reset", 1, 1, 1);
            var self = VarSelf(args[0]);
            if (args[1] is not PyToken token) throw PyExc.TypeError($"expected an instance of Token, got {PyOps.Repr(args[1])}");
            if (token.Used) throw PyExc.RuntimeError($"{TokenRepr(token)} has already been used once");
            if (!ReferenceEquals(token.Variable, self)) throw PyExc.ValueError($"{TokenRepr(token)} was created by a different ContextVar");
            var context = Current();
            if (!ReferenceEquals(token.Context, context)) throw PyExc.ValueError($"{TokenRepr(token)} was created in a different Context");
            token.Used = true;
            context.Values = token.OldValue is null ? context.Values.Remove(self) : context.Values.SetItem(self, token.OldValue);
            return PyNone.Instance;
        });
        t.AddMethod("__repr__", (args, kw) => PyStr.From(VarRepr(VarSelf(args[0]))));
        t.AddMethod("__hash__", (args, kw) => PyInt.FromLong(PyOps.Id(args[0]) >> 4));
        t.AddClassMethod("__class_getitem__", (args, kw) =>
        {
            Args.Check(args, kw, "__class_getitem__", 1, 1, 1);
            return GenericAliasMethods.Create(args[0], args[1]);
        });
        return t;
    }

    private static PyType CreateTokenType()
    {
        var t = new PyType("Token", [TypeObjects.Object], TypeObjects.TypeType) { IsFinal = true };
        t.Dict.SetStr("__module__", PyStr.From("_contextvars"));
        t.Dict.SetStr("MISSING", s_missing);
        t.AddGetter("var", self => ((PyToken)self).Variable);
        t.AddGetter("old_value", self => ((PyToken)self).OldValue ?? s_missing);
        t.AddMethod("__repr__", (args, kw) => PyStr.From(TokenRepr((PyToken)args[0])));
        t.AddClassMethod("__class_getitem__", (args, kw) =>
        {
            Args.Check(args, kw, "__class_getitem__", 1, 1, 1);
            return GenericAliasMethods.Create(args[0], args[1]);
        });
        return t;
    }
}
