using Warden.Builtins;
using System.Text;
using Warden.Compiler;
using Warden.Runtime;

namespace Warden.Objects;

/// <summary>Methods of <c>object</c> and <c>type</c>, class creation, and the installation of every builtin type's methods.</summary>
internal static class ObjectMethods
{
    public static PyBuiltinFunction ObjectNew = null!;
    public static PyObject ObjectInit = null!;

    public static void Install()
    {
        var o = TypeObjects.Object;
        ObjectNew = new PyBuiltinFunction("__new__", (args, kw) =>
        {
            if (args.Length == 0 || args[0] is not PyType t) throw PyExc.TypeError("object.__new__(X): X is not a type object");
            return CreateInstance(t);
        });
        o.Dict.SetStr("__new__", new PyStaticMethod(ObjectNew));
        o.AddMethod("__init__", (args, kw) => PyNone.Instance);
        ObjectInit = o.Dict.TryGetStr("__init__", out var init) ? init : null!;
        o.AddMethod("__repr__", (args, kw) => PyStr.From(DefaultRepr(args[0])));
        o.AddMethod("__str__", (args, kw) => PyStr.From(PyOps.Repr(args[0])));
        o.AddMethod("__eq__", (args, kw) => ReferenceEquals(args[0], args[1]) ? PyInt.True : PyNotImplemented.Instance);
        o.AddMethod("__ne__", (args, kw) =>
        {
            var eq = args[0].Type.Lookup("__eq__");
            if (eq is null) return PyNotImplemented.Instance;
            var r = PyOps.CallSpecial(eq, args[0], args[1]);
            return r is PyNotImplemented ? r : PyOps.Not(r);
        });
        foreach (var name in new[] { "__lt__", "__le__", "__gt__", "__ge__" })
            o.AddMethod(name, (args, kw) => PyNotImplemented.Instance);
        o.AddMethod("__hash__", (args, kw) => PyInt.FromLong(PyOps.IdentityHash(args[0])));
        var getattribute = new PyMethodDescriptor("__getattribute__", o, (args, kw) =>
        {
            Args.Check(args, kw, "__getattribute__", 1, 1, 1);
            var name = args[1] as PyStr ?? throw PyExc.TypeError($"attribute name must be string, not '{args[1].Type.Name}'");
            if (PyOps.GenericGetAttr(args[0], name, args[0].Type, out var v)) return v;
            throw PyExc.AttributeError($"'{args[0].Type.Name}' object has no attribute '{name.Value}'");
        }) { IsGenericGetAttribute = true };
        o.Dict.SetStr("__getattribute__", getattribute);
        var setattr = new PyMethodDescriptor("__setattr__", o, (args, kw) =>
        {
            Args.Check(args, kw, "__setattr__", 2, 2, 1);
            var name = args[1] as PyStr ?? throw PyExc.TypeError($"attribute name must be string, not '{args[1].Type.Name}'");
            PyOps.GenericSetAttr(args[0], name, args[2]);
            return PyNone.Instance;
        }) { IsGenericSetAttr = true };
        o.Dict.SetStr("__setattr__", setattr);
        o.AddMethod("__delattr__", (args, kw) =>
        {
            var name = args[1] as PyStr ?? throw PyExc.TypeError($"attribute name must be string, not '{args[1].Type.Name}'");
            PyOps.GenericSetAttr(args[0], name, null);
            return PyNone.Instance;
        });
        o.AddMethod("__format__", (args, kw) =>
        {
            Args.Check(args, kw, "__format__", 1, 1, 1);
            var spec = ((PyStr)args[1]).Value;
            if (spec.Length > 0) throw PyExc.TypeError($"unsupported format string passed to {args[0].Type.Name}.__format__");
            return PyStr.From(PyOps.Str(args[0]));
        });
        o.AddMethod("__dir__", (args, kw) => new PyList(BuiltinFunctions.DirOf(args[0]).ToArray<PyObject>(), BuiltinFunctions.DirOf(args[0]).Count));
        o.AddGetter("__class__", self => self.Type, (self, value) =>
        {
            if (self is not PyInstance inst || value is not PyType { IsHeapType: true } nt)
                throw PyExc.TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
            inst.SetType(nt);
        });
        o.AddGetter("__dict__", self => self.InstanceDict ?? throw PyExc.AttributeError($"'{self.Type.Name}' object has no attribute '__dict__'"));
        o.AddClassMethod("__init_subclass__", (args, kw) => PyNone.Instance);
        o.AddClassMethod("__subclasshook__", (args, kw) => PyNotImplemented.Instance);
        o.Dict.SetStr("__doc__", PyStr.From("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"));

        InstallType();
        NumberMethods.Install();
        StrMethods.Install();
        ListMethods.Install();
        DictMethods.Install();
        SetMethods.Install();
        MiscMethods.Install();
        BytesMethods.Install();
        GenericAliasMethods.Install();
        UnionTypeMethods.Install();
        ExceptionMethods.Install();
        ExceptionGroupMethods.Install();
        BuiltinFunctions.InstallIteratorTypes();
    }

    private static void InstallType()
    {
        var t = TypeObjects.TypeType;
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", TypeNew)));
        t.AddMethod("__call__", (args, kw) => PyOps.ConstructInstance((PyType)args[0], args[1..], kw));
        t.AddMethod("__repr__", (args, kw) => PyStr.From(TypeRepr((PyType)args[0])));
        t.AddMethod("mro", (args, kw) => new PyList(((PyType)args[0]).Mro.ToArray<PyObject>(), ((PyType)args[0]).Mro.Length));
        t.AddMethod("__subclasses__", (args, kw) =>
        {
            var context = Runtime.ThreadState.CurrentContextOrNull;
            var subs = ((PyType)args[0]).Subclasses.Where(s => s.Owner is null || ReferenceEquals(s.Owner, context)).ToArray<PyObject>();
            return new PyList(subs, subs.Length);
        });
        t.AddMethod("__instancecheck__", (args, kw) => PyInt.FromBool(args[1].Type.IsSubtypeOf((PyType)args[0])));
        t.AddMethod("__subclasscheck__", (args, kw) => PyInt.FromBool(args[1] is PyType st && st.IsSubtypeOf((PyType)args[0])));
        t.AddGetter("__name__", self => PyStr.From(((PyType)self).Name), (self, v) => ((PyType)self).Name = ((PyStr)v!).Value);
        t.AddGetter("__qualname__", self => PyStr.From(((PyType)self).QualName), (self, v) => ((PyType)self).QualName = ((PyStr)v!).Value);
        t.AddGetter("__mro__", self => new PyTuple(((PyType)self).Mro.ToArray<PyObject>()));
        t.AddGetter("__bases__", self => new PyTuple(((PyType)self).Bases.ToArray<PyObject>()));
        t.AddGetter("__base__", self => ((PyType)self).Bases.Length > 0 ? ((PyType)self).Bases[0] : PyNone.Instance);
        t.AddGetter("__dict__", self => ((PyType)self).Dict.Copy());
        t.AddGetter("__module__", self => ((PyType)self).Dict.TryGetStr("__module__", out var m) ? m : PyStr.From("builtins"),
            (self, v) => ((PyType)self).SetAttribute("__module__", v));
        t.AddGetter("__doc__", self => ((PyType)self).Dict.TryGetStr("__doc__", out var d) ? d : PyNone.Instance);
    }

    public static string TypeRepr(PyType t)
    {
        string module = t.Dict.TryGetStr("__module__", out var m) && m is PyStr ms ? ms.Value : "builtins";
        return module == "builtins" ? $"<class '{t.QualName}'>" : $"<class '{module}.{t.QualName}'>";
    }

    /// <summary><c>type(name, bases, dict)</c> and <c>type(x)</c>.</summary>
    private static PyObject TypeNew(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var meta = (PyType)args[0];
        int npos = args.Length - (kwnames?.Length ?? 0);
        if (npos == 2 && ReferenceEquals(meta, TypeObjects.TypeType)) return args[1].Type;
        if (npos != 4) throw PyExc.TypeError("type() takes 1 or 3 arguments");
        var name = args[1] as PyStr ?? throw PyExc.TypeError($"type.__new__() argument 1 must be str, not {args[1].Type.Name}");
        var basesTuple = args[2] as PyTuple ?? throw PyExc.TypeError($"type.__new__() argument 2 must be tuple, not {args[2].Type.Name}");
        var ns = args[3] as PyDict ?? throw PyExc.TypeError($"type.__new__() argument 3 must be dict, not {args[3].Type.Name}");
        var kwargs = new List<(PyStr, PyObject)>();
        for (int i = 0; i < (kwnames?.Length ?? 0); i++) kwargs.Add(((PyStr)kwnames!.Items[i], args[npos + i]));
        return CreateClass(meta, name.Value, basesTuple.Items, ns, kwargs);
    }

    public static PyType CreateClass(PyType meta, string name, PyObject[] baseObjects, PyDict ns, List<(PyStr, PyObject)> kwargs)
    {
        var bases = new List<PyType>();
        foreach (var b in baseObjects)
        {
            if (b is not PyType bt) throw PyExc.TypeError($"bases must be types");
            if (bt.IsFinal) throw PyExc.TypeError($"type '{bt.Name}' is not an acceptable base type");
            bases.Add(bt);
        }
        if (bases.Count == 0) bases.Add(TypeObjects.Object);
        PyType? layout = null;
        foreach (var b in bases)
        {
            var l = b.LayoutBase;
            if (ReferenceEquals(l, TypeObjects.Object)) continue;
            if (layout is null || l.IsSubtypeOf(layout)) layout = l;
            else if (layout.IsSubtypeOf(l)) continue;
            // Every exception is one PyBaseException, so exception bases never conflict
            // (CPython agrees for all but the few builtin exceptions that add C fields).
            else if (!(l.IsSubtypeOf(TypeObjects.BaseException) && layout.IsSubtypeOf(TypeObjects.BaseException)))
                throw PyExc.TypeError("multiple bases have instance lay-out conflict");
        }
        var dict = ns.Copy();
        PyCell? classCell = null;
        if (dict.TryGetStr("__classcell__", out var cellObj))
        {
            classCell = cellObj as PyCell;
            dict.RemoveStr("__classcell__");
        }
        string qualName = name;
        if (dict.TryGetStr("__qualname__", out var qn))
        {
            qualName = qn is PyStr qs ? qs.Value : throw PyExc.TypeError($"type __qualname__ must be a str, not {qn.Type.Name}");
            dict.RemoveStr("__qualname__");
        }
        if (dict.TryGetStr("__eq__", out _) && !dict.TryGetStr("__hash__", out _)) dict.SetStr("__hash__", PyNone.Instance);
        if (!dict.TryGetStr("__doc__", out _)) dict.SetStr("__doc__", PyNone.Instance);
        foreach (var special in new[] { "__init_subclass__", "__class_getitem__" })
            if (dict.TryGetStr(special, out var f) && f is PyFunction) dict.SetStr(special, new PyClassMethod(f));
        if (dict.TryGetStr("__new__", out var nf) && nf is PyFunction) dict.SetStr("__new__", new PyStaticMethod(nf));
        string[]? slotNames = null;
        if (dict.TryGetStr("__slots__", out var slotsObj))
        {
            slotNames = slotsObj is PyStr single ? [single.Value]
                : PyOps.ToArray(slotsObj).Select(x => x is PyStr xs ? xs.Value
                    : throw PyExc.TypeError($"__slots__ items must be strings, not '{x.Type.Name}'")).ToArray();
        }
        bool basesHaveDict = bases.Any(b => b.IsHeapType ? b.InstancesHaveDict : b.LayoutBase != TypeObjects.Object && b.InstancesHaveDict);
        bool hasDict = slotNames is null || basesHaveDict || slotNames.Contains("__dict__");
        var type = new PyType(name, bases.ToArray(), meta, isHeapType: true, dict)
        {
            QualName = qualName,
            InstancesHaveDict = hasDict,
            SlotCount = bases.Max(b => b.SlotCount),
        };
        if (slotNames is not null)
        {
            foreach (var slot in slotNames)
            {
                if (slot is "__dict__" or "__weakref__") continue;
                string mangled = slot.StartsWith("__", StringComparison.Ordinal) && !slot.EndsWith("__", StringComparison.Ordinal)
                    ? "_" + name.TrimStart('_') + slot : slot;
                if (dict.TryGetStr(mangled, out _))
                    throw PyExc.ValueError($"'{slot}' in __slots__ conflicts with class variable");
                dict.SetStr(mangled, new PyMemberDescriptor(mangled, type, type.SlotCount++));
            }
        }
        if (hasDict && !bases.Any(b => b.IsHeapType && b.InstancesHaveDict))
        {
            // The first class with instance dicts in a hierarchy exposes __dict__ and __weakref__, as in CPython.
            if (!dict.TryGetStr("__dict__", out _))
                dict.SetStr("__dict__", new PyGetSetDescriptor("__dict__", type, self => self.InstanceDict
                    ?? throw PyExc.AttributeError($"'{self.Type.Name}' object has no attribute '__dict__'"), null));
            if (!dict.TryGetStr("__weakref__", out _))
                dict.SetStr("__weakref__", new PyGetSetDescriptor("__weakref__", type, self => PyNone.Instance, null));
        }
        if (classCell is not null) classCell.Value = type;
        foreach (var (key, value) in dict.Items.ToList())
        {
            if (value is PyProperty p && key is PyStr ks) p.Name ??= ks.Value;
            var setName = value.Type.IsHeapType ? value.Type.Lookup("__set_name__") : null;
            if (setName is not null) PyOps.CallSpecial(setName, value, type, key);
        }
        // super().__init_subclass__(**kwargs) on the new class.
        var mro = type.Mro;
        for (int i = 1; i < mro.Length; i++)
        {
            if (mro[i].Dict.TryGetStr("__init_subclass__", out var initSub))
            {
                var bound = PyOps.BindDescriptor(initSub, null, type);
                var kwNames = kwargs.Count > 0 ? new PyTuple(kwargs.Select(k => (PyObject)k.Item1).ToArray()) : null;
                PyOps.Call(bound, kwargs.Select(k => k.Item2).ToArray(), kwNames);
                break;
            }
        }
        return type;
    }

    /// <summary><c>object.__new__(cls)</c>: the instance layout follows the nearest builtin base.</summary>
    public static PyObject CreateInstance(PyType type)
    {
        var layout = type.LayoutBase;
        if (layout.InstanceFactory is { } factory) return factory(type);
        throw PyExc.TypeError($"object.__new__({type.Name}) is not safe, use {layout.Name}.__new__()");
    }

    /// <summary><c>&lt;module.Class object at 0x...&gt;</c>.</summary>
    public static string DefaultRepr(PyObject o)
    {
        var t = o.Type;
        string module = t.Dict.TryGetStr("__module__", out var m) && m is PyStr ms ? ms.Value : "builtins";
        string name = module == "builtins" ? t.QualName : module + "." + t.QualName;
        return $"<{name} object at 0x{PyOps.Id(o):x}>";
    }

    /// <summary><c>__build_class__(func, name, *bases, metaclass=None, **kwds)</c>.</summary>
    public static PyObject BuildClass(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        if (npos < 2) throw PyExc.TypeError("__build_class__: not enough arguments");
        var body = args[0] as PyFunction ?? throw PyExc.TypeError("__build_class__: func must be a function");
        var name = args[1] as PyStr ?? throw PyExc.TypeError("__build_class__: name is not a string");
        var bases = args[2..npos].ToArray();
        PyObject? meta = null;
        var kwargs = new List<(PyStr, PyObject)>();
        for (int i = 0; i < nkw; i++)
        {
            var key = (PyStr)kwnames!.Items[i];
            if (key.Value == "metaclass") meta = args[npos + i];
            else kwargs.Add((key, args[npos + i]));
        }
        // The most derived metaclass of the bases wins.
        if (meta is null)
        {
            PyType winner = TypeObjects.TypeType;
            foreach (var b in bases)
            {
                var bm = b.Type;
                if (bm.IsSubtypeOf(winner)) winner = bm;
                else if (!winner.IsSubtypeOf(bm))
                    throw PyExc.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
            }
            meta = winner;
        }
        var ns = new PyDict();
        if (meta is PyType mt && mt.Lookup("__prepare__") is { } prepare && prepare is not PyMethodDescriptor)
        {
            var prepared = PyOps.Call(PyOps.BindDescriptor(prepare, null, mt), [name, new PyTuple(bases)], null);
            ns = prepared as PyDict ?? ns;
        }
        var cell = Interpreter.RunClassBody(body, ns);
        PyObject cls;
        if (ReferenceEquals(meta, TypeObjects.TypeType))
            cls = CreateClass(TypeObjects.TypeType, name.Value, bases, ns, kwargs);
        else
        {
            var all = new List<PyObject> { name, new PyTuple(bases), ns };
            all.AddRange(kwargs.Select(k => k.Item2));
            cls = PyOps.Call(meta, all.ToArray(), kwargs.Count > 0 ? new PyTuple(kwargs.Select(k => (PyObject)k.Item1).ToArray()) : null);
        }
        if (cell is PyCell c && c.Value is null) c.Value = cls;
        return cls;
    }

    /// <summary>Reprs of containers, guarded against recursion (<c>[...]</c>) and deep nesting.</summary>
    [ThreadStatic] private static HashSet<PyObject>? t_reprInProgress;

    public static string ContainerRepr(PyObject container, Func<StringBuilder, string?> body, string recursive)
    {
        var set = t_reprInProgress ??= new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        if (!set.Add(container)) return recursive;
        try
        {
            using (ReentryGuard.Enter(" while getting the repr of an object"))
            {
                var sb = new StringBuilder();
                return body(sb) ?? sb.ToString();
            }
        }
        finally
        {
            set.Remove(container);
        }
    }
}
