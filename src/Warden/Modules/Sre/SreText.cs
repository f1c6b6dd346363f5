using System.Text;

namespace Warden.Modules.Sre;

/// <summary>Conversions between .NET strings/bytes and the code-point arrays the engine works on.</summary>
public static class SreText
{
    /// <summary>The code points of <paramref name="text"/> (surrogate pairs joined, lone surrogates kept).</summary>
    public static int[] ToCodePoints(string text)
    {
        var result = new int[text.Length];
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result[n++] = char.ConvertToUtf32(c, text[i + 1]);
                i++;
            }
            else result[n++] = c;
        }
        return n == result.Length ? result : result[..n];
    }

    /// <summary>Byte values as code points.</summary>
    public static int[] FromBytes(byte[] bytes)
    {
        var result = new int[bytes.Length];
        for (int i = 0; i < bytes.Length; i++) result[i] = bytes[i];
        return result;
    }

    /// <summary>Code points back to a .NET string (astral characters as surrogate pairs).</summary>
    public static string FromCodePoints(int[] codePoints)
    {
        var sb = new StringBuilder(codePoints.Length);
        foreach (int c in codePoints)
        {
            if (c >= 0x10000) sb.Append(char.ConvertFromUtf32(c));
            else sb.Append((char)c);
        }
        return sb.ToString();
    }

    /// <summary>Byte values back to bytes.</summary>
    public static byte[] ToBytes(int[] values)
    {
        var result = new byte[values.Length];
        for (int i = 0; i < values.Length; i++) result[i] = (byte)values[i];
        return result;
    }
}
