using System.Buffers;
using System.Text;

namespace Warden.Objects;

/// <summary>
/// A Python str that contains at least one surrogate code point (U+D800..U+DFFF), e.g. the
/// value of the literal <c>"\ud800"</c>. Such a str has no faithful .NET <see cref="string"/>
/// form (a lone surrogate there would be ambiguous with half of a pair), so it is held as
/// its code points. Every other str is a plain <see cref="string"/>; use
/// <see cref="FromCodePoints"/> to get the right representation.
/// </summary>
public sealed class CodePointString : IEquatable<CodePointString>
{
    /// <summary>The str's code points, one element per Python character.</summary>
    public int[] CodePoints { get; }

    /// <summary>Wraps <paramref name="codePoints"/> (not copied); prefer <see cref="FromCodePoints"/>.</summary>
    public CodePointString(int[] codePoints) => CodePoints = codePoints;

    /// <summary>
    /// Returns a plain <see cref="string"/> (astral code points as UTF-16 pairs) when no
    /// surrogate code point is present, otherwise a <see cref="CodePointString"/>.
    /// </summary>
    public static object FromCodePoints(ReadOnlySpan<int> codePoints)
    {
        int utf16Length = codePoints.Length;
        foreach (int cp in codePoints)
        {
            if (IsSurrogate(cp)) return new CodePointString(codePoints.ToArray());
            if (cp > 0xFFFF) utf16Length++;
        }
        char[]? rented = null;
        Span<char> buffer = utf16Length <= 256
            ? stackalloc char[256]
            : (rented = ArrayPool<char>.Shared.Rent(utf16Length));
        int length = 0;
        foreach (int cp in codePoints)
        {
            if (cp > 0xFFFF)
            {
                int offset = cp - 0x10000;
                buffer[length++] = (char)(0xD800 + (offset >> 10));
                buffer[length++] = (char)(0xDC00 + (offset & 0x3FF));
            }
            else
            {
                buffer[length++] = (char)cp;
            }
        }
        string result = new string(buffer[..length]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    /// <summary>Number of Python characters (code points).</summary>
    public int Length => CodePoints.Length;

    /// <summary>True for U+D800..U+DFFF.</summary>
    public static bool IsSurrogate(int codePoint) => (uint)(codePoint - 0xD800) <= 0x7FF;

    /// <inheritdoc/>
    public bool Equals(CodePointString? other) =>
        other is not null && CodePoints.AsSpan().SequenceEqual(other.CodePoints);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CodePointString);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(CodePoints.AsSpan()));
        return hash.ToHashCode();
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(CodePointString? left, CodePointString? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(CodePointString? left, CodePointString? right) => !(left == right);

    /// <summary>
    /// For debugging: the code points as UTF-16 with each surrogate code point as a lone
    /// char. Lossy (a surrogate pair of code points reads like one astral character); use
    /// <see cref="PyRepr.Repr"/> for an exact view.
    /// </summary>
    public override string ToString()
    {
        var sb = new StringBuilder(CodePoints.Length);
        foreach (int cp in CodePoints) AppendUtf16(sb, cp);
        return sb.ToString();
    }

    private static void AppendUtf16(StringBuilder sb, int codePoint)
    {
        if (codePoint > 0xFFFF)
        {
            int offset = codePoint - 0x10000;
            sb.Append((char)(0xD800 + (offset >> 10))).Append((char)(0xDC00 + (offset & 0x3FF)));
        }
        else
        {
            sb.Append((char)codePoint);
        }
    }
}
