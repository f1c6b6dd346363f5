using Warden.Tests.Runtime;
using NUnit.Framework;

namespace Warden.Tests.Objects;

/// <summary>memoryview.cast to native item formats; expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class MemoryViewCastTests
{
    /// <summary>Views of 16/32/64-bit and float items.</summary>
    [Test]
    public void CastToItemFormats()
    {
        const string source = """
            m = memoryview(b"\x01\x00\x00\x00\xff\xff\xff\xff").cast("I")
            print(len(m), m.itemsize, m.format, m.tolist(), m[1], m[-2], m.nbytes, m.shape, m.strides, list(m))
            print(memoryview(bytearray(b"\x01\x02\x03\x04")).cast("H").tolist(), memoryview(bytes(8)).cast("d").tolist(), memoryview(b"\xff\xff").cast("h")[0])
            for fmt, data in (("I", b"abc"), ("Z", b"abcd")):
                try:
                    memoryview(data).cast(fmt)
                except (TypeError, ValueError) as e:
                    print(type(e).__name__, e)
            """;
        Assert.That(PythonRunner.Output(source + "\n"), Is.EqualTo("2 4 I [1, 4294967295] 4294967295 1 8 (2,) (4,) [1, 4294967295]\n[513, 1027] [0.0] -1\nTypeError memoryview: length is not a multiple of itemsize\nValueError memoryview: destination format must be a native single character format prefixed with an optional '@'\n"));
    }
}
