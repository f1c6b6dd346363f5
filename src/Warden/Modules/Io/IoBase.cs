using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules.Io;

/// <summary>
/// An instance of one of the <c>_io</c> types or of a Python subclass of them. Like CPython's
/// io objects every instance has a <c>__dict__</c>; the concrete stream classes derive from this
/// and keep their state in C# fields.
/// </summary>
internal class PyIoObject : PyObject
{
    private readonly PyType _type;
    private PyDict? _dict;

    /// <summary>CPython's <c>__IOBase_closed</c>: the closed flag of streams that do not track their own.</summary>
    internal bool BaseClosed;

    public PyIoObject(PyType type) => _type = type;

    public override PyType Type => _type;

    public override PyDict? InstanceDict => _dict ??= new PyDict();
}

/// <summary>
/// The abstract bases <c>_IOBase</c>, <c>_RawIOBase</c>, <c>_BufferedIOBase</c> and
/// <c>_TextIOBase</c>. Their methods work only through attribute calls on <c>self</c>, so a Python
/// subclass that implements <c>read</c>/<c>readinto</c>/<c>write</c> gets the rest, as in CPython.
/// </summary>
internal static class IoBaseTypes
{
    public static readonly PyType IOBase = Define("_IOBase", TypeObjects.Object);
    public static readonly PyType RawIOBase = Define("_RawIOBase", IOBase);
    public static readonly PyType BufferedIOBase = Define("_BufferedIOBase", IOBase);
    public static readonly PyType TextIOBase = Define("_TextIOBase", IOBase);

    /// <summary><c>io.UnsupportedOperation</c>, an OSError that is also a ValueError.</summary>
    public static readonly PyType UnsupportedOperation = DefineUnsupportedOperation();

    public const int DefaultBufferSize = 8192;

    static IoBaseTypes()
    {
        InstallIOBase(IOBase);
        InstallRawIOBase(RawIOBase);
        InstallBufferedIOBase(BufferedIOBase);
        InstallTextIOBase(TextIOBase);
    }

    /// <summary>Forces the static initialisation (the types and their methods).</summary>
    public static void EnsureInstalled() { }

    /// <summary>Creates an <c>_io</c> type whose instances (and Python subclasses' instances) are made by <paramref name="factory"/>.</summary>
    public static PyType Define(string name, PyType baseType, Func<PyType, PyObject>? factory = null)
    {
        var t = new PyType(name, [baseType], TypeObjects.TypeType)
        {
            InstanceFactory = factory ?? (type => new PyIoObject(type)),
            InstancesHaveDict = true,
        };
        t.Dict.SetStr("__module__", PyStr.From("_io"));
        t.QualName = name;
        return t;
    }

    private static PyType DefineUnsupportedOperation()
    {
        var ns = new PyDict();
        ns.SetStr("__module__", PyStr.From("io"));
        return (PyType)PyOps.Call(TypeObjects.TypeType,
            [PyStr.From("UnsupportedOperation"), PyTuple.Create(TypeObjects.OSError, TypeObjects.ValueError), ns], null);
    }

    public static PythonException Unsupported(string message)
        => new((PyBaseException)PyOps.Call(UnsupportedOperation, [PyStr.From(message)], null));

    public static PythonException ClosedFile() => PyExc.ValueError("I/O operation on closed file.");

    /// <summary>Calls <c>self.name(args)</c> through the ordinary attribute protocol.</summary>
    public static PyObject CallMethod(PyObject self, string name, params PyObject[] args)
        => PyOps.Call(PyOps.GetAttr(self, PyStr.From(name)), args, null);

    /// <summary><c>self.closed</c>, honouring subclasses that redefine it.</summary>
    public static bool IsClosed(PyObject self) => PyOps.IsTrue(PyOps.GetAttr(self, PyStr.From("closed")));

    public static void CheckClosed(PyObject self)
    {
        if (IsClosed(self)) throw ClosedFile();
    }

    /// <summary>A size argument: None or negative mean "all".</summary>
    public static long SizeArg(ReadOnlySpan<PyObject> args, int index)
    {
        if (args.Length <= index || args[index] is PyNone) return -1;
        var o = args[index];
        if (o is not PyInt && o.Type.Lookup("__index__") is null)
            throw PyExc.TypeError($"argument should be integer or None, not '{o.Type.Name}'");
        return PyOps.AsIndex(o);
    }

    /// <summary>Copies <paramref name="data"/> into a writable buffer (bytearray or memoryview of one); returns the count.</summary>
    public static int CopyInto(PyObject target, ReadOnlySpan<byte> data)
    {
        target = PyOps.Unwrap(target);
        switch (target)
        {
            case PyByteArray ba:
            {
                int n = Math.Min(ba.Data.Count, data.Length);
                for (int i = 0; i < n; i++) ba.Data[i] = data[i];
                return n;
            }
            case PyMemoryView { ReadOnly: false } mv:
            {
                int n = (int)Math.Min(mv.Length, data.Length);
                for (int i = 0; i < n; i++) mv.Set(i, data[i]);
                return n;
            }
            default:
                throw PyExc.TypeError($"readinto() argument must be read-write bytes-like object, not {target.Type.Name}");
        }
    }

    /// <summary>The length of a writable buffer argument.</summary>
    public static int BufferLength(PyObject target) => PyOps.Unwrap(target) switch
    {
        PyByteArray ba => ba.Data.Count,
        PyMemoryView { ReadOnly: false } mv => (int)mv.Length,
        var other => throw PyExc.TypeError($"readinto() argument must be read-write bytes-like object, not {other.Type.Name}"),
    };

    private static void InstallIOBase(PyType t)
    {
        t.AddMethod("seek", (args, kw) => throw Unsupported("seek"));
        t.AddMethod("tell", (args, kw) => CallMethod(args[0], "seek", PyInt.Zero, PyInt.FromLong(1)));
        t.AddMethod("truncate", (args, kw) => throw Unsupported("truncate"));
        t.AddMethod("flush", (args, kw) =>
        {
            CheckClosed(args[0]);
            return PyNone.Instance;
        });
        t.AddMethod("close", (args, kw) =>
        {
            var self = args[0];
            if (IsClosed(self)) return PyNone.Instance;
            try
            {
                CallMethod(self, "flush");
            }
            finally
            {
                if (self is PyIoObject io) io.BaseClosed = true;
            }
            return PyNone.Instance;
        });
        t.AddGetter("closed", self => PyInt.FromBool(self is PyIoObject { BaseClosed: true }));
        foreach (var name in new[] { "seekable", "readable", "writable" })
            t.AddMethod(name, (args, kw) => PyInt.False);
        t.AddMethod("_checkClosed", (args, kw) =>
        {
            CheckClosed(args[0]);
            return PyNone.Instance;
        });
        AddCheck(t, "_checkSeekable", "seekable", "File or stream is not seekable.");
        AddCheck(t, "_checkReadable", "readable", "File or stream is not readable.");
        AddCheck(t, "_checkWritable", "writable", "File or stream is not writable.");
        t.AddMethod("fileno", (args, kw) => throw Unsupported("fileno"));
        t.AddMethod("isatty", (args, kw) =>
        {
            CheckClosed(args[0]);
            return PyInt.False;
        });
        t.AddMethod("__enter__", (args, kw) =>
        {
            CheckClosed(args[0]);
            return args[0];
        });
        t.AddMethod("__exit__", (args, kw) => CallMethod(args[0], "close"));
        t.AddMethod("__iter__", (args, kw) =>
        {
            CheckClosed(args[0]);
            return args[0];
        });
        t.AddMethod("__next__", (args, kw) =>
        {
            var line = CallMethod(args[0], "readline");
            if (PyOps.Length(line) == 0) throw PyExc.StopIteration(null);
            return line;
        });
        t.AddMethod("readline", (args, kw) => GenericReadline(args[0], SizeArg(args, 1)));
        t.AddMethod("readlines", (args, kw) =>
        {
            long hint = SizeArg(args, 1);
            var lines = new PyList();
            long total = 0;
            var it = PyOps.GetIter(args[0]);
            while (PyOps.TryNext(it, out var line))
            {
                lines.Append(line);
                total += PyOps.Length(line);
                if (hint > 0 && total >= hint) break;
            }
            return lines;
        });
        t.AddMethod("writelines", (args, kw) =>
        {
            Args.Check(args, kw, "writelines", 1, 1, 1);
            CheckClosed(args[0]);
            var it = PyOps.GetIter(args[1]);
            var write = PyOps.GetAttr(args[0], PyStr.From("write"));
            while (PyOps.TryNext(it, out var line)) PyOps.Call1(write, line);
            return PyNone.Instance;
        });
        t.AddMethod("__del__", (args, kw) => PyNone.Instance);
    }

    private static void AddCheck(PyType t, string name, string predicate, string message)
    {
        t.AddMethod(name, (args, kw) =>
        {
            if (!PyOps.IsTrue(CallMethod(args[0], predicate))) throw Unsupported(message);
            return PyNone.Instance;
        });
    }

    /// <summary>IOBase.readline: bytes up to and including b'\n', using peek when the stream has it.</summary>
    private static PyObject GenericReadline(PyObject self, long limit)
    {
        var result = new List<byte>();
        bool hasPeek = PyOps.TryGetAttr(self, PyStr.From("peek"), out var peek);
        var read = PyOps.GetAttr(self, PyStr.From("read"));
        while (limit < 0 || result.Count < limit)
        {
            long take = 1;
            if (hasPeek)
            {
                var ahead = BytesMethods.TryGetBytes(PyOps.Call1(peek, PyInt.FromLong(1))) ?? [];
                if (ahead.Length == 0) break;
                int nl = Array.IndexOf(ahead, (byte)'\n');
                take = nl >= 0 ? nl + 1 : ahead.Length;
                if (limit >= 0) take = Math.Min(take, limit - result.Count);
            }
            var chunkObj = PyOps.Call1(read, PyInt.FromLong(take));
            if (chunkObj is PyNone) break;
            var chunk = BytesMethods.TryGetBytes(chunkObj)
                ?? throw PyExc.Create(TypeObjects.OSError, $"read() should have returned a bytes object, not '{chunkObj.Type.Name}'");
            if (chunk.Length == 0) break;
            result.AddRange(chunk);
            if (chunk[^1] == (byte)'\n') break;
        }
        return new PyBytes(result.ToArray());
    }

    private static void InstallRawIOBase(PyType t)
    {
        t.AddMethod("read", (args, kw) =>
        {
            long size = SizeArg(args, 1);
            if (size < 0) return CallMethod(args[0], "readall");
            var buffer = new PyByteArray(new byte[size]);
            var n = CallMethod(args[0], "readinto", buffer);
            if (n is PyNone) return n;
            int count = (int)PyOps.AsIndex(n);
            return new PyBytes(buffer.Data.GetRange(0, count).ToArray());
        });
        t.AddMethod("readall", (args, kw) =>
        {
            var all = new List<byte>();
            while (true)
            {
                var chunk = CallMethod(args[0], "read", PyInt.FromLong(DefaultBufferSize));
                if (chunk is PyNone) return all.Count == 0 ? chunk : new PyBytes(all.ToArray());
                var bytes = BytesMethods.BytesLike(chunk);
                if (bytes.Length == 0) break;
                all.AddRange(bytes);
            }
            return new PyBytes(all.ToArray());
        });
        t.AddMethod("readinto", (args, kw) => throw PyExc.NotImplementedError(""));
        t.AddMethod("write", (args, kw) => throw PyExc.NotImplementedError(""));
    }

    private static void InstallBufferedIOBase(PyType t)
    {
        t.AddMethod("detach", (args, kw) => throw Unsupported("detach"));
        t.AddMethod("read", (args, kw) => throw Unsupported("read"));
        t.AddMethod("read1", (args, kw) => throw Unsupported("read1"));
        t.AddMethod("write", (args, kw) => throw Unsupported("write"));
        foreach (var (name, reader) in new[] { ("readinto", "read"), ("readinto1", "read1") })
        {
            string readName = reader;
            t.AddMethod(name, (args, kw) =>
            {
                Args.Check(args, kw, name, 1, 1, 1);
                int length = BufferLength(args[1]);
                var data = BytesMethods.BytesLike(CallMethod(args[0], readName, PyInt.FromLong(length)));
                return PyInt.FromLong(CopyInto(args[1], data));
            });
        }
    }

    private static void InstallTextIOBase(PyType t)
    {
        t.AddMethod("detach", (args, kw) => throw Unsupported("detach"));
        t.AddMethod("read", (args, kw) => throw Unsupported("read"));
        t.AddMethod("readline", (args, kw) => throw Unsupported("readline"));
        t.AddMethod("write", (args, kw) => throw Unsupported("write"));
        t.AddGetter("encoding", self => PyNone.Instance);
        t.AddGetter("newlines", self => PyNone.Instance);
        t.AddGetter("errors", self => PyNone.Instance);
    }
}
