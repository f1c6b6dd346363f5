using NUnit.Framework;
using Warden.Objects;

namespace Warden.Tests.Objects;

/// <summary>PyDict: insertion order across deletions and growth, str fast path and numeric key equality.</summary>
[TestFixture]
public class RuntimeDictTests
{
    [Test]
    public void KeepsInsertionOrderAcrossDeletesAndResizes()
    {
        var d = new PyDict();
        for (int i = 0; i < 20; i++) d.SetStr("k" + i, PyInt.FromLong(i));
        for (int i = 0; i < 20; i += 3) Assert.That(d.RemoveStr("k" + i), Is.True);
        d.SetStr("k0", PyStr.From("again"));
        var keys = d.Items.Select(p => ((PyStr)p.Key).Value).ToList();
        // CPython 3.11: ['k1', 'k2', 'k4', 'k5', 'k7'] 14
        Assert.That(keys.Take(5), Is.EqualTo(new[] { "k1", "k2", "k4", "k5", "k7" }));
        Assert.That(d.Count, Is.EqualTo(14));
        Assert.That(keys[^1], Is.EqualTo("k0"));
    }

    [Test]
    public void EqualNumbersAreTheSameKey()
    {
        var d = new PyDict();
        d.SetItem(PyInt.FromLong(1), PyStr.From("int"));
        d.SetItem(new PyFloat(1.0), PyStr.From("float"));
        d.SetItem(PyInt.True, PyStr.From("bool"));
        Assert.That(d.Count, Is.EqualTo(1));
        Assert.That(d.TryGetValue(PyInt.FromLong(1), out var v), Is.True);
        Assert.That(((PyStr)v).Value, Is.EqualTo("bool"));
    }

    [Test]
    public void KeysVersionChangesOnlyWhenKeysChange()
    {
        var d = new PyDict();
        d.SetStr("a", PyInt.One);
        int version = d.KeysVersion;
        d.SetStr("a", PyInt.Zero);
        Assert.That(d.KeysVersion, Is.EqualTo(version));
        d.SetStr("b", PyInt.Zero);
        Assert.That(d.KeysVersion, Is.Not.EqualTo(version));
    }

    [Test]
    public void StrKeysAndStrObjectsAgree()
    {
        var d = new PyDict();
        d.SetItem(PyStr.From("name"), PyInt.One);
        Assert.That(d.TryGetStr("name", out _), Is.True);
        Assert.That(d.IndexOfStr(PyStr.From("name")), Is.GreaterThanOrEqualTo(0));
    }
}

/// <summary>PyStr: code-point semantics over UTF-16.</summary>
[TestFixture]
public class RuntimeStrTests
{
    [Test]
    public void AstralCharactersCountAsOneCodePoint()
    {
        var s = PyStr.From("a\U0001F600b");
        Assert.That(s.Length, Is.EqualTo(3));
        Assert.That(s.CodePointAt(1), Is.EqualTo(0x1F600));
        Assert.That(s.CharAt(2).Value, Is.EqualTo("b"));
        Assert.That(s.Substring(1, 3).Value, Is.EqualTo("\U0001F600b"));
        Assert.That(PyOps.Repr(s), Is.EqualTo("'a\U0001F600b'"));
    }

    [Test]
    public void CodePointOrderingDiffersFromUtf16Ordering()
    {
        // U+FF5E sorts before U+1F600 by code point, though its UTF-16 unit is larger than a surrogate.
        Assert.That(PyOps.CompareStrings("\uFF5E", "\U0001F600"), Is.LessThan(0));
    }
}

/// <summary>PyType: C3 linearisation and version tags.</summary>
[TestFixture]
public class RuntimeTypeTests
{
    [Test]
    public void MroFollowsC3()
    {
        var a = new PyType("A", [TypeObjects.Object], TypeObjects.TypeType, isHeapType: true);
        var b = new PyType("B", [a], TypeObjects.TypeType, isHeapType: true);
        var c = new PyType("C", [a], TypeObjects.TypeType, isHeapType: true);
        var d = new PyType("D", [b, c], TypeObjects.TypeType, isHeapType: true);
        Assert.That(d.Mro.Select(t => t.Name), Is.EqualTo(new[] { "D", "B", "C", "A", "object" }));
    }

    [Test]
    public void ChangingABaseInvalidatesSubclassLookups()
    {
        var a = new PyType("A", [TypeObjects.Object], TypeObjects.TypeType, isHeapType: true);
        var b = new PyType("B", [a], TypeObjects.TypeType, isHeapType: true);
        Assert.That(b.Lookup("x"), Is.Null);
        int version = b.Version;
        a.SetAttribute("x", PyInt.One);
        Assert.That(b.Version, Is.Not.EqualTo(version));
        Assert.That(b.Lookup("x"), Is.SameAs(PyInt.One));
    }
}
