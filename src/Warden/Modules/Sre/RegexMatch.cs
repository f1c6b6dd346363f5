namespace Warden.Modules.Sre;

/// <summary>The result of a successful match: what <c>re.Match</c> exposes.</summary>
public sealed class RegexMatch
{
    private readonly int[] spans;

    internal RegexMatch(RegexPattern pattern, int[] subject, int pos, int endPos, int[] marks, int lastIndex)
    {
        Pattern = pattern;
        Subject = subject;
        Pos = pos;
        EndPos = endPos;
        spans = new int[marks.Length];
        for (int g = 0; 2 * g < marks.Length; g++)
        {
            int s = marks[2 * g], e = marks[2 * g + 1];
            if (s < 0 || e < 0 || (g > 0 && s > e)) { spans[2 * g] = -1; spans[2 * g + 1] = -1; }
            else { spans[2 * g] = s; spans[2 * g + 1] = e; }
        }
        LastIndex = lastIndex > 0 ? lastIndex : null;
    }

    private RegexMatch(RegexMatch other, int pos, int endPos)
    {
        Pattern = other.Pattern;
        Subject = other.Subject;
        Pos = pos;
        EndPos = endPos;
        spans = other.spans;
        LastIndex = other.LastIndex;
    }

    /// <summary>The same match reporting other pos/endpos values (finditer reports the caller's).</summary>
    internal RegexMatch WithPos(int pos, int endPos) => pos == Pos && endPos == EndPos ? this : new RegexMatch(this, pos, endPos);

    /// <summary>The pattern that matched.</summary>
    public RegexPattern Pattern { get; }

    /// <summary>The subject (code points for str, byte values for bytes).</summary>
    public int[] Subject { get; }

    /// <summary>match.pos.</summary>
    public int Pos { get; }

    /// <summary>match.endpos.</summary>
    public int EndPos { get; }

    /// <summary>match.lastindex (null when no group matched).</summary>
    public int? LastIndex { get; }

    /// <summary>match.lastgroup (null when the last group has no name).</summary>
    public string? LastGroup => LastIndex is int i ? Pattern.GroupName(i) : null;

    /// <summary>Number of capturing groups.</summary>
    public int GroupCount => spans.Length / 2 - 1;

    /// <summary>match.start(group), -1 when the group did not take part.</summary>
    public int Start(int group) => spans[2 * group];

    /// <summary>match.end(group), -1 when the group did not take part.</summary>
    public int End(int group) => spans[2 * group + 1];

    /// <summary>The code points a group matched, or null when it did not take part.</summary>
    public int[]? Group(int group)
    {
        int s = Start(group);
        if (s < 0) return null;
        return Subject[s..End(group)];
    }
}
