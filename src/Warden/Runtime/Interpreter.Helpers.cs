using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Warden.Compiler;
using Warden.Objects;

namespace Warden.Runtime;

public static partial class Interpreter
{
    /// <summary>
    /// Arithmetic on a float and a float or machine-sized int, without the generic protocol and
    /// without intermediate objects. Returns null when the general path must decide (other
    /// operand types, operators, division by zero, overflow or complex results: it raises those).
    /// </summary>
    private static PyObject? FloatBinaryOp(PyObject a, PyObject b, int op)
    {
        double x, y;
        if (a is PyFloat fa) x = fa.Value;
        else if (a is PyInt ia && ia.IsSmall) x = ia.Small;
        else return null;
        if (b is PyFloat fb) y = fb.Value;
        else if (b is PyInt ib && ib.IsSmall) y = ib.Small;
        else return null;
        switch ((BinaryOperator)(op & 0xF))
        {
            case BinaryOperator.Add: return new PyFloat(x + y);
            case BinaryOperator.Subtract: return new PyFloat(x - y);
            case BinaryOperator.Multiply: return new PyFloat(x * y);
            case BinaryOperator.TrueDivide: return y == 0 ? null : new PyFloat(x / y);
            case BinaryOperator.Power:
            {
                // A positive finite base never gives a complex result; overflow goes the slow way.
                if (!(x > 0) || double.IsInfinity(x) || double.IsNaN(y)) return null;
                double r = Math.Pow(x, y);
                return double.IsFinite(r) ? new PyFloat(r) : null;
            }
            default: return null;
        }
    }

    private static PyObject LoadGlobalSlow(Frame f, CodeObject co, int nameIndex, int cacheIndex)
    {
        // Caches are filled before they are published and never changed afterwards: threads
        // running the same code read them without locks (see InlineCaches.cs).
        var name = co.NameObjects[nameIndex];
        var cache = FindGlobal(f, name) ?? throw NameNotDefined(name);
        co.Caches[cacheIndex] = cache;
        return TryReadGlobal(cache, f)!;
    }

    /// <summary>Where <paramref name="name"/> is in the frame's globals, else its builtins; null when in neither.</summary>
    private static GlobalCache? FindGlobal(Frame f, PyStr name)
    {
        var cache = new GlobalCache { Globals = f.Globals, GlobalsKeysVersion = f.Globals.KeysVersion };
        int index = f.Globals.IndexOfStr(name);
        if (index < 0)
        {
            index = f.Builtins.IndexOfStr(name);
            if (index < 0) return null;
            cache.InBuiltins = true;
            cache.Builtins = f.Builtins;
            cache.BuiltinsKeysVersion = f.Builtins.KeysVersion;
        }
        cache.Index = index;
        return cache;
    }

    /// <summary>The value a LOAD_GLOBAL cache entry points at, or null when the entry is stale for this frame.</summary>
    private static PyObject? TryReadGlobal(GlobalCache cache, Frame f)
    {
        if (!ReferenceEquals(cache.Globals, f.Globals) || cache.GlobalsKeysVersion != f.Globals.KeysVersion) return null;
        if (!cache.InBuiltins) return f.Globals.EntryValue(cache.Index);
        return ReferenceEquals(cache.Builtins, f.Builtins) && cache.BuiltinsKeysVersion == f.Builtins.KeysVersion ? f.Builtins.EntryValue(cache.Index) : null;
    }

    /// <summary>
    /// Instance creation fast path for classes using object.__new__ and a Python __init__:
    /// creates the instance and returns the __init__ function to call with it.
    /// </summary>
    private static bool TryStartConstruction(PyType cls, out PyObject? init, out PyObject instance)
    {
        init = null!;
        instance = null!;
        if (cls.Metaclass != TypeObjects.TypeType) return false;
        var slots = cls.GetSlots();
        if (slots.Init is not PyFunction) return false;
        if (slots.New is not PyStaticMethod { Callable: PyBuiltinFunction nb } || !ReferenceEquals(nb, ObjectMethods.ObjectNew)) return false;
        init = slots.Init;
        instance = ObjectMethods.CreateInstance(cls);
        return true;
    }

    /// <summary>
    /// cls(args) for a class whose <c>__new__</c> is a builtin other than object's (exception,
    /// dict, list subclasses, ...): calls it here, as <see cref="PyOps"/> would, and returns a
    /// Python <c>__init__</c> to run as a frame (no nested interpreter loop), or null in
    /// <paramref name="init"/> when construction is already complete. The stack slot below the
    /// arguments (the empty self slot) briefly holds the first argument of each native call.
    /// </summary>
    private static bool TryStartNativeNewConstruction(PyType cls, StackSlot[] s, int calleeSlot, int nargs, PyTuple? kwnames,
        out PyObject? init, out PyObject instance)
    {
        init = null;
        instance = null!;
        if (cls.Metaclass != TypeObjects.TypeType) return false;
        var slots = cls.GetSlots();
        if (slots.Init is not PyFunction) return false;
        if (slots.New is not PyStaticMethod { Callable: PyBuiltinFunction newFunction } || ReferenceEquals(newFunction, ObjectMethods.ObjectNew)) return false;
        s[calleeSlot + 1].Value = cls;
        try
        {
            instance = PyOps.Call(newFunction, StackSlot.AsSpan(s, calleeSlot + 1, nargs + 1), kwnames);
        }
        finally
        {
            s[calleeSlot + 1].Value = null!;
        }
        if (!instance.Type.IsSubtypeOf(cls)) return true;
        var instanceInit = instance.Type.GetSlots().Init;
        if (instanceInit is PyFunction) { init = instanceInit; return true; }
        if (instanceInit is null || ReferenceEquals(instanceInit, ObjectMethods.ObjectInit)) return true;
        s[calleeSlot + 1].Value = instance;
        PyObject result;
        try
        {
            result = PyOps.Call(instanceInit, StackSlot.AsSpan(s, calleeSlot + 1, nargs + 1), kwnames);
        }
        finally
        {
            s[calleeSlot + 1].Value = null!;
        }
        CheckInitResult(result, instance);
        return true;
    }

    /// <summary>The iterator an <c>await</c> drives: a coroutine itself, or what <c>__await__</c> returns.</summary>
    private static PyObject GetAwaitable(PyObject o)
    {
        // Coroutines, and generators marked awaitable by types.coroutine (CO_ITERABLE_COROUTINE).
        if (o is PyGenerator { IsCoroutine: true } or PyGenerator { IsIterableCoroutine: true }) return o;
        var await = o.Type.Lookup("__await__");
        if (await is null) throw PyExc.TypeError($"object {o.Type.Name} can't be used in 'await' expression");
        var it = PyOps.CallSpecial(await, o);
        if (it is PyGenerator { IsCoroutine: true })
            throw PyExc.TypeError("__await__() returned a coroutine");
        if (it is not PyIterator && it is not PyGenerator && it.Type.GetSlots().Next is null)
            throw PyExc.TypeError($"__await__() returned non-iterator of type '{it.Type.Name}'");
        return it;
    }

    private static PyObject CheckInitResult(PyObject result, PyObject instance)
    {
        if (result is not PyNone) throw PyExc.TypeError($"__init__() should return None, not '{result.Type.Name}'");
        return instance;
    }

    /// <summary>LOAD_NAME: namespace, then globals, then builtins; caches the namespace entry.</summary>
    private static PyObject LoadNameSlow(Frame f, PyStr name, object?[] caches, int cacheIndex)
    {
        PyObject? v = null;
        if (f.Locals is PyDict ld)
        {
            if (caches[cacheIndex] is NameFallbackCache fallback && ReferenceEquals(fallback.Locals, ld) && fallback.LocalsKeysVersion == ld.KeysVersion
                && TryReadGlobal(fallback.Found, f) is { } cached)
                return cached;
            int index = ld.IndexOfStr(name);
            if (index >= 0)
            {
                var cache = new NameCache();
                cache.Dict = ld;
                cache.KeysVersion = ld.KeysVersion;
                cache.Index = index;
                caches[cacheIndex] = cache;
                return ld.EntryValue(index);
            }
            return LoadNameFromGlobalsOrBuiltins(f, ld, name, caches, cacheIndex);
        }
        else v = LookupMapping(f.Locals!, name);
        if (v is null && !f.Globals.TryGetStr(name, out v!) && !f.Builtins.TryGetStr(name, out v!))
            throw NameNotDefined(name);
        return v;
    }

    /// <summary>LOAD_NAME after a namespace dict miss: globals, then builtins, remembering where it was found.</summary>
    private static PyObject LoadNameFromGlobalsOrBuiltins(Frame f, PyDict locals, PyStr name, object?[] caches, int cacheIndex)
    {
        var found = FindGlobal(f, name) ?? throw NameNotDefined(name);
        caches[cacheIndex] = new NameFallbackCache { Locals = locals, LocalsKeysVersion = locals.KeysVersion, Found = found };
        return TryReadGlobal(found, f)!;
    }

    private static void StoreNameSlow(Frame f, PyStr name, PyObject value, object?[] caches, int cacheIndex)
    {
        if (f.Locals is not PyDict ld)
        {
            PyOps.SetItem(f.Locals!, name, value);
            return;
        }
        ld.SetStr(name, value);
        var cache = new NameCache();
        cache.Dict = ld;
        cache.KeysVersion = ld.KeysVersion;
        cache.Index = ld.IndexOfStr(name);
        caches[cacheIndex] = cache;
    }

    private static PyObject? LookupMapping(PyObject mapping, PyStr name)
    {
        try
        {
            return PyOps.GetItem(mapping, name);
        }
        catch (PythonException e) when (e.Exception.Type.IsSubtypeOf(TypeObjects.KeyError))
        {
            return null;
        }
    }

    private static AttributeCache FillAttributeCache(PyType type, PyStr name, object?[] caches, int index)
    {
        var cache = new AttributeCache();
        var descr = type.Lookup(name.Value);
        cache.Type = type;
        cache.Version = type.Version;
        cache.Descriptor = descr;
        cache.IsData = descr is not null && PyOps.IsDataDescriptor(descr);
        cache.IsMethod = descr is PyFunction or PyMethodDescriptor;
        cache.SlotIndex = descr is PyMemberDescriptor member && type.IsSubtypeOf(member.Owner) && member.Index < type.SlotCount ? member.Index : -1;
        cache.Layout = null;
        cache.NextLayout = null;
        caches[index] = cache;
        return cache;
    }

    /// <summary>LOAD_ATTR: instances of heap types with the generic protocol read layout slots through the cache.</summary>
    private static PyObject LoadAttrCached(PyObject obj, PyStr name, object?[] caches, int index)
    {
        if (obj is PyInstance inst)
        {
            var type = inst.Type;
            var cache = caches[index] as AttributeCache;
            if (cache is null || !ReferenceEquals(cache.Type, type) || cache.Version != type.Version)
            {
                if (!type.GetSlots().HasGenericGetAttribute) return PyOps.GetAttr(obj, name);
                cache = FillAttributeCache(type, name, caches, index);
            }
            if (cache.SlotIndex >= 0 && inst.SlotValues is { } slotValues)
                return slotValues[cache.SlotIndex] ?? ((PyMemberDescriptor)cache.Descriptor!).Get(inst); // unset: its AttributeError
            if (!cache.IsData)
            {
                var layout = inst.Layout;
                if (layout is not null)
                {
                    if (ReferenceEquals(layout, cache.Layout)) return inst.Values[cache.Index];
                    int i = layout.IndexOf(name.Value);
                    if (i >= 0)
                    {
                        caches[index] = cache.WithLayout(layout, i, null);
                        return inst.Values[i];
                    }
                }
                else if (inst.InstanceDict is { } dict && dict.TryGetStr(name, out var v)) return v;
            }
            if (cache.Descriptor is { } d) return PyOps.BindDescriptor(d, obj, type);
        }
        return PyOps.GetAttr(obj, name);
    }

    private static void StoreAttrCached(PyObject obj, PyStr name, PyObject value, object?[] caches, int index)
    {
        if (obj is PyInstance inst)
        {
            var type = inst.Type;
            var cache = caches[index] as AttributeCache;
            if (cache is null || !ReferenceEquals(cache.Type, type) || cache.Version != type.Version)
            {
                if (!type.GetSlots().HasGenericSetAttr)
                {
                    PyOps.SetAttr(obj, name, value);
                    return;
                }
                cache = FillAttributeCache(type, name, caches, index);
            }
            if (cache.SlotIndex >= 0 && inst.SlotValues is { } slots)
            {
                // Slot values are always an exact PyObject?[]: store without the covariance check.
                _ = slots[cache.SlotIndex];
                Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(slots), cache.SlotIndex) = value;
                return;
            }
            if (!cache.IsData)
            {
                var layout = inst.Layout;
                if (layout is not null)
                {
                    if (ReferenceEquals(layout, cache.Layout))
                    {
                        if (cache.NextLayout is null) inst.Values[cache.Index] = value;
                        else inst.AppendSlot(cache.NextLayout, value);
                        return;
                    }
                    int i = layout.IndexOf(name.Value);
                    if (i >= 0)
                    {
                        caches[index] = cache.WithLayout(layout, i, null);
                        inst.Values[i] = value;
                        return;
                    }
                    var next = layout.With(name.Value);
                    if (next is not null)
                    {
                        caches[index] = cache.WithLayout(layout, cache.Index, next);
                        inst.AppendSlot(next, value);
                        return;
                    }
                }
                if (inst.SetInstanceAttribute(name, value)) return;
            }
        }
        PyOps.SetAttr(obj, name, value);
    }

    /// <summary>LOAD_METHOD: true when <paramref name="method"/> must be called with obj as self.</summary>
    private static bool LoadMethodCached(PyObject obj, PyStr name, object?[] caches, int index, out PyObject method)
    {
        if (obj is not PyType && obj is not PySuper)
        {
            var type = obj.Type;
            var cache = caches[index] as AttributeCache;
            if (cache is null || !ReferenceEquals(cache.Type, type) || cache.Version != type.Version)
            {
                if (!type.GetSlots().HasGenericGetAttribute)
                {
                    method = PyOps.GetAttr(obj, name);
                    return false;
                }
                cache = FillAttributeCache(type, name, caches, index);
            }
            if (cache.IsMethod)
            {
                if (obj is PyInstance inst && inst.Layout is { } layout)
                {
                    if (ReferenceEquals(layout, cache.Layout))
                    {
                        method = cache.Descriptor!;
                        return true;
                    }
                    int i = layout.IndexOf(name.Value);
                    if (i < 0)
                    {
                        caches[index] = cache.WithLayout(layout, cache.Index, cache.NextLayout);
                        method = cache.Descriptor!;
                        return true;
                    }
                    method = inst.Values[i];
                    return false;
                }
                if (!obj.HasInstanceAttributes || !obj.TryGetInstanceAttribute(name, out var shadow))
                {
                    method = cache.Descriptor!;
                    return true;
                }
                method = shadow;
                return false;
            }
        }
        method = PyOps.GetAttr(obj, name);
        return false;
    }

    private static void MergeKeywords(PyDict target, PyObject other, PyObject? callee)
    {
        if (other is not PyDict od)
        {
            if (other.Type.Lookup("keys") is null)
                throw PyExc.TypeError($"{CalleeName(callee)} argument after ** must be a mapping, not {other.Type.Name}");
            od = new PyDict();
            DictMethods.Update(od, other);
        }
        foreach (var (key, value) in od.Items)
        {
            if (key is not PyStr ks) throw PyExc.TypeError("keywords must be strings");
            if (target.ContainsKey(ks))
                throw PyExc.TypeError($"{CalleeName(callee)} got multiple values for keyword argument '{ks.Value}'");
            target.SetItem(ks, value);
        }
    }

    /// <summary>How call errors name the callee (CPython's _PyObject_FunctionStr): <c>module.qualname()</c>, module left out for builtins.</summary>
    private static string CalleeName(PyObject? callee)
    {
        if (callee is null) return "function";
        if (!PyOps.TryGetAttr(callee, PyStr.From("__qualname__"), out var qualName) || qualName is not PyStr qs)
            return callee.Type.Name + " object";
        if (PyOps.TryGetAttr(callee, PyStr.From("__module__"), out var module) && module is PyStr ms && ms.Value != "builtins")
            return ms.Value + "." + qs.Value + "()";
        return qs.Value + "()";
    }

    private static PyObject CallWithKeywordDict(PyObject callable, PyObject[] positional, PyDict? kwargs)
    {
        if (kwargs is null || kwargs.Count == 0) return PyOps.Call(callable, positional, null);
        var all = new PyObject[positional.Length + kwargs.Count];
        positional.CopyTo(all, 0);
        var names = new PyObject[kwargs.Count];
        int i = 0;
        foreach (var (key, value) in kwargs.Items)
        {
            names[i] = key;
            all[positional.Length + i] = value;
            i++;
        }
        return PyOps.Call(callable, all, new PyTuple(names));
    }

    private static void UnpackSequence(PyObject seq, int count, StackSlot[] s, int sp)
    {
        PyObject[]? items = seq switch
        {
            PyTuple t => t.Items,
            PyList l => l.Items,
            _ => null,
        };
        int length = seq is PyList list ? list.Count : items?.Length ?? 0;
        if (items is not null)
        {
            if (length != count)
            {
                if (length < count) throw PyExc.ValueError($"not enough values to unpack (expected {count}, got {length})");
                throw PyExc.ValueError($"too many values to unpack (expected {count})");
            }
            for (int i = 0; i < count; i++) s[sp + count - 1 - i].Value = items[i];
            return;
        }
        if (seq.Type.GetSlots().Iter is null && seq is not PyIterator && seq is not PyGenerator && seq is not PyStr && seq is not PyDict
            && seq is not PySet && seq is not PyRange && seq.Type.Lookup("__getitem__") is null)
            throw PyExc.TypeError($"cannot unpack non-iterable {seq.Type.Name} object");
        var it = PyOps.GetIter(seq);
        var buffer = new PyObject[count];
        int n = 0;
        while (n < count && PyOps.TryNext(it, out var item)) buffer[n++] = item;
        if (n < count) throw PyExc.ValueError($"not enough values to unpack (expected {count}, got {n})");
        if (PyOps.TryNext(it, out _)) throw PyExc.ValueError($"too many values to unpack (expected {count})");
        for (int i = 0; i < count; i++) s[sp + count - 1 - i].Value = buffer[i];
    }

    private static void UnpackStarred(PyObject seq, int before, int after, StackSlot[] s, int sp)
    {
        if (seq.Type.GetSlots().Iter is null && seq is not PyIterator && seq is not PyGenerator && seq is not PyStr && seq is not PyDict
            && seq is not PySet && seq is not PyRange && seq is not PyList && seq is not PyTuple && seq.Type.Lookup("__getitem__") is null)
            throw PyExc.TypeError($"cannot unpack non-iterable {seq.Type.Name} object");
        var items = PyOps.ToList(seq);
        if (items.Count < before + after)
            throw PyExc.ValueError($"not enough values to unpack (expected at least {before + after}, got {items.Count})");
        int total = before + after + 1;
        var values = new PyObject[total];
        for (int i = 0; i < before; i++) values[i] = items[i];
        int middle = items.Count - before - after;
        values[before] = new PyList(items.GetRange(before, middle).ToArray(), middle);
        for (int i = 0; i < after; i++) values[before + 1 + i] = items[before + middle + i];
        for (int i = 0; i < total; i++) s[sp + total - 1 - i].Value = values[i];
    }

    /// <summary>The exception instance for <c>raise X</c>: an instance, or a class to instantiate.</summary>
    internal static PyBaseException MakeException(PyObject value)
    {
        if (value is PyBaseException e) return e;
        if (value is PyType t && t.IsSubtypeOf(TypeObjects.BaseException))
        {
            var instance = PyOps.Call0(t);
            if (instance is PyBaseException ie) return ie;
            throw PyExc.TypeError($"calling {t.Name} should have returned an instance of BaseException, not {instance.Type.Name}");
        }
        throw PyExc.TypeError("exceptions must derive from BaseException");
    }

    private static PyBaseException MakeCause(PyObject cause)
    {
        if (cause is PyBaseException e) return e;
        if (cause is PyType t && t.IsSubtypeOf(TypeObjects.BaseException)) return MakeException(t);
        throw PyExc.TypeError("exception causes must derive from BaseException");
    }

    internal static bool ExceptionMatches(PyObject exc, PyObject type)
    {
        if (type is PyTuple tuple)
        {
            foreach (var t in tuple.Items) if (ExceptionMatches(exc, t)) return true;
            return false;
        }
        if (type is not PyType pt || !pt.IsSubtypeOf(TypeObjects.BaseException))
            throw PyExc.TypeError("catching classes that do not inherit from BaseException is not allowed");
        return exc.Type.IsSubtypeOf(pt);
    }
}
