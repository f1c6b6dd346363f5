using System.Text;

namespace Warden.Modules.Sre;

/// <summary>Conversions between .NET strings/bytes and the code-point arrays the engine works on.</summary>
public static class SreText
{
    /// <summary>The code points of <paramref name="text"/> (surrogate pairs joined, lone surrogates kept).</summary>
    public static int[] ToCodePoints(string text) => Warden.Objects.UnicodeProperties.CodePoints(text);

    /// <summary>Byte values as code points.</summary>
    public static int[] FromBytes(byte[] bytes)
    {
        var result = new int[bytes.Length];
        for (int i = 0; i < bytes.Length; i++) result[i] = bytes[i];
        return result;
    }

    /// <summary>Code points back to a .NET string (astral characters as surrogate pairs).</summary>
    public static string FromCodePoints(int[] codePoints) => Warden.Objects.UnicodeProperties.FromCodePoints(codePoints);

    /// <summary>Byte values back to bytes.</summary>
    public static byte[] ToBytes(int[] values)
    {
        var result = new byte[values.Length];
        for (int i = 0; i < values.Length; i++) result[i] = (byte)values[i];
        return result;
    }
}
