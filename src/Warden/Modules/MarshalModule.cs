using System.Numerics;
using System.Text;
using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary>
/// The <c>marshal</c> module for the value types (None, bools, ints, floats, complex, str, bytes,
/// tuples, lists, dicts, sets): CPython's version-4 format, so data written by either runtime
/// loads in the other. Warden's code objects are its own and are not marshallable. Objects are
/// written without back-references (CPython decides those from reference counts).
/// </summary>
internal static class MarshalModule
{
    private const int Version = 4;
    private const byte FlagRef = 0x80;

    public static PyModule Create(ThreadState ts)
    {
        var module = new PyModule("marshal");
        var d = module.Dict;
        void Fn(string name, NativeFunction f) => d.SetStr(name, new PyBuiltinFunction(name, f));
        d.SetStr("version", PyInt.FromLong(Version));
        Fn("dumps", (args, kw) =>
        {
            Args.Check(args, kw, "dumps", 1, 2);
            var output = new List<byte>();
            Write(output, args[0], 0);
            return new PyBytes(output.ToArray());
        });
        Fn("loads", (args, kw) =>
        {
            Args.Check(args, kw, "loads", 1, 1);
            var data = BytesMethods.BytesLike(args[0]);
            int position = 0;
            return new Reader(data).Read(ref position);
        });
        Fn("dump", (args, kw) =>
        {
            Args.Check(args, kw, "dump", 2, 3);
            var output = new List<byte>();
            Write(output, args[0], 0);
            PyOps.Call1(PyOps.GetAttr(args[1], PyStr.From("write")), new PyBytes(output.ToArray()));
            return PyNone.Instance;
        });
        Fn("load", (args, kw) =>
        {
            Args.Check(args, kw, "load", 1, 1);
            // Reads the rest of the file and keeps the unread tail for later loads by seeking back.
            var data = BytesMethods.BytesLike(PyOps.Call0(PyOps.GetAttr(args[0], PyStr.From("read"))));
            int position = 0;
            var value = new Reader(data).Read(ref position);
            if (position < data.Length)
                PyOps.Call(PyOps.GetAttr(args[0], PyStr.From("seek")), [PyInt.FromLong(position - data.Length), PyInt.FromLong(1)], null);
            return value;
        });
        return module;
    }

    private static void Int32(List<byte> output, int value) => output.AddRange(BitConverter.GetBytes(value));

    private static void Write(List<byte> output, PyObject value, int depth)
    {
        if (depth > 2000) throw PyExc.ValueError("object too deeply nested to marshal");
        switch (value)
        {
            case PyNone: output.Add((byte)'N'); return;
            case PyEllipsis: output.Add((byte)'.'); return;
            case PyType t when ReferenceEquals(t, TypeObjects.StopIteration): output.Add((byte)'S'); return;
            case PyInt { IsBool: true } b: output.Add(b.Small != 0 ? (byte)'T' : (byte)'F'); return;
            case PyInt i:
                if (i.IsSmall && i.Small is >= int.MinValue and <= int.MaxValue)
                {
                    output.Add((byte)'i');
                    Int32(output, (int)i.Small);
                    return;
                }
                WriteLong(output, i.Big);
                return;
            case PyFloat f:
                output.Add((byte)'g');
                output.AddRange(BitConverter.GetBytes(f.Value));
                return;
            case PyComplex c:
                output.Add((byte)'y');
                output.AddRange(BitConverter.GetBytes(c.Real));
                output.AddRange(BitConverter.GetBytes(c.Imag));
                return;
            case PyStr s:
            {
                bool ascii = s.Value.All(ch => ch < 0x80);
                var bytes = ascii ? Encoding.ASCII.GetBytes(s.Value) : Codecs.Encode(s.Value, "utf-8", "surrogatepass");
                if (ascii && bytes.Length < 256)
                {
                    output.Add((byte)'z');
                    output.Add((byte)bytes.Length);
                }
                else
                {
                    output.Add(ascii ? (byte)'a' : (byte)'u');
                    Int32(output, bytes.Length);
                }
                output.AddRange(bytes);
                return;
            }
            case PyBytes or PyByteArray or PyMemoryView:
            {
                var bytes = BytesMethods.BytesLike(value);
                output.Add((byte)'s');
                Int32(output, bytes.Length);
                output.AddRange(bytes);
                return;
            }
            case PyTuple tuple:
                if (tuple.Length < 256)
                {
                    output.Add((byte)')');
                    output.Add((byte)tuple.Length);
                }
                else
                {
                    output.Add((byte)'(');
                    Int32(output, tuple.Length);
                }
                foreach (var item in tuple.Items) Write(output, item, depth + 1);
                return;
            case PyList list:
                output.Add((byte)'[');
                Int32(output, list.Count);
                for (int k = 0; k < list.Count; k++) Write(output, list.Items[k], depth + 1);
                return;
            case PyDict dict:
            {
                output.Add((byte)'{');
                int position = 0;
                while (dict.TryGetEntry(ref position, out var key, out var item))
                {
                    Write(output, key, depth + 1);
                    Write(output, item, depth + 1);
                }
                output.Add((byte)'0');
                return;
            }
            case PySet set:
            {
                output.Add(set.IsFrozen ? (byte)'>' : (byte)'<');
                var items = PyOps.ToArray(set);
                Int32(output, items.Length);
                foreach (var item in items) Write(output, item, depth + 1);
                return;
            }
            default:
                throw PyExc.ValueError("unmarshallable object");
        }
    }

    /// <summary>Arbitrary-size ints: a signed count of 15-bit digits, least significant first.</summary>
    private static void WriteLong(List<byte> output, BigInteger value)
    {
        output.Add((byte)'l');
        var magnitude = BigInteger.Abs(value);
        var digits = new List<ushort>();
        while (!magnitude.IsZero)
        {
            digits.Add((ushort)(magnitude & 0x7FFF));
            magnitude >>= 15;
        }
        Int32(output, value.Sign < 0 ? -digits.Count : digits.Count);
        foreach (var digit in digits) output.AddRange(BitConverter.GetBytes(digit));
    }

    private sealed class Reader(byte[] data)
    {
        private readonly List<PyObject?> _refs = [];

        private static PythonException Bad() => PyExc.Create(TypeObjects.EOFError, "marshal data too short");

        private int Int32(ref int position)
        {
            if (position + 4 > data.Length) throw Bad();
            int value = BitConverter.ToInt32(data, position);
            position += 4;
            return value;
        }

        private byte[] Bytes(ref int position, int count)
        {
            if (count < 0 || position + count > data.Length) throw Bad();
            var result = data.AsSpan(position, count).ToArray();
            position += count;
            return result;
        }

        public PyObject Read(ref int position)
        {
            if (position >= data.Length) throw Bad();
            byte code = data[position++];
            bool flag = (code & FlagRef) != 0;
            code &= 0x7F;
            int slot = -1;
            if (flag)
            {
                slot = _refs.Count;
                _refs.Add(null);
            }
            PyObject result = ReadValue((char)code, ref position, slot);
            if (slot >= 0) _refs[slot] = result;
            return result;
        }

        private PyObject ReadValue(char code, ref int position, int slot)
        {
            switch (code)
            {
                case 'N': return PyNone.Instance;
                case 'T': return PyInt.True;
                case 'F': return PyInt.False;
                case '.': return PyEllipsis.Instance;
                case 'S': return TypeObjects.StopIteration;
                case 'i': return PyInt.FromLong(Int32(ref position));
                case 'l':
                {
                    int n = Int32(ref position);
                    var value = BigInteger.Zero;
                    var digits = Bytes(ref position, Math.Abs(n) * 2);
                    for (int k = Math.Abs(n) - 1; k >= 0; k--) value = (value << 15) | BitConverter.ToUInt16(digits, k * 2);
                    return PyInt.FromBig(n < 0 ? -value : value);
                }
                case 'g': return new PyFloat(BitConverter.ToDouble(Bytes(ref position, 8)));
                case 'y':
                {
                    var parts = Bytes(ref position, 16);
                    return new PyComplex(BitConverter.ToDouble(parts, 0), BitConverter.ToDouble(parts, 8));
                }
                case 'f' or 'x':
                {
                    double Text(ref int p)
                    {
                        if (p >= data.Length) throw Bad();
                        int len = data[p++];
                        return double.Parse(Encoding.ASCII.GetString(Bytes(ref p, len)), System.Globalization.CultureInfo.InvariantCulture);
                    }
                    double re = Text(ref position);
                    return code == 'f' ? new PyFloat(re) : new PyComplex(re, Text(ref position));
                }
                case 's': return new PyBytes(Bytes(ref position, Int32(ref position)));
                case 'u' or 't': return PyStr.From(Codecs.Decode(Bytes(ref position, Int32(ref position)), "utf-8", "surrogatepass"));
                case 'a' or 'A': return PyStr.From(Encoding.Latin1.GetString(Bytes(ref position, Int32(ref position))));
                case 'z' or 'Z':
                {
                    if (position >= data.Length) throw Bad();
                    int len = data[position++];
                    return PyStr.From(Encoding.Latin1.GetString(Bytes(ref position, len)));
                }
                case ')' or '(':
                {
                    int n = code == ')' ? (position < data.Length ? data[position++] : throw Bad()) : Int32(ref position);
                    if (n < 0) throw PyExc.ValueError("bad marshal data (tuple size out of range)");
                    var items = new PyObject[n];
                    for (int k = 0; k < n; k++) items[k] = Read(ref position);
                    return new PyTuple(items);
                }
                case '[':
                {
                    int n = Int32(ref position);
                    var list = new PyList();
                    if (slot >= 0) _refs[slot] = list;
                    for (int k = 0; k < n; k++) list.Append(Read(ref position));
                    return list;
                }
                case '{':
                {
                    var dict = new PyDict();
                    if (slot >= 0) _refs[slot] = dict;
                    while (true)
                    {
                        if (position < data.Length && data[position] == '0')
                        {
                            position++;
                            return dict;
                        }
                        var key = Read(ref position);
                        dict.SetItem(key, Read(ref position));
                    }
                }
                case '<' or '>':
                {
                    int n = Int32(ref position);
                    var set = new PySet(code == '>');
                    for (int k = 0; k < n; k++) set.Add(Read(ref position));
                    return set;
                }
                case 'r':
                {
                    int index = Int32(ref position);
                    if (index < 0 || index >= _refs.Count || _refs[index] is not { } target)
                        throw PyExc.ValueError("bad marshal data (invalid reference)");
                    return target;
                }
                case 'c':
                    throw PyExc.ValueError("bad marshal data (code objects are not supported by Warden)");
                default:
                    throw PyExc.ValueError("bad marshal data (unknown type code)");
            }
        }
    }
}
