using System.Numerics;
using NUnit.Framework;
using Warden.Objects;
using Warden.Runtime;

namespace Warden.Tests.Objects;

/// <summary>PyInt: the long fast path, overflow into BigInteger and back, Python division semantics and hashing (expected values from CPython 3.11).</summary>
[TestFixture]
public class RuntimeIntTests
{
    private static PyInt I(long v) => PyInt.FromLong(v);
    private static PyInt B(string v) => PyInt.FromBig(BigInteger.Parse(v));

    [Test]
    public void SmallIntsAreCached()
    {
        Assert.That(ReferenceEquals(I(-5), I(-5)), Is.True);
        Assert.That(ReferenceEquals(I(256), I(256)), Is.True);
        Assert.That(ReferenceEquals(I(257), I(257)), Is.False);
    }

    [Test]
    public void AdditionOverflowsIntoBigAndNormalisesBack()
    {
        var sum = PyInt.Add(I(long.MaxValue), I(1));
        Assert.That(sum.IsSmall, Is.False);
        Assert.That(sum.ToDecimalString(), Is.EqualTo("9223372036854775808"));
        Assert.That(PyInt.Subtract(I(long.MinValue), I(1)).ToDecimalString(), Is.EqualTo("-9223372036854775809"));
        var back = PyInt.Subtract(sum, I(1));
        Assert.That(back.IsSmall, Is.True);
        Assert.That(back.Small, Is.EqualTo(long.MaxValue));
    }

    [Test]
    public void MultiplicationAndFloorDivisionOverflow()
    {
        Assert.That(PyInt.Multiply(I(long.MaxValue), I(long.MaxValue)).ToDecimalString(), Is.EqualTo("85070591730234615847396907784232501249"));
        Assert.That(PyInt.FloorDivide(I(long.MinValue), I(-1)).ToDecimalString(), Is.EqualTo("9223372036854775808"));
    }

    [Test]
    public void FloorDivisionAndModuloFollowTheDivisorSign()
    {
        Assert.That(PyInt.FloorDivide(I(7), I(-2)).Small, Is.EqualTo(-4));
        Assert.That(PyInt.Modulo(I(-7), I(3)).Small, Is.EqualTo(2));
        Assert.That(PyInt.FloorDivide(B("18446744073709551616"), I(3)).ToDecimalString(), Is.EqualTo("6148914691236517205"));
        Assert.That(PyInt.Modulo(B("-18446744073709551616"), I(7)).Small, Is.EqualTo(5));
    }

    [Test]
    public void TrueDivisionOfBigIntsIsCorrectlyRounded()
    {
        var q = (PyFloat)PyInt.TrueDivide(B("100000000000000000000"), I(3));
        Assert.That(PyFloat.Repr(q.Value), Is.EqualTo("3.333333333333333e+19"));
    }

    [Test]
    public void PowerOverflowsIntoBig()
    {
        Assert.That(((PyInt)PyInt.Power(I(3), I(40))).ToDecimalString(), Is.EqualTo("12157665459056928801"));
    }

    [Test]
    public void HashMatchesCPython()
    {
        Assert.That(I(-1).Hash(), Is.EqualTo(-2));
        Assert.That(B("2305843009213693951").Hash(), Is.EqualTo(0));
        Assert.That(B("2305843009213693952").Hash(), Is.EqualTo(1));
        Assert.That(B("-2305843009213693952").Hash(), Is.EqualTo(-2));
        Assert.That(B("1000000000000000000000000000000").Hash(), Is.EqualTo(465258685558744706));
        Assert.That(B("-1000000000000000000000000000000").Hash(), Is.EqualTo(-465258685558744706));
        Assert.That(PyFloat.Hash(1.5), Is.EqualTo(1152921504606846977));
        Assert.That(PyFloat.Hash(-0.0), Is.EqualTo(0));
    }

    [Test]
    public void ZeroDivisionRaisesPythonException()
    {
        var e = Assert.Throws<PythonException>(() => PyInt.FloorDivide(I(1), I(0)))!;
        Assert.That(e.Exception.Type, Is.SameAs(TypeObjects.ZeroDivisionError));
    }
}
