using Warden.Runtime;

namespace Warden.Objects;

/// <summary>Resolved slice bounds for a sequence of a given length (CPython's PySlice_AdjustIndices).</summary>
internal readonly record struct SliceIndices(long Start, long Stop, long Step, long Count)
{
    public static SliceIndices Resolve(PySlice slice, long length)
    {
        long step = 1;
        if (slice.Step is not PyNone)
        {
            step = Clamp(PyOps.Index(slice.Step));
            if (step == 0) throw PyExc.ValueError("slice step cannot be zero");
        }
        long lower = step < 0 ? -1 : 0;
        long upper = step < 0 ? length - 1 : length;
        long start = slice.Start is PyNone ? (step < 0 ? upper : lower) : Adjust(Clamp(PyOps.Index(slice.Start)), length, lower, upper);
        long stop = slice.Stop is PyNone ? (step < 0 ? lower : upper) : Adjust(Clamp(PyOps.Index(slice.Stop)), length, lower, upper);
        long count;
        if (step > 0) count = start < stop ? (stop - start - 1) / step + 1 : 0;
        else count = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        return new SliceIndices(start, stop, step, count);
    }

    private static long Clamp(PyInt i) => i.IsSmall ? i.Small : (i.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2);

    private static long Adjust(long v, long length, long lower, long upper)
    {
        if (v < 0)
        {
            v += length;
            return v < lower ? lower : v;
        }
        return v > upper ? upper : v;
    }
}
