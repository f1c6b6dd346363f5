using System.Text;
using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules.Io;

/// <summary>
/// <c>io.TextIOWrapper</c>: text over a binary buffer. Decoded text is kept untranslated, and
/// newline translation happens as text is handed out, so <c>tell()</c> can re-encode what is left.
/// The standard streams are the same type bound to a host <see cref="TextWriter"/>
/// (<see cref="ForHost"/>): their writes go straight to the writer, so <c>print</c> stays fast.
/// </summary>
internal sealed class PyTextIOWrapper : PyIoObject
{
    public static readonly PyType TextIOWrapperType = CreateType();
    private const int ChunkSize = 8192;

    private PyObject? _buffer;
    private bool _detached;
    private TextCodec _codec = new("utf-8", "strict");
    private string? _newline;
    private bool _lineBuffering, _writeThrough;
    private readonly StringBuilder _pending = new();
    private int _pendingPos;
    private bool _eof;
    private readonly NewlineTranslator _seen = new() { Translating = false };

    /// <summary>For the standard streams: the host writer that receives text.</summary>
    private Func<TextWriter>? _hostWriter;
    private string? _hostName;
    private int _hostFd = -1;

    public PyTextIOWrapper(PyType type) : base(type) { }

    private static PyTextIOWrapper Self(PyObject o) => o as PyTextIOWrapper
        ?? throw PyExc.TypeError($"descriptor requires a '_io.TextIOWrapper' object but received a '{o.Type.Name}'");

    public PyObject Buffer => _buffer ?? throw PyExc.ValueError(_detached ? "underlying buffer has been detached" : "I/O operation on uninitialized object");

    /// <summary>The text writer of a standard stream, or null for ordinary wrappers.</summary>
    public TextWriter? HostWriter => _hostWriter?.Invoke();

    /// <summary>Creates a wrapper (used by <c>open()</c>).</summary>
    public static PyTextIOWrapper Create(PyObject buffer, string encoding, string errors, string? newline, bool lineBuffering)
    {
        var w = new PyTextIOWrapper(TextIOWrapperType);
        w.Init(buffer, encoding, errors, newline, lineBuffering, false);
        return w;
    }

    /// <summary>
    /// A standard output stream (<c>sys.stdout</c>/<c>sys.stderr</c>) writing to the host writer
    /// <paramref name="writer"/>; its <c>buffer</c> accepts bytes and forwards them as UTF-8 text.
    /// </summary>
    public static PyTextIOWrapper ForHost(string name, int fd, Func<TextWriter> writer, string errors)
    {
        var raw = new PyHostRaw(writer, name, fd);
        var buffer = PyBuffered.Create(PyBuffered.BufferedWriterType, raw, IoBaseTypes.DefaultBufferSize);
        var w = new PyTextIOWrapper(TextIOWrapperType);
        w.Init(buffer, "utf-8", errors, null, false, false);
        w._hostWriter = writer;
        w._hostName = name;
        w._hostFd = fd;
        return w;
    }

    /// <summary>
    /// The standard input stream (<c>sys.stdin</c>) over the host reader <paramref name="reader"/>,
    /// with line buffering as CPython's interactive stdin.
    /// </summary>
    public static PyTextIOWrapper ForHostInput(string name, int fd, Func<TextReader> reader)
    {
        var raw = new PyHostRaw(reader, name, fd);
        var buffer = PyBuffered.Create(PyBuffered.BufferedReaderType, raw, IoBaseTypes.DefaultBufferSize);
        var w = new PyTextIOWrapper(TextIOWrapperType);
        w.Init(buffer, "utf-8", "strict", null, false, false);
        w.InstanceDict!.SetStr("mode", PyStr.From("r"));
        return w;
    }

    private void Init(PyObject buffer, string encoding, string errors, string? newline, bool lineBuffering, bool writeThrough)
    {
        _codec = new TextCodec(encoding, errors);
        _buffer = buffer;
        _detached = false;
        _newline = newline;
        _lineBuffering = lineBuffering;
        _writeThrough = writeThrough;
        _pending.Clear();
        _pendingPos = 0;
        _eof = false;
        _seen.Reset();
    }

    private bool IsClosed => _hostWriter is null && (_buffer is PyBuffered b ? PyOps.IsTrue(PyOps.GetAttr(b, PyStr.From("closed"))) : IoBaseTypes.IsClosed(Buffer))
        || _hostWriter is not null && _hostClosed;
    private bool _hostClosed;

    private void CheckOpen()
    {
        if (IsClosed) throw IoBaseTypes.ClosedFile();
    }

    private bool Universal => _newline is null or "";

    // ---- writing ----

    public int Write(string text)
    {
        if (_hostWriter is not null)
        {
            if (_hostClosed) throw IoBaseTypes.ClosedFile();
            var writer = _hostWriter();
            writer.Write(text);
            if (_lineBuffering && text.Contains('\n')) writer.Flush();
            return text.Length == 0 ? 0 : new PyStr(text).Length;
        }
        CheckOpen();
        int length = new PyStr(text).Length;
        bool hadNewline = text.Contains('\n') || text.Contains('\r');
        if (_newline is "\r" or "\r\n" && text.Contains('\n')) text = text.Replace("\n", _newline);
        if (_pending.Length - _pendingPos > 0 || _codec.PendingBytes > 0) DiscardReadAhead();
        var bytes = _codec.Encode(text);
        var buffer = Buffer;
        if (buffer is PyBuffered b && ReferenceEquals(b.Type, PyBuffered.BufferedWriterType) || buffer is PyBuffered { } rb && ReferenceEquals(rb.Type, PyBuffered.BufferedRandomType))
            ((PyBuffered)buffer).Write(bytes);
        else IoBaseTypes.CallMethod(buffer, "write", new PyBytes(bytes));
        if (_lineBuffering && hadNewline || _writeThrough) Flush();
        return length;
    }

    public void Flush()
    {
        if (_hostWriter is not null)
        {
            if (_hostClosed) throw IoBaseTypes.ClosedFile();
            // Bytes written through .buffer must reach the writer before later text.
            if (_buffer is PyBuffered hb) hb.FlushWrites();
            _hostWriter().Flush();
            return;
        }
        CheckOpen();
        IoBaseTypes.CallMethod(Buffer, "flush");
    }

    /// <summary>Before writing after reading: moves the buffer back to the logical position.</summary>
    private void DiscardReadAhead()
    {
        long position = Tell();
        _pending.Clear();
        _pendingPos = 0;
        _codec.Reset();
        IoBaseTypes.CallMethod(Buffer, "seek", PyInt.FromLong(position));
    }

    // ---- reading ----

    private void CheckReadable()
    {
        CheckOpen();
        if (_hostWriter is not null || !PyOps.IsTrue(IoBaseTypes.CallMethod(Buffer, "readable")))
            throw IoBaseTypes.Unsupported("not readable");
    }

    /// <summary>Decodes one more chunk into the pending text; false at end of input.</summary>
    private bool Fill()
    {
        if (_eof) return false;
        if (_pendingPos > 0)
        {
            _pending.Remove(0, _pendingPos);
            _pendingPos = 0;
        }
        var buffer = Buffer;
        byte[] chunk;
        if (buffer is PyBuffered pb) chunk = pb.Read1(ChunkSize);
        else
        {
            var result = PyOps.TryGetAttr(buffer, PyStr.From("read1"), out var read1)
                ? PyOps.Call1(read1, PyInt.FromLong(ChunkSize))
                : IoBaseTypes.CallMethod(buffer, "read", PyInt.FromLong(ChunkSize));
            chunk = result is PyNone ? [] : BytesMethods.TryGetBytes(result)
                ?? throw PyExc.TypeError($"underlying read1() should have returned a bytes-like object, not '{result.Type.Name}'");
        }
        if (chunk.Length == 0)
        {
            _eof = true;
            _pending.Append(_codec.Decode([], final: true));
            return false;
        }
        _pending.Append(_codec.Decode(chunk, final: false));
        return true;
    }

    private int Available => _pending.Length - _pendingPos;

    /// <summary>Hands out pending text [pos, end), translating newlines when newline is None.</summary>
    private string Consume(int end)
    {
        var raw = _pending.ToString(_pendingPos, end - _pendingPos);
        _pendingPos = end;
        if (_newline is null)
        {
            _seen.Translate(raw, final: true);
            if (raw.Contains('\r')) return raw.Replace("\r\n", "\n").Replace('\r', '\n');
        }
        else if (_newline == "") _seen.Translate(raw, final: true);
        return raw;
    }

    public string Read(long size)
    {
        CheckReadable();
        if (size < 0)
        {
            while (Fill()) { }
            return Consume(_pending.Length);
        }
        // Count translated characters: "\r\n" is one when translating; a final "\r" waits for the next chunk.
        int produced = 0, i = _pendingPos;
        var output = new StringBuilder();
        while (produced < size)
        {
            if (i >= _pending.Length)
            {
                output.Append(Consume(i));
                i = _pendingPos;
                if (!Fill()) break;
                i = _pendingPos;
                continue;
            }
            char c = _pending[i];
            if (_newline is null && c == '\r')
            {
                if (i + 1 >= _pending.Length && !_eof)
                {
                    output.Append(Consume(i));
                    i = _pendingPos;
                    Fill();
                    i = _pendingPos;
                    continue;
                }
                i += i + 1 < _pending.Length && _pending[i + 1] == '\n' ? 2 : 1;
            }
            else i += char.IsHighSurrogate(c) && i + 1 < _pending.Length ? 2 : 1;
            produced++;
        }
        output.Append(Consume(i));
        return output.ToString();
    }

    public string ReadLine(long limit)
    {
        CheckReadable();
        while (true)
        {
            int start = _pendingPos;
            int end = NewlineScanner.LineEnd(_pending, start, Universal, _newline ?? "\n");
            bool terminated = end < _pending.Length || (end > start && EndsLine(end));
            // A trailing "\r" may be the first half of "\r\n"; read on unless at end of input.
            bool maybeHalf = end == _pending.Length && end > start && _pending[end - 1] == '\r' && (Universal || _newline == "\r\n");
            if (limit >= 0 && CodePoints(start, end) >= limit)
            {
                int cut = start, n = 0;
                while (n < limit && cut < end) { cut += char.IsHighSurrogate(_pending[cut]) && cut + 1 < end ? 2 : 1; n++; }
                return Consume(cut);
            }
            if ((terminated && !maybeHalf) || _eof) return Consume(end);
            if (!Fill()) return Consume(_pending.Length);
        }
    }

    private bool EndsLine(int end)
    {
        if (Universal) return _pending[end - 1] is '\n' or '\r';
        string nl = _newline!;
        return end >= nl.Length && _pending.ToString(end - nl.Length, nl.Length) == nl;
    }

    private int CodePoints(int start, int end)
    {
        int n = 0;
        for (int i = start; i < end; i++, n++)
            if (char.IsHighSurrogate(_pending[i]) && i + 1 < end) i++;
        return n;
    }

    // ---- positioning ----

    public long Tell()
    {
        CheckOpen();
        var buffer = Buffer;
        IoBaseTypes.CallMethod(buffer, "flush");
        long position = PyOps.AsIndex(IoBaseTypes.CallMethod(buffer, "tell"));
        if (Available > 0) position -= _codec.Encode(_pending.ToString(_pendingPos, Available)).Length;
        return position - _codec.PendingBytes;
    }

    public long Seek(PyObject cookieObj, int whence)
    {
        CheckOpen();
        long cookie = PyOps.AsIndex(cookieObj);
        var buffer = Buffer;
        if (!PyOps.IsTrue(IoBaseTypes.CallMethod(buffer, "seekable"))) throw IoBaseTypes.Unsupported("underlying stream is not seekable");
        switch (whence)
        {
            case 1:
                if (cookie != 0) throw IoBaseTypes.Unsupported("can't do nonzero cur-relative seeks");
                return Tell();
            case 2:
                if (cookie != 0) throw IoBaseTypes.Unsupported("can't do nonzero end-relative seeks");
                Flush();
                ResetReading();
                return PyOps.AsIndex(IoBaseTypes.CallMethod(buffer, "seek", PyInt.Zero, PyInt.FromLong(2)));
            case 0:
                if (cookie < 0) throw PyExc.ValueError($"negative seek position {cookie}");
                Flush();
                ResetReading();
                IoBaseTypes.CallMethod(buffer, "seek", PyInt.FromLong(cookie));
                return cookie;
            default:
                throw PyExc.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
        }
    }

    private void ResetReading()
    {
        _pending.Clear();
        _pendingPos = 0;
        _eof = false;
        _codec.Reset();
    }

    public void Close()
    {
        if (_hostWriter is not null)
        {
            if (!_hostClosed) Flush();
            _hostClosed = true;
            return;
        }
        if (IsClosed) return;
        try
        {
            Flush();
        }
        finally
        {
            IoBaseTypes.CallMethod(Buffer, "close");
        }
    }

    private static string ResolveEncoding(PyObject? arg)
    {
        if (arg is null or PyNone) return "UTF-8";
        if (arg is not PyStr s) throw PyExc.TypeError($"TextIOWrapper() argument 'encoding' must be str or None, not {arg.Type.Name}");
        if (s.Value == "locale") return "UTF-8";
        Codecs.Normalize(s.Value);
        return s.Value;
    }

    /// <summary>Builds a wrapper from <c>open()</c>/<c>TextIOWrapper()</c> arguments.</summary>
    public static void Configure(PyTextIOWrapper w, PyObject buffer, PyObject? encoding, PyObject? errors, PyObject? newline, bool lineBuffering, bool writeThrough)
    {
        string enc = ResolveEncoding(encoding);
        string err = errors is null or PyNone ? "strict" : errors is PyStr es ? es.Value
            : throw PyExc.TypeError($"TextIOWrapper() argument 'errors' must be str or None, not {errors.Type.Name}");
        string? nl = PyStringIO.ParseNewline(newline, "\0");
        if (nl == "\0") nl = null;
        w.Init(buffer, enc, err, nl, lineBuffering, writeThrough);
    }

    private static PyType CreateType()
    {
        var t = IoBaseTypes.Define("TextIOWrapper", IoBaseTypes.TextIOBase, type => new PyTextIOWrapper(type));
        t.AddMethod("__init__", (args, kw) =>
        {
            var a = Args.Parse(args[1..], kw, "TextIOWrapper", ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"], 1);
            Configure(Self(args[0]), a[0]!, a[1], a[2], a[3], a[4] is { } lb && PyOps.IsTrue(lb), a[5] is { } wt && PyOps.IsTrue(wt));
            return PyNone.Instance;
        });
        t.AddMethod("write", (args, kw) =>
        {
            Args.Check(args, kw, "write", 1, 1, 1);
            var self = Self(args[0]);
            if (PyOps.Unwrap(args[1]) is not PyStr s)
            {
                if (self._hostWriter is null) self.CheckOpen();
                throw PyExc.TypeError($"write() argument must be str, not {args[1].Type.Name}");
            }
            return PyInt.FromLong(self.Write(s.Value));
        });
        t.AddMethod("read", (args, kw) =>
        {
            Args.Check(args, kw, "read", 0, 1, 1);
            return PyStr.From(Self(args[0]).Read(IoBaseTypes.SizeArg(args, 1)));
        });
        t.AddMethod("readline", (args, kw) =>
        {
            Args.Check(args, kw, "readline", 0, 1, 1);
            return PyStr.From(Self(args[0]).ReadLine(IoBaseTypes.SizeArg(args, 1)));
        });
        t.AddMethod("__next__", (args, kw) =>
        {
            var line = Self(args[0]).ReadLine(-1);
            if (line.Length == 0) throw PyExc.StopIteration(null);
            return PyStr.From(line);
        });
        t.AddMethod("flush", (args, kw) =>
        {
            Self(args[0]).Flush();
            return PyNone.Instance;
        });
        t.AddMethod("close", (args, kw) =>
        {
            Self(args[0]).Close();
            return PyNone.Instance;
        });
        t.AddMethod("tell", (args, kw) => PyInt.FromLong(Self(args[0]).Tell()));
        t.AddMethod("seek", (args, kw) =>
        {
            Args.Check(args, kw, "seek", 1, 2, 1);
            long whence = args.Length > 2 ? PyOps.AsIndex(args[2]) : 0;
            return PyInt.FromLong(Self(args[0]).Seek(args[1], (int)whence));
        });
        t.AddMethod("truncate", (args, kw) =>
        {
            var self = Self(args[0]);
            self.Flush();
            return IoBaseTypes.CallMethod(self.Buffer, "truncate", args.Length > 1 ? args[1] : PyInt.FromLong(self.Tell()));
        });
        t.AddMethod("detach", (args, kw) =>
        {
            var self = Self(args[0]);
            self.Flush();
            var buffer = self.Buffer;
            self._buffer = null;
            self._detached = true;
            return buffer;
        });
        t.AddMethod("fileno", (args, kw) =>
        {
            var self = Self(args[0]);
            return self._hostFd >= 0 ? PyInt.FromLong(self._hostFd) : IoBaseTypes.CallMethod(self.Buffer, "fileno");
        });
        foreach (var name in new[] { "seekable", "readable", "writable", "isatty" })
        {
            t.AddMethod(name, (args, kw) =>
            {
                var self = Self(args[0]);
                if (self._hostWriter is not null)
                {
                    if (self._hostClosed) throw IoBaseTypes.ClosedFile();
                    return PyInt.FromBool(name == "writable" || name == "isatty" && PyHostRaw.IsTerminal(self._hostWriter(), self._hostFd));
                }
                return IoBaseTypes.CallMethod(self.Buffer, name);
            });
        }
        t.AddMethod("reconfigure", (args, kw) =>
        {
            var self = Self(args[0]);
            var a = Args.Parse(args[1..], kw, "reconfigure", ["encoding", "errors", "newline", "line_buffering", "write_through"], 0, maxPositional: 0);
            if (a[0] is not null || a[1] is not null)
            {
                string enc = a[0] is null or PyNone ? self._codec.Encoding : ResolveEncoding(a[0]);
                string err = a[1] is PyStr es ? es.Value : a[0] is null ? self._codec.Errors : "strict";
                self._codec = new TextCodec(enc, err);
            }
            if (a[2] is not null)
            {
                string? nl = PyStringIO.ParseNewline(a[2], "\n");
                self._newline = nl;
            }
            if (a[3] is { } lb && lb is not PyNone) self._lineBuffering = PyOps.IsTrue(lb);
            if (a[4] is { } wt && wt is not PyNone) self._writeThrough = PyOps.IsTrue(wt);
            return PyNone.Instance;
        });
        t.AddMethod("__repr__", (args, kw) =>
        {
            var self = Self(args[0]);
            var sb = new StringBuilder("<_io.TextIOWrapper");
            if (self._hostName is not null) sb.Append(" name=").Append(PyOps.Repr(PyStr.From(self._hostName)));
            else if (PyOps.TryGetAttr(self, PyStr.From("name"), out var name)) sb.Append(" name=").Append(PyOps.Repr(name));
            if (self._hostName is not null) sb.Append(" mode='w'");
            else if (self.InstanceDict!.TryGetStr("mode", out var mode)) sb.Append(" mode=").Append(PyOps.Repr(mode));
            sb.Append(" encoding=").Append(PyOps.Repr(PyStr.From(self._codec.Encoding))).Append('>');
            return PyStr.From(sb.ToString());
        });
        t.AddGetter("encoding", self => PyStr.From(Self(self)._codec.Encoding));
        t.AddGetter("errors", self => PyStr.From(Self(self)._codec.Errors));
        t.AddGetter("buffer", self => Self(self).Buffer);
        t.AddGetter("line_buffering", self => PyInt.FromBool(Self(self)._lineBuffering));
        t.AddGetter("write_through", self => PyInt.FromBool(Self(self)._writeThrough));
        t.AddGetter("closed", self =>
        {
            var s = Self(self);
            return s._hostWriter is not null ? PyInt.FromBool(s._hostClosed) : PyOps.GetAttr(s.Buffer, PyStr.From("closed"));
        });
        t.AddGetter("name", self =>
        {
            var s = Self(self);
            return s._hostName is not null ? PyStr.From(s._hostName) : PyOps.GetAttr(s.Buffer, PyStr.From("name"));
        });
        t.AddGetter("newlines", self => Self(self)._seen.SeenNewlines());
        t.AddGetter("_CHUNK_SIZE", self => PyInt.FromLong(ChunkSize));
        return t;
    }
}
