using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules.Io;

/// <summary><c>io.FileIO</c>: unbuffered binary I/O on an operating-system file descriptor.</summary>
internal sealed class PyFileIO : PyIoObject
{
    public static readonly PyType FileIOType = CreateType();

    public const int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0x40, O_EXCL = 0x80, O_TRUNC = 0x200,
        O_APPEND = 0x400, O_CLOEXEC = 0x80000;

    public int Fd { get; private set; } = -1;
    private bool _readable, _writable, _appending, _created, _closefd = true;
    private int? _seekable;

    public PyFileIO(PyType type) : base(type) { }

    public bool Closed => Fd < 0;
    public bool Readable => _readable;
    public bool Writable => _writable;

    private static PyFileIO Self(PyObject o) => o as PyFileIO
        ?? throw PyExc.TypeError($"descriptor requires a '_io.FileIO' object but received a '{o.Type.Name}'");

    /// <summary>Opens <paramref name="file"/> (a path or a descriptor) as <c>FileIO(file, mode, closefd, opener)</c> does.</summary>
    public void Open(PyObject file, string mode, bool closefd, PyObject? opener)
    {
        if (Fd >= 0 && _closefd) Libc.Close(Fd);
        Fd = -1;
        bool rwa = false, plus = false;
        int flags = 0;
        foreach (char c in mode)
        {
            switch (c)
            {
                case 'r' or 'w' or 'x' or 'a':
                    if (rwa) throw PyExc.ValueError("Must have exactly one of create/read/write/append mode and at most one plus");
                    rwa = true;
                    if (c == 'r') _readable = true;
                    else if (c == 'w') { _writable = true; flags |= O_CREAT | O_TRUNC; }
                    else if (c == 'x') { _writable = true; _created = true; flags |= O_EXCL | O_CREAT; }
                    else { _writable = true; _appending = true; flags |= O_APPEND | O_CREAT; }
                    break;
                case '+':
                    if (plus) throw PyExc.ValueError("Must have exactly one of create/read/write/append mode and at most one plus");
                    _readable = _writable = plus = true;
                    break;
                case 'b': break;
                default: throw PyExc.ValueError($"invalid mode: {mode}");
            }
        }
        if (!rwa) throw PyExc.ValueError("Must have exactly one of create/read/write/append mode and at most one plus");
        flags |= _readable && _writable ? O_RDWR : _readable ? O_RDONLY : O_WRONLY;
        flags |= O_CLOEXEC;

        var unwrapped = PyOps.Unwrap(file);
        if (unwrapped is PyFloat) throw PyExc.TypeError("integer argument expected, got float");
        if (unwrapped is PyInt fdArg)
        {
            long fd = PyOps.AsIndex(fdArg);
            if (fd < 0) throw PyExc.ValueError("negative file descriptor");
            Fd = (int)fd;
            _closefd = closefd;
        }
        else
        {
            if (!closefd) throw PyExc.ValueError("Cannot use closefd=False with file name");
            _closefd = true;
            if (opener is not null and not PyNone)
            {
                var fdObj = PyOps.Call(opener, [file, PyInt.FromLong(flags)], null);
                if (PyOps.Unwrap(fdObj) is not PyInt) throw PyExc.TypeError("expected integer from opener");
                long fd = PyOps.AsIndex(fdObj);
                if (fd < 0) throw PyExc.ValueError($"opener returned {fd}");
                Fd = (int)fd;
            }
            else
            {
                var path = PathArgs.FsPath(file);
                string text = PathArgs.ToPath(path, "open", false, out _)!;
                Libc.RequireAvailable();
                int fd = Libc.Open(text, flags, 0x1B6);
                if (fd < 0) throw Libc.LastError(path);
                Fd = fd;
            }
        }
        InstanceDict!.SetStr("name", file);
        try
        {
            var info = Libc.Fstat(Fd);
            if ((info.Mode & 0xF000) == 0x4000) throw Libc.Error(Libc.EISDIR, file);
        }
        catch (PythonException)
        {
            if (_closefd && unwrapped is not PyInt) Libc.Close(Fd);
            Fd = -1;
            throw;
        }
        if (_appending) Libc.Seek(Fd, 0, 2);
    }

    public string ModeString => _created ? (_readable ? "xb+" : "xb")
        : _appending ? (_readable ? "ab+" : "ab")
        : _readable ? (_writable ? "rb+" : "rb") : "wb";

    private void CheckOpen()
    {
        if (Fd < 0) throw PyExc.ValueError("I/O operation on closed file");
    }

    private void CheckReadable()
    {
        CheckOpen();
        if (!_readable) throw IoBaseTypes.Unsupported("File not open for reading");
    }

    private void CheckWritable()
    {
        CheckOpen();
        if (!_writable) throw IoBaseTypes.Unsupported("File not open for writing");
    }

    /// <summary>One read system call of at most <paramref name="size"/> bytes.</summary>
    public byte[] Read(int size)
    {
        CheckReadable();
        return Libc.Read(Fd, size);
    }

    /// <summary>Everything up to end of file.</summary>
    public byte[] ReadAll()
    {
        CheckReadable();
        var all = new List<byte>();
        while (true)
        {
            var chunk = Libc.Read(Fd, 65536);
            if (chunk.Length == 0) break;
            all.AddRange(chunk);
        }
        return all.ToArray();
    }

    public int Write(byte[] data)
    {
        CheckWritable();
        // The host's own writers for stdout/stderr buffer text; flush them so the two streams stay in order.
        if (Fd is 1 or 2) (Fd == 1 ? ThreadState.Current.Stdout : ThreadState.Current.Stderr).Flush();
        return Libc.Write(Fd, data);
    }

    public long Seek(long offset, int whence)
    {
        CheckOpen();
        long result = Libc.Seek(Fd, offset, whence);
        if (result < 0) throw Libc.LastError();
        return result;
    }

    public bool Seekable()
    {
        CheckOpen();
        _seekable ??= Libc.Seek(Fd, 0, 1) < 0 ? 0 : 1;
        return _seekable == 1;
    }

    public void Close()
    {
        if (Fd < 0) return;
        int fd = Fd;
        Fd = -1;
        if (_closefd && Libc.Close(fd) != 0) throw Libc.LastError();
    }

    private static PyType CreateType()
    {
        var t = IoBaseTypes.Define("FileIO", IoBaseTypes.RawIOBase, type => new PyFileIO(type));
        t.AddMethod("__init__", (args, kw) =>
        {
            var a = Args.Parse(args[1..], kw, "FileIO", ["file", "mode", "closefd", "opener"], 1);
            string mode = a[1] is null ? "r" : a[1] is PyStr m ? m.Value : throw PyExc.TypeError($"FileIO() argument 'mode' must be str, not {a[1]!.Type.Name}");
            Self(args[0]).Open(a[0]!, mode, a[2] is null || PyOps.IsTrue(a[2]!), a[3]);
            return PyNone.Instance;
        });
        t.AddMethod("read", (args, kw) =>
        {
            Args.Check(args, kw, "read", 0, 1, 1);
            var self = Self(args[0]);
            long size = IoBaseTypes.SizeArg(args, 1);
            return new PyBytes(size < 0 ? self.ReadAll() : self.Read((int)Math.Min(size, int.MaxValue)));
        });
        t.AddMethod("readall", (args, kw) => new PyBytes(Self(args[0]).ReadAll()));
        t.AddMethod("readinto", (args, kw) =>
        {
            Args.Check(args, kw, "readinto", 1, 1, 1);
            var self = Self(args[0]);
            int length = IoBaseTypes.BufferLength(args[1]);
            return PyInt.FromLong(IoBaseTypes.CopyInto(args[1], self.Read(length)));
        });
        t.AddMethod("write", (args, kw) =>
        {
            Args.Check(args, kw, "write", 1, 1, 1);
            return PyInt.FromLong(Self(args[0]).Write(BytesMethods.BytesLike(args[1])));
        });
        t.AddMethod("seek", (args, kw) =>
        {
            Args.Check(args, kw, "seek", 1, 2, 1);
            var self = Self(args[0]);
            if (PyOps.Unwrap(args[1]) is PyFloat) throw PyExc.TypeError("an integer is required");
            long whence = args.Length > 2 ? PyOps.AsIndex(args[2]) : 0;
            return PyInt.FromLong(self.Seek(PyOps.AsIndex(args[1]), (int)whence));
        });
        t.AddMethod("tell", (args, kw) => PyInt.FromLong(Self(args[0]).Seek(0, 1)));
        t.AddMethod("truncate", (args, kw) =>
        {
            Args.Check(args, kw, "truncate", 0, 1, 1);
            var self = Self(args[0]);
            self.CheckWritable();
            long size = args.Length > 1 && args[1] is not PyNone ? PyOps.AsIndex(args[1]) : self.Seek(0, 1);
            if (Libc.Truncate(self.Fd, size) != 0) throw Libc.LastError();
            return PyInt.FromLong(size);
        });
        t.AddMethod("close", (args, kw) =>
        {
            var self = Self(args[0]);
            if (!ReferenceEquals(self.Type, FileIOType) && !self.Closed) IoBaseTypes.CallMethod(self, "flush");
            self.Close();
            return PyNone.Instance;
        });
        t.AddMethod("seekable", (args, kw) => PyInt.FromBool(Self(args[0]).Seekable()));
        t.AddMethod("readable", (args, kw) =>
        {
            var self = Self(args[0]);
            self.CheckOpen();
            return PyInt.FromBool(self._readable);
        });
        t.AddMethod("writable", (args, kw) =>
        {
            var self = Self(args[0]);
            self.CheckOpen();
            return PyInt.FromBool(self._writable);
        });
        t.AddMethod("fileno", (args, kw) =>
        {
            var self = Self(args[0]);
            self.CheckOpen();
            return PyInt.FromLong(self.Fd);
        });
        t.AddMethod("isatty", (args, kw) =>
        {
            var self = Self(args[0]);
            self.CheckOpen();
            return PyInt.FromBool(Libc.Available && Libc.IsATty(self.Fd) == 1);
        });
        t.AddMethod("__repr__", (args, kw) =>
        {
            var self = Self(args[0]);
            string typeName = "_io." + self.Type.Name;
            if (self.Closed) return PyStr.From($"<{typeName} [closed]>");
            string closefd = self._closefd ? "True" : "False";
            return self.InstanceDict!.TryGetStr("name", out var name)
                ? PyStr.From($"<{typeName} name={PyOps.Repr(name)} mode='{self.ModeString}' closefd={closefd}>")
                : PyStr.From($"<{typeName} fd={self.Fd} mode='{self.ModeString}' closefd={closefd}>");
        });
        t.AddGetter("closed", self => PyInt.FromBool(Self(self).Closed));
        t.AddGetter("closefd", self => PyInt.FromBool(Self(self)._closefd));
        t.AddGetter("mode", self => PyStr.From(Self(self).ModeString));
        t.AddGetter("_blksize", self => PyInt.FromLong(4096));
        return t;
    }
}
