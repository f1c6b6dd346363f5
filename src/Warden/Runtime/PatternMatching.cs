using Warden.Objects;

namespace Warden.Runtime;

/// <summary>The run-time checks of structural pattern matching (<c>match</c> statements).</summary>
internal static class PatternMatching
{
    /// <summary>Sequences for match: list, tuple, range and their subclasses — not str, bytes or bytearray.</summary>
    public static bool IsSequenceOfLength(PyObject subject, int spec)
    {
        var value = PyOps.Unwrap(subject);
        if (value is not (PyList or PyTuple or PyRange)) return false;
        long length = PyOps.Length(value);
        return spec >= 0x8000 ? length >= spec - 0x8000 : length == spec;
    }

    public static bool IsMapping(PyObject subject) => PyOps.Unwrap(subject) is PyDict;

    /// <summary>The values for <paramref name="keys"/> (a tuple), or None when one is missing; duplicate keys are an error.</summary>
    public static PyObject MatchKeys(PyObject subject, PyTuple keys)
    {
        var seen = new PySet();
        var values = new PyObject[keys.Length];
        var get = subject.Type.Lookup("get");
        for (int i = 0; i < keys.Length; i++)
        {
            var key = keys.Items[i];
            if (seen.Contains(key)) throw PyExc.ValueError($"mapping pattern checks duplicate key ({PyOps.Repr(key)})");
            seen.Add(key);
            if (subject is PyDict d && !subject.Type.IsHeapType)
            {
                if (!d.TryGetValue(key, out values[i])) return PyNone.Instance;
                continue;
            }
            // Mappings with __missing__ must not create entries: use get() with a private sentinel.
            var sentinel = new PyInstance(TypeObjects.Object);
            var v = PyOps.CallSpecial(get!, subject, key, sentinel);
            if (ReferenceEquals(v, sentinel)) return PyNone.Instance;
            values[i] = v;
        }
        return new PyTuple(values);
    }

    public static PyObject DictWithoutKeys(PyObject subject, PyTuple keys)
    {
        var copy = new PyDict();
        DictMethods.Update(copy, subject);
        foreach (var k in keys.Items) copy.Remove(k);
        return copy;
    }

    private static readonly PyType[] s_selfMatching =
    [
        TypeObjects.Bool, TypeObjects.Bytes, TypeObjects.Dict, TypeObjects.Float, TypeObjects.FrozenSet, TypeObjects.Int,
        TypeObjects.List, TypeObjects.Set, TypeObjects.Str, TypeObjects.Tuple,
    ];

    /// <summary>The attributes a class pattern checks, or None when the subject is not an instance of <paramref name="cls"/>.</summary>
    public static PyObject MatchClass(PyObject subject, PyObject cls, int positional, PyTuple kwNames)
    {
        if (cls is not PyType type) throw PyExc.TypeError("called match pattern must be a type");
        if (!Builtins.BuiltinFunctions.IsInstance(subject, type)) return PyNone.Instance;
        var values = new List<PyObject>();
        var seen = new HashSet<string>();
        if (positional > 0)
        {
            PyObject? matchArgs = null;
            if (PyOps.TryGetAttr(type, PyStr.From("__match_args__"), out var ma)) matchArgs = ma;
            if (matchArgs is null && s_selfMatching.Any(t => type.IsSubtypeOf(t)))
            {
                if (positional > 1)
                    throw PyExc.TypeError($"{type.Name}() accepts 1 positional sub-pattern ({positional} given)");
                values.Add(subject);
            }
            else
            {
                var names = matchArgs as PyTuple;
                if (matchArgs is not null && names is null)
                    throw PyExc.TypeError($"{type.Name}.__match_args__ must be a tuple (got {matchArgs.Type.Name})");
                int available = names?.Length ?? 0;
                if (positional > available)
                    throw PyExc.TypeError($"{type.Name}() accepts {available} positional sub-pattern{(available == 1 ? "" : "s")} ({positional} given)");
                for (int i = 0; i < positional; i++)
                {
                    if (names!.Items[i] is not PyStr name)
                        throw PyExc.TypeError($"__match_args__ elements must be strings (got {names.Items[i].Type.Name})");
                    if (!seen.Add(name.Value))
                        throw PyExc.TypeError($"{type.Name}() got multiple sub-patterns for attribute '{name.Value}'");
                    if (!PyOps.TryGetAttr(subject, name, out var v)) return PyNone.Instance;
                    values.Add(v);
                }
            }
        }
        foreach (PyStr name in kwNames.Items.Cast<PyStr>())
        {
            if (!seen.Add(name.Value))
                throw PyExc.TypeError($"{type.Name}() got multiple sub-patterns for attribute '{name.Value}'");
            if (!PyOps.TryGetAttr(subject, name, out var v)) return PyNone.Instance;
            values.Add(v);
        }
        return new PyTuple(values.ToArray());
    }
}
