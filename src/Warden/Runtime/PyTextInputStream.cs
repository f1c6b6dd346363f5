using Warden.Objects;

namespace Warden.Runtime;

/// <summary><c>sys.stdin</c>: a text stream over the reader of its interpreter (a host may redirect it per engine).</summary>
internal sealed class PyTextInputStream : PyObject
{
    private static readonly PyType s_type = CreateType();
    private readonly Func<TextReader> _reader;

    public PyTextInputStream(string name, Func<TextReader> reader)
    {
        Name = name;
        _reader = reader;
    }

    public string Name { get; }

    public override PyType Type => s_type;

    private static PyType CreateType()
    {
        var t = new PyType("TextIOWrapper", [TypeObjects.Object], TypeObjects.TypeType) { IsFinal = true };
        t.Dict.SetStr("__module__", PyStr.From("_io"));
        t.AddMethod("readline", (args, kw) =>
        {
            Args.Check(args, kw, "readline", 1, 2);
            var line = ((PyTextInputStream)args[0]).ReadLine();
            return PyStr.From(line ?? "");
        });
        t.AddMethod("read", (args, kw) =>
        {
            Args.Check(args, kw, "read", 1, 2);
            var reader = ((PyTextInputStream)args[0])._reader();
            long size = args.Length > 1 && args[1] is not PyNone ? PyOps.AsIndex(args[1]) : -1;
            if (size < 0) return PyStr.From(reader.ReadToEnd());
            var buffer = new char[Math.Min(size, 1 << 20)];
            int read = reader.ReadBlock(buffer, 0, buffer.Length);
            return PyStr.From(new string(buffer, 0, read));
        });
        t.AddMethod("readlines", (args, kw) =>
        {
            Args.Check(args, kw, "readlines", 1, 2);
            var self = (PyTextInputStream)args[0];
            var lines = new PyList();
            while (self.ReadLine() is { } line) lines.Append(PyStr.From(line));
            return lines;
        });
        t.AddMethod("__iter__", (args, kw) => args[0]);
        t.AddMethod("__next__", (args, kw) =>
            ((PyTextInputStream)args[0]).ReadLine() is { } line ? PyStr.From(line) : throw PyExc.StopIteration(null));
        t.AddMethod("isatty", (args, kw) => PyInt.False);
        t.AddMethod("readable", (args, kw) => PyInt.True);
        t.AddMethod("writable", (args, kw) => PyInt.False);
        t.AddMethod("__repr__", (args, kw) => PyStr.From($"<_io.TextIOWrapper name='{((PyTextInputStream)args[0]).Name}' mode='r' encoding='utf-8'>"));
        t.AddGetter("encoding", self => PyStr.From("utf-8"));
        return t;
    }

    /// <summary>The next line with its newline (as Python's readline; the last line may have none), or null at end of input.</summary>
    private string? ReadLine()
    {
        var reader = _reader();
        var line = new System.Text.StringBuilder();
        int c;
        while ((c = reader.Read()) >= 0)
        {
            line.Append((char)c);
            if (c == '\n') break;
        }
        return line.Length == 0 ? null : line.ToString();
    }
}
