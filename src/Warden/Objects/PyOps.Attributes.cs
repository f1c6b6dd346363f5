using Warden.Runtime;

namespace Warden.Objects;

public static partial class PyOps
{
    /// <summary><c>getattr(o, name)</c>: the single attribute-read choke point.</summary>
    public static PyObject GetAttr(PyObject o, PyStr name)
    {
        if (TryGetAttrCore(o, name, out var value, out var error)) return value;
        var e = error ?? PyExc.AttributeError($"'{o.Type.NativeName}' object has no attribute '{name.Value}'");
        // As CPython, an AttributeError escaping getattr records what was looked up (for suggestions).
        if (e.Exception.Type.IsSubtypeOf(TypeObjects.AttributeError) && !e.Exception.Dict.TryGetStr("name", out _))
        {
            e.Exception.Dict.SetStr("name", name);
            e.Exception.Dict.SetStr("obj", o);
        }
        throw e;
    }

    /// <summary>Like <see cref="GetAttr"/> but returns false instead of raising AttributeError.</summary>
    public static bool TryGetAttr(PyObject o, PyStr name, out PyObject value)
    {
        try
        {
            if (TryGetAttrCore(o, name, out value, out var error)) return true;
            return false;
        }
        catch (PythonException e) when (e.Exception.Type.IsSubtypeOf(TypeObjects.AttributeError))
        {
            value = null!;
            return false;
        }
    }

    /// <summary>Attribute lookup; a miss returns false with a null error (the common AttributeError, built lazily).</summary>
    private static bool TryGetAttrCore(PyObject o, PyStr name, out PyObject value, out PythonException? error)
    {
        error = null;
        var type = o.Type;
        var slots = type.GetSlots();
        if (!slots.HasGenericGetAttribute)
        {
            try
            {
                value = CallSpecial(slots.GetAttribute!, o, name);
                return true;
            }
            catch (PythonException e) when (slots.GetAttrHook is not null && e.Exception.Type.IsSubtypeOf(TypeObjects.AttributeError))
            {
                value = CallSpecial(slots.GetAttrHook, o, name);
                return true;
            }
        }
        if (o is PyType t)
        {
            if (TypeGetAttr(t, name, out value)) return true;
            if (slots.GetAttrHook is not null)
            {
                value = CallSpecial(slots.GetAttrHook, o, name);
                return true;
            }
            error = PyExc.AttributeError($"type object '{t.Name}' has no attribute '{name.Value}'");
            return false;
        }
        if (o is PySuper sup) return SuperGetAttr(sup, name, out value, out error);
        if (GenericGetAttr(o, name, type, out value)) return true;
        if (slots.GetAttrHook is not null)
        {
            value = CallSpecial(slots.GetAttrHook, o, name);
            return true;
        }
        if (o is PyModule m)
            error = PyExc.AttributeError($"module '{m.Name}' has no attribute '{name.Value}'");
        return false;
    }

    /// <summary><c>object.__getattribute__</c>: data descriptors, then the instance dict, then other class attributes.</summary>
    internal static bool GenericGetAttr(PyObject o, PyStr name, PyType type, out PyObject value)
    {
        var descr = type.Lookup(name.Value);
        if (descr is not null && IsDataDescriptor(descr))
        {
            value = BindDescriptor(descr, o, type);
            return true;
        }
        if (o.TryGetInstanceAttribute(name, out value)) return true;
        if (descr is not null)
        {
            value = BindDescriptor(descr, o, type);
            return true;
        }
        value = null!;
        return false;
    }

    internal static bool IsDataDescriptor(PyObject descr) => descr switch
    {
        PyProperty or PyGetSetDescriptor or PyMemberDescriptor => true,
        PyFunction or PyMethodDescriptor or PyBuiltinFunction or PyClassMethod or PyStaticMethod or PyStr or PyInt => false,
        _ => descr.Type.IsHeapType && descr.Type.GetSlots().IsDataDescriptor,
    };

    /// <summary>Applies the descriptor protocol: <c>descr.__get__(obj, type)</c>; obj null means access through the class.</summary>
    internal static PyObject BindDescriptor(PyObject descr, PyObject? obj, PyType type)
    {
        switch (descr)
        {
            case PyFunction f:
                return obj is null ? f : new PyBoundMethod(f, obj);
            case PyMethodDescriptor md:
                return obj is null ? md : new PyBuiltinFunction(md.Name, md.Function, obj);
            case PyClassMethod cm:
                return new PyBoundMethod(cm.Callable, type);
            case PyStaticMethod sm:
                return sm.Callable;
            case PyProperty p:
                if (obj is null) return p;
                if (p.Getter is null)
                    throw PyExc.AttributeError(p.Name is null ? "unreadable attribute" : $"property '{p.Name}' of '{obj.Type.Name}' object has no getter");
                return Call1(p.Getter, obj);
            case PyGetSetDescriptor gs:
                return obj is null ? gs : gs.Getter(obj);
            case PyMemberDescriptor md:
                return obj is null ? md : md.Get(obj);
        }
        if (descr.Type.IsHeapType && descr.Type.GetSlots().DescriptorGet is { } get)
            return Call3(get, descr, obj ?? PyNone.Instance, type);
        return descr;
    }

    private static bool TypeGetAttr(PyType t, PyStr name, out PyObject value)
    {
        var meta = t.Type;
        var metaDescr = meta.Lookup(name.Value);
        if (metaDescr is not null && IsDataDescriptor(metaDescr))
        {
            value = BindDescriptor(metaDescr, t, meta);
            return true;
        }
        var attr = t.Lookup(name.Value);
        if (attr is not null)
        {
            value = BindDescriptor(attr, null, t);
            return true;
        }
        if (metaDescr is not null)
        {
            value = BindDescriptor(metaDescr, t, meta);
            return true;
        }
        value = null!;
        return false;
    }

    private static bool SuperGetAttr(PySuper sup, PyStr name, out PyObject value, out PythonException? error)
    {
        error = null;
        if (sup.ObjectType is not null && name.Value != "__class__")
        {
            var mro = sup.ObjectType.Mro;
            int i = Array.IndexOf(mro, sup.ThisType);
            for (i++; i < mro.Length && i > 0; i++)
            {
                if (mro[i].Dict.TryGetStr(name, out var attr))
                {
                    // An instance binds normally; a class (classmethod call through super) binds as the class.
                    var obj = ReferenceEquals(sup.Object, sup.ObjectType) ? null : sup.Object;
                    value = BindDescriptor(attr, obj, sup.ObjectType);
                    return true;
                }
            }
        }
        if (GenericGetAttr(sup, name, sup.Type, out value)) return true;
        error = PyExc.AttributeError($"'super' object has no attribute '{name.Value}'");
        return false;
    }

    /// <summary>
    /// For method calls: finds <paramref name="name"/> on <paramref name="o"/> without creating a
    /// bound method when it is a plain function or native method on the type. Returns true with
    /// the unbound function when <c>self</c> must be passed, false with the attribute value otherwise.
    /// </summary>
    public static bool GetMethod(PyObject o, PyStr name, out PyObject method)
    {
        var type = o.Type;
        if (o is not PyType && o is not PySuper && type.GetSlots().HasGenericGetAttribute)
        {
            var descr = type.Lookup(name.Value);
            if (descr is PyFunction or PyMethodDescriptor)
            {
                if (!o.TryGetInstanceAttribute(name, out var shadow))
                {
                    method = descr;
                    return true;
                }
                method = shadow;
                return false;
            }
        }
        method = GetAttr(o, name);
        return false;
    }

    /// <summary><c>setattr(o, name, value)</c>.</summary>
    public static void SetAttr(PyObject o, PyStr name, PyObject value)
    {
        var type = o.Type;
        var slots = type.GetSlots();
        if (!slots.HasGenericSetAttr)
        {
            CallSpecial(slots.SetAttr!, o, name, value);
            return;
        }
        GenericSetAttr(o, name, value);
    }

    internal static void GenericSetAttr(PyObject o, PyStr name, PyObject? value)
    {
        if (o is PyType t)
        {
            if (!t.IsHeapType)
                throw PyExc.TypeError($"cannot set '{name.Value}' attribute of immutable type '{t.Name}'");
            var metaDescr = t.Type.Lookup(name.Value);
            if (metaDescr is PyGetSetDescriptor { Setter: { } ms })
            {
                ms(t, value);
                return;
            }
            if (value is null && !t.Dict.TryGetStr(name, out _))
                throw PyExc.AttributeError($"type object '{t.Name}' has no attribute '{name.Value}'");
            t.SetAttribute(name.Value, value);
            return;
        }
        var type = o.Type;
        var descr = type.Lookup(name.Value);
        if (descr is not null && IsDataDescriptor(descr))
        {
            switch (descr)
            {
                case PyProperty p:
                    var fn = value is null ? p.Deleter : p.Setter;
                    if (fn is null)
                    {
                        string what = value is null ? "deleter" : "setter";
                        throw PyExc.AttributeError(p.Name is null ? (value is null ? "can't delete attribute" : "can't set attribute")
                            : $"property '{p.Name}' of '{type.Name}' object has no {what}");
                    }
                    if (value is null) Call1(fn, o); else Call2(fn, o, value);
                    return;
                case PyMemberDescriptor member:
                    member.Set(o, value);
                    return;
                case PyGetSetDescriptor gs:
                    if (gs.Setter is null)
                        throw PyExc.AttributeError($"attribute '{name.Value}' of '{type.Name}' objects is not writable");
                    gs.Setter(o, value);
                    return;
                default:
                    var slots = descr.Type.GetSlots();
                    if (value is null)
                    {
                        if (slots.DescriptorDelete is null) throw PyExc.AttributeError("__delete__");
                        Call2(slots.DescriptorDelete, descr, o);
                    }
                    else
                    {
                        if (slots.DescriptorSet is null) throw PyExc.AttributeError("__set__");
                        Call3(slots.DescriptorSet, descr, o, value);
                    }
                    return;
            }
        }
        if (!o.HasInstanceAttributes)
        {
            if (descr is null)
                throw PyExc.AttributeError($"'{type.NativeName}' object has no attribute '{name.Value}'");
            throw PyExc.AttributeError($"'{type.NativeName}' object attribute '{name.Value}' is read-only");
        }
        if (!o.SetInstanceAttribute(name, value))
            throw PyExc.AttributeError($"'{type.NativeName}' object has no attribute '{name.Value}'");
    }

    /// <summary><c>property.__set__</c>/<c>__delete__</c> called explicitly.</summary>
    internal static void GenericSetAttrViaProperty(PyProperty p, PyObject obj, PyObject? value)
    {
        var fn = value is null ? p.Deleter : p.Setter;
        if (fn is null)
            throw PyExc.AttributeError(p.Name is null ? (value is null ? "can't delete attribute" : "can't set attribute")
                : $"property '{p.Name}' of '{obj.Type.Name}' object has no {(value is null ? "deleter" : "setter")}");
        if (value is null) Call1(fn, obj); else Call2(fn, obj, value);
    }

    /// <summary><c>delattr(o, name)</c>.</summary>
    public static void DelAttr(PyObject o, PyStr name)
    {
        var slots = o.Type.GetSlots();
        if (slots.DelAttr is not null && !(slots.DelAttr is PyMethodDescriptor { IsGenericSetAttr: true }) && slots.DelAttr is not PyMethodDescriptor)
        {
            CallSpecial(slots.DelAttr, o, name);
            return;
        }
        GenericSetAttr(o, name, null);
    }
}
