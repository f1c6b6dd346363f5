namespace Warden.Objects;

/// <summary>Python <c>range</c> over machine-size integers.</summary>
public sealed class PyRange : PyObject
{
    public readonly long Start, Stop, Step;

    public PyRange(long start, long stop, long step)
    {
        Start = start;
        Stop = stop;
        Step = step;
    }

    public long Length
    {
        get
        {
            if (Step > 0) return Start < Stop ? (long)(((ulong)(Stop - Start) - 1) / (ulong)Step) + 1 : 0;
            return Start > Stop ? (long)(((ulong)(Start - Stop) - 1) / (ulong)(-Step)) + 1 : 0;
        }
    }

    public long ItemAt(long index) => Start + index * Step;

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
