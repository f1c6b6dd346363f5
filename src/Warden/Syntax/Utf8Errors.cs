namespace Warden.Syntax;

/// <summary>
/// Describes the first invalid UTF-8 sequence in a span with the wording of Python's
/// UnicodeDecodeError, which CPython embeds in some syntax errors.
/// </summary>
internal static class Utf8Errors
{
    /// <summary>Returns null when the span is valid UTF-8, else "'utf-8' codec can't decode ...".</summary>
    public static string? Describe(ReadOnlySpan<byte> bytes)
    {
        int i = 0;
        while (i < bytes.Length)
        {
            byte lead = bytes[i];
            if (lead < 0x80) { i++; continue; }
            int need; int min2 = 0x80, max2 = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) need = 1;
            else if (lead >= 0xE0 && lead <= 0xEF)
            {
                need = 2;
                if (lead == 0xE0) min2 = 0xA0; else if (lead == 0xED) max2 = 0x9F;
            }
            else if (lead >= 0xF0 && lead <= 0xF4)
            {
                need = 3;
                if (lead == 0xF0) min2 = 0x90; else if (lead == 0xF4) max2 = 0x8F;
            }
            else return Message(lead, i, i + 1, "invalid start byte");

            int j = 1;
            for (; j <= need; j++)
            {
                if (i + j >= bytes.Length) return Message(lead, i, i + j, "unexpected end of data");
                byte b = bytes[i + j];
                bool ok = j == 1 ? b >= min2 && b <= max2 : b >= 0x80 && b <= 0xBF;
                if (!ok) return Message(lead, i, i + j, "invalid continuation byte");
            }
            i += need + 1;
        }
        return null;
    }

    private static string Message(byte first, int start, int end, string reason) => end - start == 1
        ? $"'utf-8' codec can't decode byte 0x{first:x2} in position {start}: {reason}"
        : $"'utf-8' codec can't decode bytes in position {start}-{end - 1}: {reason}";
}
