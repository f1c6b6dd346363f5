using Warden.Modules.Sre;
using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules;

/// <summary>
/// The string a pattern runs over: the original object (a match's <c>string</c>) and its code
/// points (str) or byte values (bytes-like), which is what the engine works on.
/// </summary>
internal sealed class SreSubject
{
    private SreSubject(PyObject original, int[] units, bool isStr)
    {
        Original = original;
        Units = units;
        IsStr = isStr;
    }

    /// <summary>The object the caller passed.</summary>
    public PyObject Original { get; }

    /// <summary>Code points (str) or byte values.</summary>
    public int[] Units { get; }

    /// <summary>True for str subjects.</summary>
    public bool IsStr { get; }

    /// <summary>Converts <paramref name="o"/>, checking it against the pattern's kind with CPython's messages.</summary>
    public static SreSubject From(PyObject o, bool patternIsBytes)
    {
        var value = PyOps.Unwrap(o);
        if (value is PyStr s)
        {
            if (patternIsBytes) throw PyExc.TypeError("cannot use a bytes pattern on a string-like object");
            return new SreSubject(o, SreText.ToCodePoints(s.Value), isStr: true);
        }
        var bytes = BytesMethods.TryGetBytes(value)
            ?? throw PyExc.TypeError($"expected string or bytes-like object, got '{o.Type.Name}'");
        if (!patternIsBytes) throw PyExc.TypeError("cannot use a string pattern on a bytes-like object");
        return new SreSubject(o, SreText.FromBytes(bytes), isStr: false);
    }

    /// <summary>The part [start, end) as an object of the subject's kind (bytearray stays bytearray).</summary>
    public PyObject Slice(int start, int end)
    {
        if (IsStr)
        {
            if (start == 0 && end == Units.Length && Original is PyStr whole) return whole;
            return PyStr.From(SreText.FromCodePoints(Units[start..end]));
        }
        var bytes = SreText.ToBytes(Units[start..end]);
        return PyOps.Unwrap(Original) is PyByteArray ? new PyByteArray(bytes) : new PyBytes(bytes);
    }

    /// <summary>Converts engine output (code points or byte values) to an object of the subject's kind.</summary>
    public PyObject Make(int[] units) =>
        IsStr ? PyStr.From(SreText.FromCodePoints(units)) : new PyBytes(SreText.ToBytes(units));
}
