using System.Security.Cryptography;
using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary>One running hash computation: a .NET incremental hash or the own SHA-256/224 core.</summary>
internal sealed class PyHashObject : PyObject
{
    private readonly HashAlgorithmDescription _algorithm;
    private readonly IncrementalHash? _dotnet;
    private readonly Sha256Core? _sha256;

    public PyHashObject(HashAlgorithmDescription algorithm)
    {
        _algorithm = algorithm;
        if (algorithm.DotnetName is { } name) _dotnet = IncrementalHash.CreateHash(name);
        else _sha256 = new Sha256Core(algorithm.Name == "sha224");
    }

    private PyHashObject(PyHashObject other)
    {
        _algorithm = other._algorithm;
        _dotnet = other._dotnet?.Clone();
        _sha256 = other._sha256?.Copy();
    }

    public override PyType Type => _algorithm.Type;

    public HashAlgorithmDescription Algorithm => _algorithm;

    public void Update(byte[] data)
    {
        if (_dotnet is not null) _dotnet.AppendData(data);
        else _sha256!.Update(data);
    }

    public byte[] Digest() => _dotnet is not null ? _dotnet.GetCurrentHash() : _sha256!.Digest();

    public PyHashObject Copy() => new(this);
}

/// <summary>What distinguishes md5, sha1, sha224, ...: name, sizes, the .NET algorithm and the Python type.</summary>
internal sealed class HashAlgorithmDescription
{
    public HashAlgorithmDescription(string module, string name, int digestSize, int blockSize, HashAlgorithmName? dotnetName)
    {
        Name = name;
        DigestSize = digestSize;
        BlockSize = blockSize;
        DotnetName = dotnetName;
        Type = HashModules.CreateType(module, name, this);
    }

    public string Name { get; }
    public int DigestSize { get; }
    public int BlockSize { get; }
    public HashAlgorithmName? DotnetName { get; }
    public PyType Type { get; }
}

/// <summary>The <c>_md5</c>, <c>_sha1</c>, <c>_sha256</c> and <c>_sha512</c> modules that <c>hashlib</c> falls back to.</summary>
internal static class HashModules
{
    private static readonly HashAlgorithmDescription s_md5 = new("_md5", "md5", 16, 64, HashAlgorithmName.MD5);
    private static readonly HashAlgorithmDescription s_sha1 = new("_sha1", "sha1", 20, 64, HashAlgorithmName.SHA1);
    private static readonly HashAlgorithmDescription s_sha224 = new("_sha256", "sha224", 28, 64, null);
    private static readonly HashAlgorithmDescription s_sha256 = new("_sha256", "sha256", 32, 64, null);
    private static readonly HashAlgorithmDescription s_sha384 = new("_sha512", "sha384", 48, 128, HashAlgorithmName.SHA384);
    private static readonly HashAlgorithmDescription s_sha512 = new("_sha512", "sha512", 64, 128, HashAlgorithmName.SHA512);

    public static PyModule CreateMd5(ThreadState ts) => Module("_md5", s_md5);
    public static PyModule CreateSha1(ThreadState ts) => Module("_sha1", s_sha1);
    public static PyModule CreateSha256(ThreadState ts) => Module("_sha256", s_sha224, s_sha256);
    public static PyModule CreateSha512(ThreadState ts) => Module("_sha512", s_sha384, s_sha512);

    private static PyModule Module(string name, params HashAlgorithmDescription[] algorithms)
    {
        var module = new PyModule(name);
        foreach (var algorithm in algorithms)
        {
            var a = algorithm;
            module.Dict.SetStr(a.Name, new PyBuiltinFunction(a.Name, (args, kw) =>
            {
                var bound = ClinicArgs.Parse(args, kw, a.Name, ["string", "usedforsecurity"], 0);
                if (args.Length - (kw?.Length ?? 0) > 1)
                    throw PyExc.TypeError($"{a.Name}() takes at most 1 positional argument ({args.Length - (kw?.Length ?? 0)} given)");
                var hash = new PyHashObject(a);
                if (bound[0] is { } data) hash.Update(DataArgument(data));
                return hash;
            }));
        }
        return module;
    }

    private static byte[] DataArgument(PyObject data)
    {
        if (PyOps.Unwrap(data) is PyStr) throw PyExc.TypeError("Strings must be encoded before hashing");
        return BytesMethods.TryGetBytes(data) ?? throw PyExc.TypeError($"object supporting the buffer API required");
    }

    private static PyHashObject Self(PyObject o) =>
        o as PyHashObject ?? throw PyExc.TypeError($"descriptor requires a hash object but received a '{o.Type.Name}'");

    internal static PyType CreateType(string module, string name, HashAlgorithmDescription algorithm)
    {
        var t = new PyType(name, [TypeObjects.Object], TypeObjects.TypeType) { IsFinal = true };
        t.Dict.SetStr("__module__", PyStr.From(module));
        t.AddMethod("update", (args, kw) =>
        {
            Args.Check(args, kw, "update", 1, 1, 1);
            Self(args[0]).Update(DataArgument(args[1]));
            return PyNone.Instance;
        });
        t.AddMethod("digest", (args, kw) =>
        {
            Args.Check(args, kw, "digest", 0, 0, 1);
            return new PyBytes(Self(args[0]).Digest());
        });
        t.AddMethod("hexdigest", (args, kw) =>
        {
            Args.Check(args, kw, "hexdigest", 0, 0, 1);
            return PyStr.From(Convert.ToHexStringLower(Self(args[0]).Digest()));
        });
        t.AddMethod("copy", (args, kw) =>
        {
            Args.Check(args, kw, "copy", 0, 0, 1);
            return Self(args[0]).Copy();
        });
        t.AddGetter("name", self => PyStr.From(Self(self).Algorithm.Name));
        t.AddGetter("digest_size", self => PyInt.FromLong(Self(self).Algorithm.DigestSize));
        t.AddGetter("block_size", self => PyInt.FromLong(Self(self).Algorithm.BlockSize));
        return t;
    }
}
