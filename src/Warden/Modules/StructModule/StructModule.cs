using System.Text;
using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary>The <c>_struct</c> module behind <c>struct</c>: pack/unpack, Struct objects and <c>struct.error</c>.</summary>
internal static class StructModule
{
    /// <summary>struct.error.</summary>
    public static readonly PyType ErrorType = CreateErrorType();
    private static readonly PyType s_structType = CreateStructType();
    private static readonly PyType s_unpackIteratorType = CreateUnpackIteratorType();
    private static readonly Dictionary<string, StructLayout> s_cache = new();

    /// <summary>A struct.error with <paramref name="message"/>.</summary>
    public static PythonException Error(string message) => PyExc.Create(ErrorType, message);

    private static PyType CreateErrorType()
    {
        var t = new PyType("error", [TypeObjects.Exception], TypeObjects.TypeType);
        t.Dict.SetStr("__module__", PyStr.From("struct"));
        t.InstanceFactory = type => new PyBaseException(type);
        t.InstancesHaveDict = true;
        return t;
    }

    /// <summary>A Struct object: a <see cref="StructLayout"/> and its format object.</summary>
    private sealed class PyStruct(StructLayout layout) : PyObject
    {
        public StructLayout Layout { get; } = layout;
        public override PyType Type => s_structType;
    }

    public static PyModule Create(ThreadState ts)
    {
        var module = new PyModule("_struct");
        var d = module.Dict;
        void Fn(string name, NativeFunction f) => d.SetStr(name, new PyBuiltinFunction(name, f));
        d.SetStr("error", ErrorType);
        d.SetStr("Struct", s_structType);
        Fn("pack", (args, kw) =>
        {
            NoKeywords(kw, "pack");
            if (args.Length < 1) throw PyExc.TypeError("pack expected at least 1 argument, got 0");
            return Pack(LayoutOf(args[0]), args[1..]);
        });
        Fn("pack_into", (args, kw) =>
        {
            NoKeywords(kw, "pack_into");
            if (args.Length < 3) throw PyExc.TypeError($"pack_into expected at least 3 arguments, got {args.Length}");
            PackInto(LayoutOf(args[0]), args[1], args[2], args[3..]);
            return PyNone.Instance;
        });
        Fn("unpack", (args, kw) =>
        {
            Args.Check(args, kw, "unpack", 2, 2);
            return Unpack(LayoutOf(args[0]), args[1]);
        });
        Fn("unpack_from", (args, kw) =>
        {
            var a = ClinicArgs.Parse(args, kw, "unpack_from", ["format", "buffer", "offset"], 2);
            return UnpackFrom(LayoutOf(a[0]!), a[1]!, a[2]);
        });
        Fn("iter_unpack", (args, kw) =>
        {
            Args.Check(args, kw, "iter_unpack", 2, 2);
            return IterUnpack(LayoutOf(args[0]), args[1]);
        });
        Fn("calcsize", (args, kw) =>
        {
            Args.Check(args, kw, "calcsize", 1, 1);
            return PyInt.FromLong(LayoutOf(args[0]).Size);
        });
        Fn("_clearcache", (args, kw) =>
        {
            lock (s_cache) s_cache.Clear();
            return PyNone.Instance;
        });
        return module;
    }

    private static void NoKeywords(PyTuple? kw, string name)
    {
        if (kw is not null && kw.Length > 0) throw PyExc.TypeError($"{name}() takes no keyword arguments");
    }

    private static string FormatText(PyObject format)
    {
        var u = PyOps.Unwrap(format);
        if (u is PyStr s) return s.Value;
        if (u is PyBytes b) return Encoding.Latin1.GetString(b.Value);
        throw PyExc.TypeError($"Struct() argument 1 must be a str or bytes object, not {format.Type.Name}");
    }

    private static StructLayout LayoutOf(PyObject format)
    {
        if (format is PyStruct st) return st.Layout;
        string text = FormatText(format);
        lock (s_cache)
        {
            if (s_cache.TryGetValue(text, out var cached)) return cached;
        }
        var layout = StructLayout.Parse(text);
        lock (s_cache)
        {
            if (s_cache.Count >= 100) s_cache.Clear();
            s_cache[text] = layout;
        }
        return layout;
    }

    private static PyBytes Pack(StructLayout layout, ReadOnlySpan<PyObject> values)
    {
        var result = new byte[layout.Size];
        StructCodec.Pack(layout, values, result);
        return new PyBytes(result);
    }

    private static void PackInto(StructLayout layout, PyObject buffer, PyObject offsetObject, ReadOnlySpan<PyObject> values)
    {
        var target = PyOps.Unwrap(buffer);
        if (target is not PyByteArray && target is not PyMemoryView { ReadOnly: false })
            throw PyExc.TypeError($"argument must be read-write bytes-like object, not {buffer.Type.Name}");
        // Check the values before the buffer, as CPython does.
        if (values.Length != layout.ArgumentCount)
            throw Error($"pack expected {layout.ArgumentCount} items for packing (got {values.Length})");
        long length = target is PyByteArray ba ? ba.Data.Count : ((PyMemoryView)target).Length;
        long offset = PyOps.AsIndex(offsetObject);
        if (offset < 0)
        {
            if (offset + layout.Size > 0) throw Error($"no space to pack {layout.Size} bytes at offset {offset}");
            if (offset + length < 0) throw Error($"offset {offset} out of range for {length}-byte buffer");
            offset += length;
        }
        if (length - offset < layout.Size)
            throw Error($"pack_into requires a buffer of at least {layout.Size + offset} bytes for packing {layout.Size} bytes at offset {offset} (actual buffer size is {length})");
        var packed = new byte[layout.Size];
        StructCodec.Pack(layout, values, packed);
        for (int i = 0; i < packed.Length; i++)
        {
            if (target is PyByteArray array) array.Data[(int)offset + i] = packed[i];
            else ((PyMemoryView)target).Set(offset + i, packed[i]);
        }
    }

    private static PyTuple Unpack(StructLayout layout, PyObject buffer)
    {
        var data = BytesMethods.BytesLike(buffer);
        if (data.Length != layout.Size) throw Error($"unpack requires a buffer of {layout.Size} bytes");
        return StructCodec.Unpack(layout, data);
    }

    private static PyTuple UnpackFrom(StructLayout layout, PyObject buffer, PyObject? offsetObject)
    {
        var data = BytesMethods.BytesLike(buffer);
        long offset = offsetObject is null ? 0 : PyOps.AsIndex(offsetObject);
        long length = data.Length;
        if (offset < 0)
        {
            if (offset + length < 0) throw Error($"offset {offset} out of range for {length}-byte buffer");
            offset += length;
        }
        if (length - offset < layout.Size)
            throw Error($"unpack_from requires a buffer of at least {layout.Size + offset} bytes for unpacking {layout.Size} bytes at offset {offset} (actual buffer size is {length})");
        return StructCodec.Unpack(layout, data.AsSpan((int)offset, layout.Size));
    }

    private static PyObject IterUnpack(StructLayout layout, PyObject buffer)
    {
        if (layout.Size == 0) throw Error("cannot iteratively unpack with a struct of length 0");
        var data = BytesMethods.BytesLike(buffer);
        if (data.Length % layout.Size != 0)
            throw Error($"iterative unpacking requires a buffer of a multiple of {layout.Size} bytes");
        return new PyEnumerableIterator(Chunks(layout, data), s_unpackIteratorType);
    }

    private static IEnumerable<PyObject> Chunks(StructLayout layout, byte[] data)
    {
        for (int at = 0; at < data.Length; at += layout.Size)
            yield return StructCodec.Unpack(layout, data.AsSpan(at, layout.Size));
    }

    private static PyType CreateUnpackIteratorType()
    {
        var t = new PyType("unpack_iterator", [TypeObjects.Object], TypeObjects.TypeType) { IsFinal = true };
        t.Dict.SetStr("__module__", PyStr.From("_struct"));
        MiscMethods.InstallIterator(t);
        return t;
    }

    private static PyStruct Self(PyObject o) =>
        o as PyStruct ?? throw PyExc.TypeError($"descriptor requires a '_struct.Struct' object but received a '{o.Type.Name}'");

    private static PyType CreateStructType()
    {
        var t = new PyType("Struct", [TypeObjects.Object], TypeObjects.TypeType);
        t.Dict.SetStr("__module__", PyStr.From("_struct"));
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            if (args.Length == 0 || args[0] is not PyType) throw PyExc.TypeError("Struct.__new__(X): X is not a type object");
            var a = ClinicArgs.Parse(args[1..], kw, "Struct", ["format"], 1);
            return new PyStruct(StructLayout.Parse(FormatText(a[0]!)));
        })));
        t.AddMethod("__init__", (args, kw) => PyNone.Instance);
        t.AddMethod("pack", (args, kw) =>
        {
            NoKeywords(kw, "pack");
            return Pack(Self(args[0]).Layout, args[1..]);
        });
        t.AddMethod("pack_into", (args, kw) =>
        {
            NoKeywords(kw, "pack_into");
            if (args.Length < 3) throw PyExc.TypeError($"pack_into expected at least 2 arguments, got {args.Length - 1}");
            PackInto(Self(args[0]).Layout, args[1], args[2], args[3..]);
            return PyNone.Instance;
        });
        t.AddMethod("unpack", (args, kw) =>
        {
            Args.Check(args, kw, "unpack", 1, 1, 1);
            return Unpack(Self(args[0]).Layout, args[1]);
        });
        t.AddMethod("unpack_from", (args, kw) =>
        {
            var a = ClinicArgs.Parse(args[1..], kw, "unpack_from", ["buffer", "offset"], 1);
            return UnpackFrom(Self(args[0]).Layout, a[0]!, a[1]);
        });
        t.AddMethod("iter_unpack", (args, kw) =>
        {
            Args.Check(args, kw, "iter_unpack", 1, 1, 1);
            return IterUnpack(Self(args[0]).Layout, args[1]);
        });
        t.AddGetter("format", self => PyStr.From(Self(self).Layout.Format));
        t.AddGetter("size", self => PyInt.FromLong(Self(self).Layout.Size));
        return t;
    }
}
