using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules.Io;

/// <summary><c>io.BytesIO</c>: an in-memory binary stream over a growable byte array.</summary>
internal sealed class PyBytesIO : PyIoObject
{
    public static readonly PyType BytesIOType = CreateType();

    private byte[] _data = [];
    private int _length;
    private long _position;
    private bool _closed;

    public PyBytesIO(PyType type) : base(type) { }

    private static PyBytesIO Self(PyObject o) => o as PyBytesIO
        ?? throw PyExc.TypeError($"descriptor requires a '_io.BytesIO' object but received a '{o.Type.Name}'");

    private void CheckOpen()
    {
        if (_closed) throw IoBaseTypes.ClosedFile();
    }

    private ReadOnlySpan<byte> Remaining => _position >= _length ? [] : _data.AsSpan((int)_position, _length - (int)_position);

    private byte[] Read(long size)
    {
        var rest = Remaining;
        int take = size < 0 ? rest.Length : (int)Math.Min(size, rest.Length);
        var result = rest[..take].ToArray();
        _position += take;
        return result;
    }

    private byte[] ReadLine(long limit)
    {
        var rest = Remaining;
        int nl = rest.IndexOf((byte)'\n');
        int take = nl >= 0 ? nl + 1 : rest.Length;
        if (limit >= 0) take = (int)Math.Min(take, limit);
        var result = rest[..take].ToArray();
        _position += take;
        return result;
    }

    private int Write(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return 0;
        long end = _position + bytes.Length;
        if (end > int.MaxValue) throw PyExc.MemoryError("BytesIO too large");
        if (end > _data.Length) Array.Resize(ref _data, (int)Math.Max(end, Math.Min((long)_data.Length * 2, int.MaxValue)));
        if (_position > _length) Array.Clear(_data, _length, (int)_position - _length);
        bytes.CopyTo(_data.AsSpan((int)_position));
        _position = end;
        if (end > _length) _length = (int)end;
        return bytes.Length;
    }

    private static PyType CreateType()
    {
        var t = IoBaseTypes.Define("BytesIO", IoBaseTypes.BufferedIOBase, type => new PyBytesIO(type));
        t.AddMethod("__init__", (args, kw) =>
        {
            var self = Self(args[0]);
            var a = Args.Parse(args[1..], kw, "BytesIO", ["initial_bytes"], 0);
            self._data = [];
            self._length = 0;
            self._position = 0;
            if (a[0] is { } initial and not PyNone) self.Write(BytesMethods.BytesLike(initial));
            self._position = 0;
            return PyNone.Instance;
        });
        t.AddMethod("getvalue", (args, kw) =>
        {
            var self = Self(args[0]);
            self.CheckOpen();
            return new PyBytes(self._data.AsSpan(0, self._length).ToArray());
        });
        t.AddMethod("getbuffer", (args, kw) =>
        {
            var self = Self(args[0]);
            self.CheckOpen();
            // Views are not shared with the buffer: exports cannot be tracked without reference counting.
            var copy = new PyByteArray(self._data.AsSpan(0, self._length).ToArray());
            return new PyMemoryView(copy, 0, 1, self._length);
        });
        foreach (var name in new[] { "read", "read1" })
        {
            t.AddMethod(name, (args, kw) =>
            {
                Args.Check(args, kw, name, 0, 1, 1);
                var self = Self(args[0]);
                self.CheckOpen();
                return new PyBytes(self.Read(IoBaseTypes.SizeArg(args, 1)));
            });
        }
        foreach (var name in new[] { "readinto", "readinto1" })
        {
            t.AddMethod(name, (args, kw) =>
            {
                Args.Check(args, kw, name, 1, 1, 1);
                var self = Self(args[0]);
                self.CheckOpen();
                int length = IoBaseTypes.BufferLength(args[1]);
                var rest = self.Remaining;
                int n = IoBaseTypes.CopyInto(args[1], rest[..Math.Min(length, rest.Length)]);
                self._position += n;
                return PyInt.FromLong(n);
            });
        }
        t.AddMethod("readline", (args, kw) =>
        {
            Args.Check(args, kw, "readline", 0, 1, 1);
            var self = Self(args[0]);
            self.CheckOpen();
            return new PyBytes(self.ReadLine(IoBaseTypes.SizeArg(args, 1)));
        });
        t.AddMethod("readlines", (args, kw) =>
        {
            Args.Check(args, kw, "readlines", 0, 1, 1);
            var self = Self(args[0]);
            self.CheckOpen();
            long hint = IoBaseTypes.SizeArg(args, 1);
            var lines = new PyList();
            long total = 0;
            while (true)
            {
                var line = self.ReadLine(-1);
                if (line.Length == 0) break;
                lines.Append(new PyBytes(line));
                total += line.Length;
                if (hint > 0 && total >= hint) break;
            }
            return lines;
        });
        t.AddMethod("__next__", (args, kw) =>
        {
            var self = Self(args[0]);
            self.CheckOpen();
            var line = self.ReadLine(-1);
            if (line.Length == 0) throw PyExc.StopIteration(null);
            return new PyBytes(line);
        });
        t.AddMethod("write", (args, kw) =>
        {
            Args.Check(args, kw, "write", 1, 1, 1);
            var self = Self(args[0]);
            self.CheckOpen();
            return PyInt.FromLong(self.Write(BytesMethods.BytesLike(args[1])));
        });
        t.AddMethod("writelines", (args, kw) =>
        {
            Args.Check(args, kw, "writelines", 1, 1, 1);
            var self = Self(args[0]);
            self.CheckOpen();
            var it = PyOps.GetIter(args[1]);
            while (PyOps.TryNext(it, out var item)) self.Write(BytesMethods.BytesLike(item));
            return PyNone.Instance;
        });
        t.AddMethod("tell", (args, kw) =>
        {
            var self = Self(args[0]);
            self.CheckOpen();
            return PyInt.FromLong(self._position);
        });
        t.AddMethod("seek", (args, kw) =>
        {
            Args.Check(args, kw, "seek", 1, 2, 1);
            var self = Self(args[0]);
            long pos = PyOps.AsIndex(args[1]);
            long whence = args.Length > 2 ? PyOps.AsIndex(args[2]) : 0;
            self.CheckOpen();
            switch (whence)
            {
                case 0:
                    if (pos < 0) throw PyExc.ValueError($"negative seek value {pos}");
                    self._position = pos;
                    break;
                case 1: self._position = Math.Max(0, self._position + pos); break;
                case 2: self._position = Math.Max(0, self._length + pos); break;
                default: throw PyExc.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
            }
            return PyInt.FromLong(self._position);
        });
        t.AddMethod("truncate", (args, kw) =>
        {
            Args.Check(args, kw, "truncate", 0, 1, 1);
            var self = Self(args[0]);
            self.CheckOpen();
            long size = args.Length > 1 && args[1] is not PyNone ? PyOps.AsIndex(args[1]) : self._position;
            if (size < 0) throw PyExc.ValueError($"negative size value {size}");
            if (size < self._length) self._length = (int)size;
            return PyInt.FromLong(size);
        });
        foreach (var name in new[] { "readable", "writable", "seekable" })
        {
            t.AddMethod(name, (args, kw) =>
            {
                Self(args[0]).CheckOpen();
                return PyInt.True;
            });
        }
        t.AddMethod("isatty", (args, kw) =>
        {
            Self(args[0]).CheckOpen();
            return PyInt.False;
        });
        t.AddMethod("flush", (args, kw) =>
        {
            Self(args[0]).CheckOpen();
            return PyNone.Instance;
        });
        t.AddMethod("close", (args, kw) =>
        {
            Self(args[0])._closed = true;
            return PyNone.Instance;
        });
        t.AddGetter("closed", self => PyInt.FromBool(Self(self)._closed));
        return t;
    }
}
