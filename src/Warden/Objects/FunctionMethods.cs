using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Objects;

/// <summary>Methods and attributes of functions, native functions, method descriptors and bound methods.</summary>
internal static class FunctionMethods
{
    internal static void InstallFunctions()
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
}
