using System.Text;
using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules.Io;

/// <summary>
/// <c>io.StringIO</c>: an in-memory text stream. The text is kept as UTF-16 in a
/// <see cref="StringBuilder"/>; positions seen by Python (tell/seek/truncate) are code points,
/// converted only when the text holds astral characters.
/// </summary>
internal sealed class PyStringIO : PyIoObject
{
    public static readonly PyType StringIOType = CreateType();

    private readonly StringBuilder _text = new();
    private int _position; // UTF-16 index
    private bool _hasSurrogates;
    private bool _closed;
    private NewlineMode _newline = NewlineMode.Default;
    private readonly NewlineTranslator _translator = new();

    public PyStringIO(PyType type) : base(type) { }

    /// <summary>The newline argument's meanings (CPython's readuniversal/readtranslate/writenl).</summary>
    private readonly record struct NewlineMode(string? Value)
    {
        public static readonly NewlineMode Default = new("\n");
        public bool Universal => Value is null or "";
        public bool TranslateOnWrite => Value is null;
        public string? WriteNewline => Value is "\r" or "\r\n" ? Value : null;
    }

    /// <summary>Parses the <c>newline</c> argument of StringIO and TextIOWrapper.</summary>
    public static string? ParseNewline(PyObject? arg, string fallback)
    {
        if (arg is null) return fallback;
        if (arg is PyNone) return null;
        if (arg is not PyStr s) throw PyExc.TypeError($"newline must be str or None, not {arg.Type.Name}");
        if (s.Value is not ("" or "\n" or "\r" or "\r\n")) throw PyExc.ValueError($"illegal newline value: {PyOps.Repr(s)}");
        return s.Value;
    }

    private void CheckOpen()
    {
        if (_closed) throw PyExc.ValueError("I/O operation on closed file");
    }

    private static PyStringIO Self(PyObject o) => o as PyStringIO
        ?? throw PyExc.TypeError($"descriptor requires a '_io.StringIO' object but received a '{o.Type.Name}'");

    private int CodePointsBefore(int utf16Index)
    {
        if (!_hasSurrogates) return utf16Index;
        int count = 0;
        for (int i = 0; i < utf16Index; i++, count++)
            if (char.IsHighSurrogate(_text[i]) && i + 1 < _text.Length && char.IsLowSurrogate(_text[i + 1])) i++;
        return count;
    }

    /// <summary>The UTF-16 index of code point <paramref name="codePoint"/>, or beyond the end when past it.</summary>
    private int Utf16Index(long codePoint)
    {
        if (!_hasSurrogates) return (int)Math.Min(codePoint, int.MaxValue);
        int i = 0;
        for (long cp = 0; cp < codePoint; cp++)
        {
            if (i >= _text.Length) return (int)Math.Min(_text.Length + (codePoint - cp), int.MaxValue);
            i += char.IsHighSurrogate(_text[i]) && i + 1 < _text.Length && char.IsLowSurrogate(_text[i + 1]) ? 2 : 1;
        }
        return i;
    }

    private int Write(string s)
    {
        int length = new PyStr(s).Length;
        if (_newline.TranslateOnWrite) s = _translator.Translate(s, final: true);
        else if (_newline.WriteNewline is { } nl) s = s.Replace("\n", nl);
        if (s.Length == 0) return length;
        foreach (var c in s)
            if (char.IsSurrogate(c)) { _hasSurrogates = true; break; }
        if (_position > _text.Length) _text.Append('\0', _position - _text.Length);
        int overwrite = Math.Min(s.Length, _text.Length - _position);
        if (overwrite > 0) _text.Remove(_position, overwrite);
        _text.Insert(_position, s);
        _position += s.Length;
        return length;
    }

    private string Read(long size)
    {
        if (_position >= _text.Length) return "";
        int available = _text.Length - _position;
        int take = size < 0 ? available : Math.Min(available, Utf16Index(CodePointsBefore(_position) + size) - _position);
        var s = _text.ToString(_position, take);
        _position += take;
        return s;
    }

    private string ReadLine(long limit)
    {
        if (_position >= _text.Length) return "";
        int end = NewlineScanner.LineEnd(_text, _position, _newline.Universal, _newline.Value ?? "\n");
        if (limit >= 0) end = Math.Min(end, Utf16Index(CodePointsBefore(_position) + limit));
        var s = _text.ToString(_position, end - _position);
        _position = end;
        return s;
    }

    private static PyType CreateType()
    {
        var t = IoBaseTypes.Define("StringIO", IoBaseTypes.TextIOBase, type => new PyStringIO(type));
        t.AddMethod("__init__", (args, kw) =>
        {
            var self = Self(args[0]);
            var a = Args.Parse(args[1..], kw, "StringIO", ["initial_value", "newline"], 0);
            string? newline = ParseNewline(a[1], "\n");
            if (a[0] is not (null or PyNone or PyStr))
                throw PyExc.TypeError($"initial_value must be str or None, not {a[0]!.Type.Name}");
            self._newline = new NewlineMode(newline);
            self._text.Clear();
            self._position = 0;
            self._closed = false;
            if (a[0] is PyStr initial)
            {
                self.Write(initial.Value);
                self._position = 0;
            }
            return PyNone.Instance;
        });
        t.AddMethod("getvalue", (args, kw) =>
        {
            var self = Self(args[0]);
            self.CheckOpen();
            return PyStr.From(self._text.ToString());
        });
        t.AddMethod("read", (args, kw) =>
        {
            Args.Check(args, kw, "read", 0, 1, 1);
            var self = Self(args[0]);
            self.CheckOpen();
            return PyStr.From(self.Read(IoBaseTypes.SizeArg(args, 1)));
        });
        t.AddMethod("readline", (args, kw) =>
        {
            Args.Check(args, kw, "readline", 0, 1, 1);
            var self = Self(args[0]);
            self.CheckOpen();
            return PyStr.From(self.ReadLine(IoBaseTypes.SizeArg(args, 1)));
        });
        t.AddMethod("__next__", (args, kw) =>
        {
            var self = Self(args[0]);
            self.CheckOpen();
            var line = ReferenceEquals(self.Type, StringIOType) ? PyStr.From(self.ReadLine(-1)) : IoBaseTypes.CallMethod(self, "readline");
            if (PyOps.Length(line) == 0) throw PyExc.StopIteration(null);
            return line;
        });
        t.AddMethod("write", (args, kw) =>
        {
            Args.Check(args, kw, "write", 1, 1, 1);
            var self = Self(args[0]);
            self.CheckOpen();
            if (PyOps.Unwrap(args[1]) is not PyStr s) throw PyExc.TypeError($"string argument expected, got '{args[1].Type.Name}'");
            return PyInt.FromLong(self.Write(s.Value));
        });
        t.AddMethod("tell", (args, kw) =>
        {
            var self = Self(args[0]);
            self.CheckOpen();
            return PyInt.FromLong(self.CodePointsBefore(Math.Min(self._position, self._text.Length)) + Math.Max(0, self._position - self._text.Length));
        });
        t.AddMethod("seek", (args, kw) =>
        {
            Args.Check(args, kw, "seek", 1, 2, 1);
            var self = Self(args[0]);
            long pos = PyOps.AsIndex(args[1]);
            long whence = args.Length > 2 ? PyOps.AsIndex(args[2]) : 0;
            self.CheckOpen();
            if (whence is < 0 or > 2) throw PyExc.ValueError($"Invalid whence ({whence}, should be 0, 1 or 2)");
            if (pos < 0 && whence == 0) throw PyExc.ValueError($"Negative seek position {pos}");
            if (whence != 0 && pos != 0)
                throw PyExc.Create(TypeObjects.OSError, whence == 1 ? "Can't do nonzero cur-relative seeks" : "Can't do nonzero end-relative seeks");
            if (whence == 1) return IoBaseTypes.CallMethod(self, "tell");
            if (whence == 2) self._position = self._text.Length;
            else self._position = self.Utf16Index(pos);
            return PyInt.FromLong(whence == 2 ? self.CodePointsBefore(self._text.Length) : pos);
        });
        t.AddMethod("truncate", (args, kw) =>
        {
            Args.Check(args, kw, "truncate", 0, 1, 1);
            var self = Self(args[0]);
            self.CheckOpen();
            long size = args.Length > 1 && args[1] is not PyNone ? PyOps.AsIndex(args[1]) : self.CodePointsBefore(Math.Min(self._position, self._text.Length));
            if (size < 0) throw PyExc.ValueError($"Negative size value {size}");
            int at = self.Utf16Index(size);
            if (at < self._text.Length) self._text.Length = at;
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
        t.AddMethod("close", (args, kw) =>
        {
            Self(args[0])._closed = true;
            return PyNone.Instance;
        });
        t.AddGetter("closed", self => PyInt.FromBool(Self(self)._closed));
        t.AddGetter("line_buffering", self =>
        {
            Self(self).CheckOpen();
            return PyInt.False;
        });
        t.AddGetter("newlines", self =>
        {
            var s = Self(self);
            s.CheckOpen();
            return s._newline.TranslateOnWrite ? s._translator.SeenNewlines() : PyNone.Instance;
        });
        t.AddMethod("__getstate__", (args, kw) =>
        {
            var self = Self(args[0]);
            self.CheckOpen();
            return PyTuple.Create(PyStr.From(self._text.ToString()), self._newline.Value is { } nl ? PyStr.From(nl) : PyNone.Instance,
                PyInt.FromLong(self.CodePointsBefore(Math.Min(self._position, self._text.Length))), new PyDict());
        });
        return t;
    }
}
