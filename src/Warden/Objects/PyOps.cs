using System.Runtime.CompilerServices;
using System.Text;
using Warden.Compiler;
using Warden.Runtime;

namespace Warden.Objects;

/// <summary>
/// The object protocol: truth, equality, hashing, ordering, operators, attributes, calls,
/// iteration, items and conversion to text. Every runtime path goes through these methods
/// (the interpreter inlines only the int/float/str fast paths), which makes them the choke
/// points restricted mode will guard. Builtin sealed types are handled natively; instances
/// of heap types dispatch to their special methods.
/// </summary>
public static partial class PyOps
{
    // ---- calling helpers ----

    /// <summary>Calls <paramref name="function"/> with one argument.</summary>
    public static PyObject Call1(PyObject function, PyObject a)
    {
        var buf = new ArgBuffer();
        buf[0] = a;
        return Call(function, ((ReadOnlySpan<PyObject>)buf)[..1], null);
    }

    public static PyObject Call2(PyObject function, PyObject a, PyObject b)
    {
        var buf = new ArgBuffer();
        buf[0] = a;
        buf[1] = b;
        return Call(function, ((ReadOnlySpan<PyObject>)buf)[..2], null);
    }

    public static PyObject Call3(PyObject function, PyObject a, PyObject b, PyObject c)
    {
        var buf = new ArgBuffer();
        buf[0] = a;
        buf[1] = b;
        buf[2] = c;
        return Call(function, ((ReadOnlySpan<PyObject>)buf)[..3], null);
    }

    public static PyObject Call0(PyObject function) => Call(function, ReadOnlySpan<PyObject>.Empty, null);

    /// <summary>
    /// Calls any callable with vectorcall-style arguments. The boundary for calls made by native
    /// code; Python-to-Python calls in the interpreter loop bypass it for speed.
    /// </summary>
    public static PyObject Call(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        switch (callable)
        {
            case PyFunction f:
                return Interpreter.CallFunction(f, args, kwnames);
            case PyBuiltinFunction bf:
                if (bf.CountsAsRecursion)
                {
                    using (ReentryGuard.Enter(" while calling a Python object"))
                        return bf.Self is null ? bf.Function(args, kwnames) : bf.Function(Prepend(bf.Self, args), kwnames);
                }
                if (bf.Self is null) return bf.Function(args, kwnames);
                return bf.Function(Prepend(bf.Self, args), kwnames);
            case PyMethodDescriptor md:
                if (args.Length == 0 || !args[0].Type.IsSubtypeOf(md.Owner))
                {
                    string got = args.Length == 0 ? "no arguments" : $"a '{args[0].Type.Name}' object";
                    throw PyExc.TypeError(args.Length == 0
                        ? $"unbound method {md.Owner.Name}.{md.Name}() needs an argument"
                        : $"descriptor '{md.Name}' for '{md.Owner.Name}' objects doesn't apply to {got}");
                }
                return md.Function(args, kwnames);
            case PyBoundMethod bm:
                return Call(bm.Function, Prepend(bm.Self, args), kwnames);
            case PyType t:
                return TypeCall(t, args, kwnames);
            case PyStaticMethod sm:
                return Call(sm.Callable, args, kwnames);
        }
        var call = callable.Type.GetSlots().Call;
        if (call is null) throw PyExc.TypeError($"'{callable.Type.Name}' object is not callable");
        return Call(call, Prepend(callable, args), kwnames);
    }

    internal static PyObject[] Prepend(PyObject first, ReadOnlySpan<PyObject> rest)
    {
        var a = new PyObject[rest.Length + 1];
        a[0] = first;
        rest.CopyTo(a.AsSpan(1));
        return a;
    }

    /// <summary><c>cls(*args, **kwargs)</c>: <c>__new__</c> then <c>__init__</c>.</summary>
    public static PyObject TypeCall(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (args.Length == 1 && kwnames is null && !type.IsHeapType)
        {
            // The most common conversions, without building __new__'s argument array.
            if (ReferenceEquals(type, TypeObjects.TypeType)) return args[0].Type;
            if (ReferenceEquals(type, TypeObjects.Str)) return StrObject(args[0]);
            if (ReferenceEquals(type, TypeObjects.Int)) return NumberMethods.ToInt(args[0]);
            if (ReferenceEquals(type, TypeObjects.Float)) return NumberMethods.ToFloat(args[0]);
        }
        if (type.Metaclass != TypeObjects.TypeType)
        {
            var metaCall = type.Metaclass.Lookup("__call__");
            if (metaCall is not null && metaCall is not PyMethodDescriptor)
            {
                // Functions get the class as self; other callables (typing's "__call__ = dict") are called as they are.
                if (metaCall is PyFunction) return Call(metaCall, Prepend(type, args), kwnames);
                return Call(BindDescriptor(metaCall, type, type.Metaclass), args, kwnames);
            }
        }
        return ConstructInstance(type, args, kwnames);
    }

    /// <summary><c>type.__call__</c> itself: <c>__new__</c> then <c>__init__</c>, without metaclass dispatch.</summary>
    internal static PyObject ConstructInstance(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var slots = type.GetSlots();
        PyObject instance;
        if (slots.New is PyStaticMethod { Callable: PyBuiltinFunction nb } && ReferenceEquals(nb, ObjectMethods.ObjectNew))
        {
            if (!type.IsHeapType && type.InstanceFactory is null)
                throw PyExc.TypeError($"cannot create '{type.NativeName}' instances");
            if ((args.Length > 0 || kwnames is not null) && (slots.Init is null || ReferenceEquals(slots.Init, ObjectMethods.ObjectInit)))
                throw PyExc.TypeError($"{type.Name}() takes no arguments");
            instance = ObjectMethods.CreateInstance(type);
        }
        else if (slots.New is null)
            throw PyExc.TypeError($"cannot create '{type.NativeName}' instances");
        else
        {
            instance = Call(slots.New, Prepend(type, args), kwnames);
        }
        if (!instance.Type.IsSubtypeOf(type)) return instance;
        var init = instance.Type.GetSlots().Init;
        if (init is not null && !ReferenceEquals(init, ObjectMethods.ObjectInit))
        {
            var result = Call(init, Prepend(instance, args), kwnames);
            if (result is not PyNone)
                throw PyExc.TypeError($"__init__() should return None, not '{result.Type.Name}'");
        }
        return instance;
    }

    /// <summary>
    /// Native special methods can reach each other without passing through the interpreter
    /// (which counts depth): a cycle among them must end in RecursionError, never in a
    /// StackOverflow that would kill the host process.
    /// </summary>
    private static void EnsureNativeStack()
    {
        if (Runtime.ThreadState.Current.StackTooDeep())
            throw PyExc.RecursionError("maximum recursion depth exceeded");
    }

    /// <summary>Calls a special method found on a type with <paramref name="self"/> as first argument.</summary>
    internal static PyObject CallSpecial(PyObject method, PyObject self)
    {
        if (method is PyMethodDescriptor md)
        {
            var buf = new ArgBuffer();
            EnsureNativeStack();
            buf[0] = self;
            return md.Function(((ReadOnlySpan<PyObject>)buf)[..1], null);
        }
        if (method is PyFunction f) return Call1(f, self);
        return Call0(BindDescriptor(method, self, self.Type));
    }

    internal static PyObject CallSpecial(PyObject method, PyObject self, PyObject arg)
    {
        if (method is PyMethodDescriptor md)
        {
            var buf = new ArgBuffer();
            EnsureNativeStack();
            buf[0] = self;
            buf[1] = arg;
            return md.Function(((ReadOnlySpan<PyObject>)buf)[..2], null);
        }
        if (method is PyFunction f) return Call2(f, self, arg);
        return Call1(BindDescriptor(method, self, self.Type), arg);
    }

    internal static PyObject CallSpecial(PyObject method, PyObject self, PyObject arg1, PyObject arg2)
    {
        if (method is PyFunction f) return Call3(f, self, arg1, arg2);
        if (method is PyMethodDescriptor md)
        {
            var buf = new ArgBuffer();
            EnsureNativeStack();
            buf[0] = self;
            buf[1] = arg1;
            buf[2] = arg2;
            return md.Function(((ReadOnlySpan<PyObject>)buf)[..3], null);
        }
        return Call2(BindDescriptor(method, self, self.Type), arg1, arg2);
    }

    // ---- truth ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTrue(PyObject o)
    {
        if (o is PyInt i) return !i.IsZero;
        if (o is PyNone) return false;
        return IsTrueSlow(o);
    }

    private static bool IsTrueSlow(PyObject o)
    {
        switch (o)
        {
            case PyStr s: return s.Value.Length != 0;
            case PyFloat f: return f.Value != 0;
            case PyComplex c: return c.Real != 0 || c.Imag != 0;
            case PyList l: return l.Count != 0;
            case PyTuple t: return t.Length != 0;
            case PyDict d: return d.Count != 0;
            case PySet s: return s.Count != 0;
            case PyRange r: return !r.IsEmpty;
        }
        // Other builtin types (bytes, bytearray, views, ...) answer through __bool__/__len__ like classes do.
        var slots = o.Type.GetSlots();
        if (slots.Bool is { } b)
        {
            var r = CallSpecial(b, o);
            if (r is PyInt { IsBool: true } rb) return !rb.IsZero;
            throw PyExc.TypeError($"__bool__ should return bool, returned {r.Type.Name}");
        }
        if (slots.Len is { } len)
        {
            return Length(o) != 0;
        }
        return true;
    }

    public static PyObject Not(PyObject o) => IsTrue(o) ? PyInt.False : PyInt.True;

    // ---- identity hashing ----

    /// <summary>Identity-based hash for objects without value semantics (object.__hash__).</summary>
    public static long IdentityHash(PyObject o) => RuntimeHelpers.GetHashCode(o);

    /// <summary><c>id(o)</c>: a stable per-object number (not an address).</summary>
    public static long Id(PyObject o) => ObjectIds.Get(o);

    // ---- text ----

    /// <summary><c>repr(o)</c> as a .NET string.</summary>
    public static string Repr(PyObject o)
    {
        switch (o)
        {
            case PyStr s: return PyRepr.StrRepr(s.Value);
            case PyInt i: return i.ToDecimalString();
            case PyFloat f: return PyFloat.Repr(f.Value);
            case PyNone: return "None";
            case PyComplex c: return c.Repr();
        }
        var slot = o.Type.GetSlots().Repr;
        if (slot is null) return ObjectMethods.DefaultRepr(o);
        // A class's own __repr__ counts a level as CPython's PyObject_Repr does (native container
        // reprs count theirs in ContainerRepr).
        PyObject r;
        if (o.Type.IsHeapType)
        {
            using (ReentryGuard.Enter(" while getting the repr of an object")) r = CallSpecial(slot, o);
        }
        else r = CallSpecial(slot, o);
        if (r is PyStr rs) return rs.Value;
        throw PyExc.TypeError($"__repr__ returned non-string (type {r.Type.Name})");
    }

    /// <summary><c>str(o)</c> as a .NET string.</summary>
    public static string Str(PyObject o)
    {
        switch (o)
        {
            case PyStr s: return s.Value;
            case PyInt i: return i.ToDecimalString();
            case PyFloat f: return PyFloat.Repr(f.Value);
        }
        var slot = o.Type.GetSlots().Str;
        if (!o.Type.IsHeapType)
        {
            if (slot is null) return Repr(o);
            return StrResult(CallSpecial(slot, o));
        }
        using (ReentryGuard.Enter(" while getting the str of an object"))
            return slot is null ? Repr(o) : StrResult(CallSpecial(slot, o));
    }

    private static string StrResult(PyObject r)
    {
        if (r is PyStr rs) return rs.Value;
        throw PyExc.TypeError($"__str__ returned non-string (type {r.Type.Name})");
    }

    public static PyStr StrObject(PyObject o) => o is PyStr s && !o.Type.IsHeapType ? s : PyStr.From(Str(o));

    /// <summary><c>format(value, spec)</c>.</summary>
    public static string Format(PyObject value, string spec)
    {
        if (!value.Type.IsHeapType)
        {
            switch (value)
            {
                case PyStr s: return Formatting.FormatStr(s.Value, spec);
                case PyInt i when !i.IsBool || spec.Length > 0: return Formatting.FormatInt(i, spec);
                case PyFloat f: return Formatting.FormatFloat(f.Value, spec);
            }
        }
        var method = value.Type.Lookup("__format__");
        if (method is null) return Str(value);
        var r = CallSpecial(method, value, PyStr.From(spec));
        if (r is PyStr rs) return rs.Value;
        throw PyExc.TypeError($"__format__ must return a str, not {r.Type.Name}");
    }

    // ---- iteration ----

    /// <summary><c>iter(o)</c>.</summary>
    public static PyObject GetIter(PyObject o)
    {
        switch (o)
        {
            case PyList l: return new PyListIterator(l);
            case PyTuple t: return new PyArrayIterator(t.Items, t.Length, TypeObjects.TupleIterator);
            case PyRange r: return r.IsBig ? new PyBigRangeIterator(r) : new PyRangeIterator(r);
            case PyStr s: return new PyStrIterator(s);
            case PyDict d: return new PyDictIterator(d, DictIterationKind.Keys, TypeObjects.DictKeyIterator);
            case PySet s: return new PySetIterator(s);
            case PyIterator: return o;
            case PyGenerator { IsPlainGenerator: true }: return o;
        }
        var slots = o.Type.GetSlots();
        if (slots.Iter is { } iter && iter is not PyNone)
        {
            var it = CallSpecial(iter, o);
            if (it is PyIterator || it is PyGenerator || it.Type.GetSlots().Next is not null) return it;
            throw PyExc.TypeError($"iter() returned non-iterator of type '{it.Type.Name}'");
        }
        if (o.Type.Lookup("__getitem__") is not null) return new PySequenceIterator(o);
        throw PyExc.TypeError($"'{o.Type.Name}' object is not iterable");
    }

    /// <summary>The exception-free iteration step: false when the iterator is exhausted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryNext(PyObject iterator, out PyObject item)
    {
        if (iterator is PyIterator it) return it.TryNext(out item);
        return TryNextSlow(iterator, out item);
    }

    private static bool TryNextSlow(PyObject iterator, out PyObject item)
    {
        if (iterator is PyGenerator g) return g.TryNext(out item);
        var next = iterator.Type.GetSlots().Next;
        if (next is null) throw PyExc.TypeError($"'{iterator.Type.Name}' object is not an iterator");
        try
        {
            item = CallSpecial(next, iterator);
            return true;
        }
        catch (PythonException e) when (e.Exception.Type.IsSubtypeOf(TypeObjects.StopIteration))
        {
            item = null!;
            return false;
        }
    }

    /// <summary>Collects an iterable into a new array (list(), tuple(), unpacking).</summary>
    public static List<PyObject> ToList(PyObject iterable)
    {
        switch (iterable)
        {
            case PyList l: return new List<PyObject>(l.AsSpan().ToArray());
            case PyTuple t: return new List<PyObject>(t.Items);
        }
        var result = new List<PyObject>();
        var it = GetIter(iterable);
        while (TryNext(it, out var item)) result.Add(item);
        return result;
    }

    public static PyObject[] ToArray(PyObject iterable)
    {
        switch (iterable)
        {
            case PyList l: return l.ToArray();
            case PyTuple t: return t.Items;
        }
        return ToList(iterable).ToArray();
    }

    // ---- length, items, containment ----

    public static long Length(PyObject o)
    {
        switch (o)
        {
            case PyStr s: return s.Length;
            case PyList l: return l.Count;
            case PyTuple t: return t.Length;
            case PyDict d: return d.Count;
            case PySet s: return s.Count;
            case PyRange r: return r.Length;
            case PyBytes b: return b.Value.Length;
        }
        var len = o.Type.GetSlots().Len;
        if (len is null) throw PyExc.TypeError($"object of type '{o.Type.Name}' has no len()");
        var r2 = CallSpecial(len, o);
        if (r2 is not PyInt n) throw PyExc.TypeError($"'{r2.Type.Name}' object cannot be interpreted as an integer");
        if (n.Sign < 0) throw PyExc.ValueError("__len__() should return >= 0");
        if (!n.IsSmall) throw PyExc.OverflowError("cannot fit 'int' into an index-sized integer");
        return n.Small;
    }

    public static bool Contains(PyObject container, PyObject item)
    {
        switch (container)
        {
            case PyDict d: return d.ContainsKey(item);
            case PySet s: return s.Contains(item);
            case PyList l:
                for (int i = 0; i < l.Count; i++) if (ReferenceEquals(l.Items[i], item) || Eq(l.Items[i], item)) return true;
                return false;
            case PyTuple t:
                foreach (var x in t.Items) if (ReferenceEquals(x, item) || Eq(x, item)) return true;
                return false;
            case PyStr s:
                if (item is not PyStr sub) throw PyExc.TypeError($"'in <string>' requires string as left operand, not {item.Type.Name}");
                return s.Value.Contains(sub.Value, StringComparison.Ordinal);
            case PyRange r:
            {
                // Ints are tested arithmetically.
                if (item is PyInt ri) return r.ContainsInt(ri);
                // Anything else (4.0, "x", int subclasses) is compared with each element, as CPython does.
                long n = r.Length;
                for (long i = 0; i < n; i++)
                {
                    var element = PyInt.FromLong(r.Start + i * r.Step);
                    if (Eq(element, item)) return true;
                }
                return false;
            }
        }
        var method = container.Type.Lookup("__contains__");
        if (method is not null) return IsTrue(CallSpecial(method, container, item));
        if (container.Type.GetSlots().Iter is null && container.Type.Lookup("__getitem__") is null)
            throw PyExc.TypeError($"argument of type '{container.Type.Name}' is not iterable");
        var it = GetIter(container);
        while (TryNext(it, out var x)) if (ReferenceEquals(x, item) || Eq(x, item)) return true;
        return false;
    }

    public static PyObject GetItem(PyObject container, PyObject key)
    {
        switch (container)
        {
            case PyList l when key is PyInt li:
            {
                long i = li.ToSubscriptIndex();
                if (i < 0) i += l.Count;
                if ((ulong)i >= (ulong)l.Count) throw PyExc.IndexError("list index out of range");
                return l.Items[i];
            }
            case PyTuple t when key is PyInt ti:
            {
                long i = ti.ToSubscriptIndex();
                if (i < 0) i += t.Length;
                if ((ulong)i >= (ulong)t.Length) throw PyExc.IndexError("tuple index out of range");
                return t.Items[i];
            }
            case PyDict d when !container.Type.IsHeapType:
                if (d.TryGetValue(key, out var v)) return v;
                throw PyExc.KeyError(key);
            case PyStr s when key is PyInt si:
            {
                long i = si.ToSubscriptIndex();
                if (i < 0) i += s.Length;
                if ((ulong)i >= (ulong)s.Length) throw PyExc.IndexError("string index out of range");
                return s.CharAt((int)i);
            }
            // Exact builtin sequences (subclasses are instances): slices without the method lookup.
            case PyStr str:
                return StrMethods.GetItem(str, key);
            case PyList list:
                return ListMethods.GetItem(list, key);
            case PyTuple tuple:
                return ListMethods.GetItem(tuple, key);
        }
        var method = container.Type.Lookup("__getitem__");
        if (method is not null) return CallSpecial(method, container, key);
        if (container is PyType t2)
        {
            var cg = t2.Lookup("__class_getitem__");
            if (cg is not null) return Call1(BindDescriptor(cg, null, t2), key);
            throw PyExc.TypeError($"type '{t2.Name}' is not subscriptable");
        }
        throw PyExc.TypeError($"'{container.Type.Name}' object is not subscriptable");
    }

    public static void SetItem(PyObject container, PyObject key, PyObject value)
    {
        switch (container)
        {
            case PyList l when key is PyInt li:
            {
                long i = li.ToSubscriptIndex();
                if (i < 0) i += l.Count;
                if ((ulong)i >= (ulong)l.Count) throw PyExc.IndexError("list assignment index out of range");
                l.Items[i] = value;
                return;
            }
            case PyDict d when !container.Type.IsHeapType:
                d.SetItem(key, value);
                return;
        }
        var method = container.Type.Lookup("__setitem__");
        if (method is null) throw PyExc.TypeError($"'{container.Type.Name}' object does not support item assignment");
        CallSpecial(method, container, key, value);
    }

    public static void DelItem(PyObject container, PyObject key)
    {
        // Exact dicts skip the method lookup, as SetItem does (del d[k] in loops).
        if (container is PyDict d && !container.Type.IsHeapType)
        {
            if (!d.Remove(key)) throw Runtime.PyExc.KeyError(key);
            return;
        }
        var method = container.Type.Lookup("__delitem__");
        if (method is null)
        {
            // CPython words it by the path that failed: the sequence protocol (builtin sequences, and
            // classes indexed by an integer) or the generic one.
            bool viaSequence = Unwrap(container) is PyStr or PyTuple or PyBytes or PyRange
                || (container.Type.IsHeapType && key.Type.Lookup("__index__") is not null);
            throw PyExc.TypeError(viaSequence ? $"'{container.Type.Name}' object doesn't support item deletion"
                : $"'{container.Type.Name}' object does not support item deletion");
        }
        CallSpecial(method, container, key);
    }

    // ---- numbers ----

    /// <summary><c>operator.index(o)</c>: an int for an object usable as an index.</summary>
    public static PyInt Index(PyObject o)
    {
        if (o is PyInt i) return i;
        var method = o.Type.Lookup("__index__");
        if (method is null) throw PyExc.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
        var r = CallSpecial(method, o);
        if (r is PyInt ri) return ri;
        throw PyExc.TypeError($"__index__ returned non-int (type {r.Type.Name})");
    }

    /// <summary>An index-sized integer (<c>Py_ssize_t</c>) with CPython's message for non-integers.</summary>
    public static long AsIndex(PyObject o) => Index(o).ToIndex();

    /// <summary>A subscript's integer value: IndexError (not OverflowError) when it does not fit.</summary>
    public static long AsSubscriptIndex(PyObject o) => Index(o).ToSubscriptIndex();

    /// <summary>The builtin value inside a subclass instance (int subclass etc.), or the object itself.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Unwrap(PyObject o) => o is PyInstance { BuiltinValue: { } v } ? v : o;

    internal static string JoinRepr(IEnumerable<PyObject> items)
    {
        var sb = new StringBuilder();
        bool first = true;
        foreach (var x in items)
        {
            if (!first) sb.Append(", ");
            sb.Append(Repr(x));
            first = false;
        }
        return sb.ToString();
    }
}
