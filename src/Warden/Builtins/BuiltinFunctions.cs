using System.Numerics;
using System.Text;
using Warden.Compiler;
using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Builtins;

/// <summary>The functions of the <c>builtins</c> module.</summary>
public static class BuiltinFunctions
{
    /// <summary>
    /// Builtins that CPython implements with the one-argument or no-argument calling conventions
    /// (METH_O, METH_NOARGS), whose calls count one recursion level ("while calling a Python
    /// object"); this decides, as in CPython, which check fails first in a recursion through them.
    /// </summary>
    private static readonly HashSet<string> s_singleArgumentBuiltins =
        ["abs", "ascii", "bin", "callable", "chr", "hash", "hex", "id", "len", "oct", "ord", "repr", "globals", "locals", "aiter"];

    /// <summary>Creates a fresh builtins namespace. Every module's globals refer to one (the builtin-lookup choke point).</summary>
    public static PyDict CreateBuiltins()
    {
        var d = new PyDict(200);
        void Fn(string name, NativeFunction f)
            => d.SetStr(name, new PyBuiltinFunction(name, f) { CountsAsRecursion = s_singleArgumentBuiltins.Contains(name), ModuleName = "builtins" });

        d.SetStr("__name__", PyStr.From("builtins"));
        d.SetStr("__debug__", PyInt.True);
        d.SetStr("None", PyNone.Instance);
        d.SetStr("True", PyInt.True);
        d.SetStr("False", PyInt.False);
        d.SetStr("Ellipsis", PyEllipsis.Instance);
        d.SetStr("NotImplemented", PyNotImplemented.Instance);
        foreach (var t in new[] { TypeObjects.Object, TypeObjects.TypeType, TypeObjects.Int, TypeObjects.Bool, TypeObjects.Float,
                     TypeObjects.Str, TypeObjects.Tuple, TypeObjects.List, TypeObjects.Dict, TypeObjects.Set, TypeObjects.FrozenSet,
                     TypeObjects.Range, TypeObjects.Slice, TypeObjects.Complex, TypeObjects.StaticMethod, TypeObjects.ClassMethod, TypeObjects.Property,
                     TypeObjects.Super, TypeObjects.Enumerate, TypeObjects.Zip, TypeObjects.Map, TypeObjects.Filter, TypeObjects.Reversed,
                     TypeObjects.Bytes, TypeObjects.ByteArray, TypeObjects.MemoryView })
            d.SetStr(t.Name, t);
        foreach (var t in TypeObjects.ExceptionTypes) d.SetStr(t.Name, t);
        SiteBuiltins.AddTo(d);
        d.SetStr("EnvironmentError", TypeObjects.OSError);
        d.SetStr("IOError", TypeObjects.OSError);

        Fn("__build_class__", ObjectMethods.BuildClass);
        DynamicCode.Install(d);
        Fn("open", Modules.Io.IoModule.Open);
        Fn("print", Print);
        Fn("len", (args, kw) =>
        {
            Args.Check(args, kw, "len", 1, 1);
            return PyInt.FromLong(PyOps.Length(args[0]));
        });
        Fn("repr", (args, kw) =>
        {
            Args.Check(args, kw, "repr", 1, 1);
            return PyStr.From(PyOps.Repr(args[0]));
        });
        Fn("ascii", (args, kw) =>
        {
            Args.Check(args, kw, "ascii", 1, 1);
            return PyStr.From(Ascii(PyOps.Repr(args[0])));
        });
        Fn("format", (args, kw) =>
        {
            Args.Check(args, kw, "format", 1, 2);
            var spec = args.Length > 1 ? args[1] as PyStr ?? throw PyExc.TypeError($"format() argument 2 must be str, not {args[1].Type.Name}") : PyStr.Empty;
            return PyStr.From(PyOps.Format(args[0], spec.Value));
        });
        Fn("abs", (args, kw) =>
        {
            Args.Check(args, kw, "abs", 1, 1);
            var x = args[0];
            if (x is PyInt i) return PyInt.Abs(i);
            if (x is PyFloat f) return new PyFloat(Math.Abs(f.Value));
            var m = x.Type.Lookup("__abs__") ?? throw PyExc.TypeError($"bad operand type for abs(): '{x.Type.Name}'");
            return PyOps.CallSpecial(m, x);
        });
        Fn("min", (args, kw) => MinMax(args, kw, "min", ComparisonOperator.Less));
        Fn("max", (args, kw) => MinMax(args, kw, "max", ComparisonOperator.Greater));
        Fn("sum", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "sum", ["iterable", "start"], 1, positionalOnly: 1);
            PyObject total = a[1] ?? PyInt.Zero;
            if (total is PyStr) throw PyExc.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
            if (total is PyBytes) throw PyExc.TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
            return Sum(PyOps.GetIter(a[0]!), total);
        });
        Fn("sorted", (args, kw) =>
        {
            int nkw = kw?.Length ?? 0;
            if (args.Length - nkw != 1)
                throw PyExc.TypeError(args.Length - nkw == 0 ? "sorted expected 1 argument, got 0" : $"sorted expected 1 argument, got {args.Length - nkw}");
            var list = new PyList();
            ListMethods.Extend(list, args[0]);
            var a = Args.Parse(args[1..], kw, "sort", ["key", "reverse"], 0, maxPositional: 0);
            ListMethods.Sort(list, a[0] is PyNone ? null : a[0], a[1] is not null && PyOps.IsTrue(a[1]!));
            return list;
        });
        Fn("isinstance", (args, kw) =>
        {
            Args.Check(args, kw, "isinstance", 2, 2);
            return PyInt.FromBool(IsInstance(args[0], args[1]));
        });
        Fn("issubclass", (args, kw) =>
        {
            Args.Check(args, kw, "issubclass", 2, 2);
            if (args[0] is not PyType t) throw PyExc.TypeError("issubclass() arg 1 must be a class");
            return PyInt.FromBool(IsSubclass(t, args[1]));
        });
        Fn("hasattr", (args, kw) =>
        {
            Args.Check(args, kw, "hasattr", 2, 2);
            var name = args[1] as PyStr ?? throw PyExc.TypeError($"attribute name must be string, not '{args[1].Type.Name}'");
            return PyInt.FromBool(PyOps.TryGetAttr(args[0], name, out _));
        });
        Fn("getattr", (args, kw) =>
        {
            Args.Check(args, kw, "getattr", 2, 3);
            var name = args[1] as PyStr ?? throw PyExc.TypeError($"attribute name must be string, not '{args[1].Type.Name}'");
            if (args.Length == 2) return PyOps.GetAttr(args[0], name);
            return PyOps.TryGetAttr(args[0], name, out var v) ? v : args[2];
        });
        Fn("setattr", (args, kw) =>
        {
            Args.Check(args, kw, "setattr", 3, 3);
            var name = args[1] as PyStr ?? throw PyExc.TypeError($"attribute name must be string, not '{args[1].Type.Name}'");
            PyOps.SetAttr(args[0], name, args[2]);
            return PyNone.Instance;
        });
        Fn("delattr", (args, kw) =>
        {
            Args.Check(args, kw, "delattr", 2, 2);
            var name = args[1] as PyStr ?? throw PyExc.TypeError($"attribute name must be string, not '{args[1].Type.Name}'");
            PyOps.DelAttr(args[0], name);
            return PyNone.Instance;
        });
        Fn("id", (args, kw) =>
        {
            Args.Check(args, kw, "id", 1, 1);
            return PyInt.FromLong(PyOps.Id(args[0]));
        });
        Fn("hash", (args, kw) =>
        {
            Args.Check(args, kw, "hash", 1, 1);
            return PyInt.FromLong(PyOps.Hash(args[0]));
        });
        Fn("iter", (args, kw) =>
        {
            Args.Check(args, kw, "iter", 1, 2);
            if (args.Length == 2)
            {
                var o = args[0];
                if (!(o is PyFunction or PyBuiltinFunction or PyBoundMethod or PyType or PyMethodDescriptor || o.Type.GetSlots().Call is not null))
                    throw PyExc.TypeError("iter(v, w): v must be callable");
                return new PyCallableIterator(args[0], args[1]);
            }
            return PyOps.GetIter(args[0]);
        });
        Fn("next", (args, kw) =>
        {
            Args.Check(args, kw, "next", 1, 2);
            var it = args[0];
            if (it is not PyIterator && it is not PyGenerator { IsPlainGenerator: true } && it.Type.GetSlots().Next is null)
                throw PyExc.TypeError($"'{it.Type.Name}' object is not an iterator");
            if (it is PyGenerator g)
            {
                if (g.Resume(PyNone.Instance, out var r)) return r;
                if (args.Length > 1) return args[1];
                throw PyExc.StopIteration(r is PyNone ? null : r);
            }
            if (it is PyIterator native)
            {
                if (native.TryNext(out var item)) return item;
                if (args.Length > 1) return args[1];
                throw PyExc.StopIteration(null);
            }
            if (args.Length == 1) return PyOps.CallSpecial(it.Type.GetSlots().Next!, it);
            return PyOps.TryNext(it, out var x) ? x : args[1];
        });
        Fn("callable", (args, kw) =>
        {
            Args.Check(args, kw, "callable", 1, 1);
            var o = args[0];
            return PyInt.FromBool(o is PyFunction or PyBuiltinFunction or PyBoundMethod or PyType or PyMethodDescriptor || o.Type.GetSlots().Call is not null);
        });
        Fn("chr", (args, kw) =>
        {
            Args.Check(args, kw, "chr", 1, 1);
            long cp = PyOps.AsIndex(args[0]);
            if (cp < 0 || cp > 0x10FFFF) throw PyExc.ValueError("chr() arg not in range(0x110000)");
            if (cp >= 0xD800 && cp <= 0xDFFF) return new PyStr(((char)cp).ToString());
            return PyStr.FromCodePoint((int)cp);
        });
        Fn("ord", (args, kw) =>
        {
            Args.Check(args, kw, "ord", 1, 1);
            if (PyOps.Unwrap(args[0]) is PyStr s)
            {
                if (s.Length != 1) throw PyExc.TypeError($"ord() expected a character, but string of length {s.Length} found");
                return PyInt.FromLong(s.CodePointAt(0));
            }
            if (PyOps.Unwrap(args[0]) is PyBytes or PyByteArray && BytesMethods.TryGetBytes(args[0]) is { } b)
            {
                if (b.Length != 1) throw PyExc.TypeError($"ord() expected a character, but string of length {b.Length} found");
                return PyInt.FromLong(b[0]);
            }
            throw PyExc.TypeError($"ord() expected string of length 1, but {args[0].Type.Name} found");
        });
        Fn("hex", (args, kw) => PyStr.From(Radix(args, kw, "hex", "x", "0x")));
        Fn("oct", (args, kw) => PyStr.From(Radix(args, kw, "oct", "o", "0o")));
        Fn("bin", (args, kw) => PyStr.From(Radix(args, kw, "bin", "b", "0b")));
        Fn("round", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "round", ["number", "ndigits"], 1);
            var x = a[0]!;
            var m = x.Type.Lookup("__round__") ?? throw PyExc.TypeError($"type {x.Type.Name} doesn't define __round__ method");
            if (a[1] is null) return PyOps.CallSpecial(m, x);
            return PyOps.CallSpecial(m, x, a[1]!);
        });
        Fn("divmod", (args, kw) =>
        {
            Args.Check(args, kw, "divmod", 2, 2);
            var a = args[0];
            var b = args[1];
            if ((a is PyInt or PyFloat) && (b is PyInt or PyFloat))
            {
                if (a is PyFloat || b is PyFloat)
                {
                    if (b is PyFloat { Value: 0 } || b is PyInt { IsZero: true }) throw PyExc.ZeroDivisionError("float divmod()");
                }
                else if (((PyInt)b).IsZero) throw PyExc.ZeroDivisionError("integer division or modulo by zero");
            }
            if ((a is PyInt or PyFloat) && (b is PyInt or PyFloat))
                return PyTuple.Create(PyOps.BinaryOp(a, b, (int)BinaryOperator.FloorDivide), PyOps.BinaryOp(a, b, (int)BinaryOperator.Modulo));
            var m = a.Type.Lookup("__divmod__");
            if (m is not null)
            {
                var r = PyOps.CallSpecial(m, a, b);
                if (r is not PyNotImplemented) return r;
            }
            var rm = b.Type.Lookup("__rdivmod__");
            if (rm is not null)
            {
                var r = PyOps.CallSpecial(rm, b, a);
                if (r is not PyNotImplemented) return r;
            }
            throw PyExc.TypeError($"unsupported operand type(s) for divmod(): '{a.Type.Name}' and '{b.Type.Name}'");
        });
        Fn("pow", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "pow", ["base", "exp", "mod"], 2);
            if (a[2] is null || a[2] is PyNone) return PyOps.BinaryOp(a[0]!, a[1]!, (int)BinaryOperator.Power);
            if (a[0] is not PyInt b || a[1] is not PyInt e || a[2] is not PyInt m)
            {
                // complex implements the three-argument form only to refuse it.
                if (PyOps.Unwrap(a[0]!) is PyComplex || PyOps.Unwrap(a[1]!) is PyComplex) throw PyExc.ValueError("complex modulo");
                throw PyExc.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            if (m.IsZero) throw PyExc.ValueError("pow() 3rd argument cannot be 0");
            var mod = m.Big;
            BigInteger result;
            if (e.Sign < 0)
            {
                var inverse = ModInverse(b.Big, BigInteger.Abs(mod)) ?? throw PyExc.ValueError("base is not invertible for the given modulus");
                result = BigInteger.ModPow(inverse, -e.Big, BigInteger.Abs(mod));
            }
            else result = BigInteger.ModPow(b.Big, e.Big, BigInteger.Abs(mod));
            if (!result.IsZero && (result.Sign < 0) != (mod.Sign < 0)) result += mod;
            return PyInt.FromBig(result);
        });
        Fn("all", (args, kw) =>
        {
            Args.Check(args, kw, "all", 1, 1);
            var it = PyOps.GetIter(args[0]);
            while (PyOps.TryNext(it, out var x)) if (!PyOps.IsTrue(x)) return PyInt.False;
            return PyInt.True;
        });
        Fn("any", (args, kw) =>
        {
            Args.Check(args, kw, "any", 1, 1);
            var it = PyOps.GetIter(args[0]);
            while (PyOps.TryNext(it, out var x)) if (PyOps.IsTrue(x)) return PyInt.True;
            return PyInt.False;
        });
        Fn("dir", (args, kw) =>
        {
            Args.Check(args, kw, "dir", 0, 1);
            if (args.Length == 0)
            {
                var frame = ThreadState.Current.CurrentFrame;
                var names = new List<string>();
                if (frame?.Locals is PyDict ld) names.AddRange(ld.Items.Select(p => PyOps.Str(p.Key)));
                else if (frame is not null) names.AddRange(frame.Code.VarNames.Where((n, i) => frame.Slots[i].Value is not null));
                names.Sort(StringComparer.Ordinal);
                return new PyList(names.Select(n => (PyObject)PyStr.From(n)).ToArray(), names.Count);
            }
            // A Python-level __dir__ decides; dir() sorts whatever it returns.
            if (args[0].Type.Lookup("__dir__") is PyFunction custom)
            {
                var items = PyOps.ToList(PyOps.CallSpecial(custom, args[0]));
                var sorted = new PyList(items.ToArray(), items.Count);
                ListMethods.Sort(sorted, null, false);
                return sorted;
            }
            var list = DirOf(args[0]);
            return new PyList(list.ToArray<PyObject>(), list.Count);
        });
        Fn("vars", (args, kw) =>
        {
            Args.Check(args, kw, "vars", 0, 1);
            if (args.Length == 0) return Locals();
            return PyOps.TryGetAttr(args[0], PyStr.From("__dict__"), out var dict) ? dict
                : throw PyExc.TypeError("vars() argument must have __dict__ attribute");
        });
        Fn("__import__", Runtime.Import.ImportFunction.Call);
        Fn("globals", (args, kw) => ThreadState.Current.CurrentFrame?.Globals ?? new PyDict());
        Fn("locals", (args, kw) => Locals());
        Fn("input", (args, kw) =>
        {
            Args.Check(args, kw, "input", 0, 1);
            // As CPython: the prompt goes to sys.stdout and the line comes from sys.stdin, whatever they are now.
            var sys = ThreadState.Current.Context.Sys.Dict;
            PyObject Stream(string name) => sys.TryGetStr(name, out var s) && s is not PyNone ? s
                : throw PyExc.RuntimeError($"input(): lost sys.{name}");
            var stdin = Stream("stdin");
            var stdout = Stream("stdout");
            if (sys.TryGetStr("stderr", out var stderr) && stderr is not PyNone && PyOps.TryGetAttr(stderr, PyStr.From("flush"), out var flushErr))
                PyOps.Call0(flushErr);
            if (args.Length > 0) PyOps.Call1(PyOps.GetAttr(stdout, PyStr.From("write")), PyStr.From(PyOps.Str(args[0])));
            PyOps.Call0(PyOps.GetAttr(stdout, PyStr.From("flush")));
            var line = PyOps.Call0(PyOps.GetAttr(stdin, PyStr.From("readline")));
            if (PyOps.Unwrap(line) is not PyStr text) throw PyExc.TypeError("object.readline() returned non-string");
            if (text.Value.Length == 0) throw PyExc.Create(TypeObjects.EOFError, "EOF when reading a line");
            return text.Value.EndsWith('\n') ? PyStr.From(text.Value[..^1]) : text;
        });
        return BuiltinsOrder.Arrange(d);
    }

    private static PyDict Locals()
    {
        var frame = ThreadState.Current.CurrentFrame;
        if (frame is null) return new PyDict();
        if (frame.Locals is PyDict ld) return ld;
        var d = new PyDict();
        var code = frame.Code;
        for (int i = 0; i < code.VarNames.Length; i++)
            if (frame.Slots[i].Value is { } v) d.SetStr(code.VarNames[i], v);
        for (int i = 0; i < code.CellVars.Length + code.FreeVars.Length; i++)
        {
            var name = i < code.CellVars.Length ? code.CellVars[i] : code.FreeVars[i - code.CellVars.Length];
            if (frame.Slots[code.CellStart + i].Value is PyCell { Value: { } cv }) d.SetStr(name, cv);
        }
        return d;
    }

    private static BigInteger? ModInverse(BigInteger a, BigInteger m)
    {
        BigInteger g = m, x = 0, x1 = 1, a1 = ((a % m) + m) % m;
        BigInteger b = a1;
        while (!b.IsZero)
        {
            var q = g / b;
            (g, b) = (b, g - q * b);
            (x, x1) = (x1, x - q * x1);
        }
        if (!g.IsOne) return null;
        return ((x % m) + m) % m;
    }

    private static string Radix(ReadOnlySpan<PyObject> args, PyTuple? kw, string name, string spec, string prefix)
    {
        Args.Check(args, kw, name, 1, 1);
        var i = PyOps.Index(args[0]);
        string digits = Formatting.FormatInt(PyInt.Abs(i), spec);
        return (i.Sign < 0 ? "-" : "") + prefix + digits;
    }

    /// <summary>The sorted attribute names <c>dir(o)</c> reports.</summary>
    public static List<PyStr> DirOf(PyObject o)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        if (o is PyModule module)
        {
            // module.__dir__ lists the module's namespace only.
            foreach (var (k, _) in module.Dict.Items) if (k is PyStr ks) names.Add(ks.Value);
            return names.Select(PyStr.From).ToList();
        }
        if (o.InstanceDict is { } d && o is not PyType)
            foreach (var (k, _) in d.Items) if (k is PyStr ks) names.Add(ks.Value);
        var types = o is PyType t ? t.Mro : o.Type.Mro;
        foreach (var type in types)
            foreach (var (k, _) in type.Dict.Items) if (k is PyStr ks) names.Add(ks.Value);
        return names.Select(PyStr.From).ToList();
    }

    public static bool IsInstance(PyObject o, PyObject classInfo)
    {
        switch (classInfo)
        {
            case PyType t:
                if (o.Type.IsSubtypeOf(t)) return true;
                if (t.Metaclass != TypeObjects.TypeType && t.Metaclass.Lookup("__instancecheck__") is PyFunction check)
                    return PyOps.IsTrue(PyOps.Call2(check, t, o));
                return false;
            case PyTuple tuple:
                foreach (var item in tuple.Items) if (IsInstance(o, item)) return true;
                return false;
        }
        // Other objects may define the check themselves (types.GenericAlias refuses it).
        if (classInfo.Type.Lookup("__instancecheck__") is { } instanceCheck) return PyOps.IsTrue(PyOps.CallSpecial(instanceCheck, classInfo, o));
        throw PyExc.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    internal static bool IsSubclass(PyType t, PyObject classInfo)
    {
        switch (classInfo)
        {
            case PyType c:
                if (t.IsSubtypeOf(c)) return true;
                // ABCMeta and other metaclasses decide for their classes (registered virtual subclasses).
                if (c.Metaclass != TypeObjects.TypeType && c.Metaclass.Lookup("__subclasscheck__") is PyFunction check)
                    return PyOps.IsTrue(PyOps.Call2(check, c, t));
                return false;
            case PyTuple tuple:
                foreach (var item in tuple.Items) if (IsSubclass(t, item)) return true;
                return false;
        }
        if (classInfo.Type.Lookup("__subclasscheck__") is { } subclassCheck) return PyOps.IsTrue(PyOps.CallSpecial(subclassCheck, classInfo, t));
        throw PyExc.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    /// <summary><c>ascii()</c>: escapes every non-ASCII character of a repr.</summary>
    public static string Ascii(string repr)
    {
        var sb = new StringBuilder(repr.Length);
        for (int i = 0; i < repr.Length; i++)
        {
            char c = repr[i];
            if (c < 128) { sb.Append(c); continue; }
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < repr.Length && char.IsLowSurrogate(repr[i + 1])) cp = char.ConvertToUtf32(c, repr[++i]);
            if (cp < 0x100) sb.Append($"\\x{cp:x2}");
            else if (cp < 0x10000) sb.Append($"\\u{cp:x4}");
            else sb.Append($"\\U{cp:x8}");
        }
        return sb.ToString();
    }

    private static PyObject MinMax(ReadOnlySpan<PyObject> args, PyTuple? kw, string name, ComparisonOperator better)
    {
        int nkw = kw?.Length ?? 0;
        int npos = args.Length - nkw;
        PyObject? key = null, defaultValue = null;
        for (int i = 0; i < nkw; i++)
        {
            string k = ((PyStr)kw!.Items[i]).Value;
            if (k == "key") key = args[npos + i] is PyNone ? null : args[npos + i];
            else if (k == "default") defaultValue = args[npos + i];
            else throw PyExc.TypeError($"{name}() got an unexpected keyword argument '{k}'");
        }
        if (npos == 0) throw PyExc.TypeError($"{name} expected at least 1 argument, got 0");
        PyObject? best = null, bestKey = null;
        if (npos == 1)
        {
            // Streamed as CPython does: the key function runs between the iterator's steps.
            var it = PyOps.GetIter(args[0]);
            while (PyOps.TryNext(it, out var item)) Consider(item, key, better, ref best, ref bestKey);
        }
        else
        {
            if (defaultValue is not null) throw PyExc.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
            for (int i = 0; i < npos; i++) Consider(args[i], key, better, ref best, ref bestKey);
        }
        if (best is null)
        {
            if (defaultValue is not null) return defaultValue;
            throw PyExc.ValueError($"{name}() arg is an empty sequence");
        }
        return best;
    }

    /// <summary>
    /// sum(): runs of machine-size ints and of floats are added unboxed, as CPython's fast paths
    /// do (3.11 adds floats left to right without compensation); anything else goes through +.
    /// </summary>
    private static PyObject Sum(PyObject iterator, PyObject total)
    {
        while (true)
        {
            PyObject? pending = null;
            if (total is PyInt start && start.IsSmall && !start.IsBool)
            {
                long sum = start.Small;
                while (PyOps.TryNext(iterator, out var item))
                {
                    if (item is PyInt i && i.IsSmall)
                    {
                        long y = i.Small, r = sum + y;
                        if (((sum ^ r) & (y ^ r)) >= 0)
                        {
                            sum = r;
                            continue;
                        }
                    }
                    pending = item;
                    break;
                }
                total = PyInt.FromLong(sum);
            }
            else if (total is PyFloat startFloat)
            {
                double sum = startFloat.Value;
                while (PyOps.TryNext(iterator, out var item))
                {
                    if (item is PyFloat f) sum += f.Value;
                    else if (item is PyInt i && i.IsSmall) sum += i.Small;
                    else
                    {
                        pending = item;
                        break;
                    }
                }
                total = new PyFloat(sum);
            }
            else if (!PyOps.TryNext(iterator, out pending)) return total;
            if (pending is null) return total;
            total = PyOps.BinaryOp(total, pending, (int)BinaryOperator.Add);
        }
    }

    private static void Consider(PyObject item, PyObject? key, ComparisonOperator better, ref PyObject? best, ref PyObject? bestKey)
    {
        var k = key is null ? item : PyOps.Call1(key, item);
        if (best is null || PyOps.CompareBool(k, bestKey!, better))
        {
            best = item;
            bestKey = k;
        }
    }

    private static PyObject Print(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        string sep = " ", end = "\n";
        PyObject? file = null;
        bool flush = false;
        for (int i = 0; i < nkw; i++)
        {
            string k = ((PyStr)kwnames!.Items[i]).Value;
            var v = args[npos + i];
            switch (k)
            {
                case "sep":
                    sep = v is PyNone ? " " : v as PyStr is { } ss ? ss.Value : throw PyExc.TypeError($"sep must be None or a string, not {v.Type.Name}");
                    break;
                case "end":
                    end = v is PyNone ? "\n" : v as PyStr is { } es ? es.Value : throw PyExc.TypeError($"end must be None or a string, not {v.Type.Name}");
                    break;
                case "file": file = v is PyNone ? null : v; break;
                case "flush": flush = PyOps.IsTrue(v); break;
                default: throw PyExc.TypeError($"'{k}' is an invalid keyword argument for print()");
            }
        }
        if (file is null)
        {
            var ts = ThreadState.Current;
            file = ts.Modules.TryGetStr("sys", out var sys) && sys is PyModule sysModule && sysModule.Dict.TryGetStr("stdout", out var stdout)
                ? stdout : null;
            // sys.stdout None (no console) swallows output, as in CPython.
            if (file is PyNone) return PyNone.Instance;
        }
        // The standard streams write straight to their host writer: no Python-level call per print.
        if (file is null || file is Modules.Io.PyTextIOWrapper { HostWriter: { } })
        {
            var sb = new StringBuilder();
            for (int i = 0; i < npos; i++)
            {
                if (i > 0) sb.Append(sep);
                sb.Append(PyOps.Str(args[i]));
            }
            sb.Append(end);
            var writer = (file as Modules.Io.PyTextIOWrapper)?.HostWriter ?? ThreadState.Current.Stdout;
            writer.Write(sb.ToString());
            if (flush) writer.Flush();
        }
        else
        {
            // A file object sees one write per argument, separator and end, as in CPython.
            var write = PyOps.GetAttr(file, PyStr.From("write"));
            for (int i = 0; i < npos; i++)
            {
                if (i > 0) PyOps.Call1(write, PyStr.From(sep));
                PyOps.Call1(write, PyOps.StrObject(args[i]));
            }
            PyOps.Call1(write, PyStr.From(end));
            if (flush && PyOps.TryGetAttr(file, PyStr.From("flush"), out var f)) PyOps.Call0(f);
        }
        return PyNone.Instance;
    }

    /// <summary>Installs constructors of the builtin iterator types (enumerate, zip, map, filter, reversed).</summary>
    internal static void InstallIteratorTypes()
    {
        TypeObjects.Enumerate.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var a = Args.Parse(args[1..], kw, "enumerate", ["iterable", "start"], 1);
            var start = a[1] is null ? PyInt.Zero : a[1] as PyInt ?? throw PyExc.TypeError($"'{a[1]!.Type.Name}' object cannot be interpreted as an integer");
            return new PyEnumerate(PyOps.GetIter(a[0]!), start);
        })));
        TypeObjects.Zip.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            int nkw = kw?.Length ?? 0;
            bool strict = false;
            for (int i = 0; i < nkw; i++)
            {
                if (((PyStr)kw!.Items[i]).Value != "strict") throw PyExc.TypeError("zip() got an unexpected keyword argument");
                strict = PyOps.IsTrue(args[args.Length - nkw + i]);
            }
            var sources = new PyObject[args.Length - 1 - nkw];
            for (int i = 0; i < sources.Length; i++)
            {
                sources[i] = PyOps.GetIter(args[i + 1]);
            }
            return new PyZip(sources, strict);
        })));
        TypeObjects.Map.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            if (args.Length < 3) throw PyExc.TypeError("map() must have at least two arguments.");
            var sources = new PyObject[args.Length - 2];
            for (int i = 0; i < sources.Length; i++) sources[i] = PyOps.GetIter(args[i + 2]);
            return new PyMap(args[1], sources);
        })));
        TypeObjects.Filter.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            Args.Check(args, kw, "filter", 2, 2, 1);
            return new PyFilter(args[1], PyOps.GetIter(args[2]));
        })));
        TypeObjects.Reversed.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            Args.Check(args, kw, "reversed", 1, 1, 1);
            var seq = args[1];
            if (seq.Type.Lookup("__reversed__") is { } rev) return PyOps.CallSpecial(rev, seq);
            if (seq.Type.Lookup("__getitem__") is null || seq is PyDict)
                throw PyExc.TypeError($"'{seq.Type.Name}' object is not reversible");
            return new PyReversed(seq, PyOps.Length(seq));
        })));
        foreach (var t in new[] { TypeObjects.Enumerate, TypeObjects.Zip, TypeObjects.Map, TypeObjects.Filter, TypeObjects.Reversed })
            MiscMethods.InstallIterator(t);
    }
}
