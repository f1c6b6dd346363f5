using System.Buffers.Binary;

namespace Warden.Modules;

/// <summary>
/// SHA-256 and SHA-224 (FIPS 180-4) with copyable incremental state. Written here because .NET
/// offers no SHA-224 and its incremental hashes cannot be copied mid-stream.
/// </summary>
internal sealed class Sha256Core
{
    private static readonly uint[] s_k =
    [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];

    private readonly uint[] _h;
    private readonly byte[] _block = new byte[64];
    private int _blockLength;
    private ulong _totalBytes;
    private readonly int _digestSize;

    /// <summary>Starts a SHA-256 (<paramref name="is224"/> false) or SHA-224 computation.</summary>
    public Sha256Core(bool is224)
    {
        _digestSize = is224 ? 28 : 32;
        _h = is224
            ? [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4]
            : [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    }

    private Sha256Core(Sha256Core other)
    {
        _digestSize = other._digestSize;
        _h = (uint[])other._h.Clone();
        _block = (byte[])other._block.Clone();
        _blockLength = other._blockLength;
        _totalBytes = other._totalBytes;
    }

    /// <summary>An independent copy of the state.</summary>
    public Sha256Core Copy() => new(this);

    /// <summary>Feeds <paramref name="data"/>.</summary>
    public void Update(ReadOnlySpan<byte> data)
    {
        _totalBytes += (ulong)data.Length;
        while (data.Length > 0)
        {
            int take = Math.Min(64 - _blockLength, data.Length);
            data[..take].CopyTo(_block.AsSpan(_blockLength));
            _blockLength += take;
            data = data[take..];
            if (_blockLength == 64)
            {
                Compress(_h, _block);
                _blockLength = 0;
            }
        }
    }

    /// <summary>The digest of everything fed so far (the state is left unchanged).</summary>
    public byte[] Digest()
    {
        var copy = Copy();
        ulong bits = _totalBytes * 8;
        Span<byte> padding = stackalloc byte[72];
        padding.Clear();
        padding[0] = 0x80;
        int padLength = (copy._blockLength < 56 ? 56 : 120) - copy._blockLength;
        BinaryPrimitives.WriteUInt64BigEndian(padding.Slice(padLength, 8), bits);
        ulong before = copy._totalBytes;
        copy.Update(padding[..(padLength + 8)]);
        copy._totalBytes = before;
        var result = new byte[_digestSize];
        for (int i = 0; i < _digestSize / 4; i++) BinaryPrimitives.WriteUInt32BigEndian(result.AsSpan(4 * i), copy._h[i]);
        return result;
    }

    private static void Compress(uint[] h, byte[] block)
    {
        Span<uint> w = stackalloc uint[64];
        for (int i = 0; i < 16; i++) w[i] = BinaryPrimitives.ReadUInt32BigEndian(block.AsSpan(4 * i));
        for (int i = 16; i < 64; i++)
        {
            uint s0 = uint.RotateRight(w[i - 15], 7) ^ uint.RotateRight(w[i - 15], 18) ^ (w[i - 15] >> 3);
            uint s1 = uint.RotateRight(w[i - 2], 17) ^ uint.RotateRight(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        uint a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
        for (int i = 0; i < 64; i++)
        {
            uint sum1 = uint.RotateRight(e, 6) ^ uint.RotateRight(e, 11) ^ uint.RotateRight(e, 25);
            uint choose = (e & f) ^ (~e & g);
            uint t1 = hh + sum1 + choose + s_k[i] + w[i];
            uint sum0 = uint.RotateRight(a, 2) ^ uint.RotateRight(a, 13) ^ uint.RotateRight(a, 22);
            uint majority = (a & b) ^ (a & c) ^ (b & c);
            uint t2 = sum0 + majority;
            hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
        }
        h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
    }
}
