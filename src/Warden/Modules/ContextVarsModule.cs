using System.Collections.Immutable;
using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary>
/// The <c>_contextvars</c> module: <c>ContextVar</c>, <c>Token</c>, <c>Context</c>, <c>copy_context</c>.
/// A context is an immutable map from variables to values; <c>set</c> replaces the current
/// thread's map, so copies taken earlier never see later changes (CPython's HAMT semantics).
/// </summary>
internal static class ContextVarsModule
{
    private static readonly PyType s_contextVarType = NewType("ContextVar");
    private static readonly PyType s_tokenType = NewType("Token");
    private static readonly PyType s_contextType = NewType("Context");
    private static readonly PyObject s_missing = new MissingMarker();

    /// <summary>The context code on this thread runs in (created empty on first use).</summary>
    [ThreadStatic] private static ContextObject? t_current;

    private static ContextObject Current => t_current ??= new ContextObject(ImmutableDictionary<PyObject, PyObject>.Empty.WithComparers(ReferenceEqualityComparer.Instance));

    private static PyType NewType(string name)
    {
        var t = new PyType(name, [TypeObjects.Object], TypeObjects.TypeType) { IsFinal = true };
        t.Dict.SetStr("__module__", PyStr.From("_contextvars"));
        return t;
    }

    private sealed class MissingMarker : PyObject
    {
        private static readonly PyType s_type = CreateType();
        public override PyType Type => s_type;
        private static PyType CreateType()
        {
            var t = new PyType("Token.MISSING", [TypeObjects.Object], TypeObjects.TypeType) { IsFinal = true };
            t.AddMethod("__repr__", (args, kw) => PyStr.From("<Token.MISSING>"));
            return t;
        }
    }

    private sealed class ContextVarObject(string name, PyObject? defaultValue) : PyObject
    {
        public readonly string Name = name;
        public readonly PyObject? Default = defaultValue;
        public override PyType Type => s_contextVarType;
    }

    private sealed class TokenObject(ContextObject context, ContextVarObject variable, PyObject oldValue) : PyObject
    {
        public readonly ContextObject Context = context;
        public readonly ContextVarObject Variable = variable;
        public readonly PyObject OldValue = oldValue;
        public bool Used;
        public override PyType Type => s_tokenType;
    }

    private sealed class ContextObject(ImmutableDictionary<PyObject, PyObject> values) : PyObject
    {
        public ImmutableDictionary<PyObject, PyObject> Values = values;
        public bool Entered;
        public override PyType Type => s_contextType;
    }

    public static PyModule Create(ThreadState ts)
    {
        InstallTypes();
        var module = new PyModule("_contextvars");
        var d = module.Dict;
        d.SetStr("ContextVar", s_contextVarType);
        d.SetStr("Token", s_tokenType);
        d.SetStr("Context", s_contextType);
        d.SetStr("copy_context", new PyBuiltinFunction("copy_context", (args, kw) =>
        {
            Args.Check(args, kw, "copy_context", 0, 0);
            return new ContextObject(Current.Values);
        }));
        return module;
    }

    private static bool s_installed;

    private static void InstallTypes()
    {
        lock (s_contextType)
        {
            if (s_installed) return;
            s_installed = true;
        }
        var v = s_contextVarType;
        v.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "ContextVar", ["cls", "name", "default"], 2, maxPositional: 2);
            var name = a[1] as PyStr ?? throw PyExc.TypeError("context variable name must be a str");
            return new ContextVarObject(name.Value, a[2]);
        })));
        v.AddGetter("name", self => PyStr.From(((ContextVarObject)self).Name));
        v.AddMethod("get", (args, kw) =>
        {
            Args.Check(args, kw, "get", 0, 1, 1);
            var variable = (ContextVarObject)args[0];
            if (Current.Values.TryGetValue(variable, out var value)) return value;
            if (args.Length > 1) return args[1];
            return variable.Default ?? throw new PythonException(new PyBaseException(TypeObjects.LookupError, variable));
        });
        v.AddMethod("set", (args, kw) =>
        {
            Args.Check(args, kw, "set", 1, 1, 1);
            var variable = (ContextVarObject)args[0];
            var context = Current;
            var old = context.Values.TryGetValue(variable, out var previous) ? previous : s_missing;
            context.Values = context.Values.SetItem(variable, args[1]);
            return new TokenObject(context, variable, old);
        });
        v.AddMethod("reset", (args, kw) =>
        {
            Args.Check(args, kw, "reset", 1, 1, 1);
            var variable = (ContextVarObject)args[0];
            if (args[1] is not TokenObject token) throw PyExc.TypeError($"expected an instance of Token, got {PyOps.Repr(args[1])}");
            if (token.Used) throw PyExc.RuntimeError($"{TokenRepr(token)} has already been used once");
            if (!ReferenceEquals(token.Variable, variable)) throw PyExc.ValueError($"{TokenRepr(token)} was created by a different ContextVar");
            var context = Current;
            if (!ReferenceEquals(token.Context, context)) throw PyExc.ValueError($"{TokenRepr(token)} was created in a different Context");
            token.Used = true;
            context.Values = ReferenceEquals(token.OldValue, s_missing) ? context.Values.Remove(variable) : context.Values.SetItem(variable, token.OldValue);
            return PyNone.Instance;
        });
        v.AddMethod("__repr__", (args, kw) => PyStr.From(VarRepr((ContextVarObject)args[0])));
        v.AddClassMethod("__class_getitem__", (args, kw) => GenericAliasMethods.Create(args[0], args[1]));

        var t = s_tokenType;
        t.Dict.SetStr("MISSING", s_missing);
        t.AddGetter("var", self => ((TokenObject)self).Variable);
        t.AddGetter("old_value", self => ((TokenObject)self).OldValue);
        t.AddMethod("__repr__", (args, kw) => PyStr.From(TokenRepr((TokenObject)args[0])));
        t.AddClassMethod("__class_getitem__", (args, kw) => GenericAliasMethods.Create(args[0], args[1]));

        var c = s_contextType;
        c.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            if (args.Length > 1 || (kw?.Length ?? 0) > 0) throw PyExc.TypeError("Context() does not accept any arguments");
            return new ContextObject(ImmutableDictionary<PyObject, PyObject>.Empty.WithComparers(ReferenceEqualityComparer.Instance));
        })));
        c.Dict.SetStr("__hash__", PyNone.Instance);
        c.AddMethod("run", (args, kw) =>
        {
            int npos = args.Length - (kw?.Length ?? 0);
            if (npos < 2) throw PyExc.TypeError("run() missing 1 required positional argument");
            var context = (ContextObject)args[0];
            if (context.Entered)
                throw PyExc.RuntimeError($"cannot enter context: <_contextvars.Context object at 0x{PyOps.Id(context):x}> is already entered");
            var saved = t_current;
            context.Entered = true;
            t_current = context;
            try
            {
                return PyOps.Call(args[1], args[2..], kw);
            }
            finally
            {
                t_current = saved;
                context.Entered = false;
            }
        });
        c.AddMethod("copy", (args, kw) => new ContextObject(((ContextObject)args[0]).Values));
        c.AddMethod("__getitem__", (args, kw) =>
        {
            var variable = args[1] as ContextVarObject ?? throw PyExc.TypeError($"a ContextVar key was expected, got {PyOps.Repr(args[1])}");
            return ((ContextObject)args[0]).Values.TryGetValue(variable, out var value) ? value : throw PyExc.KeyError(variable);
        });
        c.AddMethod("get", (args, kw) =>
        {
            Args.Check(args, kw, "get", 1, 2, 1);
            var variable = args[1] as ContextVarObject ?? throw PyExc.TypeError($"a ContextVar key was expected, got {PyOps.Repr(args[1])}");
            return ((ContextObject)args[0]).Values.TryGetValue(variable, out var value) ? value : args.Length > 2 ? args[2] : PyNone.Instance;
        });
        c.AddMethod("__contains__", (args, kw) => PyInt.FromBool(args[1] is ContextVarObject cv && ((ContextObject)args[0]).Values.ContainsKey(cv)));
        c.AddMethod("__len__", (args, kw) => PyInt.FromLong(((ContextObject)args[0]).Values.Count));
        c.AddMethod("__iter__", (args, kw) => PyOps.GetIter(Keys((ContextObject)args[0])));
        c.AddMethod("keys", (args, kw) => Keys((ContextObject)args[0]));
        c.AddMethod("values", (args, kw) =>
        {
            var values = ((ContextObject)args[0]).Values.Values.ToArray();
            return new PyList(values, values.Length);
        });
        c.AddMethod("items", (args, kw) =>
        {
            var items = ((ContextObject)args[0]).Values.Select(p => (PyObject)PyTuple.Create(p.Key, p.Value)).ToArray();
            return new PyList(items, items.Length);
        });
    }

    private static PyList Keys(ContextObject context)
    {
        var keys = context.Values.Keys.ToArray();
        return new PyList(keys, keys.Length);
    }

    private static string VarRepr(ContextVarObject variable)
        => variable.Default is null
            ? $"<ContextVar name={PyRepr.StrRepr(variable.Name)} at 0x{PyOps.Id(variable):x}>"
            : $"<ContextVar name={PyRepr.StrRepr(variable.Name)} default={PyOps.Repr(variable.Default)} at 0x{PyOps.Id(variable):x}>";

    private static string TokenRepr(TokenObject token)
        => $"<Token{(token.Used ? " used" : "")} var={VarRepr(token.Variable)} at 0x{PyOps.Id(token):x}>";
}
