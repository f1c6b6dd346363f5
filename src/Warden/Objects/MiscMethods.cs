using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Objects;

/// <summary>Methods of the smaller builtin types: None, range, slice, functions, methods, descriptors, super, generators, iterators.</summary>
internal static class MiscMethods
{
    /// <summary>Makes a native iterator type iterable: <c>__iter__</c> returns self, <c>__next__</c> steps.</summary>
    public static void InstallIterator(PyType t)
    {
        t.AddMethod("__iter__", (args, kw) => args[0]);
        t.AddMethod("__next__", (args, kw) =>
        {
            if (PyOps.TryNext(args[0], out var item)) return item;
            throw PyExc.StopIteration(null);
        });
    }

    public static void Install()
    {
        TypeObjects.NoneType.AddMethod("__repr__", (args, kw) => PyStr.From("None"));
        foreach (var (type, value) in new (PyType, PyObject)[] { (TypeObjects.NoneType, PyNone.Instance),
                     (TypeObjects.NotImplementedType, PyNotImplemented.Instance), (TypeObjects.EllipsisType, PyEllipsis.Instance) })
        {
            var singleton = value;
            var name = type.Name;
            type.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
            {
                if (args.Length > 1 || (kw?.Length ?? 0) > 0) throw PyExc.TypeError($"{name} takes no arguments");
                return singleton;
            })));
        }
        TypeObjects.NoneType.AddMethod("__bool__", (args, kw) => PyInt.False);
        TypeObjects.NoneType.AddMethod("__hash__", (args, kw) => PyInt.FromLong(PyOps.Hash(PyNone.Instance)));
        TypeObjects.NotImplementedType.AddMethod("__repr__", (args, kw) => PyStr.From("NotImplemented"));
        TypeObjects.EllipsisType.AddMethod("__repr__", (args, kw) => PyStr.From("Ellipsis"));
        TypeObjects.Bytes.AddMethod("__repr__", (args, kw) => PyStr.From(PyRepr.BytesRepr(((PyBytes)PyOps.Unwrap(args[0])).Value)));
        TypeObjects.Bytes.AddMethod("__len__", (args, kw) => PyInt.FromLong(((PyBytes)PyOps.Unwrap(args[0])).Value.Length));
        TypeObjects.Bytes.AddMethod("__hash__", (args, kw) => PyInt.FromLong(PyStr.From(System.Text.Encoding.Latin1.GetString(((PyBytes)PyOps.Unwrap(args[0])).Value)).Hash));
        NumberMethods.InstallComparisons(TypeObjects.Bytes, o => PyOps.Unwrap(o) is PyBytes);
        TypeObjects.Bytes.AddMethod("decode", (args, kw) => PyStr.From(System.Text.Encoding.UTF8.GetString(((PyBytes)PyOps.Unwrap(args[0])).Value)));
        InstallRange();
        InstallSlice();
        InstallFunctions();
        InstallDescriptors();
        InstallGenerator();
        foreach (var t in new[] { TypeObjects.RangeIterator, TypeObjects.ListIterator, TypeObjects.ListReverseIterator,
                     TypeObjects.TupleIterator, TypeObjects.StrIterator, TypeObjects.CallableIterator, TypeObjects.SequenceIterator })
            InstallIterator(t);
        TypeObjects.Module.AddMethod("__repr__", (args, kw) => PyStr.From($"<module '{((PyModule)args[0]).Name}'>"));
        TypeObjects.Cell.AddMethod("__repr__", (args, kw) => PyStr.From($"<cell at 0x{PyOps.Id(args[0]):x}>"));
        TypeObjects.Code.AddMethod("__repr__", (args, kw) =>
        {
            var c = (CodeObject)args[0];
            return PyStr.From($"<code object {c.Name} at 0x{PyOps.Id(c):x}, file \"{c.Filename}\", line {c.FirstLineNumber}>");
        });
        TypeObjects.Traceback.AddGetter("tb_lineno", self => PyInt.FromLong(((PyTraceback)self).Line));
        TypeObjects.Traceback.AddGetter("tb_next", self => (PyObject?)((PyTraceback)self).Next ?? PyNone.Instance);
    }

    private static PyRange R(ReadOnlySpan<PyObject> args) => (PyRange)args[0];

    private static void InstallRange()
    {
        var t = TypeObjects.Range;
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            Args.Check(args, kw, "range", 1, 3, 1);
            if (args.Length == 2) return new PyRange(0, RangeArg(args[1]), 1);
            long step = args.Length > 3 ? RangeArg(args[3]) : 1;
            if (step == 0) throw PyExc.ValueError("range() arg 3 must not be zero");
            return new PyRange(RangeArg(args[1]), RangeArg(args[2]), step);
        })));
        t.AddMethod("__repr__", (args, kw) =>
        {
            var r = R(args);
            return PyStr.From(r.Step == 1 ? $"range({r.Start}, {r.Stop})" : $"range({r.Start}, {r.Stop}, {r.Step})");
        });
        t.AddMethod("__len__", (args, kw) => PyInt.FromLong(R(args).Length));
        t.AddMethod("__iter__", (args, kw) => new PyRangeIterator(R(args)));
        t.AddMethod("__reversed__", (args, kw) =>
        {
            var r = R(args);
            long n = r.Length;
            return new PyRangeIterator(new PyRange(r.Start + (n - 1) * r.Step, r.Start - r.Step, -r.Step));
        });
        t.AddMethod("__contains__", (args, kw) => PyInt.FromBool(PyOps.Contains(R(args), args[1])));
        t.AddMethod("__getitem__", (args, kw) =>
        {
            var r = R(args);
            if (args[1] is PySlice slice)
            {
                var s = SliceIndices.Resolve(slice, r.Length);
                return new PyRange(r.ItemAt(s.Start), r.ItemAt(s.Start + s.Count * s.Step), r.Step * s.Step);
            }
            long i = PyOps.AsIndex(args[1]);
            if (i < 0) i += r.Length;
            if (i < 0 || i >= r.Length) throw PyExc.IndexError("range object index out of range");
            return PyInt.FromLong(r.ItemAt(i));
        });
        NumberMethods.InstallComparisons(t, o => o is PyRange);
        foreach (var n in new[] { "__lt__", "__le__", "__gt__", "__ge__" }) t.AddMethod(n, (args, kw) => PyNotImplemented.Instance);
        t.AddMethod("__hash__", (args, kw) =>
        {
            var r = R(args);
            return PyInt.FromLong(PyOps.Hash(PyTuple.Create(PyInt.FromLong(r.Length), PyInt.FromLong(r.Start), PyInt.FromLong(r.Step))));
        });
        t.AddMethod("index", (args, kw) =>
        {
            var r = R(args);
            if (args[1] is PyInt v && PyOps.Contains(r, v)) return PyInt.FromLong((v.Small - r.Start) / r.Step);
            throw PyExc.ValueError($"{PyOps.Repr(args[1])} is not in range");
        });
        t.AddMethod("count", (args, kw) => PyInt.FromBool(args[1] is PyInt && PyOps.Contains(R(args), args[1])) is var b && !b.IsZero ? PyInt.One : PyInt.Zero);
        t.AddGetter("start", self => PyInt.FromLong(((PyRange)self).Start));
        t.AddGetter("stop", self => PyInt.FromLong(((PyRange)self).Stop));
        t.AddGetter("step", self => PyInt.FromLong(((PyRange)self).Step));
    }

    private static long RangeArg(PyObject o)
        => PyOps.Index(o) is var v && v.IsSmall ? v.Small : throw PyExc.OverflowError("Python int too large to convert to C ssize_t");

    private static void InstallSlice()
    {
        var t = TypeObjects.Slice;
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            Args.Check(args, kw, "slice", 1, 3, 1);
            return args.Length == 2 ? new PySlice(PyNone.Instance, args[1], PyNone.Instance)
                : new PySlice(args[1], args[2], args.Length > 3 ? args[3] : PyNone.Instance);
        })));
        t.AddMethod("__repr__", (args, kw) =>
        {
            var s = (PySlice)args[0];
            return PyStr.From($"slice({PyOps.Repr(s.Start)}, {PyOps.Repr(s.Stop)}, {PyOps.Repr(s.Step)})");
        });
        t.AddGetter("start", self => ((PySlice)self).Start);
        t.AddGetter("stop", self => ((PySlice)self).Stop);
        t.AddGetter("step", self => ((PySlice)self).Step);
        t.AddMethod("indices", (args, kw) =>
        {
            var r = SliceIndices.Resolve((PySlice)args[0], PyOps.AsIndex(args[1]));
            return PyTuple.Create(PyInt.FromLong(r.Start), PyInt.FromLong(r.Stop), PyInt.FromLong(r.Step));
        });
        t.Dict.SetStr("__hash__", PyNone.Instance);
    }

    private static void InstallFunctions()
    {
        var f = TypeObjects.Function;
        f.AddMethod("__repr__", (args, kw) => PyStr.From($"<function {((PyFunction)args[0]).QualName} at 0x{PyOps.Id(args[0]):x}>"));
        f.AddMethod("__get__", (args, kw) => args.Length < 2 || args[1] is PyNone ? args[0] : new PyBoundMethod(args[0], args[1]));
        f.AddGetter("__name__", self => PyStr.From(((PyFunction)self).Name), (self, v) => ((PyFunction)self).Name = ((PyStr)v!).Value);
        f.AddGetter("__qualname__", self => PyStr.From(((PyFunction)self).QualName), (self, v) => ((PyFunction)self).QualName = ((PyStr)v!).Value);
        f.AddGetter("__doc__", self => ((PyFunction)self).Doc, (self, v) => ((PyFunction)self).Doc = v ?? PyNone.Instance);
        f.AddGetter("__module__", self => ((PyFunction)self).Module, (self, v) => ((PyFunction)self).Module = v ?? PyNone.Instance);
        f.AddGetter("__defaults__", self => ((PyFunction)self).Defaults is { } d ? new PyTuple(d) : PyNone.Instance,
            (self, v) => ((PyFunction)self).Defaults = v is PyTuple t ? t.Items : null);
        f.AddGetter("__kwdefaults__", self => (PyObject?)((PyFunction)self).KwDefaults ?? PyNone.Instance);
        f.AddGetter("__annotations__", self => ((PyFunction)self).Annotations ??= new PyDict());
        f.AddGetter("__wrapped__", self => ((PyFunction)self).InstanceDict!.TryGetStr("__wrapped__", out var w) ? w
            : throw PyExc.AttributeError("'function' object has no attribute '__wrapped__'"));

        var bf = TypeObjects.BuiltinFunction;
        bf.AddMethod("__repr__", (args, kw) =>
        {
            var b = (PyBuiltinFunction)args[0];
            return PyStr.From(b.Self is null || b.Self is PyModule ? $"<built-in function {b.Name}>"
                : $"<built-in method {b.Name} of {b.Self.Type.Name} object at 0x{PyOps.Id(b.Self):x}>");
        });
        bf.AddGetter("__name__", self => PyStr.From(((PyBuiltinFunction)self).Name));
        bf.AddGetter("__qualname__", self => PyStr.From(((PyBuiltinFunction)self).Name));
        bf.AddGetter("__self__", self => ((PyBuiltinFunction)self).Self ?? PyNone.Instance);

        var md = TypeObjects.MethodDescriptor;
        md.AddMethod("__repr__", (args, kw) =>
        {
            var m = (PyMethodDescriptor)args[0];
            return PyStr.From($"<method '{m.Name}' of '{m.Owner.Name}' objects>");
        });
        md.AddMethod("__get__", (args, kw) => args.Length < 2 || args[1] is PyNone ? args[0] : PyOps.BindDescriptor(args[0], args[1], args[1].Type));
        md.AddGetter("__name__", self => PyStr.From(((PyMethodDescriptor)self).Name));
        md.AddGetter("__qualname__", self => PyStr.From(((PyMethodDescriptor)self).Owner.Name + "." + ((PyMethodDescriptor)self).Name));

        var member = TypeObjects.MemberDescriptor;
        member.AddMethod("__repr__", (args, kw) =>
        {
            var m = (PyMemberDescriptor)args[0];
            return PyStr.From($"<member '{m.Name}' of '{m.Owner.Name}' objects>");
        });
        member.AddMethod("__get__", (args, kw) => args.Length < 2 || args[1] is PyNone ? args[0] : ((PyMemberDescriptor)args[0]).Get(args[1]));
        member.AddMethod("__set__", (args, kw) =>
        {
            ((PyMemberDescriptor)args[0]).Set(args[1], args[2]);
            return PyNone.Instance;
        });
        member.AddMethod("__delete__", (args, kw) =>
        {
            ((PyMemberDescriptor)args[0]).Set(args[1], null);
            return PyNone.Instance;
        });

        var gs = TypeObjects.GetSetDescriptor;
        gs.AddMethod("__repr__", (args, kw) =>
        {
            var g = (PyGetSetDescriptor)args[0];
            return PyStr.From($"<attribute '{g.Name}' of '{g.Owner.Name}' objects>");
        });
        gs.AddMethod("__get__", (args, kw) => args.Length < 2 || args[1] is PyNone ? args[0] : ((PyGetSetDescriptor)args[0]).Getter(args[1]));

        var m = TypeObjects.Method;
        m.AddMethod("__repr__", (args, kw) =>
        {
            var b = (PyBoundMethod)args[0];
            string name = b.Function switch
            {
                PyFunction fn => fn.QualName,
                PyBuiltinFunction bfn => bfn.Name,
                _ => "?",
            };
            return PyStr.From($"<bound method {name} of {PyOps.Repr(b.Self)}>");
        });
        m.AddGetter("__func__", self => ((PyBoundMethod)self).Function);
        m.AddGetter("__self__", self => ((PyBoundMethod)self).Self);
        m.AddGetter("__name__", self => PyOps.GetAttr(((PyBoundMethod)self).Function, PyStr.From("__name__")));
        m.AddGetter("__qualname__", self => PyOps.GetAttr(((PyBoundMethod)self).Function, PyStr.From("__qualname__")));
        m.AddGetter("__doc__", self => PyOps.GetAttr(((PyBoundMethod)self).Function, PyStr.From("__doc__")));
        m.AddMethod("__eq__", (args, kw) => args[1] is PyBoundMethod o && ReferenceEquals(o.Self, ((PyBoundMethod)args[0]).Self)
            && ReferenceEquals(o.Function, ((PyBoundMethod)args[0]).Function) ? PyInt.True : PyInt.False);
        m.AddMethod("__hash__", (args, kw) => PyInt.FromLong(PyOps.IdentityHash(((PyBoundMethod)args[0]).Self) ^ PyOps.IdentityHash(((PyBoundMethod)args[0]).Function)));
    }

    private static void InstallDescriptors()
    {
        var sm = TypeObjects.StaticMethod;
        sm.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            Args.Check(args, kw, "staticmethod", 1, 1, 1);
            return new PyStaticMethod(args[1]);
        })));
        sm.AddMethod("__get__", (args, kw) => ((PyStaticMethod)args[0]).Callable);
        sm.AddGetter("__func__", self => ((PyStaticMethod)self).Callable);
        var cm = TypeObjects.ClassMethod;
        cm.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            Args.Check(args, kw, "classmethod", 1, 1, 1);
            return new PyClassMethod(args[1]);
        })));
        cm.AddMethod("__get__", (args, kw) => new PyBoundMethod(((PyClassMethod)args[0]).Callable,
            args.Length > 2 && args[2] is not PyNone ? args[2] : args[1].Type));
        cm.AddGetter("__func__", self => ((PyClassMethod)self).Callable);

        var p = TypeObjects.Property;
        p.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var a = Args.Parse(args[1..], kw, "property", ["fget", "fset", "fdel", "doc"], 0);
            PyObject? Opt(PyObject? o) => o is null or PyNone ? null : o;
            var doc = Opt(a[3]);
            if (doc is null && Opt(a[0]) is { } getter && getter is PyFunction gf && gf.Doc is not PyNone) doc = gf.Doc;
            return new PyProperty(Opt(a[0]), Opt(a[1]), Opt(a[2]), doc);
        })));
        p.AddMethod("__get__", (args, kw) => args.Length < 2 || args[1] is PyNone ? args[0] : PyOps.BindDescriptor(args[0], args[1], args[1].Type));
        p.AddMethod("__set__", (args, kw) =>
        {
            PyOps.GenericSetAttrViaProperty((PyProperty)args[0], args[1], args[2]);
            return PyNone.Instance;
        });
        p.AddMethod("__delete__", (args, kw) =>
        {
            PyOps.GenericSetAttrViaProperty((PyProperty)args[0], args[1], null);
            return PyNone.Instance;
        });
        p.AddMethod("getter", (args, kw) => Copy((PyProperty)args[0], getter: args[1]));
        p.AddMethod("setter", (args, kw) => Copy((PyProperty)args[0], setter: args[1]));
        p.AddMethod("deleter", (args, kw) => Copy((PyProperty)args[0], deleter: args[1]));
        p.AddGetter("fget", self => ((PyProperty)self).Getter ?? PyNone.Instance);
        p.AddGetter("fset", self => ((PyProperty)self).Setter ?? PyNone.Instance);
        p.AddGetter("fdel", self => ((PyProperty)self).Deleter ?? PyNone.Instance);
        p.AddGetter("__doc__", self => ((PyProperty)self).Doc ?? PyNone.Instance);
        p.AddMethod("__set_name__", (args, kw) =>
        {
            ((PyProperty)args[0]).Name = (args[2] as PyStr)?.Value;
            return PyNone.Instance;
        });

        var sup = TypeObjects.Super;
        sup.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) => NewSuper(args[1..]))));
        sup.AddMethod("__repr__", (args, kw) =>
        {
            var s = (PySuper)args[0];
            return PyStr.From(s.ObjectType is null ? $"<super: <class '{s.ThisType.Name}'>, NULL>"
                : $"<super: <class '{s.ThisType.Name}'>, <{s.ObjectType.Name} object>>");
        });
    }

    private static PyProperty Copy(PyProperty p, PyObject? getter = null, PyObject? setter = null, PyObject? deleter = null)
        => new(getter ?? p.Getter, setter ?? p.Setter, deleter ?? p.Deleter, p.Doc) { Name = p.Name };

    /// <summary><c>super()</c> (from the calling frame's <c>__class__</c> cell and first argument) and <c>super(type, obj)</c>.</summary>
    private static PyObject NewSuper(ReadOnlySpan<PyObject> args)
    {
        PyType type;
        PyObject? obj;
        if (args.Length == 0)
        {
            var frame = ThreadState.Current.CurrentFrame ?? throw PyExc.RuntimeError("super(): no current frame");
            var code = frame.Code;
            if (code.ArgCount == 0 && (code.Flags & CodeFlags.VarArgs) == 0) throw PyExc.RuntimeError("super(): no arguments");
            obj = frame.Slots[0].Value;
            int cellOfFirst = Array.IndexOf(code.CellParameterIndex, 0);
            if (cellOfFirst >= 0) obj = ((PyCell)frame.Slots[code.CellStart + cellOfFirst].Value).Value;
            if (obj is null) throw PyExc.RuntimeError("super(): arg[0] deleted");
            int classIndex = Array.IndexOf(code.FreeVars, "__class__");
            if (classIndex < 0) throw PyExc.RuntimeError("super(): __class__ cell not found");
            var cellValue = ((PyCell)frame.Slots[code.FreeStart + classIndex].Value).Value;
            type = cellValue as PyType ?? throw PyExc.RuntimeError("super(): empty __class__ cell");
        }
        else
        {
            type = args[0] as PyType ?? throw PyExc.TypeError($"super() argument 1 must be type, not {args[0].Type.Name}");
            obj = args.Length > 1 ? args[1] : null;
        }
        if (obj is null) return new PySuper(type, null, null);
        PyType objType;
        if (obj is PyType ot && ot.IsSubtypeOf(type)) objType = ot;
        else if (obj.Type.IsSubtypeOf(type)) objType = obj.Type;
        else throw PyExc.TypeError("super(type, obj): obj must be an instance or subtype of type");
        return new PySuper(type, obj, objType);
    }

    private static void InstallGenerator()
    {
        var g = TypeObjects.Generator;
        g.AddMethod("__iter__", (args, kw) => args[0]);
        g.AddMethod("__next__", (args, kw) =>
        {
            var gen = (PyGenerator)args[0];
            if (gen.Resume(PyNone.Instance, out var result)) return result;
            throw PyExc.StopIteration(result is PyNone ? null : result);
        });
        foreach (var t in new[] { TypeObjects.Generator, TypeObjects.Coroutine })
        {
            t.AddMethod("send", (args, kw) =>
            {
                Args.Check(args, kw, "send", 1, 1, 1);
                return Send((PyGenerator)args[0], args[1]);
            });
            t.AddMethod("throw", (args, kw) =>
            {
                Args.Check(args, kw, "throw", 1, 3, 1);
                return Throw((PyGenerator)args[0], args[1..]);
            });
            t.AddMethod("close", (args, kw) =>
            {
                ((PyGenerator)args[0]).Close();
                return PyNone.Instance;
            });
            string kind = t == TypeObjects.Coroutine ? "coroutine" : "generator";
            t.AddMethod("__repr__", (args, kw) => PyStr.From($"<{kind} object {((PyGenerator)args[0]).QualName} at 0x{PyOps.Id(args[0]):x}>"));
            t.AddGetter("__name__", self => PyStr.From(((PyGenerator)self).Name));
            t.AddGetter("__qualname__", self => PyStr.From(((PyGenerator)self).QualName));
        }
        TypeObjects.Coroutine.AddMethod("__await__", (args, kw) => new PyCoroutineWrapper((PyGenerator)args[0]));
        var w = TypeObjects.CoroutineWrapper;
        w.AddMethod("__iter__", (args, kw) => args[0]);
        w.AddMethod("__next__", (args, kw) => Send(((PyCoroutineWrapper)args[0]).Coroutine, PyNone.Instance));
        w.AddMethod("send", (args, kw) => Send(((PyCoroutineWrapper)args[0]).Coroutine, args[1]));
        w.AddMethod("throw", (args, kw) => Throw(((PyCoroutineWrapper)args[0]).Coroutine, args[1..]));
        w.AddMethod("close", (args, kw) =>
        {
            ((PyCoroutineWrapper)args[0]).Coroutine.Close();
            return PyNone.Instance;
        });
    }

    private static PyObject Send(PyGenerator gen, PyObject value)
    {
        if (gen.Resume(value, out var result)) return result;
        throw PyExc.StopIteration(result is PyNone ? null : result);
    }

    private static PyObject Throw(PyGenerator gen, ReadOnlySpan<PyObject> args)
    {
        PyBaseException exc;
        if (args[0] is PyType t)
            exc = args.Length > 1 && args[1] is PyBaseException given ? given : Interpreter.MakeException(args.Length > 1 ? PyOps.Call1(t, args[1]) : t);
        else exc = Interpreter.MakeException(args[0]);
        if (gen.Throw(exc, out var result)) return result;
        throw PyExc.StopIteration(result is PyNone ? null : result);
    }
}
