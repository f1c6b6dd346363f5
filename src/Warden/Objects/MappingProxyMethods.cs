using Warden.Compiler;
using Warden.Runtime;

namespace Warden.Objects;

/// <summary>Methods of <c>mappingproxy</c>: reads delegate to the wrapped mapping, writes do not exist.</summary>
internal static class MappingProxyMethods
{
    private static PyObject M(ReadOnlySpan<PyObject> args) => ((PyMappingProxy)args[0]).Mapping;

    private static PyObject CallMappingMethod(PyObject mapping, string name, ReadOnlySpan<PyObject> args)
        => PyOps.Call(PyOps.GetAttr(mapping, PyStr.From(name)), args, null);

    public static void Install()
    {
        var t = TypeObjects.MappingProxy;
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var a = Args.Parse(args[1..], kw, "mappingproxy", ["mapping"], 1);
            var mapping = a[0]!;
            bool isMapping = PyOps.Unwrap(mapping) is PyDict || mapping is PyMappingProxy
                || (mapping.Type.Lookup("__getitem__") is not null && mapping.Type.Lookup("keys") is not null
                    && PyOps.Unwrap(mapping) is not (PyList or PyTuple));
            if (!isMapping) throw PyExc.TypeError($"mappingproxy() argument must be a mapping, not {mapping.Type.Name}");
            return new PyMappingProxy(mapping);
        })));
        t.AddMethod("__getitem__", (args, kw) => PyOps.GetItem(M(args), args[1]));
        t.AddMethod("__contains__", (args, kw) => PyInt.FromBool(PyOps.Contains(M(args), args[1])));
        t.AddMethod("__iter__", (args, kw) => PyOps.GetIter(M(args)));
        t.AddMethod("__len__", (args, kw) => PyInt.FromLong(PyOps.Length(M(args))));
        t.AddMethod("__reversed__", (args, kw) => CallMappingMethod(M(args), "__reversed__", []));
        t.AddMethod("__repr__", (args, kw) => PyStr.From($"mappingproxy({PyOps.Repr(M(args))})"));
        t.AddMethod("__str__", (args, kw) => PyStr.From(PyOps.Str(M(args))));
        t.Dict.SetStr("__hash__", PyNone.Instance);
        foreach (var (name, op) in new[] { ("__eq__", ComparisonOperator.Equal), ("__ne__", ComparisonOperator.NotEqual),
                     ("__lt__", ComparisonOperator.Less), ("__le__", ComparisonOperator.LessEqual),
                     ("__gt__", ComparisonOperator.Greater), ("__ge__", ComparisonOperator.GreaterEqual) })
        {
            var comparison = op;
            t.AddMethod(name, (args, kw) => PyOps.RichCompare(M(args), args[1], comparison));
        }
        t.AddMethod("__or__", (args, kw) =>
        {
            var other = args[1] is PyMappingProxy p ? p.Mapping : args[1];
            return PyOps.BinaryOp(M(args), other, (int)BinaryOperator.Or);
        });
        t.AddMethod("__ror__", (args, kw) =>
        {
            var other = args[1] is PyMappingProxy p ? p.Mapping : args[1];
            return PyOps.BinaryOp(other, M(args), (int)BinaryOperator.Or);
        });
        t.AddMethod("keys", (args, kw) => { Args.Check(args, kw, "keys", 0, 0, 1); return CallMappingMethod(M(args), "keys", []); });
        t.AddMethod("values", (args, kw) => { Args.Check(args, kw, "values", 0, 0, 1); return CallMappingMethod(M(args), "values", []); });
        t.AddMethod("items", (args, kw) => { Args.Check(args, kw, "items", 0, 0, 1); return CallMappingMethod(M(args), "items", []); });
        t.AddMethod("copy", (args, kw) => { Args.Check(args, kw, "copy", 0, 0, 1); return CallMappingMethod(M(args), "copy", []); });
        t.AddMethod("get", (args, kw) =>
        {
            Args.Check(args, kw, "get", 1, 2, 1);
            return CallMappingMethod(M(args), "get", args[1..]);
        });
    }
}
