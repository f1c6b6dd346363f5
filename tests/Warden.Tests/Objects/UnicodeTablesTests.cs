using NUnit.Framework;
using Warden.Objects;

namespace Warden.Tests.Objects;

public class UnicodeTablesTests
{
    // CPython 3.11: sum(chr(c).isprintable() for c in range(plane * 65536, (plane + 1) * 65536))
    private static readonly int[] PrintableCountPerPlane =
        { 55506, 22959, 60872, 4939, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 240, 0, 0 };

    [Test]
    public void PrintableCountsPerPlaneMatchCPython()
    {
        for (int plane = 0; plane < 17; plane++)
        {
            int count = 0;
            for (int cp = plane * 0x10000; cp < (plane + 1) * 0x10000; cp++)
            {
                if (UnicodeTables.IsPrintable(cp)) count++;
            }
            Assert.That(count, Is.EqualTo(PrintableCountPerPlane[plane]), $"plane {plane}");
        }
    }

    [Test]
    public void Latin1PrintableCountMatchesCPython()
    {
        // CPython 3.11: sum(chr(c).isprintable() for c in range(256)) == 189
        Assert.That(Enumerable.Range(0, 256).Count(UnicodeTables.IsPrintable), Is.EqualTo(189));
    }

    [TestCase(0x20, true)]
    [TestCase(0x7E, true)]
    [TestCase(0x7F, false)]
    [TestCase(0xA0, false)]
    [TestCase(0xA1, true)]
    [TestCase(0xD800, false)]
    [TestCase(0x10FFFF, false)]
    [TestCase(0x1F600, true)]
    [TestCase(0x11F00, false)] // Kawi: Unicode 15.0, unassigned for CPython 3.11
    public void SpotChecksMatchCPython(int codePoint, bool printable)
    {
        Assert.That(UnicodeTables.IsPrintable(codePoint), Is.EqualTo(printable));
    }
}
