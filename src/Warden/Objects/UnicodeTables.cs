namespace Warden.Objects;

/// <summary>
/// Unicode character properties as CPython 3.11 sees them (Unicode 14.0). The data lives in
/// <c>UnicodeTables.g.cs</c>, generated from CPython itself by
/// <c>scripts/dev/gen-unicode-printable.py</c>, so Warden does not depend on the Unicode
/// version of the .NET runtime it happens to run on.
/// </summary>
internal static partial class UnicodeTables
{
    /// <summary>
    /// Python's <c>str.isprintable()</c> for one code point: false for categories Cc, Cf, Cs,
    /// Co, Cn, Zl, Zp and Zs other than the ASCII space.
    /// </summary>
    public static bool IsPrintable(int codePoint)
    {
        if ((uint)codePoint < 0x7F) return codePoint >= 0x20;
        return !IsInNonPrintableRange(codePoint);
    }

    private static bool IsInNonPrintableRange(int codePoint)
    {
        ReadOnlySpan<int> ranges = NonPrintableRanges;
        // Binary search for the last range whose start is <= codePoint.
        int low = 0, high = ranges.Length / 2 - 1;
        while (low <= high)
        {
            int middle = (low + high) >>> 1;
            if (ranges[2 * middle] <= codePoint) low = middle + 1;
            else high = middle - 1;
        }
        return high >= 0 && codePoint <= ranges[2 * high + 1];
    }
}
