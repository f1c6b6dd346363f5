namespace Warden.Syntax;

/// <summary>
/// Character classes the tokenizer needs for non-ASCII text, answered from tables generated
/// from Python 3.11 itself (see scripts/dev/gen-identifier-chars.py).
/// </summary>
internal static partial class IdentifierChars
{
    public static bool IsStart(int codePoint) => codePoint < 0x80
        ? (uint)((codePoint | 0x20) - 'a') <= 'z' - 'a' || codePoint == '_'
        : InRanges(StartRanges, codePoint);

    public static bool IsContinue(int codePoint) => codePoint < 0x80
        ? (uint)((codePoint | 0x20) - 'a') <= 'z' - 'a' || codePoint == '_' || (uint)(codePoint - '0') <= 9
        : InRanges(ContinueRanges, codePoint);

    /// <summary>Python's str.isprintable() for one code point.</summary>
    public static bool IsPrintable(int codePoint) => codePoint < 0x80
        ? codePoint >= 0x20 && codePoint < 0x7F
        : InRanges(PrintableRanges, codePoint);

    private static bool InRanges(int[] ranges, int codePoint)
    {
        // Binary search over pairs of inclusive bounds.
        int low = 0, high = ranges.Length / 2 - 1;
        while (low <= high)
        {
            int mid = (low + high) >> 1;
            if (codePoint < ranges[2 * mid]) high = mid - 1;
            else if (codePoint > ranges[2 * mid + 1]) low = mid + 1;
            else return true;
        }
        return false;
    }
}
