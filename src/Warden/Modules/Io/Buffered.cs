using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules.Io;

/// <summary>
/// <c>BufferedReader</c>, <c>BufferedWriter</c>, <c>BufferedRandom</c> and <c>BufferedRWPair</c>:
/// a read-ahead buffer and a write-behind buffer over a raw stream. The raw stream is any object
/// with the raw I/O methods; a native <see cref="PyFileIO"/> is driven directly.
/// </summary>
internal sealed class PyBuffered : PyIoObject
{
    public static readonly PyType BufferedReaderType = CreateType("BufferedReader", read: true, write: false);
    public static readonly PyType BufferedWriterType = CreateType("BufferedWriter", read: false, write: true);
    public static readonly PyType BufferedRandomType = CreateType("BufferedRandom", read: true, write: true);
    public static readonly PyType BufferedRWPairType = CreateRWPairType();

    private PyObject? _raw;
    private PyObject? _writerRaw; // BufferedRWPair only: the raw stream written to
    private bool _detached;
    private int _bufferSize = IoBaseTypes.DefaultBufferSize;
    private byte[] _readBuffer = [];
    private int _readPos, _readLen;
    private readonly List<byte> _writeBuffer = [];

    public PyBuffered(PyType type) : base(type) { }

    /// <summary>The raw stream, with CPython's errors once detached or before <c>__init__</c>.</summary>
    public PyObject Raw => _raw ?? throw PyExc.ValueError(_detached ? "raw stream has been detached" : "I/O operation on uninitialized object");

    private PyObject WriterRaw => _writerRaw ?? Raw;

    private int Buffered => _readLen - _readPos;

    private static PyBuffered Self(PyObject o) => o as PyBuffered
        ?? throw PyExc.TypeError($"descriptor requires a buffered I/O object but received a '{o.Type.Name}'");

    /// <summary>Creates a buffered stream over <paramref name="raw"/> (used by <c>open()</c>).</summary>
    public static PyBuffered Create(PyType type, PyObject raw, int bufferSize)
    {
        var b = new PyBuffered(type);
        b.Init(raw, bufferSize);
        return b;
    }

    private void Init(PyObject raw, int bufferSize)
    {
        if (bufferSize <= 0) throw PyExc.ValueError("buffer size must be strictly positive");
        _raw = raw;
        _detached = false;
        _bufferSize = bufferSize;
        _readBuffer = [];
        _readPos = _readLen = 0;
        _writeBuffer.Clear();
    }

    private bool RawClosed(PyObject raw) => raw is PyFileIO f ? f.Closed : IoBaseTypes.IsClosed(raw);

    private void CheckOpen(string operation)
    {
        if (RawClosed(Raw))
            throw PyExc.ValueError(operation.Length == 0 ? "I/O operation on closed file." : $"{operation} of closed file");
    }

    private byte[]? RawRead(int size)
    {
        var raw = Raw;
        if (raw is PyFileIO f && ReferenceEquals(f.Type, PyFileIO.FileIOType)) return f.Read(size);
        var result = IoBaseTypes.CallMethod(raw, "read", PyInt.FromLong(size));
        if (result is PyNone) return null;
        var bytes = BytesMethods.TryGetBytes(result)
            ?? throw PyExc.TypeError($"read() should return bytes, not '{result.Type.Name}'");
        if (bytes.Length > size) throw PyExc.Create(TypeObjects.OSError, $"raw read() returned invalid length {bytes.Length} (should have been between 0 and {size})");
        return bytes;
    }

    private byte[] RawReadAll()
    {
        var raw = Raw;
        if (raw is PyFileIO f && ReferenceEquals(f.Type, PyFileIO.FileIOType)) return f.ReadAll();
        if (PyOps.TryGetAttr(raw, PyStr.From("readall"), out var readall))
        {
            var result = PyOps.Call0(readall);
            return result is PyNone ? [] : BytesMethods.BytesLike(result);
        }
        var all = new List<byte>();
        while (RawRead(_bufferSize) is { Length: > 0 } chunk) all.AddRange(chunk);
        return all.ToArray();
    }

    private void RawWriteAll(byte[] data)
    {
        var raw = WriterRaw;
        int done = 0;
        while (done < data.Length)
        {
            var rest = done == 0 ? data : data.AsSpan(done).ToArray();
            int n;
            if (raw is PyFileIO f && ReferenceEquals(f.Type, PyFileIO.FileIOType)) n = f.Write(rest);
            else
            {
                var result = IoBaseTypes.CallMethod(raw, "write", new PyBytes(rest));
                if (result is PyNone) throw PyExc.Create(TypeObjects.ExceptionByName("BlockingIOError"), "write could not complete without blocking");
                n = (int)PyOps.AsIndex(result);
            }
            if (n < 0 || n > rest.Length) throw PyExc.Create(TypeObjects.OSError, $"raw write() returned invalid length {n} (should have been between 0 and {rest.Length})");
            done += n;
        }
    }

    private long RawSeek(long offset, int whence)
    {
        var raw = Raw;
        if (raw is PyFileIO f && ReferenceEquals(f.Type, PyFileIO.FileIOType)) return f.Seek(offset, whence);
        var result = IoBaseTypes.CallMethod(raw, "seek", PyInt.FromLong(offset), PyInt.FromLong(whence));
        long pos = PyOps.AsIndex(result);
        if (pos < 0) throw PyExc.Create(TypeObjects.OSError, $"Raw stream returned invalid position {pos}");
        return pos;
    }

    /// <summary>Writes the pending output to the raw stream.</summary>
    public void FlushWrites()
    {
        if (_writeBuffer.Count == 0) return;
        var data = _writeBuffer.ToArray();
        _writeBuffer.Clear();
        RawWriteAll(data);
    }

    /// <summary>Drops read-ahead data, moving the raw position back to where the reader is.</summary>
    private void RewindReadAhead()
    {
        if (Buffered > 0 && _writerRaw is null) RawSeek(-Buffered, 1);
        _readPos = _readLen = 0;
    }

    /// <summary>Fills the read buffer with one raw read; false at end of file.</summary>
    private bool Fill()
    {
        FlushWrites();
        if (Buffered > 0) return true;
        var chunk = RawRead(_bufferSize);
        if (chunk is null || chunk.Length == 0) return false;
        _readBuffer = chunk;
        _readPos = 0;
        _readLen = chunk.Length;
        return true;
    }

    private byte[] Take(int count)
    {
        count = Math.Min(count, Buffered);
        var result = _readBuffer.AsSpan(_readPos, count).ToArray();
        _readPos += count;
        return result;
    }

    public byte[] Read(long size)
    {
        CheckOpen("read");
        if (size < -1) throw PyExc.ValueError("read length must be non-negative or -1");
        FlushWrites();
        if (size < 0)
        {
            var head = Take(Buffered);
            var rest = RawReadAll();
            return head.Length == 0 ? rest : [.. head, .. rest];
        }
        if (size <= Buffered) return Take((int)size);
        var result = new List<byte>(Take(Buffered));
        while (result.Count < size)
        {
            int want = (int)Math.Min(size - result.Count, int.MaxValue);
            if (want >= _bufferSize)
            {
                var direct = RawRead(want);
                if (direct is null || direct.Length == 0) break;
                result.AddRange(direct);
                continue;
            }
            if (!Fill()) break;
            result.AddRange(Take(want));
        }
        return result.ToArray();
    }

    public byte[] Read1(long size)
    {
        CheckOpen("read");
        if (size < 0) size = _bufferSize;
        if (size == 0) return [];
        if (Buffered == 0 && !Fill()) return [];
        return Take((int)Math.Min(size, int.MaxValue));
    }

    public byte[] ReadLine(long limit)
    {
        CheckOpen("readline");
        var line = new List<byte>();
        while (limit < 0 || line.Count < limit)
        {
            if (Buffered == 0 && !Fill()) break;
            var span = _readBuffer.AsSpan(_readPos, Buffered);
            int nl = span.IndexOf((byte)'\n');
            int take = nl >= 0 ? nl + 1 : span.Length;
            if (limit >= 0) take = (int)Math.Min(take, limit - line.Count);
            line.AddRange(Take(take));
            if (line.Count > 0 && line[^1] == (byte)'\n') break;
        }
        return line.ToArray();
    }

    public int Write(byte[] data)
    {
        CheckOpen("write");
        if (_readLen > 0) RewindReadAhead();
        _writeBuffer.AddRange(data);
        if (_writeBuffer.Count >= _bufferSize) FlushWrites();
        return data.Length;
    }

    public long Tell()
    {
        long pos = RawSeek(0, 1) - Buffered + _writeBuffer.Count;
        return Math.Max(0, pos);
    }

    public long Seek(long offset, int whence)
    {
        if (whence is < 0 or > 2) throw PyExc.ValueError($"whence value {whence} unsupported");
        CheckOpen("seek");
        FlushWrites();
        if (whence == 1) offset -= Buffered;
        _readPos = _readLen = 0;
        return RawSeek(offset, whence);
    }

    public void Close()
    {
        var raw = Raw;
        if (RawClosed(raw)) return;
        try
        {
            FlushWrites();
        }
        finally
        {
            if (raw is PyFileIO f && ReferenceEquals(f.Type, PyFileIO.FileIOType)) f.Close();
            else IoBaseTypes.CallMethod(raw, "close");
            if (_writerRaw is not null) IoBaseTypes.CallMethod(_writerRaw, "close");
        }
    }

    private static void AddRawQuery(PyType t, string name)
    {
        t.AddMethod(name, (args, kw) =>
        {
            var self = Self(args[0]);
            return IoBaseTypes.CallMethod(name == "writable" ? self.WriterRaw : self.Raw, name);
        });
    }

    private static void InstallCommon(PyType t)
    {
        t.AddMethod("flush", (args, kw) =>
        {
            var self = Self(args[0]);
            self.CheckOpen("flush");
            self.FlushWrites();
            return PyNone.Instance;
        });
        t.AddMethod("close", (args, kw) =>
        {
            Self(args[0]).Close();
            return PyNone.Instance;
        });
        t.AddMethod("detach", (args, kw) =>
        {
            var self = Self(args[0]);
            var raw = self.Raw;
            self.FlushWrites();
            self._raw = null;
            self._detached = true;
            return raw;
        });
        foreach (var name in new[] { "seekable", "readable", "writable", "fileno", "isatty" })
            AddRawQuery(t, name);
        t.AddGetter("raw", self => Self(self).Raw);
        t.AddGetter("closed", self => PyOps.GetAttr(Self(self).Raw, PyStr.From("closed")));
        t.AddGetter("name", self => PyOps.GetAttr(Self(self).Raw, PyStr.From("name")));
        t.AddGetter("mode", self => PyOps.GetAttr(Self(self).Raw, PyStr.From("mode")));
        t.AddMethod("__repr__", (args, kw) =>
        {
            var self = Self(args[0]);
            string typeName = "_io." + self.Type.Name;
            if (self._raw is not null && PyOps.TryGetAttr(self._raw, PyStr.From("name"), out var name))
                return PyStr.From($"<{typeName} name={PyOps.Repr(name)}>");
            return PyStr.From($"<{typeName}>");
        });
        t.AddMethod("__getstate__", (args, kw) => throw PyExc.TypeError($"cannot pickle '{args[0].Type.Name}' object"));
    }

    private static void InstallReading(PyType t)
    {
        t.AddMethod("read", (args, kw) =>
        {
            Args.Check(args, kw, "read", 0, 1, 1);
            return new PyBytes(Self(args[0]).Read(IoBaseTypes.SizeArg(args, 1)));
        });
        t.AddMethod("read1", (args, kw) =>
        {
            Args.Check(args, kw, "read1", 0, 1, 1);
            return new PyBytes(Self(args[0]).Read1(IoBaseTypes.SizeArg(args, 1)));
        });
        t.AddMethod("peek", (args, kw) =>
        {
            Args.Check(args, kw, "peek", 0, 1, 1);
            var self = Self(args[0]);
            self.CheckOpen("peek");
            if (self.Buffered == 0) self.Fill();
            return new PyBytes(self._readBuffer.AsSpan(self._readPos, self.Buffered).ToArray());
        });
        foreach (var (name, oneCall) in new[] { ("readinto", false), ("readinto1", true) })
        {
            bool single = oneCall;
            t.AddMethod(name, (args, kw) =>
            {
                Args.Check(args, kw, name, 1, 1, 1);
                var self = Self(args[0]);
                int length = IoBaseTypes.BufferLength(args[1]);
                var data = single ? self.Read1(length) : self.Read(length);
                return PyInt.FromLong(IoBaseTypes.CopyInto(args[1], data));
            });
        }
        t.AddMethod("readline", (args, kw) =>
        {
            Args.Check(args, kw, "readline", 0, 1, 1);
            return new PyBytes(Self(args[0]).ReadLine(IoBaseTypes.SizeArg(args, 1)));
        });
        t.AddMethod("__next__", (args, kw) =>
        {
            var line = Self(args[0]).ReadLine(-1);
            if (line.Length == 0) throw PyExc.StopIteration(null);
            return new PyBytes(line);
        });
    }

    private static void InstallWriting(PyType t)
    {
        t.AddMethod("write", (args, kw) =>
        {
            Args.Check(args, kw, "write", 1, 1, 1);
            return PyInt.FromLong(Self(args[0]).Write(BytesMethods.BytesLike(args[1])));
        });
    }

    private static void InstallPositioning(PyType t)
    {
        t.AddMethod("tell", (args, kw) => PyInt.FromLong(Self(args[0]).Tell()));
        t.AddMethod("seek", (args, kw) =>
        {
            Args.Check(args, kw, "seek", 1, 2, 1);
            if (PyOps.Unwrap(args[1]) is PyFloat) throw PyExc.TypeError("an integer is required");
            long whence = args.Length > 2 ? PyOps.AsIndex(args[2]) : 0;
            return PyInt.FromLong(Self(args[0]).Seek(PyOps.AsIndex(args[1]), (int)whence));
        });
        t.AddMethod("truncate", (args, kw) =>
        {
            Args.Check(args, kw, "truncate", 0, 1, 1);
            var self = Self(args[0]);
            self.CheckOpen("truncate");
            self.FlushWrites();
            self.RewindReadAhead();
            PyObject pos = args.Length > 1 && args[1] is not PyNone ? args[1] : PyInt.FromLong(self.RawSeek(0, 1));
            return IoBaseTypes.CallMethod(self.Raw, "truncate", pos);
        });
    }

    private static PyType CreateType(string name, bool read, bool write)
    {
        var t = IoBaseTypes.Define(name, IoBaseTypes.BufferedIOBase, type => new PyBuffered(type));
        t.AddMethod("__init__", (args, kw) =>
        {
            var a = Args.Parse(args[1..], kw, name, ["raw", "buffer_size"], 1);
            var raw = a[0]!;
            if (read && !PyOps.IsTrue(IoBaseTypes.CallMethod(raw, "readable")))
                throw PyExc.Create(TypeObjects.OSError, "\"raw\" argument must be readable.");
            if (write && !PyOps.IsTrue(IoBaseTypes.CallMethod(raw, "writable")))
                throw PyExc.Create(TypeObjects.OSError, "\"raw\" argument must be writable.");
            if (read && write && !PyOps.IsTrue(IoBaseTypes.CallMethod(raw, "seekable")))
                throw PyExc.Create(TypeObjects.OSError, "\"raw\" argument must be seekable.");
            long size = a[1] is null ? IoBaseTypes.DefaultBufferSize : PyOps.AsIndex(a[1]!);
            Self(args[0]).Init(raw, (int)Math.Clamp(size, int.MinValue, int.MaxValue));
            return PyNone.Instance;
        });
        InstallCommon(t);
        if (read) InstallReading(t);
        if (write) InstallWriting(t);
        InstallPositioning(t);
        return t;
    }

    private static PyType CreateRWPairType()
    {
        var t = IoBaseTypes.Define("BufferedRWPair", IoBaseTypes.BufferedIOBase, type => new PyBuffered(type));
        t.AddMethod("__init__", (args, kw) =>
        {
            var a = Args.Parse(args[1..], kw, "BufferedRWPair", ["reader", "writer", "buffer_size"], 2);
            if (!PyOps.IsTrue(IoBaseTypes.CallMethod(a[0]!, "readable")))
                throw PyExc.Create(TypeObjects.OSError, "\"raw\" argument must be readable.");
            if (!PyOps.IsTrue(IoBaseTypes.CallMethod(a[1]!, "writable")))
                throw PyExc.Create(TypeObjects.OSError, "\"raw\" argument must be writable.");
            long size = a[2] is null ? IoBaseTypes.DefaultBufferSize : PyOps.AsIndex(a[2]!);
            var self = Self(args[0]);
            self.Init(a[0]!, (int)Math.Clamp(size, int.MinValue, int.MaxValue));
            self._writerRaw = a[1];
            return PyNone.Instance;
        });
        InstallCommon(t);
        InstallReading(t);
        InstallWriting(t);
        return t;
    }
}
