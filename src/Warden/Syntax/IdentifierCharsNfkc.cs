using System.Text;

namespace Warden.Syntax;

/// <summary>
/// NFKC normalization (Unicode normalization form KC) from generated tables, because the project
/// runs with InvariantGlobalization where <see cref="string.Normalize(NormalizationForm)"/> cannot
/// apply NFKC. Python normalizes non-ASCII identifiers this way (PEP 3131).
/// </summary>
internal static partial class IdentifierCharsNfkc
{
    private const int HangulSBase = 0xAC00, HangulLBase = 0x1100, HangulVBase = 0x1161, HangulTBase = 0x11A7;
    private const int HangulLCount = 19, HangulVCount = 21, HangulTCount = 28;
    private const int HangulNCount = HangulVCount * HangulTCount, HangulSCount = HangulLCount * HangulNCount;

    // Built on first use: field initializers in the generated part of this partial class may run later.
    private static Dictionary<long, int>? compositions;

    private static Dictionary<long, int> BuildCompositions()
    {
        var map = new Dictionary<long, int>(CompositionResult.Length);
        for (int i = 0; i < CompositionResult.Length; i++)
            map[((long)CompositionFirst[i] << 21) | (uint)CompositionSecond[i]] = CompositionResult[i];
        return map;
    }

    /// <summary>The NFKC form of <paramref name="text"/>.</summary>
    public static string Normalize(string text)
    {
        var decomposed = new List<int>(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            int cp = CodePointAt(text, ref i);
            Decompose(cp, decomposed);
        }
        ReorderCombiningMarks(decomposed);
        var composed = Compose(decomposed);
        var builder = new StringBuilder(composed.Count);
        foreach (int cp in composed)
        {
            if (cp >= 0x10000) builder.Append(char.ConvertFromUtf32(cp));
            else builder.Append((char)cp);
        }
        return builder.ToString();
    }

    private static int CodePointAt(string s, ref int i)
    {
        if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            int cp = char.ConvertToUtf32(s[i], s[i + 1]);
            i++;
            return cp;
        }
        return s[i];
    }

    private static void Decompose(int cp, List<int> output)
    {
        int s = cp - HangulSBase;
        if ((uint)s < HangulSCount)
        {
            output.Add(HangulLBase + s / HangulNCount);
            output.Add(HangulVBase + s % HangulNCount / HangulTCount);
            if (s % HangulTCount != 0) output.Add(HangulTBase + s % HangulTCount);
            return;
        }
        int index = Array.BinarySearch(DecompositionKeys, cp);
        if (index < 0) { output.Add(cp); return; }
        for (int k = DecompositionOffsets[index]; k < DecompositionOffsets[index + 1]; k++) output.Add(DecompositionData[k]);
    }

    private static int CombiningClass(int cp)
    {
        int index = Array.BinarySearch(CombiningClassKeys, cp);
        return index < 0 ? 0 : CombiningClassValues[index];
    }

    /// <summary>Canonical ordering: a stable sort of each run of non-starters by combining class.</summary>
    private static void ReorderCombiningMarks(List<int> cps)
    {
        int i = 0;
        while (i < cps.Count)
        {
            if (CombiningClass(cps[i]) == 0) { i++; continue; }
            int runEnd = i + 1;
            while (runEnd < cps.Count && CombiningClass(cps[runEnd]) != 0) runEnd++;
            if (runEnd - i > 1)
            {
                // Sort by (class, original position): stable and O(n log n) even for hostile runs.
                var keys = new long[runEnd - i];
                for (int k = 0; k < keys.Length; k++) keys[k] = ((long)CombiningClass(cps[i + k]) << 32) | (uint)k;
                var run = cps.GetRange(i, keys.Length).ToArray();
                Array.Sort(keys);
                for (int k = 0; k < keys.Length; k++) cps[i + k] = run[(int)(keys[k] & 0xFFFFFFFF)];
            }
            i = runEnd;
        }
    }

    private static List<int> Compose(List<int> cps)
    {
        var output = new List<int>(cps.Count);
        int starter = -1;
        int lastClass = 0;
        foreach (int cp in cps)
        {
            int cc = CombiningClass(cp);
            if (starter >= 0)
            {
                bool blocked = output.Count - 1 > starter && lastClass >= cc;
                if (!blocked && TryCompose(output[starter], cp, out int composite))
                {
                    output[starter] = composite;
                    continue;
                }
            }
            if (cc == 0) starter = output.Count;
            lastClass = cc;
            output.Add(cp);
        }
        return output;
    }

    private static bool TryCompose(int first, int second, out int composite)
    {
        int l = first - HangulLBase, v = second - HangulVBase;
        if ((uint)l < HangulLCount && (uint)v < HangulVCount)
        {
            composite = HangulSBase + (l * HangulVCount + v) * HangulTCount;
            return true;
        }
        int s = first - HangulSBase, t = second - HangulTBase;
        if ((uint)s < HangulSCount && s % HangulTCount == 0 && t > 0 && t < HangulTCount)
        {
            composite = first + t;
            return true;
        }
        compositions ??= BuildCompositions();
        return compositions.TryGetValue(((long)first << 21) | (uint)second, out composite);
    }
}
