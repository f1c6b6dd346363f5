using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Objects;

/// <summary>Methods and attributes of functions, native functions, method descriptors and bound methods.</summary>
internal static class FunctionMethods
{
    /// <summary>The introspection attributes of code objects (<c>co_*</c>).</summary>
    private static void InstallCode()
    {
        var t = TypeObjects.Code;
        static PyTuple Names(string[] names) => new(names.Select(n => (PyObject)PyStr.From(n)).ToArray());
        t.AddGetter("co_name", self => PyStr.From(((CodeObject)self).Name));
        t.AddGetter("co_qualname", self => PyStr.From(((CodeObject)self).QualName));
        t.AddGetter("co_filename", self => PyStr.From(((CodeObject)self).Filename));
        t.AddGetter("co_firstlineno", self => PyInt.FromLong(((CodeObject)self).FirstLineNumber));
        t.AddGetter("co_argcount", self => PyInt.FromLong(((CodeObject)self).ArgCount));
        t.AddGetter("co_posonlyargcount", self => PyInt.FromLong(((CodeObject)self).PosOnlyArgCount));
        t.AddGetter("co_kwonlyargcount", self => PyInt.FromLong(((CodeObject)self).KwOnlyArgCount));
        t.AddGetter("co_nlocals", self => PyInt.FromLong(((CodeObject)self).VarNames.Length));
        t.AddGetter("co_stacksize", self => PyInt.FromLong(((CodeObject)self).StackSize));
        t.AddGetter("co_flags", self =>
        {
            var c = (CodeObject)self;
            // NOFREE (0x40) is derived, as in CPython, from the absence of cell and free variables.
            int flags = (int)c.Flags | (c.CellVars.Length == 0 && c.FreeVars.Length == 0 ? 0x40 : 0);
            return PyInt.FromLong(flags);
        });
        t.AddGetter("co_varnames", self => Names(((CodeObject)self).VarNames));
        t.AddGetter("co_cellvars", self => Names(((CodeObject)self).CellVars));
        t.AddGetter("co_freevars", self => Names(((CodeObject)self).FreeVars));
        t.AddGetter("co_names", self => Names(((CodeObject)self).Names));
        t.AddGetter("co_consts", self => new PyTuple((PyObject[])((CodeObject)self).Constants.Clone()));
        // One (line, end line, column, end column) per instruction word, as tb_lasti // 2 indexes them
        // (traceback uses this for its ^^^ markers); unknown parts are None.
        t.AddMethod("co_positions", (args, kw) =>
        {
            var positions = ((CodeObject)args[0]).Positions;
            var items = new PyObject[positions.Length / 4];
            static PyObject Part(int value) => value < 0 ? PyNone.Instance : PyInt.FromLong(value);
            for (int i = 0; i < items.Length; i++)
                items[i] = PyTuple.Create(Part(positions[i * 4]), Part(positions[i * 4 + 1]), Part(positions[i * 4 + 2]), Part(positions[i * 4 + 3]));
            return PyOps.GetIter(new PyTuple(items));
        });
    }

    internal static void InstallFunctions()
    {
        var f = TypeObjects.Function;
        CodeReplace.Install();
        f.AddGetter("__globals__", self => ((PyFunction)self).Globals);
        f.AddGetter("__builtins__", self => ((PyFunction)self).Builtins);
        f.AddGetter("__closure__", self => ((PyFunction)self).Closure is { } cells ? new PyTuple(cells) : PyNone.Instance);
        InstallCode();
        TypeObjects.Cell.AddGetter("cell_contents", self => ((PyCell)self).Value ?? throw PyExc.Create(TypeObjects.ValueError, "Cell is empty"),
            (self, v) => ((PyCell)self).Value = v);
        f.AddMethod("__repr__", (args, kw) => PyStr.From($"<function {((PyFunction)args[0]).QualName} at 0x{PyOps.Id(args[0]):x}>"));
        f.AddMethod("__get__", (args, kw) => args.Length < 2 || args[1] is PyNone ? args[0] : new PyBoundMethod(args[0], args[1]));
        f.AddGetter("__name__", self => PyStr.From(((PyFunction)self).Name), (self, v) => ((PyFunction)self).Name = ((PyStr)v!).Value);
        f.AddGetter("__qualname__", self => PyStr.From(((PyFunction)self).QualName), (self, v) => ((PyFunction)self).QualName = ((PyStr)v!).Value);
        f.AddGetter("__doc__", self => ((PyFunction)self).Doc, (self, v) => ((PyFunction)self).Doc = v ?? PyNone.Instance);
        f.AddGetter("__module__", self => ((PyFunction)self).Module, (self, v) => ((PyFunction)self).Module = v ?? PyNone.Instance);
        f.AddGetter("__defaults__", self => ((PyFunction)self).Defaults is { } d ? new PyTuple(d) : PyNone.Instance,
            (self, v) => ((PyFunction)self).Defaults = v is PyTuple t ? t.Items : null);
        f.AddGetter("__kwdefaults__", self => (PyObject?)((PyFunction)self).KwDefaults ?? PyNone.Instance,
            (self, v) => ((PyFunction)self).KwDefaults = v is PyNone or null ? null
                : v as PyDict ?? throw PyExc.TypeError("__kwdefaults__ must be set to a dict object"));
        f.AddGetter("__annotations__", self => ((PyFunction)self).Annotations ??= new PyDict(),
            (self, v) => ((PyFunction)self).Annotations = v is PyNone or null ? null
                : v as PyDict ?? throw PyExc.TypeError("__annotations__ must be set to a dict object"));

        var bf = TypeObjects.BuiltinFunction;
        bf.AddMethod("__repr__", (args, kw) =>
        {
            var b = (PyBuiltinFunction)args[0];
            return PyStr.From(b.Self is null || b.Self is PyModule ? $"<built-in function {b.Name}>"
                : $"<built-in method {b.Name} of {b.Self.Type.Name} object at 0x{PyOps.Id(b.Self):x}>");
        });
        bf.AddGetter("__name__", self => PyStr.From(((PyBuiltinFunction)self).Name));
        bf.AddGetter("__qualname__", self => PyStr.From(((PyBuiltinFunction)self).Name));
        bf.AddGetter("__self__", self => ((PyBuiltinFunction)self) is var b && b.Self is null && b.ModuleName is { } moduleName
            && Runtime.ThreadState.Current.Modules.TryGetStr(moduleName, out var module) ? module : b.Self ?? PyNone.Instance);
        bf.AddGetter("__module__", self => ((PyBuiltinFunction)self).ModuleName is { } moduleName ? PyStr.From(moduleName) : PyNone.Instance);
        // CPython's meth_reduce: a module function pickles by its name (found through __module__),
        // a bound builtin method as getattr(self, name).
        bf.AddMethod("__reduce__", (args, kw) =>
        {
            Args.Check(args, kw, "__reduce__", 0, 0, 1);
            var b = (PyBuiltinFunction)args[0];
            if (b.Self is null || b.Self is PyModule) return PyStr.From(b.Name);
            var getattr = Runtime.ThreadState.Current.Context.BuiltinsDict.TryGetStr("getattr", out var f) ? f
                : throw PyExc.NameError("name 'getattr' is not defined");
            return PyTuple.Create(getattr, PyTuple.Create(b.Self, PyStr.From(b.Name)));
        });

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

        // Calls of these go straight through PyOps.Call; __call__ exists for introspection
        // (collections.abc.Callable looks for it in the type's __dict__).
        foreach (var callableType in new[] { TypeObjects.Function, TypeObjects.BuiltinFunction, TypeObjects.MethodDescriptor, TypeObjects.Method })
            callableType.AddMethod("__call__", (args, kw) => PyOps.Call(args[0], args[1..], kw));
        var m = TypeObjects.Method;
        m.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            // types.MethodType(function, instance).
            Args.Check(args, kw, "method", 2, 2, 1);
            var function = args[1];
            bool callable = function is PyFunction or PyBuiltinFunction or PyBoundMethod or PyType or PyMethodDescriptor
                || function.Type.GetSlots().Call is not null;
            if (!callable) throw PyExc.TypeError("first argument must be callable");
            if (args[2] is PyNone) throw PyExc.TypeError("instance must not be None");
            return new PyBoundMethod(args[1], args[2]);
        })));
        TypeObjects.Module.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            // types.ModuleType(name, doc=None): an empty module with the attributes the import system fills in.
            var a = Args.Parse(args[1..], kw, "module", ["name", "doc"], 1);
            if (a[0] is not PyStr name) throw PyExc.TypeError($"module() argument 'name' must be str, not {a[0]!.Type.Name}");
            if (!ReferenceEquals(args[0], TypeObjects.Module))
                throw PyExc.TypeError($"cannot create '{((PyType)args[0]).Name}' instances");
            var module = new PyModule(name.Value);
            module.Dict.SetStr("__doc__", a[1] ?? PyNone.Instance);
            module.Dict.SetStr("__package__", PyNone.Instance);
            module.Dict.SetStr("__loader__", PyNone.Instance);
            module.Dict.SetStr("__spec__", PyNone.Instance);
            return module;
        })));
        // As CPython's method objects, attributes the method itself lacks come from the function
        // (abc reads __isabstractmethod__ through bound classmethods this way).
        m.AddMethod("__getattr__", (args, kw) =>
        {
            Args.Check(args, kw, "__getattr__", 1, 1, 1);
            return PyOps.GetAttr(((PyBoundMethod)args[0]).Function, (PyStr)args[1]);
        });
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
        m.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            Args.Check(args, kw, "method", 2, 2, 1);
            var function = args[1];
            if (!(function is PyFunction or PyBuiltinFunction or PyBoundMethod or PyType or PyMethodDescriptor || function.Type.GetSlots().Call is not null))
                throw PyExc.TypeError("first argument must be callable");
            if (args[2] is PyNone) throw PyExc.TypeError("instance must not be None");
            return new PyBoundMethod(function, args[2]);
        })));
        m.AddGetter("__func__", self => ((PyBoundMethod)self).Function);
        m.AddGetter("__self__", self => ((PyBoundMethod)self).Self);
        m.AddGetter("__module__", self => PyOps.TryGetAttr(((PyBoundMethod)self).Function, PyStr.From("__module__"), out var module) ? module : PyNone.Instance);
        m.AddGetter("__name__", self => PyOps.GetAttr(((PyBoundMethod)self).Function, PyStr.From("__name__")));
        m.AddGetter("__qualname__", self => PyOps.GetAttr(((PyBoundMethod)self).Function, PyStr.From("__qualname__")));
        m.AddGetter("__doc__", self => PyOps.GetAttr(((PyBoundMethod)self).Function, PyStr.From("__doc__")));
        m.AddMethod("__eq__", (args, kw) => args[1] is PyBoundMethod o && ReferenceEquals(o.Self, ((PyBoundMethod)args[0]).Self)
            && ReferenceEquals(o.Function, ((PyBoundMethod)args[0]).Function) ? PyInt.True : PyInt.False);
        m.AddMethod("__hash__", (args, kw) => PyInt.FromLong(PyOps.IdentityHash(((PyBoundMethod)args[0]).Self) ^ PyOps.IdentityHash(((PyBoundMethod)args[0]).Function)));
    }
}
