using System.Numerics;
using Warden.Runtime;

namespace Warden.Objects;

/// <summary>
/// Python <c>range</c>. Bounds that fit in a <c>long</c> live in <see cref="Start"/>/<see cref="Stop"/>/<see cref="Step"/>
/// (the fast path of every loop); a range with a bound or length beyond that keeps exact
/// <see cref="BigInteger"/> bounds instead and <see cref="IsBig"/> is true.
/// </summary>
public sealed class PyRange : PyObject
{
    public readonly long Start, Stop, Step;
    private readonly BigInteger[]? _big;

    public PyRange(long start, long stop, long step)
    {
        Start = start;
        Stop = stop;
        Step = step;
    }

    private PyRange(BigInteger start, BigInteger stop, BigInteger step)
    {
        _big = [start, stop, step];
    }

    /// <summary>A range over arbitrary ints: the long form when the bounds and the length fit.</summary>
    public static PyRange Create(BigInteger start, BigInteger stop, BigInteger step)
    {
        if (start >= long.MinValue && start <= long.MaxValue && stop >= long.MinValue && stop <= long.MaxValue
            && step >= long.MinValue && step <= long.MaxValue && LengthOf(start, stop, step) <= long.MaxValue)
            return new PyRange((long)start, (long)stop, (long)step);
        return new PyRange(start, stop, step);
    }

    /// <summary>True when the bounds need big integers (CPython's longrange).</summary>
    public bool IsBig => _big is not null;

    public BigInteger BigStart => _big is null ? Start : _big[0];
    public BigInteger BigStop => _big is null ? Stop : _big[1];
    public BigInteger BigStep => _big is null ? Step : _big[2];

    public static BigInteger LengthOf(BigInteger start, BigInteger stop, BigInteger step)
    {
        if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : BigInteger.Zero;
        return start > stop ? (start - stop - 1) / -step + 1 : BigInteger.Zero;
    }

    public BigInteger BigLength => _big is null ? Length : LengthOf(_big[0], _big[1], _big[2]);

    /// <summary>The length as <c>len()</c> reports it; OverflowError when it does not fit.</summary>
    public long Length
    {
        get
        {
            if (_big is not null)
            {
                var n = LengthOf(_big[0], _big[1], _big[2]);
                return n <= long.MaxValue ? (long)n : throw PyExc.OverflowError("Python int too large to convert to C ssize_t");
            }
            if (Step > 0) return Start < Stop ? (long)(((ulong)(Stop - Start) - 1) / (ulong)Step) + 1 : 0;
            return Start > Stop ? (long)(((ulong)(Start - Stop) - 1) / (ulong)(-Step)) + 1 : 0;
        }
    }

    /// <summary>True when the range is empty (works for any size).</summary>
    public bool IsEmpty => _big is null ? Length == 0 : LengthOf(_big[0], _big[1], _big[2]).IsZero;

    public long ItemAt(long index) => Start + index * Step;

    /// <summary>Whether the int <paramref name="value"/> is one of the range's items.</summary>
    public bool ContainsInt(PyInt value)
    {
        if (_big is null && value.IsSmall)
        {
            long v = value.Small;
            if (Step > 0 ? (v < Start || v >= Stop) : (v > Start || v <= Stop)) return false;
            return (v - Start) % Step == 0;
        }
        var big = value.Big;
        var (start, stop, step) = (BigStart, BigStop, BigStep);
        if (step > 0 ? (big < start || big >= stop) : (big > start || big <= stop)) return false;
        return ((big - start) % step).IsZero;
    }

    public override PyType Type => TypeObjects.Range;
}

/// <summary>Python <c>slice</c>.</summary>
public sealed class PySlice : PyObject
{
    public readonly PyObject Start, Stop, Step;

    public PySlice(PyObject start, PyObject stop, PyObject step)
    {
        Start = start;
        Stop = stop;
        Step = step;
    }

    public override PyType Type => TypeObjects.Slice;
}
