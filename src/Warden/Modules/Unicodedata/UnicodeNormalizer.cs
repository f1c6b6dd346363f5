namespace Warden.Modules;

/// <summary>
/// Unicode normalization forms NFC, NFD, NFKC and NFKD (UAX #15): full recursive decomposition,
/// canonical ordering of combining marks, then canonical composition; Hangul syllables are
/// decomposed and composed arithmetically. Needed because the runtime runs with
/// InvariantGlobalization, where string.Normalize does nothing.
/// </summary>
internal static class UnicodeNormalizer
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    /// <summary>The normalized form of <paramref name="codePoints"/>; <paramref name="form"/> is NFC, NFD, NFKC or NFKD.</summary>
    public static List<int> Normalize(IEnumerable<int> codePoints, string form)
    {
        bool compatibility = form is "NFKC" or "NFKD";
        var result = new List<int>();
        foreach (int c in codePoints) Decompose(c, compatibility, result);
        ReorderMarks(result);
        if (form is "NFC" or "NFKC") Compose(result);
        return result;
    }

    private static void Decompose(int c, bool compatibility, List<int> output)
    {
        int s = c - SBase;
        if (s >= 0 && s < SCount)
        {
            output.Add(LBase + s / NCount);
            output.Add(VBase + s % NCount / TCount);
            if (s % TCount != 0) output.Add(TBase + s % TCount);
            return;
        }
        var mapping = UnicodeDatabase.Decomposition(c, compatibility);
        if (mapping is null)
        {
            output.Add(c);
            return;
        }
        foreach (int m in mapping) Decompose(m, compatibility, output);
    }

    private static int CombiningClass(int c) => c < 0x300 ? 0 : UnicodeDatabase.Get(c).Combining;

    /// <summary>Stable sort of each run of non-starters by combining class.</summary>
    private static void ReorderMarks(List<int> text)
    {
        for (int i = 1; i < text.Count; i++)
        {
            int cls = CombiningClass(text[i]);
            if (cls == 0) continue;
            int j = i;
            while (j > 0)
            {
                int previous = CombiningClass(text[j - 1]);
                if (previous == 0 || previous <= cls) break;
                (text[j - 1], text[j]) = (text[j], text[j - 1]);
                j--;
            }
        }
    }

    /// <summary>
    /// Canonical composition: each character joins the last starter unless a character between
    /// them is a starter or has a combining class at least as high (it is "blocked").
    /// </summary>
    private static void Compose(List<int> text)
    {
        var result = new List<int>(text.Count);
        int starter = -1;
        int lastClass = 0;
        foreach (int c in text)
        {
            int cls = CombiningClass(c);
            if (starter >= 0)
            {
                bool adjacent = result.Count - 1 == starter;
                if (adjacent || lastClass < cls)
                {
                    int composite = ComposePair(result[starter], c);
                    if (composite >= 0)
                    {
                        result[starter] = composite;
                        continue;
                    }
                }
            }
            if (cls == 0)
            {
                starter = result.Count;
                lastClass = 0;
            }
            else lastClass = cls;
            result.Add(c);
        }
        text.Clear();
        text.AddRange(result);
    }

    private static int ComposePair(int first, int second)
    {
        int l = first - LBase;
        if (l >= 0 && l < LCount)
        {
            int v = second - VBase;
            return v >= 0 && v < VCount ? SBase + (l * VCount + v) * TCount : -1;
        }
        int s = first - SBase;
        if (s >= 0 && s < SCount && s % TCount == 0)
        {
            int t = second - TBase;
            return t > 0 && t < TCount ? first + t : -1;
        }
        return UnicodeDatabase.Compose(first, second);
    }
}
