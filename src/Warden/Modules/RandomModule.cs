using System.Numerics;
using System.Security.Cryptography;
using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary>
/// The state of one <c>_random.Random</c>: CPython's MT19937 generator, seeded as CPython seeds it
/// (the integer's 32-bit words, least significant first, fed to init_by_array), so that
/// <c>random.seed(42)</c> gives CPython's sequences.
/// </summary>
internal sealed class MersenneTwister : PyObject
{
    private const int N = 624, M = 397;
    private readonly uint[] _mt = new uint[N];
    private int _index = N + 1;

    public override PyType Type => RandomModule.RandomType;

    private void InitGenrand(uint seed)
    {
        _mt[0] = seed;
        for (int i = 1; i < N; i++) _mt[i] = 1812433253u * (_mt[i - 1] ^ (_mt[i - 1] >> 30)) + (uint)i;
        _index = N;
    }

    /// <summary>Seeds from the words of a non-negative integer (one zero word for 0).</summary>
    public void Seed(BigInteger n)
    {
        var bytes = n.ToByteArray(isUnsigned: true, isBigEndian: false);
        int words = Math.Max(1, (bytes.Length + 3) / 4);
        var key = new uint[words];
        for (int i = 0; i < bytes.Length; i++) key[i / 4] |= (uint)bytes[i] << (8 * (i % 4));
        InitGenrand(19650218u);
        int a = 1, b = 0;
        for (int k = Math.Max(N, key.Length); k > 0; k--)
        {
            _mt[a] = (_mt[a] ^ ((_mt[a - 1] ^ (_mt[a - 1] >> 30)) * 1664525u)) + key[b] + (uint)b;
            a++; b++;
            if (a >= N) { _mt[0] = _mt[N - 1]; a = 1; }
            if (b >= key.Length) b = 0;
        }
        for (int k = N - 1; k > 0; k--)
        {
            _mt[a] = (_mt[a] ^ ((_mt[a - 1] ^ (_mt[a - 1] >> 30)) * 1566083941u)) - (uint)a;
            a++;
            if (a >= N) { _mt[0] = _mt[N - 1]; a = 1; }
        }
        _mt[0] = 0x80000000u;
    }

    /// <summary>The next 32 random bits.</summary>
    public uint Next32()
    {
        if (_index >= N)
        {
            int k;
            for (k = 0; k < N - M; k++) _mt[k] = _mt[k + M] ^ Twist(_mt[k], _mt[k + 1]);
            for (; k < N - 1; k++) _mt[k] = _mt[k + (M - N)] ^ Twist(_mt[k], _mt[k + 1]);
            _mt[N - 1] = _mt[M - 1] ^ Twist(_mt[N - 1], _mt[0]);
            _index = 0;
        }
        uint y = _mt[_index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        y ^= y >> 18;
        return y;
    }

    private static uint Twist(uint upper, uint lower)
    {
        uint y = (upper & 0x80000000u) | (lower & 0x7fffffffu);
        return (y >> 1) ^ ((y & 1) != 0 ? 0x9908b0dfu : 0u);
    }

    /// <summary>random(): 53 random bits as a float in [0, 1).</summary>
    public double NextDouble()
    {
        uint a = Next32() >> 5, b = Next32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /// <summary>getrandbits(k): words filled least significant first; the last one keeps its top bits.</summary>
    public BigInteger Bits(long k)
    {
        if (k <= 32) return Next32() >> (int)(32 - k);
        long words = (k - 1) / 32 + 1;
        var bytes = new byte[words * 4];
        for (long i = 0; i < words; i++, k -= 32)
        {
            uint r = Next32();
            if (k < 32) r >>= (int)(32 - k);
            bytes[4 * i] = (byte)r;
            bytes[4 * i + 1] = (byte)(r >> 8);
            bytes[4 * i + 2] = (byte)(r >> 16);
            bytes[4 * i + 3] = (byte)(r >> 24);
        }
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }

    /// <summary>getstate(): the 624 words and the position.</summary>
    public PyTuple State()
    {
        var items = new PyObject[N + 1];
        for (int i = 0; i < N; i++) items[i] = PyInt.FromLong(_mt[i]);
        items[N] = PyInt.FromLong(_index);
        return new PyTuple(items);
    }

    /// <summary>setstate(state) with CPython's checks.</summary>
    public void SetState(PyObject state)
    {
        if (PyOps.Unwrap(state) is not PyTuple t) throw PyExc.TypeError("state vector must be a tuple");
        if (t.Length != N + 1) throw PyExc.ValueError("state vector is the wrong size");
        var words = new uint[N];
        for (int i = 0; i < N; i++) words[i] = (uint)(UnsignedWord(t.Items[i]) & uint.MaxValue);
        if (PyOps.Unwrap(t.Items[N]) is not PyInt indexValue) throw PyExc.TypeError("an integer is required");
        var index = indexValue.Big;
        if (index < 0 || index > N) throw PyExc.ValueError("invalid state");
        words.CopyTo(_mt, 0);
        _index = (int)index;
    }

    private static BigInteger UnsignedWord(PyObject o)
    {
        if (PyOps.Unwrap(o) is not PyInt i) throw PyExc.TypeError("an integer is required");
        var v = i.Big;
        if (v < 0) throw PyExc.OverflowError("can't convert negative value to unsigned int");
        if (v > ulong.MaxValue) throw PyExc.OverflowError("Python int too large to convert to C unsigned long");
        return v;
    }
}

/// <summary>The <c>_random</c> module: the <c>Random</c> base class that <c>random.Random</c> extends.</summary>
internal static class RandomModule
{
    /// <summary>_random.Random (subclassable; subclass instances keep the generator as their builtin value).</summary>
    public static readonly PyType RandomType = CreateType();

    public static PyModule Create(ThreadState ts)
    {
        var module = new PyModule("_random");
        module.Dict.SetStr("Random", RandomType);
        return module;
    }

    private static MersenneTwister Self(PyObject o) =>
        PyOps.Unwrap(o) as MersenneTwister ?? throw PyExc.TypeError($"descriptor requires a '_random.Random' object but received a '{o.Type.Name}'");

    /// <summary>seed(n): None from the OS; ints by absolute value; anything else by its hash (as size_t).</summary>
    private static void Seed(MersenneTwister generator, PyObject? arg)
    {
        if (arg is null || arg is PyNone)
        {
            generator.Seed(new BigInteger(RandomNumberGenerator.GetBytes(N624Bytes), isUnsigned: true));
            return;
        }
        if (arg is PyInt i)
        {
            generator.Seed(BigInteger.Abs(i.Big));
            return;
        }
        long hash = PyOps.Hash(arg);
        generator.Seed(new BigInteger(unchecked((ulong)hash)));
    }

    private const int N624Bytes = 624 * 4;

    private static PyType CreateType()
    {
        var t = new PyType("Random", [TypeObjects.Object], TypeObjects.TypeType);
        t.Dict.SetStr("__module__", PyStr.From("_random"));
        t.InstanceFactory = type => ReferenceEquals(type, RandomType) ? new MersenneTwister() : new PyInstance(type) { BuiltinValue = new MersenneTwister() };
        t.AddMethod("__init__", (args, kw) =>
        {
            if (ReferenceEquals(args[0].Type, RandomType) && kw is not null && kw.Length > 0)
                throw PyExc.TypeError("Random() takes no keyword arguments");
            int n = args.Length - 1 - (kw?.Length ?? 0);
            if (n > 1) throw PyExc.TypeError("Random() requires 0 or 1 argument");
            Seed(Self(args[0]), n == 1 ? args[1] : null);
            return PyNone.Instance;
        });
        t.AddMethod("seed", (args, kw) =>
        {
            Args.Check(args, kw, "seed", 0, 1, 1);
            Seed(Self(args[0]), args.Length > 1 ? args[1] : null);
            return PyNone.Instance;
        });
        t.AddMethod("random", (args, kw) =>
        {
            if (args.Length > 1 || (kw is not null && kw.Length > 0)) throw PyExc.TypeError($"Random.random() takes no arguments ({args.Length - 1} given)");
            return new PyFloat(Self(args[0]).NextDouble());
        });
        t.AddMethod("getrandbits", (args, kw) =>
        {
            Args.Check(args, kw, "getrandbits", 1, 1, 1);
            long k = PyOps.AsIndex(args[1]);
            if (k < 0) throw PyExc.ValueError("number of bits must be non-negative");
            if (k == 0) return PyInt.Zero;
            return PyInt.FromBig(Self(args[0]).Bits(k));
        });
        t.AddMethod("getstate", (args, kw) =>
        {
            Args.Check(args, kw, "getstate", 0, 0, 1);
            return Self(args[0]).State();
        });
        t.AddMethod("setstate", (args, kw) =>
        {
            Args.Check(args, kw, "setstate", 1, 1, 1);
            Self(args[0]).SetState(args[1]);
            return PyNone.Instance;
        });
        return t;
    }
}
