using System.Buffers.Binary;

namespace Warden.Modules;

/// <summary>The BLAKE2 parameter block fields that CPython's blake2b/blake2s accept.</summary>
internal sealed record Blake2Parameters(int DigestSize, byte[] Key, byte[] Salt, byte[] Person, int Fanout, int Depth,
    uint LeafSize, ulong NodeOffset, int NodeDepth, int InnerSize, bool LastNode);

/// <summary>
/// BLAKE2b (64-bit words, 12 rounds) and BLAKE2s (32-bit words, 10 rounds) per RFC 7693, with the
/// full parameter block (salt, personalization, tree parameters) and copyable state. Words are
/// kept as ulong; the 32-bit variant masks and rotates within 32 bits.
/// </summary>
internal sealed class Blake2Core
{
    private static readonly ulong[] s_iv64 =
    [
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
        0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    ];

    private static readonly byte[][] s_sigma =
    [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
        [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
        [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
        [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
        [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
        [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
        [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
        [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
        [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
    ];

    private readonly bool _is64;
    private readonly ulong[] _h = new ulong[8];
    private readonly byte[] _buffer;
    private int _buffered;
    private ulong _counterLow, _counterHigh;
    private readonly bool _lastNode;
    private readonly int _digestSize;

    /// <summary>Starts BLAKE2b (<paramref name="is64"/>) or BLAKE2s with <paramref name="p"/>.</summary>
    public Blake2Core(bool is64, Blake2Parameters p)
    {
        _is64 = is64;
        _buffer = new byte[is64 ? 128 : 64];
        _lastNode = p.LastNode;
        _digestSize = p.DigestSize;
        var block = new byte[is64 ? 64 : 32];
        block[0] = (byte)p.DigestSize;
        block[1] = (byte)p.Key.Length;
        block[2] = (byte)p.Fanout;
        block[3] = (byte)p.Depth;
        BinaryPrimitives.WriteUInt32LittleEndian(block.AsSpan(4), p.LeafSize);
        if (is64)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(block.AsSpan(8), p.NodeOffset);
            block[16] = (byte)p.NodeDepth;
            block[17] = (byte)p.InnerSize;
            p.Salt.CopyTo(block, 32);
            p.Person.CopyTo(block, 48);
        }
        else
        {
            // BLAKE2s has a 48-bit node offset.
            for (int i = 0; i < 6; i++) block[8 + i] = (byte)(p.NodeOffset >> (8 * i));
            block[14] = (byte)p.NodeDepth;
            block[15] = (byte)p.InnerSize;
            p.Salt.CopyTo(block, 16);
            p.Person.CopyTo(block, 24);
        }
        for (int i = 0; i < 8; i++)
        {
            _h[i] = is64
                ? s_iv64[i] ^ BinaryPrimitives.ReadUInt64LittleEndian(block.AsSpan(8 * i))
                : (s_iv64[i] >> 32) ^ BinaryPrimitives.ReadUInt32LittleEndian(block.AsSpan(4 * i));
        }
        if (p.Key.Length > 0)
        {
            var keyBlock = new byte[_buffer.Length];
            p.Key.CopyTo(keyBlock, 0);
            Update(keyBlock);
        }
    }

    private Blake2Core(Blake2Core other)
    {
        _is64 = other._is64;
        other._h.CopyTo(_h, 0);
        _buffer = (byte[])other._buffer.Clone();
        _buffered = other._buffered;
        _counterLow = other._counterLow;
        _counterHigh = other._counterHigh;
        _lastNode = other._lastNode;
        _digestSize = other._digestSize;
    }

    public Blake2Core Copy() => new(this);

    public void Update(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            // The last block must be compressed with the final flag, so a full buffer waits for more data.
            if (_buffered == _buffer.Length)
            {
                AddToCounter((ulong)_buffer.Length);
                Compress(_buffer, final: false);
                _buffered = 0;
            }
            int take = Math.Min(_buffer.Length - _buffered, data.Length);
            data[..take].CopyTo(_buffer.AsSpan(_buffered));
            _buffered += take;
            data = data[take..];
        }
    }

    public byte[] Digest()
    {
        var copy = Copy();
        copy.AddToCounter((ulong)copy._buffered);
        Array.Clear(copy._buffer, copy._buffered, copy._buffer.Length - copy._buffered);
        copy.Compress(copy._buffer, final: true);
        var output = new byte[_is64 ? 64 : 32];
        for (int i = 0; i < 8; i++)
        {
            if (_is64) BinaryPrimitives.WriteUInt64LittleEndian(output.AsSpan(8 * i), copy._h[i]);
            else BinaryPrimitives.WriteUInt32LittleEndian(output.AsSpan(4 * i), (uint)copy._h[i]);
        }
        return output[.._digestSize];
    }

    private void AddToCounter(ulong n)
    {
        if (_is64)
        {
            _counterLow += n;
            if (_counterLow < n) _counterHigh++;
        }
        else
        {
            // BLAKE2s: a 64-bit counter split into two 32-bit words.
            _counterLow += n;
        }
    }

    private void Compress(byte[] block, bool final)
    {
        Span<ulong> m = stackalloc ulong[16];
        Span<ulong> v = stackalloc ulong[16];
        for (int i = 0; i < 16; i++)
            m[i] = _is64 ? BinaryPrimitives.ReadUInt64LittleEndian(block.AsSpan(8 * i)) : BinaryPrimitives.ReadUInt32LittleEndian(block.AsSpan(4 * i));
        for (int i = 0; i < 8; i++)
        {
            v[i] = _h[i];
            v[i + 8] = _is64 ? s_iv64[i] : s_iv64[i] >> 32;
        }
        ulong mask = _is64 ? ulong.MaxValue : uint.MaxValue;
        if (_is64)
        {
            v[12] ^= _counterLow;
            v[13] ^= _counterHigh;
        }
        else
        {
            v[12] ^= _counterLow & uint.MaxValue;
            v[13] ^= _counterLow >> 32;
        }
        if (final) v[14] = ~v[14] & mask;
        if (final && _lastNode) v[15] = ~v[15] & mask;
        int rounds = _is64 ? 12 : 10;
        for (int r = 0; r < rounds; r++)
        {
            var s = s_sigma[r % 10];
            G(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            G(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            G(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            G(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            G(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            G(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            G(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            G(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) _h[i] ^= v[i] ^ v[i + 8];
    }

    private void G(Span<ulong> v, int a, int b, int c, int d, ulong x, ulong y)
    {
        if (_is64)
        {
            v[a] = v[a] + v[b] + x; v[d] = ulong.RotateRight(v[d] ^ v[a], 32);
            v[c] = v[c] + v[d]; v[b] = ulong.RotateRight(v[b] ^ v[c], 24);
            v[a] = v[a] + v[b] + y; v[d] = ulong.RotateRight(v[d] ^ v[a], 16);
            v[c] = v[c] + v[d]; v[b] = ulong.RotateRight(v[b] ^ v[c], 63);
        }
        else
        {
            v[a] = (uint)(v[a] + v[b] + x); v[d] = uint.RotateRight((uint)(v[d] ^ v[a]), 16);
            v[c] = (uint)(v[c] + v[d]); v[b] = uint.RotateRight((uint)(v[b] ^ v[c]), 12);
            v[a] = (uint)(v[a] + v[b] + y); v[d] = uint.RotateRight((uint)(v[d] ^ v[a]), 8);
            v[c] = (uint)(v[c] + v[d]); v[b] = uint.RotateRight((uint)(v[b] ^ v[c]), 7);
        }
    }
}
