using System.Security.Cryptography;
using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary>A running hash computation that can be fed, copied and read (variable length for SHAKE).</summary>
internal interface IHashState
{
    void Update(ReadOnlySpan<byte> data);
    byte[] Digest(int length);
    IHashState Copy();
}

/// <summary>MD5, SHA-1, SHA-384 and SHA-512 from .NET.</summary>
internal sealed class DotnetHashState(IncrementalHash hash) : IHashState
{
    public void Update(ReadOnlySpan<byte> data) => hash.AppendData(data);
    public byte[] Digest(int length) => hash.GetCurrentHash();
    public IHashState Copy() => new DotnetHashState(hash.Clone());
}

internal sealed class Sha256State(Sha256Core core) : IHashState
{
    public void Update(ReadOnlySpan<byte> data) => core.Update(data);
    public byte[] Digest(int length) => core.Digest();
    public IHashState Copy() => new Sha256State(core.Copy());
}

internal sealed class KeccakState(KeccakCore core) : IHashState
{
    public KeccakCore Core => core;
    public void Update(ReadOnlySpan<byte> data) => core.Update(data);
    public byte[] Digest(int length) => core.Squeeze(length);
    public IHashState Copy() => new KeccakState(core.Copy());
}

internal sealed class Blake2State(Blake2Core core) : IHashState
{
    public void Update(ReadOnlySpan<byte> data) => core.Update(data);
    public byte[] Digest(int length) => core.Digest();
    public IHashState Copy() => new Blake2State(core.Copy());
}

/// <summary>A hash object (<c>_sha256.sha256</c>, <c>_sha3.shake_128</c>, <c>_blake2.blake2b</c>, ...).</summary>
internal sealed class PyHashObject(PyType type, string name, int digestSize, int blockSize, IHashState state) : PyObject
{
    public override PyType Type => type;
    public string Name => name;
    public int DigestSize => digestSize;
    public int BlockSize => blockSize;
    public IHashState State => state;
    public PyHashObject Copy() => new(type, name, digestSize, blockSize, state.Copy());
}

/// <summary>
/// The hash modules <c>hashlib</c> falls back to when there is no OpenSSL binding:
/// <c>_md5</c>, <c>_sha1</c>, <c>_sha256</c>, <c>_sha512</c>, <c>_sha3</c> and <c>_blake2</c>.
/// </summary>
internal static class HashModules
{
    public static PyModule CreateMd5(ThreadState ts) => FixedModule("_md5", ("md5", 16, 64, () => Dotnet(HashAlgorithmName.MD5)));
    public static PyModule CreateSha1(ThreadState ts) => FixedModule("_sha1", ("sha1", 20, 64, () => Dotnet(HashAlgorithmName.SHA1)));
    public static PyModule CreateSha256(ThreadState ts) => FixedModule("_sha256",
        ("sha224", 28, 64, () => new Sha256State(new Sha256Core(is224: true))),
        ("sha256", 32, 64, () => new Sha256State(new Sha256Core(is224: false))));
    public static PyModule CreateSha512(ThreadState ts) => FixedModule("_sha512",
        ("sha384", 48, 128, () => Dotnet(HashAlgorithmName.SHA384)),
        ("sha512", 64, 128, () => Dotnet(HashAlgorithmName.SHA512)));

    public static PyModule CreateSha3(ThreadState ts)
    {
        var module = FixedModule("_sha3",
            ("sha3_224", 28, 144, () => new KeccakState(new KeccakCore(144, 0x06))),
            ("sha3_256", 32, 136, () => new KeccakState(new KeccakCore(136, 0x06))),
            ("sha3_384", 48, 104, () => new KeccakState(new KeccakCore(104, 0x06))),
            ("sha3_512", 64, 72, () => new KeccakState(new KeccakCore(72, 0x06))));
        foreach (var (name, rate) in new[] { ("shake_128", 168), ("shake_256", 136) })
        {
            int rateBytes = rate;
            var type = CreateType("_sha3", name, variableLength: true);
            AddSpongeAttributes(type);
            AddConstructor(module, type, name, (args, kw) =>
                new PyHashObject(type, name, 0, rateBytes, new KeccakState(new KeccakCore(rateBytes, 0x1F))));
        }
        module.Dict.SetStr("implementation", PyStr.From("tiny_sha3"));
        module.Dict.SetStr("keccakopt", PyInt.FromLong(64));
        return module;
    }

    public static PyModule CreateBlake2(ThreadState ts)
    {
        var module = new PyModule("_blake2");
        foreach (var (name, is64) in new[] { ("blake2b", true), ("blake2s", false) })
        {
            bool wide = is64;
            int maxDigest = wide ? 64 : 32, maxKey = wide ? 64 : 32, saltSize = wide ? 16 : 8, blockSize = wide ? 128 : 64;
            string prefix = wide ? "BLAKE2B_" : "BLAKE2S_";
            module.Dict.SetStr(prefix + "MAX_DIGEST_SIZE", PyInt.FromLong(maxDigest));
            module.Dict.SetStr(prefix + "MAX_KEY_SIZE", PyInt.FromLong(maxKey));
            module.Dict.SetStr(prefix + "PERSON_SIZE", PyInt.FromLong(saltSize));
            module.Dict.SetStr(prefix + "SALT_SIZE", PyInt.FromLong(saltSize));
            var type = CreateType("_blake2", name, variableLength: false);
            type.Dict.SetStr("MAX_DIGEST_SIZE", PyInt.FromLong(maxDigest));
            type.Dict.SetStr("MAX_KEY_SIZE", PyInt.FromLong(maxKey));
            type.Dict.SetStr("PERSON_SIZE", PyInt.FromLong(saltSize));
            type.Dict.SetStr("SALT_SIZE", PyInt.FromLong(saltSize));
            // As in CPython, blake2b/blake2s are the types themselves.
            module.Dict.SetStr(name, type);
            type.AddMethod("__init__", (args, kw) => PyNone.Instance);
            type.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (allArgs, kw) =>
            {
                var args = allArgs[1..];
                var a = ClinicArgs.Parse(args, kw, name, ["data", "digest_size", "key", "salt", "person", "fanout", "depth",
                    "leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"], 0);
                PositionalLimit(args, kw, name);
                long digestSize = a[1] is null ? maxDigest : PyOps.AsIndex(a[1]!);
                if (digestSize < 1 || digestSize > maxDigest) throw PyExc.ValueError($"digest_size must be between 1 and {maxDigest} bytes");
                byte[] key = a[2] is null ? [] : BytesMethods.BytesLike(a[2]!);
                if (key.Length > maxKey) throw PyExc.ValueError($"maximum key length is {maxKey} bytes");
                byte[] salt = a[3] is null ? [] : BytesMethods.BytesLike(a[3]!);
                if (salt.Length > saltSize) throw PyExc.ValueError($"maximum salt length is {saltSize} bytes");
                byte[] person = a[4] is null ? [] : BytesMethods.BytesLike(a[4]!);
                if (person.Length > saltSize) throw PyExc.ValueError($"maximum person length is {saltSize} bytes");
                long fanout = a[5] is null ? 1 : PyOps.AsIndex(a[5]!);
                if (fanout is < 0 or > 255) throw PyExc.ValueError("fanout must be between 0 and 255");
                long depth = a[6] is null ? 1 : PyOps.AsIndex(a[6]!);
                if (depth is < 1 or > 255) throw PyExc.ValueError("depth must be between 1 and 255");
                var leaf = a[7] is null ? 0 : PyOps.Index(a[7]!).Big;
                if (leaf < 0 || leaf > uint.MaxValue) throw PyExc.OverflowError("leaf_size is too large");
                var offset = a[8] is null ? 0 : PyOps.Index(a[8]!).Big;
                if (offset < 0 || offset > (wide ? ulong.MaxValue : (1UL << 48) - 1)) throw PyExc.OverflowError("node_offset is too large");
                long nodeDepth = a[9] is null ? 0 : PyOps.AsIndex(a[9]!);
                if (nodeDepth is < 0 or > 255) throw PyExc.ValueError("node_depth must be between 0 and 255");
                long innerSize = a[10] is null ? 0 : PyOps.AsIndex(a[10]!);
                if (innerSize < 0 || innerSize > maxDigest) throw PyExc.ValueError($"inner_size must be between 0 and is {maxDigest}");
                bool lastNode = a[11] is not null && PyOps.IsTrue(a[11]!);
                var parameters = new Blake2Parameters((int)digestSize, key, salt, person, (int)fanout, (int)depth,
                    (uint)leaf, (ulong)offset, (int)nodeDepth, (int)innerSize, lastNode);
                var hash = new PyHashObject(type, name, (int)digestSize, blockSize, new Blake2State(new Blake2Core(wide, parameters)));
                if (a[0] is { } data) hash.State.Update(DataArgument(data));
                return hash;
            })));
        }
        return module;
    }

    private static IHashState Dotnet(HashAlgorithmName name) => new DotnetHashState(IncrementalHash.CreateHash(name));

    private static void PositionalLimit(ReadOnlySpan<PyObject> args, PyTuple? kw, string name)
    {
        int positional = args.Length - (kw?.Length ?? 0);
        if (positional > 1) throw PyExc.TypeError($"{name}() takes at most 1 positional argument ({positional} given)");
    }

    private static PyModule FixedModule(string moduleName, params (string Name, int DigestSize, int BlockSize, Func<IHashState> Start)[] algorithms)
    {
        var module = new PyModule(moduleName);
        foreach (var algorithm in algorithms)
        {
            var a = algorithm;
            var type = CreateType(moduleName, a.Name, variableLength: false);
            if (moduleName == "_sha3") AddSpongeAttributes(type);
            AddConstructor(module, type, a.Name, (args, kw) => new PyHashObject(type, a.Name, a.DigestSize, a.BlockSize, a.Start()));
        }
        return module;
    }

    /// <summary>
    /// The constructor: a function in _md5/_sha1/_sha256/_sha512, the type itself in _sha3 (as CPython 3.11).
    /// </summary>
    private static void AddConstructor(PyModule module, PyType type, string name, Func<PyObject[], PyTuple?, PyHashObject> create)
    {
        PyObject Construct(ReadOnlySpan<PyObject> args, PyTuple? kw)
        {
            var bound = ClinicArgs.Parse(args, kw, name, ["string", "usedforsecurity"], 0);
            PositionalLimit(args, kw, name);
            var hash = create([], kw);
            if (bound[0] is { } data) hash.State.Update(DataArgument(data));
            return hash;
        }
        if (module.Name != "_sha3")
        {
            module.Dict.SetStr(name, new PyBuiltinFunction(name, Construct));
            return;
        }
        module.Dict.SetStr(name, type);
        type.AddMethod("__init__", (args, kw) => PyNone.Instance);
        type.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) => Construct(args[1..], kw))));
    }

    private static byte[] DataArgument(PyObject data)
    {
        if (PyOps.Unwrap(data) is PyStr) throw PyExc.TypeError("Strings must be encoded before hashing");
        return BytesMethods.TryGetBytes(data) ?? throw PyExc.TypeError("object supporting the buffer API required");
    }

    private static PyHashObject Self(PyObject o) =>
        o as PyHashObject ?? throw PyExc.TypeError($"descriptor requires a hash object but received a '{o.Type.Name}'");

    private static void AddSpongeAttributes(PyType t)
    {
        t.AddGetter("_rate_bits", self => PyInt.FromLong(Self(self).BlockSize * 8));
        t.AddGetter("_capacity_bits", self => PyInt.FromLong(1600 - Self(self).BlockSize * 8));
        t.AddGetter("_suffix", self => new PyBytes([((KeccakState)Self(self).State).Core.Suffix]));
    }

    private static PyType CreateType(string module, string name, bool variableLength)
    {
        var t = new PyType(name, [TypeObjects.Object], TypeObjects.TypeType) { IsFinal = true };
        t.Dict.SetStr("__module__", PyStr.From(module));
        t.AddMethod("update", (args, kw) =>
        {
            Args.Check(args, kw, "update", 1, 1, 1);
            Self(args[0]).State.Update(DataArgument(args[1]));
            return PyNone.Instance;
        });
        byte[] Digest(ReadOnlySpan<PyObject> args, PyTuple? kw, string method)
        {
            var self = Self(args[0]);
            if (!variableLength)
            {
                Args.Check(args, kw, method, 0, 0, 1);
                return self.State.Digest(self.DigestSize);
            }
            if (args.Length != 2 || (kw is not null && kw.Length > 0))
            {
                var a = ClinicArgs.Parse(args[1..], kw, $"{name}.{method}", ["length"], 0);
                if (a[0] is null) throw PyExc.TypeError($"{name}.{method}() takes exactly one argument ({args.Length - 1} given)");
                return Squeeze(self, a[0]!);
            }
            return Squeeze(self, args[1]);
        }
        t.AddMethod("digest", (args, kw) => new PyBytes(Digest(args, kw, "digest")));
        t.AddMethod("hexdigest", (args, kw) => PyStr.From(Convert.ToHexStringLower(Digest(args, kw, "hexdigest"))));
        t.AddMethod("copy", (args, kw) =>
        {
            Args.Check(args, kw, "copy", 0, 0, 1);
            return Self(args[0]).Copy();
        });
        t.AddGetter("name", self => PyStr.From(Self(self).Name));
        t.AddGetter("digest_size", self => PyInt.FromLong(Self(self).DigestSize));
        t.AddGetter("block_size", self => PyInt.FromLong(Self(self).BlockSize));
        return t;
    }

    private static byte[] Squeeze(PyHashObject self, PyObject lengthObject)
    {
        long length = PyOps.AsIndex(lengthObject);
        if (length < 0) throw PyExc.ValueError("value must be positive");
        if (length >= 1L << 29) throw PyExc.ValueError("length is too large");
        return self.State.Digest((int)length);
    }
}
