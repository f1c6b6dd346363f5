using System.Text;
using Warden.Objects;

namespace Warden.Modules.Io;

/// <summary>
/// The raw stream under <c>sys.stdout.buffer</c>/<c>sys.stderr.buffer</c>: bytes written here are
/// decoded as UTF-8 (a sequence split across writes is completed by the next write) and passed to
/// the host's <see cref="TextWriter"/>, the one sink of the standard streams.
/// </summary>
internal sealed class PyHostRaw : PyIoObject
{
    public static readonly PyType HostRawType = CreateType();

    private readonly Func<TextWriter> _writer;
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
    private readonly string _name;
    private readonly int _fd;
    private bool _closed;

    public PyHostRaw(Func<TextWriter> writer, string name, int fd) : base(HostRawType)
    {
        _writer = writer;
        _name = name;
        _fd = fd;
    }

    /// <summary>True when the writer is the process console and that console is a terminal.</summary>
    public static bool IsTerminal(TextWriter writer, int fd)
    {
        if (fd == 1 && ReferenceEquals(writer, Console.Out)) return !Console.IsOutputRedirected;
        if (fd == 2 && ReferenceEquals(writer, Console.Error)) return !Console.IsErrorRedirected;
        return false;
    }

    private static PyHostRaw Self(PyObject o) => (PyHostRaw)o;

    private static PyType CreateType()
    {
        var t = IoBaseTypes.Define("FileIO", IoBaseTypes.RawIOBase);
        t.IsFinal = true;
        t.AddMethod("write", (args, kw) =>
        {
            var self = Self(args[0]);
            if (self._closed) throw IoBaseTypes.ClosedFile();
            var bytes = BytesMethods.BytesLike(args[1]);
            var chars = new char[self._decoder.GetCharCount(bytes, 0, bytes.Length, flush: false)];
            self._decoder.GetChars(bytes, 0, bytes.Length, chars, 0, flush: false);
            self._writer().Write(chars);
            return PyInt.FromLong(bytes.Length);
        });
        t.AddMethod("flush", (args, kw) =>
        {
            Self(args[0])._writer().Flush();
            return PyNone.Instance;
        });
        t.AddMethod("close", (args, kw) =>
        {
            Self(args[0])._closed = true;
            return PyNone.Instance;
        });
        t.AddMethod("writable", (args, kw) => PyInt.True);
        t.AddMethod("readable", (args, kw) => PyInt.False);
        t.AddMethod("seekable", (args, kw) => PyInt.False);
        t.AddMethod("isatty", (args, kw) => PyInt.FromBool(IsTerminal(Self(args[0])._writer(), Self(args[0])._fd)));
        t.AddMethod("fileno", (args, kw) => PyInt.FromLong(Self(args[0])._fd));
        t.AddMethod("__repr__", (args, kw) => PyStr.From($"<_io.FileIO name={PyOps.Repr(PyStr.From(Self(args[0])._name))} mode='wb' closefd=False>"));
        t.AddGetter("closed", self => PyInt.FromBool(Self(self)._closed));
        t.AddGetter("name", self => PyStr.From(Self(self)._name));
        t.AddGetter("mode", self => PyStr.From("wb"));
        t.AddGetter("closefd", self => PyInt.False);
        return t;
    }
}
