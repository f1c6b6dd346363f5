namespace Warden.Objects;

/// <summary>
/// The "Did you mean: 'x'?" hint CPython 3.11 appends to uncaught NameError and AttributeError messages:
/// the closest candidate by a Levenshtein distance where case-only changes cost less than other edits.
/// </summary>
public static class NameSuggestions
{
    private const int MoveCost = 2;
    private const int CaseCost = 1;
    private const int MaxStringSize = 40;
    private const int MaxCandidates = 750;

    /// <summary>The best candidate for <paramref name="name"/>, or null when none is close enough.</summary>
    public static string? Suggest(string name, IReadOnlyList<string> candidates)
    {
        if (candidates.Count > MaxCandidates) return null;
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var item in candidates)
        {
            if (item == name) continue;
            int maxDistance = (name.Length + item.Length + 3) * MoveCost / 6;
            // Candidates that cannot beat the current best are cut off early.
            if (bestDistance - 1 < maxDistance) maxDistance = bestDistance - 1;
            int distance = Distance(name, item, maxDistance);
            if (distance > maxDistance) continue;
            if (best is null || distance < bestDistance)
            {
                best = item;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int SubstitutionCost(char a, char b)
    {
        if (a == b) return 0;
        return char.ToLowerInvariant(a) == char.ToLowerInvariant(b) ? CaseCost : MoveCost;
    }

    /// <summary>Edit distance bounded by <paramref name="maxCost"/> (returns more than it when exceeded).</summary>
    private static int Distance(string a, string b, int maxCost)
    {
        if (a == b) return 0;
        int start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start]) start++;
        int aEnd = a.Length, bEnd = b.Length;
        while (aEnd > start && bEnd > start && a[aEnd - 1] == b[bEnd - 1]) { aEnd--; bEnd--; }
        var x = a.AsSpan(start, aEnd - start);
        var y = b.AsSpan(start, bEnd - start);
        if (x.Length == 0 || y.Length == 0) return (x.Length + y.Length) * MoveCost;
        if (x.Length > MaxStringSize || y.Length > MaxStringSize) return maxCost + 1;
        if (y.Length < x.Length) { var t = x; x = y; y = t; }
        if ((y.Length - x.Length) * MoveCost > maxCost) return maxCost + 1;
        Span<int> row = stackalloc int[x.Length];
        for (int i = 0; i < x.Length; i++) row[i] = (i + 1) * MoveCost;
        int result = 0;
        for (int j = 0; j < y.Length; j++)
        {
            int diagonal = j * MoveCost;
            result = diagonal;
            int minimum = int.MaxValue;
            for (int i = 0; i < x.Length; i++)
            {
                int substitute = diagonal + SubstitutionCost(y[j], x[i]);
                diagonal = row[i];
                int insertDelete = Math.Min(result, diagonal) + MoveCost;
                result = Math.Min(insertDelete, substitute);
                row[i] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}
