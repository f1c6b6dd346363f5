using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules.Io;

/// <summary>
/// The <c>_io</c> module: the stream classes CPython's <c>io.py</c> re-exports, and
/// <c>open()</c>, which is also <c>builtins.open</c> (one mechanism for every file object).
/// </summary>
internal static class IoModule
{
    public static PyModule Create(ThreadState ts)
    {
        var module = new PyModule("_io");
        var d = module.Dict;
        IoBaseTypes.EnsureInstalled();
        d.SetStr("DEFAULT_BUFFER_SIZE", PyInt.FromLong(IoBaseTypes.DefaultBufferSize));
        d.SetStr("BlockingIOError", TypeObjects.ExceptionByName("BlockingIOError"));
        d.SetStr("UnsupportedOperation", IoBaseTypes.UnsupportedOperation);
        d.SetStr("open", new PyBuiltinFunction("open", Open));
        d.SetStr("open_code", new PyBuiltinFunction("open_code", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "open_code", ["path"], 1);
            if (PyOps.Unwrap(a[0]!) is not PyStr) throw PyExc.TypeError($"open_code() argument 'path' must be str, not {a[0]!.Type.Name}");
            return Open([a[0]!, PyStr.From("rb")], null);
        }));
        d.SetStr("text_encoding", new PyBuiltinFunction("text_encoding", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "text_encoding", ["encoding", "stacklevel"], 1);
            return a[0] is PyNone ? PyStr.From("locale") : a[0]!;
        }));
        foreach (var type in new[]
        {
            IoBaseTypes.IOBase, IoBaseTypes.RawIOBase, IoBaseTypes.BufferedIOBase, IoBaseTypes.TextIOBase,
            PyFileIO.FileIOType, PyBytesIO.BytesIOType, PyStringIO.StringIOType,
            PyBuffered.BufferedReaderType, PyBuffered.BufferedWriterType, PyBuffered.BufferedRandomType, PyBuffered.BufferedRWPairType,
            PyTextIOWrapper.TextIOWrapperType, PyIncrementalNewlineDecoder.DecoderType,
        })
        {
            d.SetStr(type.Name, type);
        }
        return module;
    }

    /// <summary>
    /// <c>open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)</c>.
    /// Unrestricted mode only: restricted mode will deny or redirect it at this one function.
    /// </summary>
    public static PyObject Open(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = Args.Parse(args, kwnames, "open", ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], 1);
        var file = a[0]!;
        var unwrapped = PyOps.Unwrap(file);
        if (unwrapped is not (PyStr or PyBytes or PyInt) && file.Type.Lookup("__fspath__") is null)
            throw PyExc.TypeError($"expected str, bytes or os.PathLike object, not {file.Type.Name}");
        string mode = a[1] is null ? "r" : a[1] is PyStr ms ? ms.Value : throw PyExc.TypeError($"open() argument 'mode' must be str, not {a[1]!.Type.Name}");
        long buffering = a[2] is null ? -1 : PyOps.AsIndex(a[2]!);
        PyObject? encoding = a[3] is PyNone ? null : a[3];
        PyObject? errors = a[4] is PyNone ? null : a[4];
        PyObject? newline = a[5];
        bool closefd = a[6] is null || PyOps.IsTrue(a[6]!);
        if (encoding is not null and not PyStr) throw PyExc.TypeError($"open() argument 'encoding' must be str or None, not {encoding.Type.Name}");
        if (errors is not null and not PyStr) throw PyExc.TypeError($"open() argument 'errors' must be str or None, not {errors.Type.Name}");
        if (newline is not null and not PyNone and not PyStr) throw PyExc.TypeError($"open() argument 'newline' must be str or None, not {newline.Type.Name}");

        bool creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
        foreach (char c in mode)
        {
            ref bool flag = ref creating;
            switch (c)
            {
                case 'x': flag = ref creating; break;
                case 'r': flag = ref reading; break;
                case 'w': flag = ref writing; break;
                case 'a': flag = ref appending; break;
                case '+': flag = ref updating; break;
                case 't': flag = ref text; break;
                case 'b': flag = ref binary; break;
                default: throw PyExc.ValueError($"invalid mode: '{mode}'");
            }
            if (flag) throw PyExc.ValueError($"invalid mode: '{mode}'");
            flag = true;
        }
        if (text && binary) throw PyExc.ValueError("can't have text and binary mode at once");
        if ((creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) > 1)
            throw PyExc.ValueError("must have exactly one of create/read/write/append mode");
        if (!(creating || reading || writing || appending))
            throw PyExc.ValueError("Must have exactly one of create/read/write/append mode and at most one plus");
        if (binary && encoding is not null) throw PyExc.ValueError("binary mode doesn't take an encoding argument");
        if (binary && errors is not null) throw PyExc.ValueError("binary mode doesn't take an errors argument");
        if (binary && newline is not null and not PyNone) throw PyExc.ValueError("binary mode doesn't take a newline argument");
        if (!binary && buffering == 0) throw PyExc.ValueError("can't have unbuffered text I/O");
        if (!binary && newline is not null) PyStringIO.ParseNewline(newline, "\n");
        if (!binary && encoding is PyStr encodingName && encodingName.Value != "locale") Codecs.Normalize(encodingName.Value);

        string rawMode = (creating ? "x" : reading ? "r" : writing ? "w" : "a") + (updating ? "+" : "");
        var raw = new PyFileIO(PyFileIO.FileIOType);
        raw.Open(file, rawMode, closefd, a[7]);
        try
        {
            bool lineBuffering = buffering == 1 || buffering < 0 && Libc.IsATty(raw.Fd) == 1;
            if (buffering < 0) buffering = IoBaseTypes.DefaultBufferSize;
            if (buffering == 0) return raw;
            var bufferType = updating ? PyBuffered.BufferedRandomType
                : creating || writing || appending ? PyBuffered.BufferedWriterType
                : PyBuffered.BufferedReaderType;
            var buffer = PyBuffered.Create(bufferType, raw, (int)Math.Min(buffering, int.MaxValue));
            if (binary) return buffer;
            var wrapper = new PyTextIOWrapper(PyTextIOWrapper.TextIOWrapperType);
            PyTextIOWrapper.Configure(wrapper, buffer, encoding, errors, newline, lineBuffering, false);
            wrapper.InstanceDict!.SetStr("mode", PyStr.From(mode));
            return wrapper;
        }
        catch (PythonException)
        {
            raw.Close();
            throw;
        }
    }
}
