using System.Text;
using Warden.Builtins;
using Warden.Runtime;

namespace Warden.Objects;

/// <summary>printf-style <c>bytes % args</c> (PEP 461). Numeric conversions reuse the str formatter.</summary>
internal static class BytesFormatting
{
    public static byte[] Format(byte[] format, PyObject args)
    {
        var output = new List<byte>();
        var u = PyOps.Unwrap(args);
        PyObject[] items = u is PyTuple t ? t.Items : [args];
        PyObject? mapping = u is not PyTuple && u is not PyStr && BytesMethods.TryGetBytes(u) is null && u.Type.Lookup("__getitem__") is not null ? args : null;
        int next = 0;
        int i = 0;
        bool usedMapping = false;
        while (i < format.Length)
        {
            byte c = format[i++];
            if (c != '%') { output.Add(c); continue; }
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
                keyed = PyOps.GetItem(mapping, new PyBytes(format[start..(i - 1)]));
                usedMapping = true;
            }
            PyObject NextArg()
            {
                if (keyed is not null) return keyed;
                if (next >= items.Length) throw PyExc.TypeError("not enough arguments for format string");
                return items[next++];
            }
            var flags = new StringBuilder();
            while (i < format.Length && format[i] is (byte)'-' or (byte)'+' or (byte)' ' or (byte)'#' or (byte)'0') flags.Append((char)format[i++]);
            int width = -1;
            if (i < format.Length && format[i] == '*') { width = (int)PyOps.AsIndex(NextArg()); i++; }
            else
            {
                int start = i;
                while (i < format.Length && format[i] is >= (byte)'0' and <= (byte)'9') i++;
                if (i > start) width = int.Parse(Encoding.ASCII.GetString(format, start, i - start));
            }
            int precision = -1;
            if (i < format.Length && format[i] == '.')
            {
                i++;
                if (i < format.Length && format[i] == '*') { precision = (int)PyOps.AsIndex(NextArg()); i++; }
                else
                {
                    int start = i;
                    while (i < format.Length && format[i] is >= (byte)'0' and <= (byte)'9') i++;
                    precision = i > start ? int.Parse(Encoding.ASCII.GetString(format, start, i - start)) : 0;
                }
            }
            while (i < format.Length && format[i] is (byte)'h' or (byte)'l' or (byte)'L') i++;
            if (i >= format.Length) throw PyExc.ValueError("incomplete format");
            char conversion = (char)format[i++];
            if (conversion == '%') { output.Add((byte)'%'); continue; }
            byte[] piece;
            switch (conversion)
            {
                case 's' or 'b':
                {
                    var arg = NextArg();
                    piece = TryBytes(arg) ?? throw PyExc.TypeError(
                        $"%b requires a bytes-like object, or an object that implements __bytes__, not '{arg.Type.Name}'");
                    if (precision >= 0 && piece.Length > precision) piece = piece[..precision];
                    break;
                }
                case 'r' or 'a':
                {
                    piece = Encoding.ASCII.GetBytes(BuiltinFunctions.Ascii(PyOps.Repr(NextArg())));
                    if (precision >= 0 && piece.Length > precision) piece = piece[..precision];
                    break;
                }
                case 'c':
                {
                    var arg = PyOps.Unwrap(NextArg());
                    if (TryBytes(arg) is { Length: 1 } single) piece = single;
                    else if (arg is PyInt n)
                    {
                        if (!n.IsSmall || n.Small is < 0 or > 255) throw PyExc.OverflowError("%c arg not in range(256)");
                        piece = [(byte)n.Small];
                    }
                    else throw PyExc.TypeError("%c requires an integer in range(256) or a single byte");
                    break;
                }
                case 'd' or 'i' or 'u' or 'o' or 'x' or 'X' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                {
                    string spec = "%" + flags + (width >= 0 ? width.ToString() : "") + (precision >= 0 ? "." + precision : "") + conversion;
                    output.AddRange(Encoding.ASCII.GetBytes(Formatting.PercentFormat(spec, PyTuple.Create(NextArg()))));
                    continue;
                }
                default:
                    throw PyExc.ValueError($"unsupported format character '{conversion}' (0x{(int)conversion:x}) at index {i - 1}");
            }
            if (width > piece.Length)
            {
                var pad = Enumerable.Repeat((byte)' ', width - piece.Length);
                piece = flags.ToString().Contains('-') ? [.. piece, .. pad] : [.. pad, .. piece];
            }
            output.AddRange(piece);
        }
        if (!usedMapping && mapping is null && next < items.Length)
            throw PyExc.TypeError("not all arguments converted during bytes formatting");
        return output.ToArray();
    }

    /// <summary>Bytes-like content or the result of <c>__bytes__</c>.</summary>
    private static byte[]? TryBytes(PyObject o)
    {
        if (BytesMethods.TryGetBytes(o) is { } b) return b;
        if (o.Type.Lookup("__bytes__") is { } dunder && PyOps.Unwrap(PyOps.CallSpecial(dunder, o)) is PyBytes r) return r.Value;
        return null;
    }
}
