using System.Globalization;
using System.Numerics;
using Warden.Compiler;
using Warden.Runtime;

namespace Warden.Objects;

/// <summary>Methods and constructors of <c>int</c>, <c>bool</c> and <c>float</c>.</summary>
internal static class NumberMethods
{
    public static void Install()
    {
        InstallInt();
        InstallBool();
        InstallFloat();
        InstallComplex();
    }

    private static bool IsInt(PyObject o) => PyOps.Unwrap(o) is PyInt;
    private static bool IsIntOrFloat(PyObject o) => PyOps.Unwrap(o) is PyInt or PyFloat;

    /// <summary>Installs the binary and reflected operator methods, each accepting operands that satisfy <paramref name="accepts"/>.</summary>
    internal static void InstallOperators(PyType t, Func<PyObject, bool> accepts, params BinaryOperator[] ops)
    {
        foreach (var op in ops)
        {
            var captured = op;
            t.AddMethod(PyOps.BinaryNames[(int)op], (args, kw) =>
            {
                Args.Check(args, kw, PyOps.BinaryNames[(int)captured], 1, 1, 1);
                if (!accepts(args[1])) return PyNotImplemented.Instance;
                return PyOps.BuiltinBinary(args[0], args[1], captured) ?? PyNotImplemented.Instance;
            });
            t.AddMethod(PyOps.ReflectedNames[(int)op], (args, kw) =>
            {
                Args.Check(args, kw, PyOps.ReflectedNames[(int)captured], 1, 1, 1);
                if (!accepts(args[1])) return PyNotImplemented.Instance;
                return PyOps.BuiltinBinary(args[1], args[0], captured) ?? PyNotImplemented.Instance;
            });
        }
    }

    internal static void InstallComparisons(PyType t, Func<PyObject, bool> accepts)
    {
        string[] names = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
        for (int i = 0; i < names.Length; i++)
        {
            var op = (ComparisonOperator)i;
            t.AddMethod(names[i], (args, kw) =>
            {
                if (!accepts(args[1])) return PyNotImplemented.Instance;
                return PyOps.CompareBuiltin(args[0], args[1], op) ?? PyNotImplemented.Instance;
            });
        }
    }

    private static void InstallInt()
    {
        var t = TypeObjects.Int;
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var cls = (PyType)args[0];
            var a = Args.Parse(args[1..], kw, "int", ["x", "base"], 0, positionalOnly: 1);
            var value = a[0] is null ? PyInt.Zero : (a[1] is null ? ToInt(a[0]!) : ParseIntWithBase(a[0]!, a[1]!));
            if (ReferenceEquals(cls, TypeObjects.Int)) return value;
            return new PyInstance(cls) { BuiltinValue = value };
        })));
        InstallOperators(t, IsInt, BinaryOperator.Add, BinaryOperator.Subtract, BinaryOperator.Multiply, BinaryOperator.TrueDivide,
            BinaryOperator.FloorDivide, BinaryOperator.Modulo, BinaryOperator.Power, BinaryOperator.LeftShift, BinaryOperator.RightShift,
            BinaryOperator.And, BinaryOperator.Or, BinaryOperator.Xor);
        InstallComparisons(t, IsInt);
        t.AddMethod("__repr__", (args, kw) => PyStr.From(Args.Self<PyInt>(args) is var i && i.IsBool ? PyInt.FromLong(i.Small).ToDecimalString() : i.ToDecimalString()));
        t.AddMethod("__hash__", (args, kw) => PyInt.FromLong(Args.Self<PyInt>(args).Hash()));
        t.AddMethod("__bool__", (args, kw) => PyInt.FromBool(!Args.Self<PyInt>(args).IsZero));
        t.AddMethod("__index__", (args, kw) => Plain(Args.Self<PyInt>(args)));
        t.AddMethod("__int__", (args, kw) => Plain(Args.Self<PyInt>(args)));
        t.AddMethod("__float__", (args, kw) => new PyFloat(Args.Self<PyInt>(args).ToDouble()));
        t.AddMethod("__abs__", (args, kw) => PyInt.Abs(Args.Self<PyInt>(args)));
        t.AddMethod("__neg__", (args, kw) => PyInt.Negate(Args.Self<PyInt>(args)));
        t.AddMethod("__pos__", (args, kw) => Plain(Args.Self<PyInt>(args)));
        t.AddMethod("__invert__", (args, kw) => PyInt.Invert(Args.Self<PyInt>(args)));
        t.AddMethod("__trunc__", (args, kw) => Plain(Args.Self<PyInt>(args)));
        t.AddMethod("__floor__", (args, kw) => Plain(Args.Self<PyInt>(args)));
        t.AddMethod("__ceil__", (args, kw) => Plain(Args.Self<PyInt>(args)));
        t.AddMethod("__round__", (args, kw) =>
        {
            var self = Plain(Args.Self<PyInt>(args));
            if (args.Length < 2 || args[1] is PyNone) return self;
            long n = PyOps.AsIndex(args[1]);
            if (n >= 0) return self;
            var pow = BigInteger.Pow(10, (int)Math.Min(-n, 10000));
            var v = self.Big;
            var q = BigInteger.DivRem(v, pow, out var r);
            if (r.Sign < 0) { q -= 1; r += pow; }
            var twice = r * 2;
            if (twice > pow || (twice == pow && !q.IsEven)) q += 1;
            return PyInt.FromBig(q * pow);
        });
        t.AddMethod("__format__", (args, kw) => PyStr.From(Formatting.FormatInt(Args.Self<PyInt>(args), ((PyStr)args[1]).Value)));
        t.AddMethod("__getnewargs__", (args, kw) => PyTuple.Create(Plain(Args.Self<PyInt>(args))));
        t.AddMethod("bit_length", (args, kw) =>
        {
            var v = BigInteger.Abs(Args.Self<PyInt>(args).Big);
            return PyInt.FromLong(v.IsZero ? 0 : (long)v.GetBitLength());
        });
        t.AddMethod("bit_count", (args, kw) =>
        {
            var v = BigInteger.Abs(Args.Self<PyInt>(args).Big);
            long count = 0;
            foreach (var b in v.ToByteArray()) count += BitOperations.PopCount(b);
            return PyInt.FromLong(count);
        });
        t.AddMethod("conjugate", (args, kw) => Plain(Args.Self<PyInt>(args)));
        t.AddMethod("to_bytes", (args, kw) =>
        {
            var a = Args.Parse(args[1..], kw, "to_bytes", ["length", "byteorder", "signed"], 0, maxPositional: 2);
            long length = a[0] is null ? 1 : PyOps.AsIndex(a[0]!);
            bool little = ByteOrder(a[1]);
            bool signed = a[2] is not null && PyOps.IsTrue(a[2]!);
            var value = Args.Self<PyInt>(args).Big;
            if (length < 0) throw PyExc.ValueError("length argument must be non-negative");
            if (!signed && value.Sign < 0) throw PyExc.OverflowError("can't convert negative int to unsigned");
            var bytes = value.ToByteArray(isUnsigned: !signed, isBigEndian: false);
            if (bytes.Length > length && !(value.IsZero && length == 0))
            {
                // ToByteArray may add a sign byte that still fits when it is redundant.
                throw PyExc.OverflowError("int too big to convert");
            }
            var result = new byte[length];
            byte fill = signed && value.Sign < 0 ? (byte)0xFF : (byte)0;
            for (int i = 0; i < length; i++) result[i] = i < bytes.Length ? bytes[i] : fill;
            if (!little) Array.Reverse(result);
            return new PyBytes(result);
        });
        t.AddClassMethod("from_bytes", (args, kw) =>
        {
            var a = Args.Parse(args[1..], kw, "from_bytes", ["bytes", "byteorder", "signed"], 1, maxPositional: 2);
            bool little = ByteOrder(a[1]);
            bool signed = a[2] is not null && PyOps.IsTrue(a[2]!);
            byte[] data = PyOps.Unwrap(a[0]!) is PyBytes b ? b.Value : PyOps.ToArray(a[0]!).Select(x => (byte)PyOps.AsIndex(x)).ToArray();
            var value = new BigInteger(data, isUnsigned: !signed, isBigEndian: !little);
            var result = PyInt.FromBig(value);
            return ReferenceEquals(args[0], TypeObjects.Int) ? result : PyOps.Call1(args[0], result);
        });
        t.AddMethod("as_integer_ratio", (args, kw) => PyTuple.Create(Plain(Args.Self<PyInt>(args)), PyInt.One));
        t.AddGetter("real", self => Plain((PyInt)PyOps.Unwrap(self)));
        t.AddGetter("imag", self => PyInt.Zero);
        t.AddGetter("numerator", self => Plain((PyInt)PyOps.Unwrap(self)));
        t.AddGetter("denominator", self => PyInt.One);
    }

    private static PyInt Plain(PyInt i) => i.IsBool ? PyInt.FromLong(i.Small) : i;

    private static bool ByteOrder(PyObject? order)
    {
        if (order is null) return false;
        return (order as PyStr)?.Value switch
        {
            "little" => true,
            "big" => false,
            _ => throw PyExc.ValueError("byteorder must be either 'little' or 'big'"),
        };
    }

    private static void InstallBool()
    {
        var t = TypeObjects.Bool;
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            Args.Check(args, kw, "bool", 0, 1, 1);
            return args.Length == 1 ? PyInt.False : PyInt.FromBool(PyOps.IsTrue(args[1]));
        })));
        t.AddMethod("__repr__", (args, kw) => PyStr.From(((PyInt)args[0]).IsZero ? "False" : "True"));
        foreach (var (name, op) in new[] { ("__and__", BinaryOperator.And), ("__or__", BinaryOperator.Or), ("__xor__", BinaryOperator.Xor),
                     ("__rand__", BinaryOperator.And), ("__ror__", BinaryOperator.Or), ("__rxor__", BinaryOperator.Xor) })
        {
            t.AddMethod(name, (args, kw) => PyOps.Unwrap(args[1]) is PyInt other ? PyOps.IntBinary((PyInt)args[0], other, op)! : PyNotImplemented.Instance);
        }
    }

    private static void InstallFloat()
    {
        var t = TypeObjects.Float;
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var cls = (PyType)args[0];
            Args.Check(args, kw, "float", 0, 1, 1);
            PyObject value = args.Length == 1 ? new PyFloat(0.0) : ToFloat(args[1]);
            if (ReferenceEquals(cls, TypeObjects.Float)) return value;
            return new PyInstance(cls) { BuiltinValue = value };
        })));
        InstallOperators(t, IsIntOrFloat, BinaryOperator.Add, BinaryOperator.Subtract, BinaryOperator.Multiply, BinaryOperator.TrueDivide,
            BinaryOperator.FloorDivide, BinaryOperator.Modulo, BinaryOperator.Power);
        InstallComparisons(t, IsIntOrFloat);
        t.AddMethod("__repr__", (args, kw) => PyStr.From(PyFloat.Repr(Args.Self<PyFloat>(args).Value)));
        t.AddMethod("__hash__", (args, kw) => PyInt.FromLong(PyFloat.Hash(Args.Self<PyFloat>(args).Value)));
        t.AddMethod("__bool__", (args, kw) => PyInt.FromBool(Args.Self<PyFloat>(args).Value != 0));
        t.AddMethod("__int__", (args, kw) => FloatToInt(Args.Self<PyFloat>(args).Value));
        t.AddMethod("__trunc__", (args, kw) => FloatToInt(Args.Self<PyFloat>(args).Value));
        t.AddMethod("__floor__", (args, kw) => FloatToInt(Math.Floor(Args.Self<PyFloat>(args).Value)));
        t.AddMethod("__ceil__", (args, kw) => FloatToInt(Math.Ceiling(Args.Self<PyFloat>(args).Value)));
        t.AddMethod("__float__", (args, kw) => new PyFloat(Args.Self<PyFloat>(args).Value));
        t.AddMethod("__abs__", (args, kw) => new PyFloat(Math.Abs(Args.Self<PyFloat>(args).Value)));
        t.AddMethod("__neg__", (args, kw) => new PyFloat(-Args.Self<PyFloat>(args).Value));
        t.AddMethod("__pos__", (args, kw) => new PyFloat(Args.Self<PyFloat>(args).Value));
        t.AddMethod("__round__", (args, kw) =>
        {
            double v = Args.Self<PyFloat>(args).Value;
            if (args.Length < 2 || args[1] is PyNone)
            {
                if (double.IsNaN(v)) throw PyExc.ValueError("cannot convert float NaN to integer");
                if (double.IsInfinity(v)) throw PyExc.OverflowError("cannot convert float infinity to integer");
                return FloatToInt(Math.Round(v, MidpointRounding.ToEven));
            }
            return new PyFloat(RoundDigits(v, PyOps.AsIndex(args[1])));
        });
        t.AddMethod("__format__", (args, kw) => PyStr.From(Formatting.FormatFloat(Args.Self<PyFloat>(args).Value, ((PyStr)args[1]).Value)));
        t.AddMethod("hex", (args, kw) =>
        {
            Args.Check(args, kw, "hex", 0, 0, 1);
            return PyStr.From(FloatHex.ToHex(((PyFloat)PyOps.Unwrap(args[0])).Value));
        });
        t.AddClassMethod("fromhex", (args, kw) =>
        {
            Args.Check(args, kw, "fromhex", 1, 1, 1);
            if (PyOps.Unwrap(args[1]) is not PyStr text) throw PyExc.TypeError($"bad argument type for built-in operation");
            var value = new PyFloat(FloatHex.FromHex(text.Value));
            return ReferenceEquals(args[0], TypeObjects.Float) ? value : PyOps.Call1(args[0], value);
        });
        t.AddClassMethod("__getformat__", (args, kw) =>
        {
            Args.Check(args, kw, "__getformat__", 1, 1, 1);
            if (args[1] is not PyStr { Value: "double" or "float" })
                throw PyExc.ValueError("__getformat__() argument 1 must be 'double' or 'float'");
            return PyStr.From(BitConverter.IsLittleEndian ? "IEEE, little-endian" : "IEEE, big-endian");
        });
        t.AddMethod("is_integer", (args, kw) =>
        {
            double v = Args.Self<PyFloat>(args).Value;
            return PyInt.FromBool(!double.IsInfinity(v) && v == Math.Floor(v));
        });
        t.AddMethod("conjugate", (args, kw) => new PyFloat(Args.Self<PyFloat>(args).Value));
        t.AddMethod("as_integer_ratio", (args, kw) =>
        {
            double v = Args.Self<PyFloat>(args).Value;
            if (double.IsInfinity(v)) throw PyExc.OverflowError("cannot convert Infinity to integer ratio");
            if (double.IsNaN(v)) throw PyExc.ValueError("cannot convert NaN to integer ratio");
            var (num, den) = ExactRatio(v);
            return PyTuple.Create(PyInt.FromBig(num), PyInt.FromBig(den));
        });
        t.AddGetter("real", self => new PyFloat(((PyFloat)PyOps.Unwrap(self)).Value));
        t.AddGetter("imag", self => new PyFloat(0.0));
    }

    private static void InstallComplex()
    {
        var t = TypeObjects.Complex;
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var cls = (PyType)args[0];
            var a = Args.Parse(args[1..], kw, "complex", ["real", "imag"], 0);
            PyObject value;
            if (a[0] is PyStr s)
            {
                if (a[1] is not null) throw PyExc.TypeError("complex() can't take second arg if first is a string");
                value = ParseComplex(s);
            }
            else if (a[1] is PyStr) throw PyExc.TypeError("complex() second arg can't be a string");
            else if (a[0] is PyComplex exact && a[1] is null) value = exact;
            else value = ComplexFromParts(a[0], a[1]);
            if (ReferenceEquals(cls, TypeObjects.Complex)) return value;
            return new PyInstance(cls) { BuiltinValue = value };
        })));
        InstallOperators(t, o => PyOps.Unwrap(o) is PyInt or PyFloat or PyComplex, BinaryOperator.Add, BinaryOperator.Subtract,
            BinaryOperator.Multiply, BinaryOperator.TrueDivide, BinaryOperator.Power);
        InstallComparisons(t, o => PyOps.Unwrap(o) is PyInt or PyFloat or PyComplex);
        t.AddMethod("__repr__", (args, kw) => PyStr.From(Args.Self<PyComplex>(args).Repr()));
        t.AddMethod("__hash__", (args, kw) => PyInt.FromLong(Args.Self<PyComplex>(args).Hash()));
        t.AddMethod("__bool__", (args, kw) => PyInt.FromBool(Args.Self<PyComplex>(args) is var c && (c.Real != 0 || c.Imag != 0)));
        t.AddMethod("__abs__", (args, kw) =>
        {
            var c = Args.Self<PyComplex>(args);
            double r = double.Hypot(c.Real, c.Imag);
            if (double.IsInfinity(r) && !double.IsInfinity(c.Real) && !double.IsInfinity(c.Imag)) throw PyExc.OverflowError("absolute value too large");
            return new PyFloat(r);
        });
        t.AddMethod("__neg__", (args, kw) => Args.Self<PyComplex>(args) is var c ? new PyComplex(-c.Real, -c.Imag) : null!);
        t.AddMethod("__pos__", (args, kw) => Args.Self<PyComplex>(args) is var c ? new PyComplex(c.Real, c.Imag) : null!);
        t.AddMethod("conjugate", (args, kw) => Args.Self<PyComplex>(args) is var c ? new PyComplex(c.Real, -c.Imag) : null!);
        t.AddMethod("__complex__", (args, kw) => Args.Self<PyComplex>(args) is var c ? new PyComplex(c.Real, c.Imag) : null!);
        t.AddMethod("__format__", (args, kw) =>
        {
            Args.Check(args, kw, "__format__", 1, 1, 1);
            if (args[1] is not PyStr spec) throw PyExc.TypeError($"__format__() argument must be str, not {args[1].Type.Name}");
            var c = Args.Self<PyComplex>(args);
            return PyStr.From(Formatting.FormatComplex(c.Real, c.Imag, spec.Value));
        });
        t.AddGetter("real", self => new PyFloat(((PyComplex)PyOps.Unwrap(self)).Real));
        t.AddGetter("imag", self => new PyFloat(((PyComplex)PyOps.Unwrap(self)).Imag));
    }

    /// <summary>
    /// <c>complex(real, imag)</c> for non-string arguments: the first may use <c>__complex__</c>,
    /// both may be anything float() accepts; <c>real + imag*1j</c> is computed part by part, and
    /// only for the parts that were complex, so signed zeros survive as in CPython.
    /// </summary>
    private static PyComplex ComplexFromParts(PyObject? realArg, PyObject? imagArg)
    {
        double realOfReal = 0, imagOfReal = 0, realOfImag = 0, imagOfImag = 0;
        bool realIsComplex = false, imagIsComplex = false;
        if (realArg is not null)
        {
            var special = realArg is PyComplex ? null : realArg.Type.Lookup("__complex__");
            if (special is not null)
            {
                var r = PyOps.CallSpecial(special, realArg);
                if (PyOps.Unwrap(r) is not PyComplex rc)
                    throw PyExc.TypeError($"__complex__ returned non-complex (type {r.Type.Name})");
                (realOfReal, imagOfReal, realIsComplex) = (rc.Real, rc.Imag, true);
            }
            else if (PyOps.Unwrap(realArg) is PyComplex c) (realOfReal, imagOfReal, realIsComplex) = (c.Real, c.Imag, true);
            else if (IsRealNumber(realArg)) realOfReal = ToFloat(realArg).Value;
            else throw PyExc.TypeError($"complex() first argument must be a string or a number, not '{realArg.Type.Name}'");
        }
        if (imagArg is null) return new PyComplex(realOfReal, imagOfReal);
        if (PyOps.Unwrap(imagArg) is PyComplex ic) (realOfImag, imagOfImag, imagIsComplex) = (ic.Real, ic.Imag, true);
        else if (IsRealNumber(imagArg)) realOfImag = ToFloat(imagArg).Value;
        else throw PyExc.TypeError($"complex() second argument must be a number, not '{imagArg.Type.Name}'");
        if (imagIsComplex) realOfReal -= imagOfImag;
        if (realIsComplex) realOfImag += imagOfReal;
        return new PyComplex(realOfReal, realOfImag);
    }

    /// <summary>What float() accepts without parsing: ints, floats and objects with <c>__float__</c> or <c>__index__</c>.</summary>
    private static bool IsRealNumber(PyObject o) =>
        PyOps.Unwrap(o) is PyInt or PyFloat || o.Type.Lookup("__float__") is not null || o.Type.Lookup("__index__") is not null;

    /// <summary><c>complex('1+2j')</c>.</summary>
    private static PyComplex ParseComplex(PyStr text)
    {
        string s = NumericText.ToAscii(text.Value).Trim();
        if (s.StartsWith('(') && s.EndsWith(')')) s = s[1..^1].Trim();
        PythonException Bad() => PyExc.ValueError("complex() arg is a malformed string");
        if (s.Length == 0) throw Bad();
        if (s.EndsWith('j') || s.EndsWith('J'))
        {
            string body = s[..^1];
            // Split at the last sign that is not part of an exponent.
            int split = -1;
            for (int i = body.Length - 1; i > 0; i--)
            {
                if (body[i] is '+' or '-' && body[i - 1] is not ('e' or 'E')) { split = i; break; }
            }
            string realPart = split > 0 ? body[..split] : "";
            string imagPart = split > 0 ? body[split..] : body;
            double imag = imagPart is "" or "+" ? 1 : imagPart == "-" ? -1 : ParseFloatOrThrow(imagPart, Bad);
            double real = realPart.Length == 0 ? 0 : ParseFloatOrThrow(realPart, Bad);
            return new PyComplex(real, imag);
        }
        return new PyComplex(ParseFloatOrThrow(s, Bad), 0);
    }

    private static double ParseFloatOrThrow(string s, Func<PythonException> bad)
    {
        try
        {
            return ParseFloat(s, PyStr.From(s));
        }
        catch (PythonException)
        {
            throw bad();
        }
    }

    /// <summary>The exact value of a finite double as numerator/denominator in lowest terms.</summary>
    internal static (BigInteger, BigInteger) ExactRatio(double v)
    {
        long bits = BitConverter.DoubleToInt64Bits(v);
        bool negative = bits < 0;
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent++;
        else mantissa |= 1L << 52;
        exponent -= 1075;
        BigInteger num = mantissa, den = BigInteger.One;
        if (exponent > 0) num <<= exponent;
        else den <<= -exponent;
        var g = BigInteger.GreatestCommonDivisor(num, den);
        if (!g.IsZero) { num /= g; den /= g; }
        return (negative ? -num : num, den);
    }

    /// <summary><c>round(x, n)</c>: exact decimal rounding half to even, then the nearest double.</summary>
    internal static double RoundDigits(double v, long digits)
    {
        if (double.IsNaN(v) || double.IsInfinity(v) || v == 0) return v;
        if (digits > 400) return v;
        if (digits < -400) return 0.0 * Math.Sign(v);
        var (num, den) = ExactRatio(v);
        BigInteger scaledNum = num, scaledDen = den;
        if (digits >= 0) scaledNum *= BigInteger.Pow(10, (int)digits);
        else scaledDen *= BigInteger.Pow(10, (int)-digits);
        var q = BigInteger.DivRem(BigInteger.Abs(scaledNum), scaledDen, out var r);
        var twice = r * 2;
        if (twice > scaledDen || (twice == scaledDen && !q.IsEven)) q += 1;
        if (num.Sign < 0) q = -q;
        string text = q.ToString(CultureInfo.InvariantCulture) + "e" + (-digits).ToString(CultureInfo.InvariantCulture);
        double result = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (result == 0 && v < 0) result = -0.0;
        return result;
    }

    internal static PyInt FloatToInt(double v)
    {
        if (double.IsNaN(v)) throw PyExc.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(v)) throw PyExc.OverflowError("cannot convert float infinity to integer");
        double t = Math.Truncate(v);
        if (Math.Abs(t) < 9.2e18) return PyInt.FromLong((long)t);
        return PyInt.FromBig(new BigInteger(t));
    }

    /// <summary><c>int(x)</c> for one argument.</summary>
    internal static PyInt ToInt(PyObject x)
    {
        x = PyOps.Unwrap(x);
        switch (x)
        {
            case PyInt i: return i.IsBool ? PyInt.FromLong(i.Small) : i;
            case PyFloat f: return FloatToInt(f.Value);
            case PyStr s: return ParseInt(NumericText.ToAscii(s.Value), 10, s);
            case PyBytes b: return ParseInt(System.Text.Encoding.Latin1.GetString(b.Value), 10, b);
            case PyByteArray or PyMemoryView:
            {
                var data = BytesMethods.TryGetBytes(x)!;
                return ParseInt(System.Text.Encoding.Latin1.GetString(data), 10, x is PyByteArray ? x : new PyBytes(data));
            }
        }
        foreach (var name in new[] { "__int__", "__index__", "__trunc__" })
        {
            var m = x.Type.Lookup(name);
            if (m is null) continue;
            var r = PyOps.CallSpecial(m, x);
            if (r is PyInt ri) return ri;
            if (name == "__trunc__") return PyOps.Index(r);
            throw PyExc.TypeError($"{name} returned non-int (type {r.Type.Name})");
        }
        throw PyExc.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{x.Type.Name}'");
    }

    private static PyInt ParseIntWithBase(PyObject x, PyObject baseObj)
    {
        long b = PyOps.AsIndex(baseObj);
        if (b != 0 && (b < 2 || b > 36)) throw PyExc.ValueError("int() base must be >= 2 and <= 36, or 0");
        x = PyOps.Unwrap(x);
        if (x is PyStr s) return ParseInt(NumericText.ToAscii(s.Value), (int)b, s);
        if (x is PyBytes bytes) return ParseInt(System.Text.Encoding.Latin1.GetString(bytes.Value), (int)b, bytes);
        // re._compiler builds charset bitmaps with int(bytearray, 2).
        if (x is PyByteArray array) return ParseInt(System.Text.Encoding.Latin1.GetString(array.Data.ToArray()), (int)b, new PyBytes(array.Data.ToArray()));
        throw PyExc.TypeError("int() can't convert non-string with explicit base");
    }

    /// <summary>Parses an int literal the way <c>int(str, base)</c> does (whitespace, sign, underscores, prefixes for base 0).</summary>
    internal static PyInt ParseInt(string text, int numberBase, PyObject original)
    {
        PythonException Invalid() => PyExc.ValueError($"invalid literal for int() with base {numberBase}: {PyOps.Repr(original)}");
        string s = text.Trim(' ', '\t', '\n', '\r', '\f', '\v');
        int i = 0;
        bool negative = false;
        if (i < s.Length && s[i] is '+' or '-') { negative = s[i] == '-'; i++; }
        int b = numberBase;
        if (i + 1 < s.Length && s[i] == '0' && char.ToLowerInvariant(s[i + 1]) is 'x' or 'o' or 'b')
        {
            int prefixBase = char.ToLowerInvariant(s[i + 1]) switch { 'x' => 16, 'o' => 8, _ => 2 };
            if (b == 0 || b == prefixBase)
            {
                b = prefixBase;
                i += 2;
                if (i < s.Length && s[i] == '_') i++;
            }
        }
        if (b == 0)
        {
            b = 10;
            if (i < s.Length && s[i] == '0' && s[i..].Replace("_", "").Any(c => c != '0')) throw Invalid();
        }
        if (i >= s.Length) throw Invalid();
        if ((b & (b - 1)) != 0)
        {
            // CPython limits non power-of-two base conversions to sys.get_int_max_str_digits() digits.
            int digitCount = 0;
            for (int k = i; k < s.Length; k++) if (s[k] != '_') digitCount++;
            if (IntMaxStrDigits.FromStrError(digitCount) is { } message) throw PyExc.ValueError(message);
        }
        BigInteger value = BigInteger.Zero;
        long small = 0;
        bool big = false;
        bool lastUnderscore = true;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '_')
            {
                if (lastUnderscore) throw Invalid();
                lastUnderscore = true;
                continue;
            }
            int d = c >= '0' && c <= '9' ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : (char.IsDigit(c) ? (int)char.GetNumericValue(c) : 99);
            if (d >= b) throw Invalid();
            lastUnderscore = false;
            if (!big)
            {
                if (small > (long.MaxValue - d) / b) { big = true; value = small; }
                else { small = small * b + d; continue; }
            }
            value = value * b + d;
        }
        if (lastUnderscore) throw Invalid();
        if (!big) return PyInt.FromLong(negative ? -small : small);
        return PyInt.FromBig(negative ? -value : value);
    }

    /// <summary><c>float(x)</c>.</summary>
    internal static PyFloat ToFloat(PyObject x)
    {
        x = PyOps.Unwrap(x);
        switch (x)
        {
            case PyFloat f: return f;
            case PyInt i: return new PyFloat(i.ToDouble());
            case PyStr s: return new PyFloat(ParseFloat(NumericText.ToAscii(s.Value), s));
            case PyBytes or PyByteArray or PyMemoryView:
            {
                var data = BytesMethods.TryGetBytes(x)!;
                return new PyFloat(ParseFloat(System.Text.Encoding.Latin1.GetString(data), new PyBytes(data)));
            }
        }
        var m = x.Type.Lookup("__float__");
        if (m is not null)
        {
            var r = PyOps.CallSpecial(m, x);
            if (r is PyFloat rf) return rf;
            throw PyExc.TypeError($"{x.Type.Name}.__float__ returned non-float (type {r.Type.Name})");
        }
        if (x.Type.Lookup("__index__") is not null) return new PyFloat(PyOps.Index(x).ToDouble());
        throw PyExc.TypeError($"float() argument must be a string or a real number, not '{x.Type.Name}'");
    }

    internal static double ParseFloat(string text, PyObject original)
    {
        string s = text.Trim(' ', '\t', '\n', '\r', '\f', '\v');
        string lower = s.ToLowerInvariant();
        string unsigned = lower.TrimStart('+', '-');
        bool negative = lower.StartsWith('-');
        if (unsigned.Length == lower.Length - 1 || unsigned.Length == lower.Length)
        {
            if (unsigned is "inf" or "infinity") return negative ? double.NegativeInfinity : double.PositiveInfinity;
            if (unsigned == "nan") return negative ? -double.NaN : double.NaN;
        }
        bool valid = s.Length > 0 && !s.Contains("__") && !s.StartsWith('_') && !s.EndsWith('_');
        for (int i = 0; valid && i < s.Length; i++)
        {
            if (s[i] == '_' && !(i > 0 && char.IsAsciiDigit(s[i - 1]) && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))) valid = false;
            else if (!(char.IsAsciiDigit(s[i]) || s[i] is '.' or 'e' or 'E' or '+' or '-' or '_')) valid = false;
        }
        if (valid && double.TryParse(s.Replace("_", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out double d)) return d;
        throw PyExc.ValueError($"could not convert string to float: {PyOps.Repr(original)}");
    }
}
