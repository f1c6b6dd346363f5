using System.Text;

namespace Warden.Objects;

public static partial class PyRepr
{
    /// <summary>Appends <c>repr(b)</c> for a bytes value: <c>b'...'</c>.</summary>
    public static void AppendBytes(StringBuilder sb, ReadOnlySpan<byte> bytes)
    {
        char quote = ChooseQuote(bytes.Contains((byte)'\''), bytes.Contains((byte)'"'));
        sb.Append('b').Append(quote);
        foreach (byte b in bytes)
        {
            switch (b)
            {
                case (byte)'\\': sb.Append("\\\\"); break;
                case (byte)'\t': sb.Append("\\t"); break;
                case (byte)'\n': sb.Append("\\n"); break;
                case (byte)'\r': sb.Append("\\r"); break;
                default:
                    if (b == quote) sb.Append('\\').Append(quote);
                    else if (b < 0x20 || b >= 0x7F) AppendHexEscape(sb, 'x', b, 2);
                    else sb.Append((char)b);
                    break;
            }
        }
        sb.Append(quote);
    }

    /// <summary>Returns <c>repr(b)</c> for a bytes value.</summary>
    public static string BytesRepr(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length + 3);
        AppendBytes(sb, bytes);
        return sb.ToString();
    }
}
