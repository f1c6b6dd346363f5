using Warden.Runtime;

namespace Warden.Objects;

/// <summary><c>BaseExceptionGroup</c> and <c>ExceptionGroup</c>: construction rules, split/subgroup/derive.</summary>
internal static class ExceptionGroupMethods
{
    public static void Install()
    {
        var b = TypeObjects.BaseExceptionGroup;
        b.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var cls = (PyType)args[0];
            if (args.Length != 3) throw PyExc.TypeError($"BaseExceptionGroup.__new__() takes exactly 2 arguments ({args.Length - 1} given)");
            return Create(cls, args[1], args[2]);
        })));
        b.AddMethod("__init__", (args, kw) => PyNone.Instance);
        b.AddMethod("__str__", (args, kw) =>
        {
            var g = (PyBaseException)args[0];
            int n = Exceptions(g).Length;
            return PyStr.From($"{PyOps.Str(Message(g))} ({n} sub-exception{(n == 1 ? "" : "s")})");
        });
        b.AddGetter("message", self => Message((PyBaseException)self));
        b.AddGetter("exceptions", self => new PyTuple(Exceptions((PyBaseException)self)));
        b.AddMethod("derive", (args, kw) =>
        {
            Args.Check(args, kw, "derive", 1, 1, 1);
            return Create(TypeObjects.BaseExceptionGroup, Message((PyBaseException)args[0]), args[1]);
        });
        b.AddMethod("split", (args, kw) =>
        {
            Args.Check(args, kw, "split", 1, 1, 1);
            var (match, rest) = Split((PyBaseException)args[0], Condition(args[1]));
            return PyTuple.Create((PyObject?)match ?? PyNone.Instance, (PyObject?)rest ?? PyNone.Instance);
        });
        b.AddMethod("subgroup", (args, kw) =>
        {
            Args.Check(args, kw, "subgroup", 1, 1, 1);
            var (match, _) = Split((PyBaseException)args[0], Condition(args[1]));
            return (PyObject?)match ?? PyNone.Instance;
        });
    }

    public static PyObject Message(PyBaseException g) => g.Dict.TryGetStr("message", out var m) ? m : PyStr.Empty;

    public static PyObject[] Exceptions(PyBaseException g)
        => g.Dict.TryGetStr("exceptions", out var e) && e is PyTuple t ? t.Items : [];

    public static bool IsGroup(PyObject o) => o.Type.IsSubtypeOf(TypeObjects.BaseExceptionGroup);

    /// <summary>Creates a group with CPython's validation; BaseExceptionGroup of only Exceptions becomes an ExceptionGroup.</summary>
    public static PyBaseException Create(PyType cls, PyObject message, PyObject exceptions)
    {
        if (message is not PyStr) throw PyExc.TypeError($"BaseExceptionGroup.__new__() argument 1 must be str, not {message.Type.Name}");
        if (exceptions is not (PyList or PyTuple) && exceptions.Type.Lookup("__getitem__") is null || exceptions is PyStr or PyDict)
            throw PyExc.TypeError("second argument (exceptions) must be a sequence");
        var items = PyOps.ToArray(exceptions);
        if (items.Length == 0) throw PyExc.ValueError("second argument (exceptions) must be a non-empty sequence");
        bool allExceptions = true;
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is not PyBaseException e) throw PyExc.ValueError($"Item {i} of second argument (exceptions) is not an exception");
            if (!e.Type.IsSubtypeOf(TypeObjects.Exception)) allExceptions = false;
        }
        if (ReferenceEquals(cls, TypeObjects.BaseExceptionGroup) && allExceptions) cls = TypeObjects.ExceptionGroup;
        else if (cls.IsSubtypeOf(TypeObjects.Exception) && !allExceptions)
            throw PyExc.TypeError("Cannot nest BaseExceptions in an ExceptionGroup");
        var group = (PyBaseException)ObjectMethods.CreateInstance(cls);
        group.Args = PyTuple.Create(message, exceptions);
        group.Dict.SetStr("message", message);
        group.Dict.SetStr("exceptions", new PyTuple(items));
        return group;
    }

    /// <summary>A match condition: an exception type, a tuple of types, or a predicate.</summary>
    public static Func<PyBaseException, bool> Condition(PyObject condition)
    {
        if (condition is PyType or PyTuple)
        {
            // Validate like except clauses do.
            Interpreter.ExceptionMatches(new PyBaseException(TypeObjects.Exception), condition);
            return e => Interpreter.ExceptionMatches(e, condition);
        }
        return e => PyOps.IsTrue(PyOps.Call1(condition, e));
    }

    /// <summary>Splits a group (or leaf) into the part matching <paramref name="matches"/> and the rest, keeping structure.</summary>
    public static (PyBaseException? Matched, PyBaseException? Unmatched) Split(PyBaseException exc, Func<PyBaseException, bool> matches)
    {
        if (matches(exc)) return (exc, null);
        if (!IsGroup(exc)) return (null, exc);
        var matched = new List<PyObject>();
        var rest = new List<PyObject>();
        foreach (PyBaseException inner in Exceptions(exc).Cast<PyBaseException>())
        {
            var (m, r) = Split(inner, matches);
            if (m is not null) matched.Add(m);
            if (r is not null) rest.Add(r);
        }
        return (Derive(exc, matched), Derive(exc, rest));
    }

    /// <summary>A copy of <paramref name="group"/> holding <paramref name="items"/>, carrying traceback, cause, context and notes.</summary>
    public static PyBaseException? Derive(PyBaseException group, List<PyObject> items)
    {
        if (items.Count == 0) return null;
        var derived = Create(TypeObjects.BaseExceptionGroup, Message(group), new PyList(items.ToArray(), items.Count));
        derived.Traceback = group.Traceback;
        derived.Cause = group.Cause;
        derived.Context = group.Context;
        derived.SuppressContext = group.SuppressContext;
        if (group.Dict.TryGetStr("__notes__", out var notes)) derived.Dict.SetStr("__notes__", notes);
        return derived;
    }
}
