using System.Buffers.Binary;
using System.Numerics;
using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules;

/// <summary>Packs values into and unpacks them from bytes according to a <see cref="StructLayout"/>.</summary>
internal static class StructCodec
{
    /// <summary>Writes <paramref name="values"/> into <paramref name="target"/> (already sized and zeroed).</summary>
    public static void Pack(StructLayout layout, ReadOnlySpan<PyObject> values, Span<byte> target)
    {
        if (values.Length != layout.ArgumentCount)
            throw StructModule.Error($"pack expected {layout.ArgumentCount} items for packing (got {values.Length})");
        int v = 0;
        foreach (var item in layout.Items)
        {
            switch (item.Code)
            {
                case 'x':
                    break;
                case 's':
                case 'p':
                    PackString(item, values[v++], target.Slice(item.Offset, item.Count));
                    break;
                default:
                    for (int k = 0; k < item.Count; k++)
                        PackOne(item.Code, layout.Mode, values[v++], target.Slice(item.Offset + k * item.Size, item.Size));
                    break;
            }
        }
    }

    private static void PackString(StructItem item, PyObject value, Span<byte> target)
    {
        var unwrapped = PyOps.Unwrap(value);
        byte[] data = unwrapped switch
        {
            PyBytes b => b.Value,
            PyByteArray ba => ba.Data.ToArray(),
            _ => throw StructModule.Error($"argument for '{item.Code}' must be a bytes object"),
        };
        if (item.Code == 's')
        {
            data.AsSpan(0, Math.Min(data.Length, target.Length)).CopyTo(target);
            return;
        }
        if (target.Length == 0) return;
        int n = Math.Min(Math.Min(data.Length, target.Length - 1), 255);
        data.AsSpan(0, n).CopyTo(target[1..]);
        target[0] = (byte)n;
    }

    private static void PackOne(char code, StructMode mode, PyObject value, Span<byte> target)
    {
        bool little = mode != StructMode.Big;
        switch (code)
        {
            case 'c':
                if (PyOps.Unwrap(value) is not PyBytes { Value.Length: 1 } c)
                    throw StructModule.Error("char format requires a bytes object of length 1");
                target[0] = c.Value[0];
                return;
            case '?':
                target[0] = PyOps.IsTrue(value) ? (byte)1 : (byte)0;
                return;
            case 'e':
            {
                double d = FloatArgument(value);
                var half = (Half)d;
                if (Half.IsInfinity(half) && double.IsFinite(d)) throw PyExc.OverflowError("float too large to pack with e format");
                ushort bits = BitConverter.HalfToUInt16Bits(half);
                if (little) BinaryPrimitives.WriteUInt16LittleEndian(target, bits); else BinaryPrimitives.WriteUInt16BigEndian(target, bits);
                return;
            }
            case 'f':
            {
                double d = FloatArgument(value);
                float f = (float)d;
                if (mode != StructMode.Native && float.IsInfinity(f) && double.IsFinite(d))
                    throw PyExc.OverflowError("float too large to pack with f format");
                if (little) BinaryPrimitives.WriteSingleLittleEndian(target, f); else BinaryPrimitives.WriteSingleBigEndian(target, f);
                return;
            }
            case 'd':
            {
                double d = FloatArgument(value);
                if (little) BinaryPrimitives.WriteDoubleLittleEndian(target, d); else BinaryPrimitives.WriteDoubleBigEndian(target, d);
                return;
            }
        }
        ulong bitsToWrite = IntegerBits(code, mode, target.Length, value);
        for (int i = 0; i < target.Length; i++)
        {
            byte b = (byte)(bitsToWrite >> (8 * i));
            if (little) target[i] = b; else target[target.Length - 1 - i] = b;
        }
    }

    private static double FloatArgument(PyObject value)
    {
        var u = PyOps.Unwrap(value);
        if (u is PyFloat f) return f.Value;
        if (u is PyInt i) return i.ToDouble();
        if (u.Type.Lookup("__float__") is not null || u.Type.Lookup("__index__") is not null)
            return MathModule.ToDouble(value);
        throw StructModule.Error("required argument is not a float");
    }

    /// <summary>
    /// The integer's two's-complement bits after CPython's range checks, whose messages depend on
    /// the code and on which of CPython's packer tables handles it in this mode.
    /// </summary>
    private static ulong IntegerBits(char code, StructMode mode, int size, PyObject value)
    {
        var u = PyOps.Unwrap(value);
        if (u is not PyInt && (u is PyFloat || u.Type.Lookup("__index__") is null))
            throw StructModule.Error("required argument is not an integer");
        BigInteger n = PyOps.Index(value).Big;
        bool unsigned = char.IsUpper(code) && code != 'P';
        // Little-endian standard codes whose size equals the native one use the native packers.
        bool nativeTable = mode == StructMode.Native || (mode == StructMode.Little && ItemSizeMatchesNative(code));
        if (code == 'P')
        {
            if (n < long.MinValue || n > ulong.MaxValue) throw StructModule.Error("argument out of range");
            return n < 0 ? (ulong)(long)n : (ulong)n;
        }
        if (mode == StructMode.Big && size == 8)
        {
            if (unsigned ? (n < 0 || n > ulong.MaxValue) : (n < long.MinValue || n > long.MaxValue))
                throw StructModule.Error("int too large to convert");
            return unsigned ? (ulong)n : (ulong)(long)n;
        }
        if (nativeTable && code is 'b' or 'B' or 'h' or 'H' or 'i')
        {
            if (n < long.MinValue || n > long.MaxValue) throw StructModule.Error("argument out of range");
            long x = (long)n;
            (long min, long max, string message) = code switch
            {
                'b' => (-128L, 127L, "byte format requires -128 <= number <= 127"),
                'B' => (0L, 255L, "ubyte format requires 0 <= number <= 255"),
                'h' => (-32768L, 32767L, "short format requires -32768 <= number <= 32767"),
                'H' => (0L, 65535L, "ushort format requires 0 <= number <= 65535"),
                _ => (int.MinValue, int.MaxValue, "'i' format requires -2147483648 <= number <= 2147483647"),
            };
            if (x < min || x > max) throw StructModule.Error(message);
            return (ulong)x;
        }
        if (!nativeTable && code is 'b' or 'B')
            return IntegerBits(code, StructMode.Native, size, value);
        if (unsigned)
        {
            if (n < 0 || n > ulong.MaxValue) throw StructModule.Error("argument out of range");
            ulong x = (ulong)n;
            if (size < 8 && x > (1UL << (8 * size)) - 1)
                throw StructModule.Error($"'{code}' format requires 0 <= number <= {(1UL << (8 * size)) - 1}");
            return x;
        }
        else
        {
            if (n < long.MinValue || n > long.MaxValue) throw StructModule.Error("argument out of range");
            long x = (long)n;
            long limit = size < 8 ? 1L << (8 * size - 1) : 0;
            if (size < 8 && (x < -limit || x > limit - 1))
                throw StructModule.Error($"'{code}' format requires {-limit} <= number <= {limit - 1}");
            return (ulong)x;
        }
    }

    private static bool ItemSizeMatchesNative(char code) =>
        StructLayout.ItemSize(code, StructMode.Little) == StructLayout.ItemSize(code, StructMode.Native);

    /// <summary>The values stored in <paramref name="source"/> (exactly layout.Size bytes).</summary>
    public static PyTuple Unpack(StructLayout layout, ReadOnlySpan<byte> source)
    {
        var values = new PyObject[layout.ArgumentCount];
        int v = 0;
        foreach (var item in layout.Items)
        {
            switch (item.Code)
            {
                case 'x':
                    break;
                case 's':
                    values[v++] = new PyBytes(source.Slice(item.Offset, item.Count).ToArray());
                    break;
                case 'p':
                {
                    if (item.Count == 0) { values[v++] = new PyBytes([]); break; }
                    int n = Math.Min(source[item.Offset], item.Count - 1);
                    values[v++] = new PyBytes(source.Slice(item.Offset + 1, n).ToArray());
                    break;
                }
                default:
                    for (int k = 0; k < item.Count; k++)
                        values[v++] = UnpackOne(item.Code, layout.Mode, source.Slice(item.Offset + k * item.Size, item.Size));
                    break;
            }
        }
        return new PyTuple(values);
    }

    private static PyObject UnpackOne(char code, StructMode mode, ReadOnlySpan<byte> source)
    {
        bool little = mode != StructMode.Big;
        switch (code)
        {
            case 'c': return new PyBytes([source[0]]);
            case '?': return PyInt.FromBool(source[0] != 0);
            case 'e':
            {
                ushort bits = little ? BinaryPrimitives.ReadUInt16LittleEndian(source) : BinaryPrimitives.ReadUInt16BigEndian(source);
                return new PyFloat((double)BitConverter.UInt16BitsToHalf(bits));
            }
            case 'f': return new PyFloat(little ? BinaryPrimitives.ReadSingleLittleEndian(source) : BinaryPrimitives.ReadSingleBigEndian(source));
            case 'd': return new PyFloat(little ? BinaryPrimitives.ReadDoubleLittleEndian(source) : BinaryPrimitives.ReadDoubleBigEndian(source));
        }
        ulong bits64 = 0;
        for (int i = 0; i < source.Length; i++)
        {
            byte b = little ? source[i] : source[source.Length - 1 - i];
            bits64 |= (ulong)b << (8 * i);
        }
        bool unsigned = char.IsUpper(code);
        if (unsigned) return bits64 <= long.MaxValue ? PyInt.FromLong((long)bits64) : PyInt.FromBig(new BigInteger(bits64));
        int shift = 64 - 8 * source.Length;
        return PyInt.FromLong((long)(bits64 << shift) >> shift);
    }
}
