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
    private static readonly PyType s_binaryType = CreateType("BufferedReader");

    private readonly FileStream _stream;
    private readonly StreamReader? _reader;
    private readonly StreamWriter? _writer;
    public string Name { get; }
    public string Mode { get; }
    public bool IsText { get; }
    public bool Closed { get; private set; }

    private PyFile(FileStream stream, string name, string mode, bool text)
    {
        _stream = stream;
        Name = name;
        Mode = mode;
        IsText = text;
        if (text && stream.CanRead) _reader = new StreamReader(stream, new UTF8Encoding(false));
        if (text && stream.CanWrite) _writer = new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = false };
    }

    public override PyType Type => IsText ? s_textType : s_binaryType;

    public static PyObject Open(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = Args.Parse(args, kwnames, "open", ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], 1);
        string path = a[0] is PyStr ps ? ps.Value : throw PyExc.TypeError($"expected str, bytes or os.PathLike object, not {a[0]!.Type.Name}");
        string mode = a[1] is PyStr ms ? ms.Value : "r";
        bool binary = mode.Contains('b');
        char kind = mode.FirstOrDefault(c => c is 'r' or 'w' or 'a' or 'x');
        if (kind == default || mode.Count(c => c is 'r' or 'w' or 'a' or 'x') > 1 || mode.Any(c => c is not ('r' or 'w' or 'a' or 'x' or 'b' or 't' or '+')))
            throw PyExc.ValueError($"invalid mode: '{mode}'");
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
            return new PyFile(stream, path, mode, !binary);
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

    private void CheckOpen(string what)
    {
        if (Closed) throw PyExc.ValueError($"{what} of closed file");
    }

    private PyObject Read(long size)
    {
        CheckOpen("read");
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
    private string ReadLine()
    {
        CheckOpen("readline");
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
        CheckOpen("write");
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
        t.AddMethod("readline", (args, kw) => PyStr.From(F(args).ReadLine()));
        t.AddMethod("readlines", (args, kw) =>
        {
            var f = F(args);
            var lines = new PyList();
            for (string line; (line = f.ReadLine()).Length > 0;) lines.Append(PyStr.From(line));
            return lines;
        });
        t.AddMethod("write", (args, kw) =>
        {
            Args.Check(args, kw, "write", 1, 1, 1);
            return F(args).Write(args[1]);
        });
        t.AddMethod("writelines", (args, kw) =>
        {
            var it = PyOps.GetIter(args[1]);
            while (PyOps.TryNext(it, out var line)) F(args).Write(line);
            return PyNone.Instance;
        });
        t.AddMethod("flush", (args, kw) =>
        {
            F(args)._writer?.Flush();
            return PyNone.Instance;
        });
        t.AddMethod("close", (args, kw) =>
        {
            F(args).Close();
            return PyNone.Instance;
        });
        t.AddMethod("__enter__", (args, kw) =>
        {
            F(args).CheckOpen("I/O operation on closed file. enter");
            return args[0];
        });
        t.AddMethod("__exit__", (args, kw) =>
        {
            F(args).Close();
            return PyNone.Instance;
        });
        t.AddMethod("__iter__", (args, kw) =>
        {
            F(args).CheckOpen("I/O operation on closed file. iter");
            return args[0];
        });
        t.AddMethod("__next__", (args, kw) =>
        {
            var line = F(args).ReadLine();
            if (line.Length == 0) throw PyExc.StopIteration(null);
            return PyStr.From(line);
        });
        t.AddMethod("__repr__", (args, kw) => PyStr.From($"<_io.{name} name={PyOps.Repr(PyStr.From(F(args).Name))} mode='{F(args).Mode}' encoding='UTF-8'>"));
        t.AddGetter("name", self => PyStr.From(((PyFile)self).Name));
        t.AddGetter("mode", self => PyStr.From(((PyFile)self).Mode));
        t.AddGetter("closed", self => PyInt.FromBool(((PyFile)self).Closed));
        return t;
    }
}
