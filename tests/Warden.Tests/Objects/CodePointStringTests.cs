using NUnit.Framework;
using Warden.Objects;

namespace Warden.Tests.Objects;

public class CodePointStringTests
{
    [Test]
    public void WithoutSurrogatesFactoryReturnsPlainString()
    {
        Assert.That(CodePointString.FromCodePoints(new[] { 0x61, 0xE9, 0x65E5 }), Is.EqualTo("aé日"));
        Assert.That(CodePointString.FromCodePoints(new[] { 0x1F600, 0x21 }), Is.EqualTo("\U0001F600!"));
        Assert.That(CodePointString.FromCodePoints(ReadOnlySpan<int>.Empty), Is.EqualTo(""));
    }

    [Test]
    public void LongAstralInputBuildsTheWholeString()
    {
        int[] codePoints = Enumerable.Repeat(0x1F600, 300).ToArray();
        string expected = string.Concat(Enumerable.Repeat("\U0001F600", 300));
        Assert.That(CodePointString.FromCodePoints(codePoints), Is.EqualTo(expected));
    }

    [Test]
    public void WithSurrogateFactoryReturnsCodePointString()
    {
        object value = CodePointString.FromCodePoints(new[] { 0x61, 0xD800 });
        Assert.That(value, Is.TypeOf<CodePointString>());
        Assert.That(((CodePointString)value).CodePoints, Is.EqualTo(new[] { 0x61, 0xD800 }));
        Assert.That(((CodePointString)value).Length, Is.EqualTo(2));
    }

    [Test]
    public void EqualityIsByValue()
    {
        var a = (CodePointString)CodePointString.FromCodePoints(new[] { 0xDC00, 0x62 });
        var b = (CodePointString)CodePointString.FromCodePoints(new[] { 0xDC00, 0x62 });
        var c = (CodePointString)CodePointString.FromCodePoints(new[] { 0xDC00, 0x63 });
        Assert.That(a, Is.EqualTo(b));
        Assert.That(a == b, Is.True);
        Assert.That(a != c, Is.True);
        Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
        Assert.That(a.Equals((object?)null), Is.False);
    }

    [Test]
    public void ToStringShowsSurrogatesAsLoneChars()
    {
        var value = (CodePointString)CodePointString.FromCodePoints(new[] { 0x61, 0xD800, 0x1F600 });
        Assert.That(value.ToString(), Is.EqualTo("a\ud800\U0001F600"));
    }
}
