using System.Runtime.CompilerServices;
using System.Text;

namespace Warden.Objects;

/// <summary>
/// Python <c>str</c> with code-point semantics over a .NET string. Strings without surrogate
/// pairs (nearly all) index in O(1); for others an index of code point start offsets is built
/// on first positional access. The hash is computed once and cached.
/// </summary>
public sealed class PyStr : PyObject
{
    private static readonly PyStr[] s_latin1 = CreateLatin1();
    public static readonly PyStr Empty = new("");

    public readonly string Value;
    private long _hash;
    private bool _hashed;
    /// <summary>-1 until computed; equals Value.Length when there are no surrogate pairs.</summary>
    private int _codePointCount = -1;
    /// <summary>Char offset of each code point, built only for strings with surrogate pairs.</summary>
    private int[]? _offsets;

    public PyStr(string value) => Value = value;

    private static PyStr[] CreateLatin1()
    {
        var table = new PyStr[256];
        for (int i = 0; i < 256; i++) table[i] = new PyStr(((char)i).ToString());
        return table;
    }

    public override PyType Type => TypeObjects.Str;

    public static PyStr From(string s)
    {
        if (s.Length == 0) return Empty;
        if (s.Length == 1 && s[0] < 256) return s_latin1[s[0]];
        return new PyStr(s);
    }

    /// <summary>The one-code-point string for <paramref name="codePoint"/>.</summary>
    public static PyStr FromCodePoint(int codePoint)
    {
        if (codePoint < 256) return s_latin1[codePoint];
        if (codePoint < 0x10000) return new PyStr(((char)codePoint).ToString());
        return new PyStr(char.ConvertFromUtf32(codePoint));
    }

    public long Hash
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (_hashed) return _hash;
            long h = Value.GetHashCode();
            if (h == -1) h = -2;
            _hash = h;
            _hashed = true;
            return h;
        }
    }

    /// <summary>Number of code points (<c>len(s)</c>).</summary>
    public int Length
    {
        get
        {
            if (_codePointCount < 0) _codePointCount = CountCodePoints(Value);
            return _codePointCount;
        }
    }

    /// <summary>True when every code point is one UTF-16 char, so char and code point indices agree.</summary>
    public bool IsSimple => Length == Value.Length;

    private static int CountCodePoints(string s)
    {
        int first = s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF'); // vectorized: most strings have no surrogates
        if (first < 0) return s.Length;
        int pairs = 0;
        for (int i = first; i < s.Length - 1; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1])) { pairs++; i++; }
        }
        return s.Length - pairs;
    }

    /// <summary>Char offset of code point <paramref name="index"/> (0 &lt;= index &lt;= Length).</summary>
    public int CharOffset(int index)
    {
        if (IsSimple) return index;
        if (_offsets is null)
        {
            var offsets = new int[Length + 1];
            int cp = 0;
            for (int i = 0; i < Value.Length; i++)
            {
                offsets[cp++] = i;
                if (char.IsHighSurrogate(Value[i]) && i + 1 < Value.Length && char.IsLowSurrogate(Value[i + 1])) i++;
            }
            offsets[cp] = Value.Length;
            _offsets = offsets;
        }
        return _offsets[index];
    }

    /// <summary>The code point at code point index <paramref name="index"/> (already bounds-checked).</summary>
    public int CodePointAt(int index)
    {
        if (IsSimple) return Value[index];
        int offset = CharOffset(index);
        if (char.IsHighSurrogate(Value[offset]) && offset + 1 < Value.Length && char.IsLowSurrogate(Value[offset + 1]))
            return char.ConvertToUtf32(Value[offset], Value[offset + 1]);
        return Value[offset];
    }

    public PyStr CharAt(int index) => FromCodePoint(CodePointAt(index));

    /// <summary>Code points [start, stop) as a new str.</summary>
    public PyStr Substring(int start, int stop)
    {
        if (stop <= start) return Empty;
        int a = CharOffset(start), b = CharOffset(stop);
        if (a == 0 && b == Value.Length) return this;
        return From(Value.Substring(a, b - a));
    }

    /// <summary>Enumerates code points.</summary>
    public IEnumerable<int> CodePoints()
    {
        for (int i = 0; i < Value.Length; i++)
        {
            if (char.IsHighSurrogate(Value[i]) && i + 1 < Value.Length && char.IsLowSurrogate(Value[i + 1]))
            {
                yield return char.ConvertToUtf32(Value[i], Value[i + 1]);
                i++;
            }
            else yield return Value[i];
        }
    }

    /// <summary>Converts a char offset in <see cref="Value"/> to a code point index.</summary>
    public int CodePointIndexOfOffset(int charOffset)
    {
        if (IsSimple) return charOffset;
        int cp = 0;
        for (int i = 0; i < charOffset; i++)
        {
            if (char.IsHighSurrogate(Value[i]) && i + 1 < Value.Length && char.IsLowSurrogate(Value[i + 1])) i++;
            cp++;
        }
        return cp;
    }

    public static PyStr Concat(PyStr a, PyStr b)
    {
        if (a.Value.Length == 0) return b;
        if (b.Value.Length == 0) return a;
        return new PyStr(string.Concat(a.Value, b.Value));
    }

    public override string ToString() => Value;

    internal static string Join(IEnumerable<string> parts, string sep)
    {
        var sb = new StringBuilder();
        bool first = true;
        foreach (var p in parts)
        {
            if (!first) sb.Append(sep);
            sb.Append(p);
            first = false;
        }
        return sb.ToString();
    }
}
