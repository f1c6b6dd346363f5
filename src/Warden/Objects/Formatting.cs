using Warden.Builtins;
using System.Globalization;
using System.Numerics;
using System.Text;
using Warden.Runtime;

namespace Warden.Objects;

/// <summary>
/// The format-spec mini-language (<c>format()</c>, f-strings, <c>str.format</c>) for str, int
/// and float, and printf-style <c>%</c> formatting.
/// </summary>
public static class Formatting
{
    /// <summary>A parsed format spec: <c>[[fill]align][sign][z][#][0][width][grouping][.precision][type]</c>.</summary>
    private sealed class Spec
    {
        public char Fill = ' ';
        public char Align;
        public char Sign;
        public bool Alternate;
        public bool ZeroPad;
        public int Width = -1;
        public char Grouping;
        public int Precision = -1;
        public char Type;
    }

    private static Spec Parse(string spec)
    {
        var s = new Spec();
        int i = 0;
        if (spec.Length >= 2 && spec[1] is '<' or '>' or '^' or '=')
        {
            s.Fill = spec[0];
            s.Align = spec[1];
            i = 2;
        }
        else if (spec.Length >= 1 && spec[0] is '<' or '>' or '^' or '=')
        {
            s.Align = spec[0];
            i = 1;
        }
        if (i < spec.Length && spec[i] is '+' or '-' or ' ') s.Sign = spec[i++];
        if (i < spec.Length && spec[i] == 'z') i++;
        if (i < spec.Length && spec[i] == '#') { s.Alternate = true; i++; }
        if (i < spec.Length && spec[i] == '0')
        {
            s.ZeroPad = true;
            if (s.Align == 0) { s.Fill = '0'; s.Align = '='; }
            i++;
        }
        int start = i;
        while (i < spec.Length && char.IsAsciiDigit(spec[i])) i++;
        if (i > start) s.Width = int.Parse(spec.AsSpan(start, i - start), CultureInfo.InvariantCulture);
        if (i < spec.Length && spec[i] is ',' or '_') s.Grouping = spec[i++];
        if (i < spec.Length && spec[i] == '.')
        {
            i++;
            start = i;
            while (i < spec.Length && char.IsAsciiDigit(spec[i])) i++;
            if (i == start) throw PyExc.ValueError("Format specifier missing precision");
            s.Precision = int.Parse(spec.AsSpan(start, i - start), CultureInfo.InvariantCulture);
        }
        if (i < spec.Length) s.Type = spec[i++];
        if (i < spec.Length) throw PyExc.ValueError("Invalid format specifier");
        if (s.Grouping != 0)
        {
            // Decimal presentations take either separator; binary, octal and hex only '_'.
            bool allowed = s.Type switch
            {
                (char)0 or 'd' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%' => true,
                'b' or 'o' or 'x' or 'X' => s.Grouping == '_',
                _ => false,
            };
            if (!allowed) throw PyExc.ValueError($"Cannot specify '{s.Grouping}' with '{s.Type}'.");
        }
        return s;
    }

    private static string Pad(string body, Spec s, char defaultAlign, string signPrefix = "")
    {
        int width = s.Width;
        int length = signPrefix.Length + new StringInfoLength(body).Length;
        if (width <= length) return signPrefix + body;
        int pad = width - length;
        char align = s.Align == 0 ? defaultAlign : s.Align;
        return align switch
        {
            '<' => signPrefix + body + new string(s.Fill, pad),
            '^' => new string(s.Fill, pad / 2) + signPrefix + body + new string(s.Fill, pad - pad / 2),
            '=' => signPrefix + new string(s.Fill, pad) + body,
            _ => new string(s.Fill, pad) + signPrefix + body,
        };
    }

    /// <summary>Counts code points (so astral characters pad like CPython).</summary>
    private readonly struct StringInfoLength
    {
        public readonly int Length;
        public StringInfoLength(string s)
        {
            int n = 0;
            for (int i = 0; i < s.Length; i++)
            {
                if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
                n++;
            }
            Length = n;
        }
    }

    public static string FormatStr(string value, string specText)
    {
        if (specText.Length == 0) return value;
        var s = Parse(specText);
        if (s.Type != 0 && s.Type != 's') throw PyExc.ValueError($"Unknown format code '{s.Type}' for object of type 'str'");
        if (s.Sign != 0) throw PyExc.ValueError("Sign not allowed in string format specifier");
        if (s.Align == '=') throw PyExc.ValueError("'=' alignment not allowed in string format specifier");
        if (s.Precision >= 0)
        {
            var pstr = new PyStr(value);
            if (pstr.Length > s.Precision) value = pstr.Substring(0, s.Precision).Value;
        }
        return Pad(value, s, '<');
    }

    public static string FormatInt(PyInt value, string specText)
    {
        if (specText.Length == 0) return value.ToDecimalString();
        var s = Parse(specText);
        char type = s.Type == 0 ? 'd' : s.Type;
        if (type is 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%')
            return FormatFloat(value.ToDouble(), specText);
        if (s.Precision >= 0) throw PyExc.ValueError("Precision not allowed in integer format specifier");
        BigInteger v = value.Big;
        bool negative = v.Sign < 0;
        var magnitude = BigInteger.Abs(v);
        string digits;
        string prefix = "";
        switch (type)
        {
            case 'd': case 'n': digits = DecimalDigits(magnitude); break;
            case 'x': digits = ToBase(magnitude, 16, false); prefix = s.Alternate ? "0x" : ""; break;
            case 'X': digits = ToBase(magnitude, 16, true); prefix = s.Alternate ? "0X" : ""; break;
            case 'o': digits = ToBase(magnitude, 8, false); prefix = s.Alternate ? "0o" : ""; break;
            case 'b': digits = ToBase(magnitude, 2, false); prefix = s.Alternate ? "0b" : ""; break;
            case 'c':
                if (s.Sign != 0) throw PyExc.ValueError("Sign not allowed with integer format specifier 'c'");
                return Pad(char.ConvertFromUtf32((int)v), s, '<');
            default:
                throw PyExc.ValueError($"Unknown format code '{type}' for object of type '{value.Type.Name}'");
        }
        if (s.Grouping != 0)
        {
            int group = type == 'd' || type == 'n' ? 3 : 4;
            digits = Group(digits, s.Grouping, group);
        }
        string sign = negative ? "-" : s.Sign == '+' ? "+" : s.Sign == ' ' ? " " : "";
        if (s.ZeroPad && s.Align == '=' && s.Width > 0 && s.Grouping != 0)
            digits = ZeroPadGrouped(digits, s.Width - sign.Length - prefix.Length, s.Grouping, type == 'd' ? 3 : 4);
        return Pad(digits, s, '>', sign + prefix);
    }

    private static string ZeroPadGrouped(string digits, int width, char sep, int group)
    {
        string raw = digits.Replace(sep.ToString(), "");
        string result = digits;
        while (result.Length < width)
        {
            raw = "0" + raw;
            result = Group(raw, sep, group);
        }
        return result;
    }

    /// <summary>Decimal text of a magnitude, within <c>sys.get_int_max_str_digits()</c> like str().</summary>
    private static string DecimalDigits(BigInteger magnitude)
    {
        if (IntMaxStrDigits.ToStrError(magnitude) is { } message) throw PyExc.ValueError(message);
        return magnitude.ToString(CultureInfo.InvariantCulture);
    }

    private static string ToBase(BigInteger v, int b, bool upper)
    {
        if (v.IsZero) return "0";
        var sb = new StringBuilder();
        string chars = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        while (!v.IsZero)
        {
            sb.Insert(0, chars[(int)(v % b)]);
            v /= b;
        }
        return sb.ToString();
    }

    private static string Group(string digits, char sep, int size)
    {
        var sb = new StringBuilder();
        int first = digits.Length % size;
        if (first == 0) first = size;
        sb.Append(digits, 0, Math.Min(first, digits.Length));
        for (int i = first; i < digits.Length; i += size) sb.Append(sep).Append(digits, i, size);
        return sb.ToString();
    }

    public static string FormatFloat(double value, string specText)
    {
        if (specText.Length == 0) return PyFloat.Repr(value);
        var s = Parse(specText);
        char type = s.Type;
        if (type is not (char)0 and not ('e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%' or 'n'))
            throw PyExc.ValueError($"Unknown format code '{type}' for object of type 'float'");
        string body = FloatBody(value, s, type, reprAddsDotZero: true);
        return Pad(body, s, '>', SignOf(value, s.Sign));
    }

    /// <summary>The sign prefix of one formatted number: '-' for negatives, else per the spec's sign flag.</summary>
    private static string SignOf(double value, char signFlag)
    {
        bool negative = double.IsNegative(value) && !double.IsNaN(value);
        return negative ? "-" : signFlag == '+' ? "+" : signFlag == ' ' ? " " : "";
    }

    /// <summary>
    /// The digits of |value| for one presentation type; type 0 is float's "no type" form and 'r'
    /// is repr's shortest form (complex parts, where repr omits the ".0").
    /// </summary>
    private static string FloatBody(double value, Spec s, char type, bool reprAddsDotZero)
    {
        double magnitude = Math.Abs(value);
        string body;
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            body = double.IsNaN(value) ? "nan" : "inf";
            if (type is 'E' or 'F' or 'G') body = body.ToUpperInvariant();
            if (type == '%') body += "%";
        }
        else
        {
            switch (type)
            {
                case 'f': case 'F': body = FixedDigits(magnitude, s.Precision < 0 ? 6 : s.Precision, s.Alternate); break;
                case 'e': case 'E': body = ExponentDigits(magnitude, s.Precision < 0 ? 6 : s.Precision, type == 'E', s.Alternate); break;
                case '%': body = FixedDigits(magnitude * 100, s.Precision < 0 ? 6 : s.Precision, s.Alternate) + "%"; break;
                case 'g': case 'G': case 'n':
                    body = GeneralDigits(magnitude, s.Precision < 0 ? 6 : s.Precision, type == 'G', s.Alternate, false);
                    break;
                case 'r':
                    body = ShortestDigits(magnitude, addDotZero: false);
                    if (s.Alternate && !body.Contains('.') && !body.Contains('e') && !double.IsInfinity(magnitude)) body += ".";
                    break;
                default:
                    body = s.Precision < 0 ? ShortestDigits(magnitude, reprAddsDotZero) : GeneralDigits(magnitude, s.Precision, false, s.Alternate, true);
                    break;
            }
        }
        if (s.Grouping != 0)
        {
            int dot = body.IndexOfAny(['.', 'e', 'E', '%']);
            string intPart = dot < 0 ? body : body[..dot];
            if (intPart.All(char.IsAsciiDigit)) body = Group(intPart, s.Grouping, 3) + (dot < 0 ? "" : body[dot..]);
        }
        return body;
    }

    private static string ShortestDigits(double magnitude, bool addDotZero)
    {
        Span<char> buffer = stackalloc char[64];
        int length = PyRepr.FormatFloat(buffer, magnitude, addDotZero, forceSign: false);
        return new string(buffer[..length]);
    }

    /// <summary>
    /// <c>format(complex, spec)</c>: both parts share the spec; the imaginary part always carries
    /// its sign. Without a presentation type the result looks like <c>str()</c> (parentheses
    /// unless the real part is +0.0, which is then left out).
    /// </summary>
    public static string FormatComplex(double real, double imag, string specText)
    {
        if (specText.Length == 0) return PyRepr.ComplexRepr(new Complex(real, imag));
        var s = Parse(specText);
        if (s.ZeroPad) throw PyExc.ValueError("Zero padding is not allowed in complex format specifier");
        if (s.Align == '=') throw PyExc.ValueError("'=' alignment flag is not allowed in complex format specifier");
        char type = s.Type;
        bool skipReal = false, parentheses = false;
        switch (type)
        {
            case (char)0:
                type = s.Precision < 0 ? 'r' : 'g';
                if (real == 0 && !double.IsNegative(real)) skipReal = true;
                else parentheses = true;
                break;
            case 'n':
                type = 'g';
                break;
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                break;
            default:
                throw PyExc.ValueError($"Unknown format code '{type}' for object of type 'complex'");
        }
        var sb = new StringBuilder();
        if (parentheses) sb.Append('(');
        if (!skipReal)
        {
            sb.Append(SignOf(real, s.Sign)).Append(FloatBody(real, s, type, reprAddsDotZero: false));
            sb.Append(SignOf(imag, '+'));
        }
        else
        {
            sb.Append(SignOf(imag, s.Sign));
        }
        sb.Append(FloatBody(imag, s, type, reprAddsDotZero: false)).Append('j');
        if (parentheses) sb.Append(')');
        return Pad(sb.ToString(), s, '>');
    }

    private static string FixedDigits(double v, int precision, bool alternate)
    {
        string r = v.ToString("F" + precision, CultureInfo.InvariantCulture);
        if (alternate && precision == 0) r += ".";
        return r;
    }

    private static string ExponentDigits(double v, int precision, bool upper, bool alternate)
    {
        string r = v.ToString((upper ? "E" : "e") + precision, CultureInfo.InvariantCulture);
        // .NET writes e+006; Python writes at least two exponent digits.
        int e = r.IndexOfAny(['e', 'E']);
        string mantissa = r[..e];
        int exponent = int.Parse(r[(e + 1)..], CultureInfo.InvariantCulture);
        if (alternate && precision == 0) mantissa += ".";
        return mantissa + (upper ? "E" : "e") + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
    }

    private static string GeneralDigits(double v, int precision, bool upper, bool alternate, bool noType)
    {
        if (precision == 0) precision = 1;
        if (v == 0)
        {
            if (alternate) return "0." + new string('0', precision - 1);
            return noType ? "0.0" : "0";
        }
        string e = ExponentDigits(v, precision - 1, false, false);
        int exponent = int.Parse(e[(e.IndexOf('e') + 1)..], CultureInfo.InvariantCulture);
        string result;
        if (exponent >= -4 && exponent < precision)
        {
            result = FixedDigits(v, precision - 1 - exponent, false);
            if (!alternate && result.Contains('.')) result = result.TrimEnd('0').TrimEnd('.');
            if (noType && !result.Contains('.')) result += ".0";
        }
        else
        {
            int ePos = e.IndexOf('e');
            string mantissa = e[..ePos];
            if (!alternate && mantissa.Contains('.')) mantissa = mantissa.TrimEnd('0').TrimEnd('.');
            result = mantissa + e[ePos..];
            if (upper) result = result.ToUpperInvariant();
        }
        return result;
    }

    /// <summary>printf-style <c>format % args</c>.</summary>
    public static string PercentFormat(string format, PyObject args)
    {
        var sb = new StringBuilder();
        // Tuple subclasses (namedtuples) supply their items, as PyTuple_Check accepts them in CPython.
        var unwrapped = PyOps.Unwrap(args);
        PyObject[] items = unwrapped is PyTuple t ? t.Items : [args];
        PyObject? mapping = args is PyDict || (unwrapped is not PyTuple && unwrapped is not PyStr && args.Type.Lookup("__getitem__") is not null) ? args : null;
        int next = 0;
        int i = 0;
        while (i < format.Length)
        {
            char c = format[i++];
            if (c != '%') { sb.Append(c); continue; }
            if (i >= format.Length) throw PyExc.ValueError("incomplete format");
            PyObject? keyed = null;
            if (format[i] == '(')
            {
                int depth = 1, start = ++i;
                while (i < format.Length && depth > 0)
                {
                    if (format[i] == '(') depth++;
                    else if (format[i] == ')') depth--;
                    i++;
                }
                if (mapping is null) throw PyExc.TypeError("format requires a mapping");
                keyed = PyOps.GetItem(mapping, PyStr.From(format[start..(i - 1)]));
            }
            var spec = new Spec();
            while (i < format.Length && format[i] is '-' or '+' or ' ' or '#' or '0')
            {
                switch (format[i])
                {
                    case '-': spec.Align = '<'; break;
                    case '+': spec.Sign = '+'; break;
                    case ' ': if (spec.Sign == 0) spec.Sign = ' '; break;
                    case '#': spec.Alternate = true; break;
                    case '0': spec.ZeroPad = true; break;
                }
                i++;
            }
            PyObject NextArg()
            {
                if (keyed is not null) return keyed;
                if (next >= items.Length) throw PyExc.TypeError("not enough arguments for format string");
                return items[next++];
            }
            if (i < format.Length && format[i] == '*') { spec.Width = (int)PyOps.AsIndex(NextArg()); i++; }
            else
            {
                int start = i;
                while (i < format.Length && char.IsAsciiDigit(format[i])) i++;
                if (i > start) spec.Width = int.Parse(format.AsSpan(start, i - start), CultureInfo.InvariantCulture);
            }
            if (i < format.Length && format[i] == '.')
            {
                i++;
                if (i < format.Length && format[i] == '*') { spec.Precision = (int)PyOps.AsIndex(NextArg()); i++; }
                else
                {
                    int start = i;
                    while (i < format.Length && char.IsAsciiDigit(format[i])) i++;
                    spec.Precision = i > start ? int.Parse(format.AsSpan(start, i - start), CultureInfo.InvariantCulture) : 0;
                }
            }
            while (i < format.Length && format[i] is 'h' or 'l' or 'L') i++;
            if (i >= format.Length) throw PyExc.ValueError("incomplete format");
            char conv = format[i++];
            if (conv == '%') { sb.Append('%'); continue; }
            var value = NextArg();
            if (spec.Align == '<') spec.ZeroPad = false;
            string text;
            string sign = "";
            switch (conv)
            {
                case 's': text = PyOps.Str(value); if (spec.Precision >= 0 && text.Length > spec.Precision) text = text[..spec.Precision]; break;
                case 'r': text = PyOps.Repr(value); if (spec.Precision >= 0 && text.Length > spec.Precision) text = text[..spec.Precision]; break;
                case 'a': text = BuiltinFunctions.Ascii(PyOps.Repr(value)); break;
                case 'c':
                    if (value is PyStr cs)
                    {
                        if (cs.Length != 1) throw PyExc.TypeError("%c requires int or char");
                        text = cs.Value;
                        break;
                    }
                    if (value is not PyInt && value.Type.Lookup("__index__") is null) throw PyExc.TypeError("%c requires int or char");
                    var code = PyOps.Index(value);
                    if (!code.IsSmall || code.Small is < 0 or > 0x10FFFF) throw PyExc.OverflowError("%c arg not in range(0x110000)");
                    // Surrogate code points are valid str characters but not UTF-32 scalars.
                    text = code.Small is >= 0xD800 and <= 0xDFFF ? ((char)code.Small).ToString() : char.ConvertFromUtf32((int)code.Small);
                    break;
                case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
                {
                    PyInt n;
                    if (value is PyFloat fv)
                    {
                        if (conv is 'x' or 'X' or 'o') throw PyExc.TypeError($"%{conv} format: an integer is required, not float");
                        n = PyInt.FromBig(new BigInteger(Math.Truncate(fv.Value)));
                    }
                    else if (value is PyInt iv) n = iv;
                    else if (conv is 'd' or 'i' or 'u')
                    {
                        if (value.Type.Lookup("__int__") is null && value.Type.Lookup("__index__") is null)
                            throw PyExc.TypeError($"%{conv} format: a real number is required, not {value.Type.Name}");
                        n = PyOps.Index(value);
                    }
                    else
                    {
                        if (value.Type.Lookup("__index__") is null)
                            throw PyExc.TypeError($"%{conv} format: an integer is required, not {value.Type.Name}");
                        n = PyOps.Index(value);
                    }
                    if (n.IsSmall && n.Small != long.MinValue && conv is 'd' or 'i' or 'u')
                        text = Math.Abs(n.Small).ToString(CultureInfo.InvariantCulture);
                    else
                    {
                        var mag = BigInteger.Abs(n.Big);
                        text = conv switch
                        {
                            'x' => (spec.Alternate ? "0x" : "") + ToBase(mag, 16, false),
                            'X' => (spec.Alternate ? "0X" : "") + ToBase(mag, 16, true),
                            'o' => (spec.Alternate ? "0o" : "") + ToBase(mag, 8, false),
                            _ => DecimalDigits(mag),
                        };
                    }
                    if (spec.Precision > 0 && text.Length < spec.Precision) text = text.PadLeft(spec.Precision, '0');
                    sign = n.Sign < 0 ? "-" : spec.Sign == '+' ? "+" : spec.Sign == ' ' ? " " : "";
                    break;
                }
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                {
                    double d = value switch
                    {
                        PyFloat pf => pf.Value,
                        PyInt pi => pi.ToDouble(),
                        _ => value.Type.Lookup("__float__") is { } ff ? ((PyFloat)PyOps.CallSpecial(ff, value)).Value
                            : throw PyExc.TypeError($"must be real number, not {value.Type.Name}"),
                    };
                    int precision = spec.Precision < 0 ? 6 : spec.Precision;
                    double mag = Math.Abs(d);
                    text = conv switch
                    {
                        'e' or 'E' => ExponentDigits(mag, precision, conv == 'E', spec.Alternate),
                        'f' or 'F' => FixedDigits(mag, precision, spec.Alternate),
                        _ => GeneralDigits(mag, precision, conv == 'G', spec.Alternate, false),
                    };
                    if (double.IsNaN(d)) text = "nan";
                    else if (double.IsInfinity(d)) text = "inf";
                    sign = double.IsNegative(d) && !double.IsNaN(d) ? "-" : spec.Sign == '+' ? "+" : spec.Sign == ' ' ? " " : "";
                    break;
                }
                default:
                    throw PyExc.ValueError($"unsupported format character '{conv}' (0x{(int)conv:x}) at index {i - 1}");
            }
            int width = spec.Width;
            int length = sign.Length + text.Length;
            if (width > length)
            {
                if (spec.Align == '<') text = sign + text + new string(' ', width - length);
                else if (spec.ZeroPad && conv is not ('s' or 'r' or 'a' or 'c'))
                {
                    string prefix = text.StartsWith("0x") || text.StartsWith("0X") || text.StartsWith("0o") ? text[..2] : "";
                    text = sign + prefix + new string('0', width - length) + text[prefix.Length..];
                }
                else text = new string(' ', width - length) + sign + text;
            }
            else text = sign + text;
            sb.Append(text);
        }
        if (next < items.Length && mapping is null)
            throw PyExc.TypeError("not all arguments converted during string formatting");
        return sb.ToString();
    }
}
