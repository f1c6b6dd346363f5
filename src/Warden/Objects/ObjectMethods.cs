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
            if (args.Length == 0) throw PyExc.TypeError("object.__new__(): not enough arguments");
            if (args[0] is not PyType t) throw PyExc.TypeError($"object.__new__(X): X is not a type object ({args[0].Type.Name})");
            if (args.Length > 1)
            {
                // Extra arguments are tolerated only when they are meant for an overridden __init__.
                if (!IsObjectNew(t)) throw PyExc.TypeError("object.__new__() takes exactly one argument (the type to instantiate)");
                if (IsObjectInit(t)) throw PyExc.TypeError($"{t.Name}() takes no arguments");
            }
            return CreateInstance(t);
        });
        o.Dict.SetStr("__new__", new PyStaticMethod(ObjectNew));
        o.AddMethod("__init__", (args, kw) =>
        {
            if (args.Length > 1)
            {
                var t = args[0].Type;
                if (!IsObjectInit(t)) throw PyExc.TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
                if (IsObjectNew(t)) throw PyExc.TypeError($"{t.Name}.__init__() takes exactly one argument (the instance to initialize)");
            }
            return PyNone.Instance;
        });
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
            var spec = (PyOps.Unwrap(args[1]) as PyStr ?? throw PyExc.TypeError($"__format__() argument must be str, not {args[1].Type.Name}")).Value;
            if (spec.Length > 0) throw PyExc.TypeError($"unsupported format string passed to {args[0].Type.Name}.__format__");
            return PyStr.From(PyOps.Str(args[0]));
        });
        o.AddMethod("__dir__", (args, kw) => new PyList(BuiltinFunctions.DirOf(args[0]).ToArray<PyObject>(), BuiltinFunctions.DirOf(args[0]).Count));
        o.AddGetter("__class__", self => self.Type, SetClass);
        ObjectReduce.Install(o);
        o.AddClassMethod("__init_subclass__", (args, kw) =>
        {
            if (args.Length > 1 || (kw?.Length ?? 0) > 0)
                throw PyExc.TypeError($"{((PyType)args[0]).Name}.__init_subclass__() takes no keyword arguments");
            return PyNone.Instance;
        });
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
        MappingProxyMethods.Install();
        UnionTypeMethods.Install();
        BuiltinTypeDocs.Install();
        MethodArity.Install();
        foreach (var withDict in new[] { TypeObjects.Function, TypeObjects.Module, TypeObjects.BaseException })
            withDict.AddInstanceDictGetter();
        ExceptionMethods.Install();
        ExceptionGroupMethods.Install();
        BuiltinFunctions.InstallIteratorTypes();
    }

    private static void InstallType()
    {
        var t = TypeObjects.TypeType;
        s_typeNew = new PyBuiltinFunction("__new__", TypeNew);
        t.Dict.SetStr("__new__", new PyStaticMethod(s_typeNew));
        t.AddMethod("__call__", (args, kw) => PyOps.ConstructInstance((PyType)args[0], args[1..], kw));
        t.AddMethod("__init__", (args, kw) =>
        {
            // Class keywords were consumed by __new__ and __init_subclass__; type.__init__ only checks the shape.
            int nkw = kw?.Length ?? 0;
            int npos = args.Length - 1 - nkw;
            if (npos == 1 && nkw > 0) throw PyExc.TypeError("type.__init__() takes no keyword arguments");
            if (npos != 1 && npos != 3) throw PyExc.TypeError("type.__init__() takes 1 or 3 arguments");
            return PyNone.Instance;
        });
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
        t.AddGetter("__dict__", self => new PyMappingProxy(((PyType)self).Dict));
        // A builtin type's dict may hold a '__module__' descriptor for its instances (functions):
        // its own module is then builtins, as CPython derives it from tp_name.
        t.AddGetter("__module__", self => ((PyType)self) is var type && type.Dict.TryGetStr("__module__", out var m) && (type.IsHeapType || m is PyStr)
            ? m : PyStr.From("builtins"),
            (self, v) => ((PyType)self).SetAttribute("__module__", v));
        t.AddGetter("__doc__", self => ReferenceEquals(self, TypeObjects.TypeType) ? BuiltinTypeDocs.TypeDoc
            : ((PyType)self).Dict.TryGetStr("__doc__", out var d) ? d : PyNone.Instance);
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
        var ns = PyOps.Unwrap(args[3]) as PyDict ?? throw PyExc.TypeError($"type.__new__() argument 3 must be dict, not {args[3].Type.Name}");
        var winner = CalculateMetaclass(meta, basesTuple.Items);
        if (!ReferenceEquals(winner, meta) && winner.Lookup("__new__") is { } winnerNew && !IsTypeNew(winnerNew))
        {
            // A more derived metaclass with its own __new__ takes over the construction.
            var forwarded = args.ToArray();
            forwarded[0] = winner;
            return PyOps.Call(PyOps.BindDescriptor(winnerNew, null, winner), forwarded, kwnames);
        }
        var kwargs = new List<(PyStr, PyObject)>();
        for (int i = 0; i < (kwnames?.Length ?? 0); i++) kwargs.Add(((PyStr)kwnames!.Items[i], args[npos + i]));
        return CreateClass(winner, name.Value, basesTuple.Items, ns, kwargs);
    }

    private static PyBuiltinFunction? s_typeNew;

    private static bool IsTypeNew(PyObject newAttr) => newAttr is PyStaticMethod { Callable: var c } && ReferenceEquals(c, s_typeNew);

    private static bool IsObjectNew(PyType t) => t.Lookup("__new__") is PyStaticMethod { Callable: var c } && ReferenceEquals(c, ObjectNew);

    private static bool IsObjectInit(PyType t) => ReferenceEquals(t.Lookup("__init__"), ObjectInit);

    /// <summary>
    /// The metaclass of a new class: the most derived of <paramref name="meta"/> and the bases'
    /// metaclasses, which must form a chain.
    /// </summary>
    internal static PyType CalculateMetaclass(PyType meta, PyObject[] bases)
    {
        var winner = meta;
        foreach (var b in bases)
        {
            var baseMeta = b.Type;
            if (winner.IsSubtypeOf(baseMeta)) continue;
            if (baseMeta.IsSubtypeOf(winner))
            {
                winner = baseMeta;
                continue;
            }
            throw PyExc.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /// <summary>
    /// Assignment to <c>obj.__class__</c>: only between classes defined in Python whose
    /// instances have the same memory shape (builtin base, slots, instance dict).
    /// </summary>
    private static void SetClass(PyObject self, PyObject? value)
    {
        if (value is null) throw PyExc.TypeError("can't delete __class__ attribute");
        if (value is not PyType newType) throw PyExc.TypeError($"__class__ must be set to a class, not '{value.Type.Name}' object");
        var oldType = self.Type;
        if (self is not PyInstance inst || !newType.IsHeapType || !oldType.IsHeapType)
            throw PyExc.TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        var newSolid = SolidBase(newType);
        var oldSolid = SolidBase(oldType);
        if ((!ReferenceEquals(newSolid, oldSolid) && !SameSlotsAdded(newSolid, oldSolid))
            || newType.InstancesHaveDict != oldType.InstancesHaveDict || newType.SlotCount != oldType.SlotCount)
            throw PyExc.TypeError($"__class__ assignment: '{newType.Name}' object layout differs from '{oldType.Name}'");
        inst.SetType(newType);
    }

    /// <summary>
    /// Two classes that each add <c>__slots__</c> on the same base have the same shape when they
    /// add the same names (in any order, as CPython compares its sorted slot lists).
    /// </summary>
    private static bool SameSlotsAdded(PyType a, PyType b)
    {
        if (!a.IsHeapType || !b.IsHeapType || a.Bases.Length == 0 || b.Bases.Length == 0
            || !ReferenceEquals(SolidBase(a.Bases[0]), SolidBase(b.Bases[0])) || a.SlotCount != b.SlotCount)
            return false;
        return OwnSlotNames(a).SequenceEqual(OwnSlotNames(b));
    }

    private static IEnumerable<string> OwnSlotNames(PyType t)
        => t.Dict.Items.Select(e => e.Value).OfType<PyMemberDescriptor>().Where(m => ReferenceEquals(m.Owner, t))
            .Select(m => m.Name).Order(StringComparer.Ordinal);

    /// <summary>The nearest class (itself included) that fixes the instance shape: a builtin base or a class adding <c>__slots__</c>.</summary>
    private static PyType SolidBase(PyType t)
    {
        if (!t.IsHeapType) return t;
        if (t.SlotCount > t.Bases.Max(b => b.SlotCount)) return t;
        PyType best = TypeObjects.Object;
        foreach (var b in t.Bases)
        {
            var candidate = SolidBase(b);
            if (candidate.IsSubtypeOf(best)) best = candidate;
        }
        return best;
    }

    public static PyType CreateClass(PyType meta, string name, PyObject[] baseObjects, PyDict ns, List<(PyStr, PyObject)> kwargs)
    {
        var bases = new List<PyType>();
        foreach (var b in baseObjects)
        {
            if (b is not PyType bt) throw PyExc.TypeError($"bases must be types");
            if (bt.IsFinal) throw PyExc.TypeError($"type '{bt.NativeName}' is not an acceptable base type");
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
        if (!dict.TryGetStr("__module__", out _)
            && Runtime.ThreadState.Current.CurrentFrame?.Globals is { } callerGlobals && callerGlobals.TryGetStr("__name__", out var moduleName))
            dict.SetStr("__module__", moduleName);
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
            // CPython sorts the mangled names: descriptors enter the class dict, and take slot
            // indices, in that order (so __class__ assignment sees equal layouts for equal sets).
            var mangledNames = slotNames.Where(slot => slot is not ("__dict__" or "__weakref__"))
                .Select(slot => slot.StartsWith("__", StringComparison.Ordinal) && !slot.EndsWith("__", StringComparison.Ordinal)
                    ? "_" + name.TrimStart('_') + slot : slot)
                .Order(Comparer<string>.Create(PyOps.CompareStrings)).ToList();
            foreach (var mangled in mangledNames)
            {
                // A name listed twice (datetime repeats date's and time's slots) reuses the new descriptor.
                if (dict.TryGetStr(mangled, out var existing) && !(existing is PyMemberDescriptor own && ReferenceEquals(own.Owner, type)))
                    throw PyExc.ValueError($"'{mangled}' in __slots__ conflicts with class variable");
                dict.SetStr(mangled, new PyMemberDescriptor(mangled, type, type.SlotCount++));
            }
        }
        // The first class of a hierarchy with instance dicts (or weak references) exposes __dict__
        // (__weakref__), as in CPython; variable-size builtin bases cannot have weak references.
        if (hasDict && !bases.Any(b => b.Lookup("__dict__") is not null) && !dict.TryGetStr("__dict__", out _))
            type.AddInstanceDictGetter();
        bool weakrefCapable = slotNames is null || slotNames.Contains("__weakref__");
        var layoutBase = type.LayoutBase;
        if (weakrefCapable && !bases.Any(b => b.Lookup("__weakref__") is not null) && !dict.TryGetStr("__weakref__", out _)
            && !ReferenceEquals(layoutBase, TypeObjects.Int) && !ReferenceEquals(layoutBase, TypeObjects.Tuple) && !ReferenceEquals(layoutBase, TypeObjects.Bytes))
            dict.SetStr("__weakref__", new PyGetSetDescriptor("__weakref__", type, self => PyNone.Instance, null));
        // Last, as in CPython: a class without a docstring (or a '__doc__' slot) gets __doc__ = None.
        if (!dict.TryGetStr("__doc__", out _)) dict.SetStr("__doc__", PyNone.Instance);
        if (classCell is not null) classCell.Value = type;
        foreach (var (key, value) in dict.Items.ToList())
        {
            if (value is PyProperty p && key is PyStr ks) p.Name ??= ks.Value;
            var setName = value.Type.IsHeapType ? value.Type.Lookup("__set_name__") : null;
            if (setName is null) continue;
            try
            {
                PyOps.CallSpecial(setName, value, type, key);
            }
            catch (PythonException e)
            {
                var wrapped = PyExc.RuntimeError($"Error calling __set_name__ on '{value.Type.Name}' instance {PyOps.Repr(key)} in '{name}'");
                wrapped.Exception.Cause = e.Exception;
                wrapped.Exception.Context = e.Exception;
                wrapped.Exception.SuppressContext = true;
                throw wrapped;
            }
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
        if (type.GetSlots().AbstractMethods is { } abstracts && PyOps.IsTrue(abstracts)) throw AbstractInstantiation(type, abstracts);
        var layout = type.LayoutBase;
        if (layout.InstanceFactory is { } factory) return factory(type);
        throw PyExc.TypeError($"object.__new__({type.Name}) is not safe, use {layout.Name}.__new__()");
    }

    private static PythonException AbstractInstantiation(PyType type, PyObject abstracts)
    {
        var names = PyOps.ToList(abstracts).Select(PyOps.Str).Order(StringComparer.Ordinal).ToList();
        return PyExc.TypeError($"Can't instantiate abstract class {type.Name} with abstract method{(names.Count == 1 ? "" : "s")} {string.Join(", ", names)}");
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
        var originalBases = args[2..npos].ToArray();
        var bases = ResolveMroEntries(originalBases);
        PyObject? meta = null;
        var kwargs = new List<(PyStr, PyObject)>();
        for (int i = 0; i < nkw; i++)
        {
            var key = (PyStr)kwnames!.Items[i];
            if (key.Value == "metaclass") meta = args[npos + i];
            else kwargs.Add((key, args[npos + i]));
        }
        // The most derived metaclass of the bases (and of an explicit metaclass that is a class) wins.
        meta ??= bases.Length == 0 ? TypeObjects.TypeType : bases[0].Type;
        if (meta is PyType explicitMeta) meta = CalculateMetaclass(explicitMeta, bases);
        // The namespace is whatever __prepare__ returns (enum's _EnumDict, a dict subclass, observes every store).
        PyObject ns = new PyDict();
        if (meta is PyType mt && mt.Lookup("__prepare__") is { } prepare && prepare is not PyMethodDescriptor)
            ns = PyOps.Call(PyOps.BindDescriptor(prepare, null, mt), [name, new PyTuple(bases)], null);
        var cell = Interpreter.RunClassBody(body, ns);
        if (!ReferenceEquals(bases, originalBases)) PyOps.SetItem(ns, PyStr.From("__orig_bases__"), new PyTuple(originalBases));
        PyObject cls;
        if (ReferenceEquals(meta, TypeObjects.TypeType))
            cls = CreateClass(TypeObjects.TypeType, name.Value, bases,
                PyOps.Unwrap(ns) as PyDict ?? throw PyExc.TypeError($"type.__new__() argument 3 must be dict, not {ns.Type.Name}"), kwargs);
        else
        {
            var all = new List<PyObject> { name, new PyTuple(bases), ns };
            all.AddRange(kwargs.Select(k => k.Item2));
            cls = PyOps.Call(meta, all.ToArray(), kwargs.Count > 0 ? new PyTuple(kwargs.Select(k => (PyObject)k.Item1).ToArray()) : null);
        }
        if (cell is PyCell c && c.Value is null) c.Value = cls;
        return cls;
    }

    /// <summary>
    /// PEP 560: a base that is not a class but has <c>__mro_entries__</c> (typing's generic aliases)
    /// is replaced by the classes it names. Returns <paramref name="bases"/> itself when nothing changed.
    /// </summary>
    private static PyObject[] ResolveMroEntries(PyObject[] bases)
    {
        List<PyObject>? resolved = null;
        for (int i = 0; i < bases.Length; i++)
        {
            var b = bases[i];
            // Looked up on the object itself, as CPython does (typing.NamedTuple is a function carrying the attribute).
            if (b is PyType || !PyOps.TryGetAttr(b, PyStr.From("__mro_entries__"), out var entries))
            {
                resolved?.Add(b);
                continue;
            }
            resolved ??= new List<PyObject>(bases[..i]);
            var r = PyOps.Call(entries, [new PyTuple(bases)], null);
            if (r is not PyTuple tuple) throw PyExc.TypeError("__mro_entries__ must return a tuple");
            resolved.AddRange(tuple.Items);
        }
        return resolved is null ? bases : resolved.ToArray();
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
