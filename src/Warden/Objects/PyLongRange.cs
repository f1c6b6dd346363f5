using System.Numerics;
using Warden.Runtime;

namespace Warden.Objects;

/// <summary>
/// A <c>range</c> whose bounds do not fit in 64 bits (<c>range(1 &lt;&lt; 1000)</c>). Kept apart from
/// <see cref="PyRange"/> so the machine-size range stays a plain struct of longs on the hot path;
/// it supports what code does with such ranges (iterate, measure, test membership, index,
/// compare) and raises OverflowError, as CPython does, where a machine-size length is required.
/// </summary>
public sealed class PyLongRange : PyObject
{
    public readonly BigInteger Start, Stop, Step;

    public PyLongRange(BigInteger start, BigInteger stop, BigInteger step)
    {
        Start = start;
        Stop = stop;
        Step = step;
    }

    public override PyType Type => TypeObjects.Range;

    public BigInteger Length
    {
        get
        {
            if (Step > 0) return Start < Stop ? (Stop - Start - 1) / Step + 1 : 0;
            return Start > Stop ? (Start - Stop - 1) / -Step + 1 : 0;
        }
    }

    public bool Contains(BigInteger value)
    {
        bool inside = Step > 0 ? value >= Start && value < Stop : value <= Start && value > Stop;
        return inside && BigInteger.Remainder(value - Start, Step).IsZero;
    }

    public string Repr()
        => Step.IsOne ? $"range({Start}, {Stop})" : $"range({Start}, {Stop}, {Step})";
}

/// <summary>Iterator over a <see cref="PyLongRange"/> (CPython's <c>longrange_iterator</c>).</summary>
public sealed class PyLongRangeIterator : PyIterator
{
    internal static readonly PyType IteratorType = CreateType();
    private BigInteger _next;
    private readonly BigInteger _step;
    private BigInteger _remaining;

    public PyLongRangeIterator(BigInteger start, BigInteger step, BigInteger length)
    {
        _next = start;
        _step = step;
        _remaining = length;
    }

    private static PyType CreateType()
    {
        var t = new PyType("longrange_iterator", [TypeObjects.Object], TypeObjects.TypeType) { IsFinal = true };
        MiscMethods.InstallIterator(t);
        return t;
    }

    public override PyType Type => IteratorType;

    public override bool TryNext(out PyObject item)
    {
        if (_remaining <= 0) { item = null!; return false; }
        _remaining--;
        item = PyInt.FromBig(_next);
        _next += _step;
        return true;
    }
}
