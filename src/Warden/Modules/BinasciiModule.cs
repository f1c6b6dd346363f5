using System.Text;
using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary>
/// The <c>binascii</c> module: hex, base64 and uuencode conversions and the CRC functions, with
/// CPython's lenient (and strict_mode) base64 decoding rules and messages.
/// Quoted-printable (a2b_qp/b2a_qp) is not provided; <c>quopri</c> falls back to Python then.
/// </summary>
internal static class BinasciiModule
{
    private static readonly PyType s_error = CreateError("Error", TypeObjects.ValueError);
    private static readonly PyType s_incomplete = CreateError("Incomplete", TypeObjects.Exception);
    private static readonly uint[] s_crc32Table = BuildCrc32Table();
    private const string Base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private static PyType CreateError(string name, PyType baseType)
    {
        var t = new PyType(name, [baseType], TypeObjects.TypeType);
        t.Dict.SetStr("__module__", PyStr.From("binascii"));
        t.InstanceFactory = type => new PyBaseException(type);
        t.InstancesHaveDict = true;
        return t;
    }

    private static PythonException Error(string message) => PyExc.Create(s_error, message);

    public static PyModule Create(ThreadState ts)
    {
        var module = new PyModule("binascii");
        var d = module.Dict;
        void Fn(string name, NativeFunction f) => d.SetStr(name, new PyBuiltinFunction(name, f));
        d.SetStr("Error", s_error);
        d.SetStr("Incomplete", s_incomplete);

        NativeFunction hexlify(string name) => (args, kw) =>
        {
            var a = ClinicArgs.Parse(args, kw, name, ["data", "sep", "bytes_per_sep"], 1);
            return new PyBytes(Hexlify(BytesMethods.BytesLike(a[0]!), a[1], a[2] is null ? 1 : PyOps.AsIndex(a[2]!)));
        };
        Fn("hexlify", hexlify("hexlify"));
        Fn("b2a_hex", hexlify("b2a_hex"));
        NativeFunction unhexlify(string name) => (args, kw) =>
        {
            var a = ClinicArgs.Parse(args, kw, name, ["hexstr"], 1);
            return new PyBytes(Unhexlify(AsciiData(a[0]!)));
        };
        Fn("unhexlify", unhexlify("unhexlify"));
        Fn("a2b_hex", unhexlify("a2b_hex"));
        Fn("b2a_base64", (args, kw) =>
        {
            var a = KeywordOnly(args, kw, "b2a_base64", "newline");
            return new PyBytes(EncodeBase64(BytesMethods.BytesLike(args[0]), a is null || PyOps.IsTrue(a)));
        });
        Fn("a2b_base64", (args, kw) =>
        {
            var a = KeywordOnly(args, kw, "a2b_base64", "strict_mode");
            return new PyBytes(DecodeBase64(AsciiData(args[0]), a is not null && PyOps.IsTrue(a)));
        });
        Fn("b2a_uu", (args, kw) =>
        {
            var a = KeywordOnly(args, kw, "b2a_uu", "backtick");
            return new PyBytes(EncodeUu(BytesMethods.BytesLike(args[0]), a is not null && PyOps.IsTrue(a)));
        });
        Fn("a2b_uu", (args, kw) =>
        {
            Args.Check(args, kw, "a2b_uu", 1, 1);
            return new PyBytes(DecodeUu(AsciiData(args[0])));
        });
        Fn("crc32", (args, kw) =>
        {
            Args.Check(args, kw, "crc32", 1, 2);
            uint crc = args.Length > 1 ? (uint)(PyOps.Index(args[1]).Big & uint.MaxValue) : 0;
            return PyInt.FromLong(Crc32(BytesMethods.BytesLike(args[0]), crc));
        });
        Fn("crc_hqx", (args, kw) =>
        {
            Args.Check(args, kw, "crc_hqx", 2, 2);
            uint crc = (uint)(PyOps.Index(args[1]).Big & 0xFFFF);
            return PyInt.FromLong(CrcHqx(BytesMethods.BytesLike(args[0]), crc));
        });
        return module;
    }

    /// <summary>One positional data argument plus one optional keyword-only flag.</summary>
    private static PyObject? KeywordOnly(ReadOnlySpan<PyObject> args, PyTuple? kw, string name, string keyword)
    {
        int nkw = kw?.Length ?? 0;
        int npos = args.Length - nkw;
        if (npos != 1)
            throw PyExc.TypeError(npos == 0 ? $"{name}() missing required argument 'data' (pos 1)"
                : $"{name}() takes exactly 1 positional argument ({npos} given)");
        PyObject? value = null;
        for (int k = 0; k < nkw; k++)
        {
            string key = ((PyStr)kw!.Items[k]).Value;
            if (key != keyword) throw PyExc.TypeError($"'{key}' is an invalid keyword argument for {name}()");
            value = args[npos + k];
        }
        return value;
    }

    /// <summary>The a2b_* input: bytes-like, or a str of ASCII characters.</summary>
    private static byte[] AsciiData(PyObject o)
    {
        if (PyOps.Unwrap(o) is PyStr s)
        {
            foreach (char c in s.Value)
                if (c > 127) throw PyExc.ValueError("string argument should contain only ASCII characters");
            return Encoding.ASCII.GetBytes(s.Value);
        }
        return BytesMethods.TryGetBytes(o)
            ?? throw PyExc.TypeError($"argument should be bytes, buffer or ASCII string, not '{o.Type.Name}'");
    }

    private static byte[] Hexlify(byte[] data, PyObject? sepObject, long bytesPerSep)
    {
        const string digits = "0123456789abcdef";
        byte? sep = null;
        if (sepObject is not null && sepObject is not PyNone)
        {
            byte[] sepBytes = PyOps.Unwrap(sepObject) is PyStr ss ? Encoding.Latin1.GetBytes(ss.Value) : BytesMethods.BytesLike(sepObject);
            if (sepBytes.Length != 1) throw PyExc.ValueError("sep must be length 1.");
            if (PyOps.Unwrap(sepObject) is PyStr s2 && s2.Value[0] > 127) throw PyExc.ValueError("sep must be ASCII.");
            sep = sepBytes[0];
        }
        var output = new List<byte>(data.Length * 3);
        long group = Math.Abs(bytesPerSep);
        for (int i = 0; i < data.Length; i++)
        {
            if (sep is byte separator && group > 0 && i > 0)
            {
                // Positive counts group from the right end, negative ones from the left.
                bool boundary = bytesPerSep > 0 ? (data.Length - i) % group == 0 : i % group == 0;
                if (boundary) output.Add(separator);
            }
            output.Add((byte)digits[data[i] >> 4]);
            output.Add((byte)digits[data[i] & 15]);
        }
        return output.ToArray();
    }

    private static byte[] Unhexlify(byte[] hex)
    {
        if (hex.Length % 2 != 0) throw Error("Odd-length string");
        var result = new byte[hex.Length / 2];
        for (int i = 0; i < result.Length; i++)
        {
            int high = HexValue(hex[2 * i]), low = HexValue(hex[2 * i + 1]);
            if (high < 0 || low < 0) throw Error("Non-hexadecimal digit found");
            result[i] = (byte)(high << 4 | low);
        }
        return result;
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    private static byte[] EncodeBase64(byte[] data, bool newline)
    {
        var text = Convert.ToBase64String(data);
        return Encoding.ASCII.GetBytes(newline ? text + "\n" : text);
    }

    private static int Base64Value(byte c) => c < 128 ? Base64Alphabet.IndexOf((char)c) : -1;

    /// <summary>CPython's decoder: skips non-alphabet bytes, stops at complete padding (strict mode refuses both).</summary>
    private static byte[] DecodeBase64(byte[] text, bool strict)
    {
        var output = new List<byte>(text.Length * 3 / 4);
        int quadPos = 0, leftChar = 0, pads = 0;
        bool paddingStarted = false;
        if (strict && text.Length > 0 && text[0] == '=') throw Error("Leading padding not allowed");
        for (int i = 0; i < text.Length; i++)
        {
            byte c = text[i];
            if (c == '=')
            {
                paddingStarted = true;
                if (quadPos >= 2 && quadPos + ++pads >= 4)
                {
                    if (strict && i + 1 < text.Length) throw Error("Excess data after padding");
                    return output.ToArray();
                }
                continue;
            }
            int v = Base64Value(c);
            if (v < 0)
            {
                if (strict) throw Error("Only base64 data is allowed");
                continue;
            }
            if (strict && paddingStarted) throw Error("Discontinuous padding not allowed");
            pads = 0;
            switch (quadPos)
            {
                case 0: quadPos = 1; leftChar = v; break;
                case 1: quadPos = 2; output.Add((byte)(leftChar << 2 | v >> 4)); leftChar = v & 0x0f; break;
                case 2: quadPos = 3; output.Add((byte)(leftChar << 4 | v >> 2)); leftChar = v & 0x03; break;
                default: quadPos = 0; output.Add((byte)(leftChar << 6 | v)); leftChar = 0; break;
            }
        }
        if (quadPos == 1)
            throw Error($"Invalid base64-encoded string: number of data characters ({output.Count / 3 * 4 + 1}) cannot be 1 more than a multiple of 4");
        if (quadPos != 0) throw Error("Incorrect padding");
        return output.ToArray();
    }

    private static byte[] EncodeUu(byte[] data, bool backtick)
    {
        if (data.Length > 45) throw Error("At most 45 bytes at once");
        byte Char(int v) => backtick && v == 0 ? (byte)'`' : (byte)(' ' + v);
        var output = new List<byte> { Char(data.Length) };
        for (int i = 0; i < data.Length; i += 3)
        {
            int b0 = data[i], b1 = i + 1 < data.Length ? data[i + 1] : 0, b2 = i + 2 < data.Length ? data[i + 2] : 0;
            int triple = b0 << 16 | b1 << 8 | b2;
            for (int k = 3; k >= 0; k--) output.Add(Char(triple >> (6 * k) & 0x3f));
        }
        output.Add((byte)'\n');
        return output.ToArray();
    }

    /// <summary>
    /// Decodes one uuencoded line six bits at a time; missing characters (and line ends) count as
    /// zero, so an empty line gives 32 zero bytes, as in CPython.
    /// </summary>
    private static byte[] DecodeUu(byte[] line)
    {
        int length = ((line.Length > 0 ? line[0] : 0) - ' ') & 0x3f;
        var output = new List<byte>(length);
        int at = 1, leftBits = 0, leftChar = 0;
        for (; output.Count < length; at++)
        {
            int c = at < line.Length ? line[at] : 0;
            if (c is '\n' or '\r' || at >= line.Length) c = 0;
            else
            {
                if (c < ' ' || c > ' ' + 64) throw Error("Illegal char");
                c = (c - ' ') & 0x3f;
            }
            leftChar = leftChar << 6 | c;
            leftBits += 6;
            if (leftBits >= 8)
            {
                leftBits -= 8;
                output.Add((byte)(leftChar >> leftBits));
                leftChar &= (1 << leftBits) - 1;
            }
        }
        for (; at < line.Length; at++)
        {
            byte c = line[at];
            if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') throw Error("Trailing garbage");
        }
        return output.ToArray();
    }

    private static uint[] BuildCrc32Table()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }

    private static uint Crc32(byte[] data, uint crc)
    {
        crc = ~crc;
        foreach (byte b in data) crc = s_crc32Table[(crc ^ b) & 0xff] ^ (crc >> 8);
        return ~crc;
    }

    private static uint CrcHqx(byte[] data, uint crc)
    {
        foreach (byte b in data)
        {
            crc ^= (uint)b << 8;
            for (int k = 0; k < 8; k++) crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
        }
        return crc;
    }
}
