using System.Text;
using Warden.Objects;

namespace Warden.Modules.Io;

/// <summary>
/// The raw stream under the standard streams, bound to the host's text reader or writer (the
/// interpreter context's <c>Stdin</c>/<c>Stdout</c>/<c>Stderr</c>, looked up at each call so a host
/// can redirect them). Bytes written are decoded as UTF-8 and passed to the writer (a sequence split
/// across writes is completed by the next one); text read from the reader is handed out as UTF-8 bytes.
/// </summary>
internal sealed class PyHostRaw : PyIoObject
{
    public static readonly PyType HostRawType = CreateType();

    private readonly Func<TextWriter>? _writer;
    private readonly Func<TextReader>? _reader;
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
    private readonly Encoder _encoder = new UTF8Encoding(false).GetEncoder();
    private byte[] _pendingInput = [];
    private readonly string _name;
    private readonly int _fd;
    private bool _closed;

    public PyHostRaw(Func<TextWriter> writer, string name, int fd) : base(HostRawType)
    {
        _writer = writer;
        _name = name;
        _fd = fd;
    }

    public PyHostRaw(Func<TextReader> reader, string name, int fd) : base(HostRawType)
    {
        _reader = reader;
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

    private string ModeString => _reader is null ? "wb" : "rb";

    /// <summary>Up to <paramref name="size"/> bytes of input: what one read of the host reader returns (a line on a console).</summary>
    private byte[] Read(int size)
    {
        if (_closed) throw IoBaseTypes.ClosedFile();
        if (_reader is null) throw IoBaseTypes.Unsupported("File not open for reading");
        if (_pendingInput.Length == 0)
        {
            var chars = new char[Math.Max(1, Math.Min(size, 8192))];
            int n = _reader().Read(chars, 0, chars.Length);
            bool end = n <= 0;
            var bytes = new byte[_encoder.GetByteCount(chars, 0, Math.Max(n, 0), flush: end)];
            _encoder.GetBytes(chars, 0, Math.Max(n, 0), bytes, 0, flush: end);
            _pendingInput = bytes;
            if (end && bytes.Length == 0) return [];
        }
        int take = Math.Min(size, _pendingInput.Length);
        var result = _pendingInput.AsSpan(0, take).ToArray();
        _pendingInput = _pendingInput.AsSpan(take).ToArray();
        return result;
    }

    private static PyType CreateType()
    {
        var t = IoBaseTypes.Define("FileIO", IoBaseTypes.RawIOBase);
        t.IsFinal = true;
        t.AddMethod("write", (args, kw) =>
        {
            var self = Self(args[0]);
            if (self._closed) throw IoBaseTypes.ClosedFile();
            if (self._writer is null) throw IoBaseTypes.Unsupported("File not open for writing");
            var bytes = BytesMethods.BytesLike(args[1]);
            var chars = new char[self._decoder.GetCharCount(bytes, 0, bytes.Length, flush: false)];
            self._decoder.GetChars(bytes, 0, bytes.Length, chars, 0, flush: false);
            self._writer().Write(chars);
            return PyInt.FromLong(bytes.Length);
        });
        t.AddMethod("read", (args, kw) =>
        {
            long size = IoBaseTypes.SizeArg(args, 1);
            var self = Self(args[0]);
            if (size >= 0) return new PyBytes(self.Read((int)Math.Min(size, int.MaxValue)));
            var all = new List<byte>();
            while (self.Read(8192) is { Length: > 0 } chunk) all.AddRange(chunk);
            return new PyBytes(all.ToArray());
        });
        t.AddMethod("readinto", (args, kw) =>
        {
            var self = Self(args[0]);
            return PyInt.FromLong(IoBaseTypes.CopyInto(args[1], self.Read(IoBaseTypes.BufferLength(args[1]))));
        });
        t.AddMethod("flush", (args, kw) =>
        {
            Self(args[0])._writer?.Invoke().Flush();
            return PyNone.Instance;
        });
        t.AddMethod("close", (args, kw) =>
        {
            Self(args[0])._closed = true;
            return PyNone.Instance;
        });
        t.AddMethod("writable", (args, kw) => PyInt.FromBool(Self(args[0])._writer is not null));
        t.AddMethod("readable", (args, kw) => PyInt.FromBool(Self(args[0])._reader is not null));
        t.AddMethod("seekable", (args, kw) => PyInt.False);
        t.AddMethod("isatty", (args, kw) =>
        {
            var self = Self(args[0]);
            return PyInt.FromBool(self._writer is { } w ? IsTerminal(w(), self._fd)
                : self._fd == 0 && ReferenceEquals(self._reader!(), Console.In) && !Console.IsInputRedirected);
        });
        t.AddMethod("fileno", (args, kw) => PyInt.FromLong(Self(args[0])._fd));
        t.AddMethod("__repr__", (args, kw) => PyStr.From($"<_io.FileIO name={PyOps.Repr(PyStr.From(Self(args[0])._name))} mode='{Self(args[0]).ModeString}' closefd=False>"));
        t.AddGetter("closed", self => PyInt.FromBool(Self(self)._closed));
        t.AddGetter("name", self => PyStr.From(Self(self)._name));
        t.AddGetter("mode", self => PyStr.From(Self(self).ModeString));
        t.AddGetter("closefd", self => PyInt.False);
        return t;
    }
}
