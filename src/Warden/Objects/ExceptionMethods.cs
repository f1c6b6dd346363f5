using Warden.Runtime;

namespace Warden.Objects;

/// <summary>Methods and attributes of BaseException and the exception subclasses with extra behaviour.</summary>
internal static class ExceptionMethods
{
    private static PyBaseException E(PyObject o) => (PyBaseException)o;

    public static void Install()
    {
        var b = TypeObjects.BaseException;
        b.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var cls = (PyType)args[0];
            var e = (PyBaseException)ObjectMethods.CreateInstance(cls);
            e.Args = PyTuple.FromSpan(args[1..(args.Length - (kw?.Length ?? 0))]);
            return e;
        })));
        b.AddMethod("__init__", (args, kw) =>
        {
            if (kw is not null && kw.Length > 0 && !args[0].Type.IsHeapType)
                throw PyExc.TypeError($"{args[0].Type.Name}() takes no keyword arguments");
            E(args[0]).Args = PyTuple.FromSpan(args[1..(args.Length - (kw?.Length ?? 0))]);
            return PyNone.Instance;
        });
        b.AddMethod("__str__", (args, kw) => PyStr.From(Str(E(args[0]))));
        b.AddMethod("__repr__", (args, kw) =>
        {
            var e = E(args[0]);
            string name = e.Type.Name;
            if (e.Args.Length == 1) return PyStr.From($"{name}({PyOps.Repr(e.Args.Items[0])})");
            return PyStr.From($"{name}({PyOps.JoinRepr(e.Args.Items)})");
        });
        b.AddGetter("args", self => E(self).Args, (self, v) => E(self).Args = PyTuple.Create(PyOps.ToArray(v ?? PyTuple.Empty)));
        b.AddGetter("__traceback__", self => (PyObject?)E(self).Traceback ?? PyNone.Instance,
            (self, v) => E(self).Traceback = v as PyTraceback);
        b.AddGetter("__cause__", self => (PyObject?)E(self).Cause ?? PyNone.Instance, (self, v) =>
        {
            if (v is not null and not PyNone and not PyBaseException)
                throw PyExc.TypeError("exception cause must be None or derive from BaseException");
            E(self).Cause = v as PyBaseException;
            E(self).SuppressContext = true;
        });
        b.AddGetter("__context__", self => (PyObject?)E(self).Context ?? PyNone.Instance, (self, v) => E(self).Context = v as PyBaseException);
        b.AddGetter("__suppress_context__", self => PyInt.FromBool(E(self).SuppressContext), (self, v) => E(self).SuppressContext = v is not null && PyOps.IsTrue(v));
        b.AddMethod("with_traceback", (args, kw) =>
        {
            E(args[0]).Traceback = args[1] as PyTraceback;
            return args[0];
        });
        b.AddMethod("add_note", (args, kw) =>
        {
            Args.Check(args, kw, "add_note", 1, 1, 1);
            if (args[1] is not PyStr) throw PyExc.TypeError($"note must be a str, not '{args[1].Type.Name}'");
            var d = E(args[0]).Dict;
            if (!d.TryGetStr("__notes__", out var notes))
            {
                notes = new PyList();
                d.SetStr("__notes__", notes);
            }
            if (notes is not PyList list) throw PyExc.TypeError("Cannot add note: __notes__ is not a list");
            list.Append(args[1]);
            return PyNone.Instance;
        });

        TypeObjects.StopIteration.AddGetter("value", self => E(self).Dict.TryGetStr("value", out var v) ? v
            : E(self).Args.Length > 0 ? E(self).Args.Items[0] : PyNone.Instance, (self, v) => E(self).Dict.SetStr("value", v ?? PyNone.Instance));
        TypeObjects.SystemExit.AddGetter("code", self => E(self).Args.Length switch
        {
            0 => PyNone.Instance,
            1 => E(self).Args.Items[0],
            _ => E(self).Args,
        });
        TypeObjects.KeyError.AddMethod("__str__", (args, kw) =>
        {
            var e = E(args[0]);
            return PyStr.From(e.Args.Length == 1 ? PyOps.Repr(e.Args.Items[0]) : Str(e));
        });
        foreach (var (type, names) in new[]
        {
            (TypeObjects.NameError, new[] { "name" }),
            (TypeObjects.AttributeError, new[] { "name", "obj" }),
            (TypeObjects.ImportError, new[] { "name", "path" }),
            (TypeObjects.OSError, new[] { "errno", "strerror", "filename", "filename2" }),
        })
        {
            foreach (var name in names)
            {
                var key = name;
                type.AddGetter(key, self => E(self).Dict.TryGetStr(key, out var v) ? v : PyNone.Instance, (self, v) => E(self).Dict.SetStr(key, v ?? PyNone.Instance));
            }
        }
        foreach (var unicodeError in new[] { "UnicodeDecodeError", "UnicodeEncodeError" })
        {
            var type = TypeObjects.ExceptionByName(unicodeError);
            foreach (var name in new[] { "encoding", "object", "start", "end", "reason" })
            {
                var key = name;
                type.AddGetter(key, self => E(self).Dict.TryGetStr(key, out var v) ? v : PyNone.Instance, (self, v) => E(self).Dict.SetStr(key, v ?? PyNone.Instance));
            }
            type.AddMethod("__init__", (args, kw) =>
            {
                var e = E(args[0]);
                if (args.Length != 6) throw PyExc.TypeError($"function takes exactly 5 arguments ({args.Length - 1} given)");
                e.Args = PyTuple.FromSpan(args[1..]);
                Codecs.SetUnicodeErrorAttributes(e);
                return PyNone.Instance;
            });
            type.AddMethod("__str__", (args, kw) => PyStr.From(Codecs.UnicodeErrorMessage(E(args[0])) ?? Str(E(args[0]))));
        }
        // NameError, AttributeError and ImportError take their attributes as keyword arguments.
        foreach (var (type, keywords) in new[]
        {
            (TypeObjects.NameError, new[] { "name" }),
            (TypeObjects.AttributeError, new[] { "name", "obj" }),
            (TypeObjects.ImportError, new[] { "name", "path" }),
        })
        {
            var allowed = keywords;
            var importError = ReferenceEquals(type, TypeObjects.ImportError);
            type.AddMethod("__init__", (args, kw) =>
            {
                var e = E(args[0]);
                int nkw = kw?.Length ?? 0;
                e.Args = PyTuple.FromSpan(args[1..(args.Length - nkw)]);
                for (int k = 0; k < nkw; k++)
                {
                    string key = ((PyStr)kw!.Items[k]).Value;
                    if (Array.IndexOf(allowed, key) < 0)
                        throw PyExc.TypeError($"'{key}' is an invalid keyword argument for {args[0].Type.Name}()");
                    e.Dict.SetStr(key, args[args.Length - nkw + k]);
                }
                if (importError) e.Dict.SetStr("msg", e.Args.Length == 1 ? e.Args.Items[0] : PyNone.Instance);
                return PyNone.Instance;
            });
        }
        TypeObjects.ImportError.AddGetter("msg", self => E(self).Dict.TryGetStr("msg", out var v) ? v : PyNone.Instance, (self, v) => E(self).Dict.SetStr("msg", v ?? PyNone.Instance));
        TypeObjects.OSError.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var cls = (PyType)args[0];
            int npos = args.Length - 1 - (kw?.Length ?? 0);
            // OSError(errno, strerror, ...) picks the subclass for the errno (Linux numbering), as CPython does.
            if (ReferenceEquals(cls, TypeObjects.OSError) && npos >= 2 && args[1] is PyInt { IsSmall: true } errno
                && ErrnoSubclass(errno.Small) is { } subclass)
                cls = TypeObjects.ExceptionByName(subclass);
            var e = (PyBaseException)ObjectMethods.CreateInstance(cls);
            e.Args = PyTuple.FromSpan(args[1..(args.Length - (kw?.Length ?? 0))]);
            return e;
        })));
        TypeObjects.OSError.AddMethod("__init__", (args, kw) =>
        {
            var e = E(args[0]);
            e.Args = PyTuple.FromSpan(args[1..]);
            if (e.Args.Length is >= 2 and <= 5)
            {
                e.Dict.SetStr("errno", e.Args.Items[0]);
                e.Dict.SetStr("strerror", e.Args.Items[1]);
                if (e.Args.Length >= 3)
                {
                    e.Dict.SetStr("filename", e.Args.Items[2]);
                    if (e.Args.Length == 5) e.Dict.SetStr("filename2", e.Args.Items[4]);
                    e.Args = PyTuple.Create(e.Args.Items[0], e.Args.Items[1]);
                }
            }
            return PyNone.Instance;
        });
        TypeObjects.OSError.AddMethod("__str__", (args, kw) =>
        {
            var e = E(args[0]);
            var d = e.Dict;
            bool hasErrno = d.TryGetStr("errno", out var errno) && errno is not PyNone;
            bool hasStr = d.TryGetStr("strerror", out var strerror) && strerror is not PyNone;
            if (hasErrno && hasStr)
            {
                if (d.TryGetStr("filename", out var filename) && filename is not PyNone
                    && d.TryGetStr("filename2", out var filename2) && filename2 is not PyNone)
                    return PyStr.From($"[Errno {PyOps.Str(errno)}] {PyOps.Str(strerror)}: {PyOps.Repr(filename)} -> {PyOps.Repr(filename2)}");
                if (d.TryGetStr("filename", out filename) && filename is not PyNone)
                    return PyStr.From($"[Errno {PyOps.Str(errno)}] {PyOps.Str(strerror)}: {PyOps.Repr(filename)}");
                return PyStr.From($"[Errno {PyOps.Str(errno)}] {PyOps.Str(strerror)}");
            }
            return PyStr.From(Str(e));
        });
        var syntax = TypeObjects.SyntaxError;
        foreach (var name in new[] { "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line" })
        {
            var key = name;
            syntax.AddGetter(key, self => E(self).Dict.TryGetStr(key, out var v) ? v : PyNone.Instance, (self, v) => E(self).Dict.SetStr(key, v ?? PyNone.Instance));
        }
        syntax.AddMethod("__init__", (args, kw) =>
        {
            var e = E(args[0]);
            e.Args = PyTuple.FromSpan(args[1..]);
            if (e.Args.Length >= 1) e.Dict.SetStr("msg", e.Args.Items[0]);
            if (e.Args.Length == 2 && e.Args.Items[1] is PyTuple details)
            {
                string[] keys = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
                for (int i = 0; i < details.Length && i < keys.Length; i++) e.Dict.SetStr(keys[i], details.Items[i]);
            }
            return PyNone.Instance;
        });
        syntax.AddMethod("__str__", (args, kw) =>
        {
            var e = E(args[0]);
            var d = e.Dict;
            string msg = d.TryGetStr("msg", out var m) ? PyOps.Str(m) : Str(e);
            bool hasFile = d.TryGetStr("filename", out var f) && f is PyStr;
            bool hasLine = d.TryGetStr("lineno", out var l) && l is PyInt;
            string file = hasFile ? Path.GetFileName(((PyStr)f).Value) : "";
            if (hasFile && hasLine) return PyStr.From($"{msg} ({file}, line {((PyInt)l).Small})");
            if (hasFile) return PyStr.From($"{msg} ({file})");
            if (hasLine) return PyStr.From($"{msg} (line {((PyInt)l).Small})");
            return PyStr.From(msg);
        });
    }

    private static string? ErrnoSubclass(long errno) => errno switch
    {
        11 or 114 or 115 => "BlockingIOError",
        10 => "ChildProcessError",
        32 or 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        111 => "ConnectionRefusedError",
        104 => "ConnectionResetError",
        17 => "FileExistsError",
        2 => "FileNotFoundError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        4 => "InterruptedError",
        1 or 13 => "PermissionError",
        3 => "ProcessLookupError",
        110 => "TimeoutError",
        _ => null,
    };

    /// <summary><c>BaseException.__str__</c>: '', str(arg) or str(args).</summary>
    public static string Str(PyBaseException e) => e.Args.Length switch
    {
        0 => "",
        1 => PyOps.Str(e.Args.Items[0]),
        _ => PyOps.Str(e.Args),
    };

    /// <summary>Turns a front-end error into the Python SyntaxError/IndentationError/TabError object.</summary>
    public static PyBaseException FromSyntaxError(Syntax.PythonSyntaxError error)
    {
        var type = TypeObjects.ExceptionByName(error.PythonType);
        var e = new PyBaseException(type);
        // Errors found by the compiler (not the parser) carry no text: like CPython, read the line from the file.
        string? text = error.Text;
        if (text is null && error.Filename is { } file && error.Lineno > 0 && SourceCache.GetLine(file, error.Lineno) is { } line)
            text = line + "\n";
        var details = PyTuple.Create(
            error.Filename is null ? PyNone.Instance : PyStr.From(error.Filename),
            PyInt.FromLong(error.Lineno),
            PyInt.FromLong(error.Offset),
            text is null ? PyNone.Instance : PyStr.From(text),
            PyInt.FromLong(error.EndLineno),
            PyInt.FromLong(error.EndOffset));
        e.Args = PyTuple.Create(PyStr.From(error.Msg), details);
        e.Dict.SetStr("msg", PyStr.From(error.Msg));
        string[] keys = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
        for (int i = 0; i < keys.Length; i++) e.Dict.SetStr(keys[i], details.Items[i]);
        return e;
    }
}
