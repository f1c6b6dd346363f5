using System.Text;
using Warden.Objects;
using Warden.Runtime;

namespace Warden.Builtins;

/// <summary>
/// <c>open()</c> and the file objects it returns (text or binary, read/write/append) over host
/// files. Unrestricted mode only: restricted mode will deny or redirect it at this one function.
/// </summary>
internal sealed class PyFile : PyObject
{
    private static readonly PyType s_textType = CreateType("TextIOWrapper");
    private static readonly PyType s_readerType = CreateType("BufferedReader");
    private static readonly PyType s_writerType = CreateType("BufferedWriter");
    private static readonly PyType s_randomType = CreateType("BufferedRandom");

    private readonly FileStream _stream;
    // Kept apart from the stream, whose CanRead/CanWrite turn false once it is closed.
    private readonly bool _readable, _writable;
    private readonly StreamReader? _reader;
    private readonly StreamWriter? _writer;
    public string Name { get; }
    public string Mode { get; }
    public bool IsText { get; }
    public bool Closed { get; private set; }
    /// <summary>The text encoding's name as given to open() (text files only).</summary>
    public string? EncodingName { get; }

    private PyFile(FileStream stream, string name, string mode, string? encodingName, Encoding? encoding)
    {
        _stream = stream;
        _readable = stream.CanRead;
        _writable = stream.CanWrite;
        Name = name;
        Mode = mode;
        IsText = encoding is not null;
        EncodingName = encodingName;
        if (encoding is not null && stream.CanRead) _reader = new StreamReader(stream, encoding);
        if (encoding is not null && stream.CanWrite) _writer = new StreamWriter(stream, encoding) { AutoFlush = false };
    }

    public override PyType Type => IsText ? s_textType
        : _readable && _writable ? s_randomType : _writable ? s_writerType : s_readerType;

    /// <summary>The .NET encoding for an encoding name open() accepts; LookupError for unknown names.</summary>
    private static Encoding TextEncoding(string name)
    {
        switch (name.ToLowerInvariant().Replace('_', '-'))
        {
            case "utf-8" or "utf8" or "u8": return new UTF8Encoding(false);
            case "latin-1" or "latin1" or "iso-8859-1" or "iso8859-1" or "l1": return Encoding.Latin1;
            case "ascii" or "us-ascii": return Encoding.ASCII;
            case "utf-16": return new UnicodeEncoding(false, true);
        }
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            throw PyExc.Create(TypeObjects.LookupError, $"unknown encoding: {name}");
        }
    }

    public static PyObject Open(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = Args.Parse(args, kwnames, "open", ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], 1);
        string path = a[0] is PyStr ps ? ps.Value : throw PyExc.TypeError($"expected str, bytes or os.PathLike object, not {a[0]!.Type.Name}");
        string mode = a[1] is PyStr ms ? ms.Value : "r";
        bool binary = mode.Contains('b');
        if (mode.Any(c => c is not ('r' or 'w' or 'a' or 'x' or 'b' or 't' or '+')) || mode.Distinct().Count() != mode.Length)
            throw PyExc.ValueError($"invalid mode: '{mode}'");
        if (binary && mode.Contains('t')) throw PyExc.ValueError("can't have text and binary mode at once");
        if (mode.Count(c => c is 'r' or 'w' or 'a' or 'x') != 1)
            throw PyExc.ValueError("must have exactly one of create/read/write/append mode");
        char kind = mode.First(c => c is 'r' or 'w' or 'a' or 'x');
        string? encodingName = a[3] is PyStr es ? es.Value : null;
        if (binary && a[3] is not (null or PyNone)) throw PyExc.ValueError("binary mode doesn't take an encoding argument");
        var encoding = binary ? null : TextEncoding(encodingName ?? "UTF-8");
        bool plus = mode.Contains('+');
        var (fileMode, access) = kind switch
        {
            'r' => (FileMode.Open, plus ? FileAccess.ReadWrite : FileAccess.Read),
            'w' => (FileMode.Create, plus ? FileAccess.ReadWrite : FileAccess.Write),
            'a' => (FileMode.Append, FileAccess.Write),
            _ => (FileMode.CreateNew, plus ? FileAccess.ReadWrite : FileAccess.Write),
        };
        try
        {
            var stream = new FileStream(path, fileMode, access, FileShare.ReadWrite);
            return new PyFile(stream, path, mode, binary ? null : encodingName ?? "UTF-8", encoding);
        }
        catch (FileNotFoundException) { throw OsError("FileNotFoundError", 2, "No such file or directory", path); }
        catch (DirectoryNotFoundException) { throw OsError("FileNotFoundError", 2, "No such file or directory", path); }
        catch (UnauthorizedAccessException) when (Directory.Exists(path)) { throw OsError("IsADirectoryError", 21, "Is a directory", path); }
        catch (UnauthorizedAccessException) { throw OsError("PermissionError", 13, "Permission denied", path); }
        catch (IOException) when (kind == 'x' && File.Exists(path)) { throw OsError("FileExistsError", 17, "File exists", path); }
        catch (IOException e) { throw OsError("OSError", 5, e.Message, path); }
    }

    private static PythonException OsError(string type, int errno, string message, string path)
    {
        var e = new PyBaseException(TypeObjects.ExceptionByName(type), PyInt.FromLong(errno), PyStr.From(message));
        e.Dict.SetStr("errno", PyInt.FromLong(errno));
        e.Dict.SetStr("strerror", PyStr.From(message));
        e.Dict.SetStr("filename", PyStr.From(path));
        return new PythonException(e);
    }

    /// <summary>
    /// ValueError on a closed file. Text files always say "I/O operation on closed file."; binary
    /// (buffered) files name the operation for their own methods, as CPython's _io does.
    /// </summary>
    private void CheckOpen(string? binaryMessage = null)
    {
        if (Closed) throw PyExc.ValueError(IsText || binaryMessage is null ? "I/O operation on closed file." : binaryMessage);
    }

    private PyObject Read(long size)
    {
        CheckOpen("read of closed file");
        if (!_stream.CanRead) throw PyExc.Create(TypeObjects.OSError, "not readable");
        if (IsText)
        {
            if (size < 0) return PyStr.From(_reader!.ReadToEnd());
            var buffer = new char[size];
            int n = _reader!.ReadBlock(buffer, 0, (int)size);
            return PyStr.From(new string(buffer, 0, n));
        }
        if (size < 0)
        {
            using var ms = new MemoryStream();
            _stream.CopyTo(ms);
            return new PyBytes(ms.ToArray());
        }
        var bytes = new byte[size];
        int read = _stream.Read(bytes, 0, (int)size);
        return new PyBytes(bytes.AsSpan(0, read).ToArray());
    }

    /// <summary>One line including its newline, or empty at end of file.</summary>
    /// <summary>One line (str or bytes) including its newline; empty at end of file.</summary>
    private PyObject ReadLineObject()
    {
        CheckOpen("readline of closed file");
        if (IsText) return PyStr.From(ReadLine());
        if (!_stream.CanRead) throw PyExc.Create(TypeObjects.OSError, "read");
        var bytes = new List<byte>();
        int b;
        while ((b = _stream.ReadByte()) >= 0)
        {
            bytes.Add((byte)b);
            if (b == '\n') break;
        }
        return new PyBytes(bytes.ToArray());
    }

    private static bool IsEmptyLine(PyObject line) => line is PyStr { Value.Length: 0 } || line is PyBytes { Value.Length: 0 };

    private string ReadLine()
    {
        CheckOpen();
        var sb = new StringBuilder();
        while (true)
        {
            int c = _reader!.Read();
            if (c < 0) break;
            sb.Append((char)c);
            if (c == '\n') break;
        }
        return sb.ToString();
    }

    private PyObject Write(PyObject data)
    {
        CheckOpen("write to closed file");
        if (IsText)
        {
            if (data is not PyStr s) throw PyExc.TypeError($"write() argument must be str, not {data.Type.Name}");
            _writer!.Write(s.Value);
            return PyInt.FromLong(s.Length);
        }
        if (data is not PyBytes b) throw PyExc.TypeError($"a bytes-like object is required, not '{data.Type.Name}'");
        _stream.Write(b.Value);
        return PyInt.FromLong(b.Value.Length);
    }

    private void Close()
    {
        if (Closed) return;
        _writer?.Flush();
        _stream.Dispose();
        Closed = true;
    }

    private static PyFile F(ReadOnlySpan<PyObject> args) => (PyFile)args[0];

    private static PyType CreateType(string name)
    {
        var t = new PyType(name, [TypeObjects.Object], TypeObjects.TypeType) { IsFinal = true };
        t.Dict.SetStr("__module__", PyStr.From("_io"));
        t.AddMethod("read", (args, kw) => F(args).Read(args.Length > 1 && args[1] is not PyNone ? PyOps.AsIndex(args[1]) : -1));
        t.AddMethod("readline", (args, kw) => F(args).ReadLineObject());
        t.AddMethod("readlines", (args, kw) =>
        {
            var f = F(args);
            var lines = new PyList();
            f.CheckOpen();
            for (PyObject line; !IsEmptyLine(line = f.ReadLineObject());) lines.Append(line);
            return lines;
        });
        t.AddMethod("write", (args, kw) =>
        {
            Args.Check(args, kw, "write", 1, 1, 1);
            return F(args).Write(args[1]);
        });
        t.AddMethod("writelines", (args, kw) =>
        {
            F(args).CheckOpen();
            var it = PyOps.GetIter(args[1]);
            while (PyOps.TryNext(it, out var line)) F(args).Write(line);
            return PyNone.Instance;
        });
        t.AddMethod("flush", (args, kw) =>
        {
            var f = F(args);
            f.CheckOpen(f._writable ? "flush of closed file" : null);
            f._writer?.Flush();
            return PyNone.Instance;
        });
        t.AddMethod("close", (args, kw) =>
        {
            F(args).Close();
            return PyNone.Instance;
        });
        t.AddMethod("__enter__", (args, kw) =>
        {
            F(args).CheckOpen();
            return args[0];
        });
        t.AddMethod("__exit__", (args, kw) =>
        {
            F(args).Close();
            return PyNone.Instance;
        });
        t.AddMethod("__iter__", (args, kw) =>
        {
            F(args).CheckOpen();
            return args[0];
        });
        t.AddMethod("__next__", (args, kw) =>
        {
            var line = F(args).ReadLineObject();
            if (IsEmptyLine(line)) throw PyExc.StopIteration(null);
            return line;
        });
        t.AddMethod("__repr__", (args, kw) =>
        {
            var f = F(args);
            string shownName = PyOps.Repr(PyStr.From(f.Name));
            return PyStr.From(f.IsText ? $"<_io.{name} name={shownName} mode='{f.Mode}' encoding='{f.EncodingName}'>" : $"<_io.{name} name={shownName}>");
        });
        t.AddGetter("name", self => PyStr.From(((PyFile)self).Name));
        t.AddGetter("mode", self => PyStr.From(((PyFile)self).Mode));
        t.AddGetter("closed", self => PyInt.FromBool(((PyFile)self).Closed));
        if (name == "TextIOWrapper") t.AddGetter("encoding", self => PyStr.From(((PyFile)self).EncodingName ?? "UTF-8"));
        t.AddMethod("tell", (args, kw) =>
        {
            var f = F(args);
            f.CheckOpen("I/O operation on closed file");
            if (f.IsText) throw PyExc.Create(TypeObjects.OSError, "telling position disabled by next() call");
            return PyInt.FromLong(f._stream.Position);
        });
        t.AddMethod("seek", (args, kw) =>
        {
            Args.Check(args, kw, "seek", 1, 2, 1);
            var f = F(args);
            f.CheckOpen("seek of closed file");
            long offset = PyOps.AsIndex(args[1]);
            long whence = args.Length > 2 ? PyOps.AsIndex(args[2]) : 0;
            f._writer?.Flush();
            var origin = whence switch
            {
                0 => SeekOrigin.Begin,
                1 => SeekOrigin.Current,
                2 => SeekOrigin.End,
                _ => throw PyExc.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)"),
            };
            if (f.IsText && (whence != 0 || offset < 0) && offset != 0) throw PyExc.Create(TypeObjects.OSError, "can't do nonzero cur-relative seeks");
            long position = f._stream.Seek(offset, origin);
            f._reader?.DiscardBufferedData();
            return PyInt.FromLong(position);
        });
        return t;
    }
}
