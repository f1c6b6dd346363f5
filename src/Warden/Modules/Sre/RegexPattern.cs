using System;
using System.Collections.Generic;

namespace Warden.Modules.Sre;

/// <summary>
/// A compiled regular expression with CPython 3.11 <c>re</c> semantics, working on code points
/// (str) or byte values (bytes). The future <c>_sre</c> module wraps this class.
/// </summary>
public sealed class RegexPattern
{
    private readonly SreProgram program;
    private readonly string?[] groupNames;

    private RegexPattern(int[] source, bool isBytes, SreParseResult parsed)
    {
        Source = source;
        IsBytes = isBytes;
        Flags = parsed.Flags;
        GroupCount = parsed.GroupCount;
        GroupIndex = parsed.GroupIndex;
        groupNames = new string?[parsed.GroupCount + 1];
        foreach (var pair in parsed.GroupIndex) groupNames[pair.Value] = pair.Key;
        program = SreCompiler.Compile(parsed);
    }

    /// <summary>The pattern's code points (str) or bytes.</summary>
    public int[] Source { get; }

    /// <summary>True for a bytes pattern.</summary>
    public bool IsBytes { get; }

    /// <summary>pattern.flags: the given flags plus inline global flags (and UNICODE for str patterns).</summary>
    public RegexFlags Flags { get; }

    /// <summary>pattern.groups.</summary>
    public int GroupCount { get; }

    /// <summary>pattern.groupindex.</summary>
    public IReadOnlyDictionary<string, int> GroupIndex { get; }

    /// <summary>The name of group <paramref name="group"/>, or null.</summary>
    public string? GroupName(int group) => group >= 0 && group < groupNames.Length ? groupNames[group] : null;

    /// <summary>Compiles a str pattern.</summary>
    public static RegexPattern Compile(string pattern, RegexFlags flags = RegexFlags.None) =>
        Compile(SreText.ToCodePoints(pattern), isBytes: false, flags);

    /// <summary>Compiles a bytes pattern.</summary>
    public static RegexPattern Compile(byte[] pattern, RegexFlags flags = RegexFlags.None) =>
        Compile(SreText.FromBytes(pattern), isBytes: true, flags);

    /// <summary>Compiles a pattern given as code points (str) or byte values (bytes).</summary>
    /// <exception cref="RegexError">The pattern is invalid (re.error).</exception>
    /// <exception cref="RegexValueError">Flags do not fit the pattern type (ValueError).</exception>
    /// <exception cref="RegexOverflowError">A repeat count is too large (OverflowError).</exception>
    public static RegexPattern Compile(int[] pattern, bool isBytes, RegexFlags flags)
    {
        if (isBytes)
        {
            if ((flags & RegexFlags.Unicode) != 0) throw new RegexValueError("cannot use UNICODE flag with a bytes pattern");
            if ((flags & RegexFlags.Locale) != 0 && (flags & RegexFlags.Ascii) != 0) throw new RegexValueError("ASCII and LOCALE flags are incompatible");
        }
        else
        {
            if ((flags & RegexFlags.Locale) != 0) throw new RegexValueError("cannot use LOCALE flag with a str pattern");
            if ((flags & RegexFlags.Ascii) != 0 && (flags & RegexFlags.Unicode) != 0) throw new RegexValueError("ASCII and UNICODE flags are incompatible");
        }
        var parsed = SreParser.Parse(pattern, isBytes, flags);
        return new RegexPattern(pattern, isBytes, parsed);
    }

    private static (int Pos, int End) Clamp(int length, int pos, int endPos)
    {
        if (pos < 0) pos = 0;
        if (pos > length) pos = length;
        if (endPos < 0) endPos = 0;
        if (endPos > length) endPos = length;
        return (pos, endPos);
    }

    /// <summary>pattern.match(subject, pos, endpos).</summary>
    public RegexMatch? Match(int[] subject, int pos = 0, int endPos = int.MaxValue, RegexBudget? budget = null) =>
        Run(subject, pos, endPos, budget, anchored: true, full: false, mustAdvanceAt: -1);

    /// <summary>pattern.fullmatch(subject, pos, endpos).</summary>
    public RegexMatch? FullMatch(int[] subject, int pos = 0, int endPos = int.MaxValue, RegexBudget? budget = null) =>
        Run(subject, pos, endPos, budget, anchored: true, full: true, mustAdvanceAt: -1);

    /// <summary>pattern.search(subject, pos, endpos).</summary>
    public RegexMatch? Search(int[] subject, int pos = 0, int endPos = int.MaxValue, RegexBudget? budget = null) =>
        Run(subject, pos, endPos, budget, anchored: false, full: false, mustAdvanceAt: -1);

    /// <summary>
    /// One step of a scanner (<c>_sre.SRE_Scanner</c>): an anchored or searching match from
    /// <paramref name="pos"/> that may not be empty at <paramref name="mustAdvanceAt"/> (-1: no such rule).
    /// </summary>
    public RegexMatch? Scan(int[] subject, int pos, int endPos, bool anchored, int mustAdvanceAt, RegexBudget? budget = null) =>
        Run(subject, pos, endPos, budget, anchored, full: false, mustAdvanceAt);

    private RegexMatch? Run(int[] subject, int pos, int endPos, RegexBudget? budget, bool anchored, bool full, int mustAdvanceAt)
    {
        var (start, end) = Clamp(subject.Length, pos, endPos);
        // CPython lets match() run on an empty window when endpos < pos, but search() finds nothing.
        if (end < start && !anchored) return null;
        var matcher = new SreMatcher(program, subject, end, full, budget) { MustAdvanceAt = mustAdvanceAt };
        try
        {
            int at = Find(matcher, subject, start, end, anchored);
            if (at < 0) return null;
            return new RegexMatch(this, subject, start, end, matcher.Marks, matcher.LastIndex);
        }
        finally
        {
            matcher.Flush();
        }
    }

    private int Find(SreMatcher matcher, int[] subject, int start, int end, bool anchored)
    {
        if (anchored) return matcher.TryAt(start) ? start : -1;
        if (program.AnchoredAtStart)
            return start == 0 && matcher.TryAt(0) ? 0 : -1;
        int[] prefix = program.LiteralPrefix;
        var test = program.FirstCharTest;
        for (int s = start; s <= end; s++)
        {
            if (prefix.Length > 0)
            {
                int found = prefix.Length == 1
                    ? subject.AsSpan(s, end - s).IndexOf(prefix[0])
                    : subject.AsSpan(s, end - s).IndexOf(prefix);
                if (found < 0) return -1;
                s += found;
            }
            else if (program.FirstLiterals is int[] firsts)
            {
                int found = subject.AsSpan(s, end - s).IndexOfAny(firsts);
                if (found < 0) return -1;
                s += found;
            }
            else if (test != null)
            {
                while (s < end && !test.Matches(subject[s])) s++;
                if (s >= end) return -1;
            }
            if (matcher.TryAt(s)) return s;
        }
        return -1;
    }

    /// <summary>
    /// pattern.finditer: successive non-overlapping matches, with 3.7+ empty-match rules (an empty
    /// match may touch a previous match, but two matches never both end at one empty spot).
    /// </summary>
    public IEnumerable<RegexMatch> FindIter(int[] subject, int pos = 0, int endPos = int.MaxValue, RegexBudget? budget = null)
    {
        var (start, end) = Clamp(subject.Length, pos, endPos);
        int at = start;
        int mustAdvance = -1;
        while (at <= end)
        {
            var m = Run(subject, at, end, budget, anchored: false, full: false, mustAdvanceAt: mustAdvance);
            if (m == null) yield break;
            // The reported pos/endpos are those the caller gave.
            yield return m.WithPos(start, end);
            at = m.End(0);
            mustAdvance = m.Start(0) == m.End(0) ? at : -1;
        }
    }

    /// <summary>pattern.split(subject, maxsplit): pieces, with group captures (null when a group did not take part).</summary>
    public List<int[]?> Split(int[] subject, int maxSplit = 0, RegexBudget? budget = null)
    {
        var result = new List<int[]?>();
        int last = 0;
        int count = 0;
        foreach (var m in FindIter(subject, 0, int.MaxValue, budget))
        {
            if (maxSplit > 0 && count >= maxSplit) break;
            result.Add(subject[last..m.Start(0)]);
            for (int g = 1; g <= GroupCount; g++) result.Add(m.Group(g));
            last = m.End(0);
            count++;
        }
        result.Add(subject[last..]);
        return result;
    }

    /// <summary>pattern.subn with a replacement template (parsed once, errors as CPython's).</summary>
    public (int[] Result, int Count) Subn(int[] template, int[] subject, int count = 0, RegexBudget? budget = null)
    {
        var compiled = RegexTemplate.Parse(this, template);
        return Subn(m => compiled.Expand(m), subject, count, budget);
    }

    /// <summary>pattern.subn with a callback that returns the replacement for each match.</summary>
    public (int[] Result, int Count) Subn(Func<RegexMatch, int[]> replacement, int[] subject, int count = 0, RegexBudget? budget = null)
    {
        var output = new List<int>(subject.Length);
        int last = 0;
        int n = 0;
        foreach (var m in FindIter(subject, 0, int.MaxValue, budget))
        {
            if (count > 0 && n >= count) break;
            output.AddRange(subject.AsSpan(last, m.Start(0) - last).ToArray());
            output.AddRange(replacement(m));
            last = m.End(0);
            n++;
        }
        output.AddRange(subject.AsSpan(last).ToArray());
        return (output.ToArray(), n);
    }

    /// <summary>re.escape: backslash before each character that is special in a pattern (3.7+ set).</summary>
    public static int[] Escape(int[] text)
    {
        var output = new List<int>(text.Length * 2);
        foreach (int c in text)
        {
            if (c < 128 && SpecialChars.Contains((char)c)) output.Add('\\');
            output.Add(c);
        }
        return output.ToArray();
    }

    /// <summary>re.escape for .NET strings.</summary>
    public static string Escape(string text) => SreText.FromCodePoints(Escape(SreText.ToCodePoints(text)));

    private const string SpecialChars = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
}
