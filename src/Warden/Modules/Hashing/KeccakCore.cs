using System.Buffers.Binary;

namespace Warden.Modules;

/// <summary>
/// The Keccak-f[1600] sponge behind SHA-3 and SHAKE (FIPS 202). Round constants and rotation
/// offsets are derived at start-up from the standard's definitions (the rc LFSR and the
/// (x, y) -> (y, 2x + 3y) walk), so no table has to be transcribed.
/// </summary>
internal sealed class KeccakCore
{
    private static readonly ulong[] s_roundConstants = ComputeRoundConstants();
    private static readonly int[] s_rotations = ComputeRotations();

    private readonly ulong[] _state = new ulong[25];
    private readonly byte[] _buffer;
    private int _buffered;
    private readonly byte _suffix;

    /// <summary>A sponge absorbing <paramref name="rateBytes"/> per block, padded with <paramref name="suffix"/> (0x06 SHA-3, 0x1F SHAKE).</summary>
    public KeccakCore(int rateBytes, byte suffix)
    {
        _buffer = new byte[rateBytes];
        _suffix = suffix;
    }

    private KeccakCore(KeccakCore other)
    {
        _state = (ulong[])other._state.Clone();
        _buffer = (byte[])other._buffer.Clone();
        _buffered = other._buffered;
        _suffix = other._suffix;
    }

    /// <summary>Bytes absorbed per block.</summary>
    public int RateBytes => _buffer.Length;

    /// <summary>The padding suffix bits.</summary>
    public byte Suffix => _suffix;

    public KeccakCore Copy() => new(this);

    public void Update(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            int take = Math.Min(_buffer.Length - _buffered, data.Length);
            data[..take].CopyTo(_buffer.AsSpan(_buffered));
            _buffered += take;
            data = data[take..];
            if (_buffered == _buffer.Length)
            {
                Absorb(_state, _buffer);
                _buffered = 0;
            }
        }
    }

    /// <summary>Squeezes <paramref name="length"/> bytes from a padded copy (this sponge keeps absorbing).</summary>
    public byte[] Squeeze(int length)
    {
        var state = (ulong[])_state.Clone();
        var block = new byte[_buffer.Length];
        _buffer.AsSpan(0, _buffered).CopyTo(block);
        block[_buffered] ^= _suffix;
        block[^1] ^= 0x80;
        Absorb(state, block);
        var output = new byte[length];
        int produced = 0;
        var lanes = new byte[200];
        while (true)
        {
            for (int i = 0; i < 25; i++) BinaryPrimitives.WriteUInt64LittleEndian(lanes.AsSpan(8 * i), state[i]);
            int take = Math.Min(_buffer.Length, length - produced);
            lanes.AsSpan(0, take).CopyTo(output.AsSpan(produced));
            produced += take;
            if (produced == length) return output;
            Permute(state);
        }
    }

    private static void Absorb(ulong[] state, byte[] block)
    {
        for (int i = 0; i < block.Length / 8; i++) state[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(block.AsSpan(8 * i));
        Permute(state);
    }

    private static void Permute(ulong[] a)
    {
        Span<ulong> c = stackalloc ulong[5];
        Span<ulong> b = stackalloc ulong[25];
        for (int round = 0; round < 24; round++)
        {
            for (int x = 0; x < 5; x++) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            for (int x = 0; x < 5; x++)
            {
                ulong d = c[(x + 4) % 5] ^ ulong.RotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) a[x + y] ^= d;
            }
            for (int x = 0; x < 5; x++)
                for (int y = 0; y < 5; y++)
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = ulong.RotateLeft(a[x + 5 * y], s_rotations[x + 5 * y]);
            for (int x = 0; x < 5; x++)
                for (int y = 0; y < 5; y++)
                    a[x + 5 * y] = b[x + 5 * y] ^ (~b[(x + 1) % 5 + 5 * y] & b[(x + 2) % 5 + 5 * y]);
            a[0] ^= s_roundConstants[round];
        }
    }

    private static ulong[] ComputeRoundConstants()
    {
        var result = new ulong[24];
        for (int round = 0; round < 24; round++)
            for (int j = 0; j <= 6; j++)
                if (RcBit(j + 7 * round)) result[round] |= 1UL << ((1 << j) - 1);
        return result;
    }

    // FIPS 202 algorithm 5: one output bit of an 8-bit LFSR.
    private static bool RcBit(int t)
    {
        if (t % 255 == 0) return true;
        int r = 1;
        for (int i = 1; i <= t % 255; i++)
        {
            r <<= 1;
            int bit8 = (r >> 8) & 1;
            r ^= bit8 | bit8 << 4 | bit8 << 5 | bit8 << 6;
            r &= 0xff;
        }
        return (r & 1) != 0;
    }

    private static int[] ComputeRotations()
    {
        var result = new int[25];
        int x = 1, y = 0;
        for (int t = 0; t < 24; t++)
        {
            result[x + 5 * y] = (t + 1) * (t + 2) / 2 % 64;
            (x, y) = (y, (2 * x + 3 * y) % 5);
        }
        return result;
    }
}
