using System;
using System.Collections.Generic;
using System.Text;

namespace Warden.Modules.Sre;

/// <summary>The result of parsing: the tree, the effective flags and the group table.</summary>
internal sealed class SreParseResult
{
    public SreParseResult(SreNode root, RegexFlags flags, int groupCount, Dictionary<string, int> groupIndex)
    {
        Root = root; Flags = flags; GroupCount = groupCount; GroupIndex = groupIndex;
    }
    public SreNode Root { get; }
    public RegexFlags Flags { get; }
    public int GroupCount { get; }
    public Dictionary<string, int> GroupIndex { get; }
}

/// <summary>
/// Parses CPython 3.11 <c>re</c> syntax into <see cref="SreNode"/>s, raising <see cref="RegexError"/>
/// with CPython's messages and positions (learnt by running bad patterns through python3.11).
/// </summary>
internal sealed class SreParser
{
    private const long MaxRepeat = 4294967295L;

    private readonly int[] pattern;
    private readonly bool isBytes;
    private int pos;
    private RegexFlags globalFlags;
    private int groupCount;
    private readonly Dictionary<string, int> groupIndex = new();
    private readonly HashSet<int> openGroups = new();
    private readonly List<(long Min, long Max)> groupWidths = new() { (0, 0) };
    private int? lookbehindGroupsStart;
    private bool onlyGlobalFlagsSoFar = true;
    private readonly List<(int Group, int Pos)> conditionalReferences = new();

    private SreParser(int[] pattern, bool isBytes, RegexFlags flags)
    {
        this.pattern = pattern;
        this.isBytes = isBytes;
        globalFlags = flags;
    }

    /// <summary>Parses a whole pattern.</summary>
    public static SreParseResult Parse(int[] pattern, bool isBytes, RegexFlags flags)
    {
        var parser = new SreParser(pattern, isBytes, flags);
        SreNode root = parser.ParseAlternatives(flags, nested: false);
        if (parser.pos < pattern.Length)
        {
            // Only a ')' can stop the top level early.
            throw parser.Error("unbalanced parenthesis", parser.pos);
        }
        foreach (var (group, at) in parser.conditionalReferences)
        {
            if (group > parser.groupCount) throw parser.Error($"invalid group reference {group}", at);
        }
        RegexFlags final = parser.globalFlags;
        if (!isBytes && (final & RegexFlags.Ascii) == 0) final |= RegexFlags.Unicode;
        if (parser.globalFlags != flags)
        {
            // Inline global flags such as (?x) or (?i) apply to the whole pattern: parse again with
            // them on from the start (they can only stand at the start, so this converges at once).
            return Parse(pattern, isBytes, parser.globalFlags);
        }
        return new SreParseResult(root, final, parser.groupCount, parser.groupIndex);
    }

    private RegexError Error(string msg, int? at) => new(msg, pattern, at);

    private bool AtEnd => pos >= pattern.Length;

    private int Peek => pos < pattern.Length ? pattern[pos] : -1;

    private bool Eat(int c)
    {
        if (pos < pattern.Length && pattern[pos] == c) { pos++; return true; }
        return false;
    }

    private string Text(int start, int end)
    {
        var sb = new StringBuilder();
        for (int i = start; i < end && i < pattern.Length; i++) AppendCodePoint(sb, pattern[i]);
        return sb.ToString();
    }

    private static void AppendCodePoint(StringBuilder sb, int c)
    {
        if (c >= 0x10000 && c <= 0x10FFFF) sb.Append(char.ConvertFromUtf32(c));
        else sb.Append((char)c);
    }

    private static CaseMode CaseModeOf(RegexFlags flags, bool isBytes)
    {
        if ((flags & RegexFlags.IgnoreCase) == 0) return CaseMode.Exact;
        if (isBytes || (flags & (RegexFlags.Ascii | RegexFlags.Locale)) != 0) return CaseMode.AsciiIgnore;
        return CaseMode.UnicodeIgnore;
    }

    private bool AsciiClasses(RegexFlags flags) => isBytes || (flags & (RegexFlags.Ascii | RegexFlags.Locale)) != 0;

    /// <summary>
    /// Nesting limit: CPython's recursive parser gives RecursionError at a few hundred levels; this
    /// keeps the parser, width computation and compiler (all recursive) far from the .NET stack's end.
    /// </summary>
    private const int MaxNesting = 400;
    private int nesting;

    private SreNode ParseAlternatives(RegexFlags flags, bool nested)
    {
        if (++nesting > MaxNesting || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new RegexRecursionError();
        try
        {
            return ParseAlternativesCore(flags, nested);
        }
        finally
        {
            nesting--;
        }
    }

    private SreNode ParseAlternativesCore(RegexFlags flags, bool nested)
    {
        var alternatives = new List<SreNode>();
        while (true)
        {
            alternatives.Add(ParseSequence(flags, nested));
            if (Eat('|')) { onlyGlobalFlagsSoFar = false; continue; }
            break;
        }
        return alternatives.Count == 1 ? alternatives[0] : new SreAlternationNode(alternatives);
    }

    private static bool IsVerboseSpace(int c) => c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';

    private SreSequenceNode ParseSequence(RegexFlags flags, bool nested)
    {
        var sequence = new SreSequenceNode();
        var items = sequence.Items;
        while (!AtEnd)
        {
            int c = pattern[pos];
            if (c == '|' || c == ')') break;
            int start = pos;
            pos++;
            if ((flags & RegexFlags.Verbose) != 0)
            {
                if (IsVerboseSpace(c)) continue;
                if (c == '#')
                {
                    while (!AtEnd && pattern[pos] != '\n') pos++;
                    continue;
                }
            }
            switch (c)
            {
                case '[':
                    items.Add(new SreCharNode(ParseSet(start, flags)));
                    break;
                case '\\':
                    items.Add(ParseEscape(start, flags));
                    break;
                case '.':
                    items.Add(new SreCharNode(new SreAnyTest((flags & RegexFlags.DotAll) != 0)));
                    break;
                case '^':
                    items.Add(new SreAnchorNode((flags & RegexFlags.Multiline) != 0 ? AnchorKind.MultilineStart : AnchorKind.LineStart, false));
                    break;
                case '$':
                    items.Add(new SreAnchorNode((flags & RegexFlags.Multiline) != 0 ? AnchorKind.MultilineEnd : AnchorKind.LineEnd, false));
                    break;
                case '(':
                    {
                        SreNode? group = ParseGroup(start, ref flags, nested);
                        if (group != null) items.Add(group);
                        break;
                    }
                case '*':
                case '+':
                case '?':
                case '{':
                    if (!ParseRepeat(c, start, items)) items.Add(Literal(c, flags));
                    break;
                default:
                    items.Add(Literal(c, flags));
                    break;
            }
            if (c != '(') onlyGlobalFlagsSoFar = false;
        }
        return sequence;
    }

    private SreNode Literal(int c, RegexFlags flags)
    {
        CaseMode mode = CaseModeOf(flags, isBytes);
        if (mode != CaseMode.Exact)
        {
            int[] members = SreCaseFolding.Equivalents(c, mode);
            if (members.Length > 1) return new SreCharNode(new SreCaseGroupTest(members));
        }
        return new SreCharNode(new SreLiteralTest(c));
    }

    /// <summary>Parses a quantifier whose first character was consumed; false when '{' is a literal.</summary>
    private bool ParseRepeat(int c, int start, List<SreNode> items)
    {
        long min, max;
        switch (c)
        {
            case '*': min = 0; max = SreRepeatNode.Unbounded; break;
            case '+': min = 1; max = SreRepeatNode.Unbounded; break;
            case '?': min = 0; max = 1; break;
            default:
                {
                    int save = pos;
                    int loStart = pos;
                    while (!AtEnd && IsAsciiDigit(pattern[pos])) pos++;
                    int loEnd = pos;
                    int hiStart = pos, hiEnd = pos;
                    bool comma = false;
                    if (Eat(','))
                    {
                        comma = true;
                        hiStart = pos;
                        while (!AtEnd && IsAsciiDigit(pattern[pos])) pos++;
                        hiEnd = pos;
                    }
                    if (!Eat('}') )
                    {
                        pos = save;
                        return false;
                    }
                    if (!comma && loEnd == loStart)
                    {
                        pos = save;
                        return false;
                    }
                    min = loEnd > loStart ? ParseNumber(loStart, loEnd) : 0;
                    max = comma ? (hiEnd > hiStart ? ParseNumber(hiStart, hiEnd) : SreRepeatNode.Unbounded) : min;
                    if (min >= MaxRepeat || (max != SreRepeatNode.Unbounded && max >= MaxRepeat))
                        throw new RegexOverflowError("the repetition number is too large");
                    if (max < min) throw Error("min repeat greater than max repeat", loStart);
                    if (max >= SreRepeatNode.Unbounded) max = SreRepeatNode.Unbounded - 1;
                    break;
                }
        }
        SreNode? item = items.Count > 0 ? items[^1] : null;
        if (item == null || item is SreAnchorNode) throw Error("nothing to repeat", start);
        if (item is SreRepeatNode) throw Error("multiple repeat", start);
        RepeatKind kind = RepeatKind.Greedy;
        if (Eat('?')) kind = RepeatKind.Lazy;
        else if (Eat('+')) kind = RepeatKind.Possessive;
        SreNode body = item;
        if (body is SreGroupNode { Index: 0 } plain) body = plain.Body;
        items[^1] = new SreRepeatNode(body, (int)Math.Min(min, int.MaxValue - 1), (int)Math.Min(max, SreRepeatNode.Unbounded), kind);
        return true;
    }

    private long ParseNumber(int start, int end)
    {
        long value = 0;
        for (int i = start; i < end; i++)
        {
            value = value * 10 + (pattern[i] - '0');
            if (value > MaxRepeat) return MaxRepeat;
        }
        return value;
    }

    private static bool IsAsciiDigit(int c) => (uint)(c - '0') <= 9;
    private static bool IsOctalDigit(int c) => (uint)(c - '0') <= 7;
    private static bool IsHexDigit(int c) => IsAsciiDigit(c) || (uint)((c | 32) - 'a') <= 5;
    private static bool IsAsciiLetter(int c) => (uint)((c | 32) - 'a') <= 25;

    private SreCharTest Category(int letter, RegexFlags flags)
    {
        bool ascii = AsciiClasses(flags);
        return letter switch
        {
            'd' => new SreCategoryTest(CategoryKind.Digit, false, ascii),
            'D' => new SreCategoryTest(CategoryKind.Digit, true, ascii),
            's' => new SreCategoryTest(CategoryKind.Space, false, ascii),
            'S' => new SreCategoryTest(CategoryKind.Space, true, ascii),
            'w' => new SreCategoryTest(CategoryKind.Word, false, ascii),
            _ => new SreCategoryTest(CategoryKind.Word, true, ascii),
        };
    }

    /// <summary>Escapes shared by sets and the outside: returns the code point, or -1 if not one of them.</summary>
    private int SimpleEscape(int c, int start)
    {
        switch (c)
        {
            case 'a': return 7;
            case 'f': return 12;
            case 'n': return 10;
            case 'r': return 13;
            case 't': return 9;
            case 'v': return 11;
            case '\\': return '\\';
            case 'x':
                return HexEscape(start, 2);
            case 'u':
                if (isBytes) return -1;
                return HexEscape(start, 4);
            case 'U':
                if (isBytes) return -1;
                {
                    int value = HexEscape(start, 8);
                    if (value < 0 || value > 0x10FFFF) throw Error($"bad escape {Text(start, pos)}", start);
                    return value;
                }
            case 'N':
                if (isBytes) return -1;
                return NamedEscape(start);
            default:
                return -1;
        }
    }

    private int HexEscape(int start, int digits)
    {
        long value = 0;
        for (int i = 0; i < digits; i++)
        {
            if (AtEnd || !IsHexDigit(pattern[pos])) throw Error($"incomplete escape {Text(start, pos)}", start);
            int d = pattern[pos++];
            value = value * 16 + (IsAsciiDigit(d) ? d - '0' : (d | 32) - 'a' + 10);
        }
        return value > int.MaxValue ? -2 : (int)value;
    }

    private int NamedEscape(int start)
    {
        if (!Eat('{')) throw Error("missing {", pos);
        int nameStart = pos;
        while (!AtEnd && pattern[pos] != '}') pos++;
        if (AtEnd)
        {
            if (pos == nameStart) throw Error("missing character name", nameStart);
            throw Error("missing }, unterminated name", nameStart);
        }
        if (pos == nameStart) throw Error("missing character name", nameStart);
        string name = Text(nameStart, pos);
        pos++;
        if (!Warden.Objects.UnicodeNames.TryLookup(name, out int codePoint))
            throw Error($"undefined character name '{name}'", start);
        return codePoint;
    }

    private int OctalEscape(int start, int first)
    {
        int value = first - '0';
        for (int i = 0; i < 2 && !AtEnd && IsOctalDigit(pattern[pos]); i++) value = value * 8 + (pattern[pos++] - '0');
        if (value > 0xFF) throw Error($"octal escape value {Text(start, pos)} outside of range 0-0o377", start);
        return value;
    }

    private SreNode ParseEscape(int start, RegexFlags flags)
    {
        if (AtEnd) throw Error("bad escape (end of pattern)", start);
        int c = pattern[pos++];
        bool ascii = AsciiClasses(flags);
        switch (c)
        {
            case 'A': return new SreAnchorNode(AnchorKind.StringStart, ascii);
            case 'Z': return new SreAnchorNode(AnchorKind.StringEnd, ascii);
            case 'b': return new SreAnchorNode(AnchorKind.WordBoundary, ascii);
            case 'B': return new SreAnchorNode(AnchorKind.NotWordBoundary, ascii);
            case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
                return new SreCharNode(Category(c, flags));
            case '0':
                return Literal(OctalEscape(start, c), flags);
        }
        if (IsAsciiDigit(c))
        {
            if (!AtEnd && IsAsciiDigit(pattern[pos]))
            {
                if (IsOctalDigit(c) && IsOctalDigit(pattern[pos]) && pos + 1 < pattern.Length && IsOctalDigit(pattern[pos + 1]))
                {
                    return Literal(OctalEscape(start, c), flags);
                }
                pos++;
            }
            int group = int.Parse(Text(start + 1, pos));
            if (group > groupCount) throw Error($"invalid group reference {group}", start + 1);
            if (openGroups.Contains(group)) throw Error("cannot refer to an open group", start);
            CheckLookbehindReference(group);
            return new SreBackrefNode(group, CaseModeOf(flags, isBytes));
        }
        int simple = SimpleEscape(c, start);
        if (simple >= 0) return Literal(simple, flags);
        if (IsAsciiLetter(c)) throw Error($"bad escape {Text(start, pos)}", start);
        return Literal(c, flags);
    }

    private void CheckLookbehindReference(int group)
    {
        if (lookbehindGroupsStart == null) return;
        if (group > groupCount || openGroups.Contains(group)) throw Error("cannot refer to an open group", pos);
        if (lookbehindGroupsStart is int first && group > first)
            throw Error("cannot refer to group defined in the same lookbehind subpattern", pos);
    }

    /// <summary>An escape inside [...]: a code point, or a category test.</summary>
    private (int CodePoint, SreCharTest? Category) ParseSetEscape(int start, RegexFlags flags)
    {
        if (AtEnd) throw Error("bad escape (end of pattern)", start);
        int c = pattern[pos++];
        switch (c)
        {
            case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
                return (-1, Category(c, flags));
            case 'b':
                return (8, null);
        }
        if (IsOctalDigit(c)) return (OctalEscape(start, c), null);
        if (IsAsciiDigit(c)) throw Error($"bad escape {Text(start, pos)}", start);
        int simple = SimpleEscape(c, start);
        if (simple >= 0) return (simple, null);
        if (IsAsciiLetter(c)) throw Error($"bad escape {Text(start, pos)}", start);
        return (c, null);
    }

    private SreCharTest ParseSet(int start, RegexFlags flags)
    {
        bool negated = Eat('^');
        var ranges = new List<(int Lo, int Hi)>();
        var categories = new List<SreCategoryTest>();
        int first = pos;
        while (true)
        {
            if (AtEnd) throw Error("unterminated character set", start);
            int itemStart = pos;
            int c = pattern[pos++];
            if (c == ']' && itemStart != first) break;
            int lo;
            SreCharTest? category = null;
            if (c == '\\') (lo, category) = ParseSetEscape(itemStart, flags);
            else lo = c;
            if (Peek == '-' )
            {
                pos++;
                if (AtEnd) throw Error("unterminated character set", start);
                int thatStart = pos;
                int that = pattern[pos++];
                if (that == ']')
                {
                    AddSetItem(ranges, categories, lo, category);
                    ranges.Add(('-', '-'));
                    break;
                }
                int hi;
                SreCharTest? category2 = null;
                if (that == '\\') (hi, category2) = ParseSetEscape(thatStart, flags);
                else hi = that;
                if (category != null || category2 != null || hi < lo)
                    throw Error($"bad character range {Text(itemStart, pos)}", itemStart);
                ranges.Add((lo, hi));
                continue;
            }
            AddSetItem(ranges, categories, lo, category);
        }
        ranges.Sort((a, b) => a.Lo.CompareTo(b.Lo));
        var merged = new List<int>();
        foreach (var (lo, hi) in ranges)
        {
            if (merged.Count > 0 && lo <= merged[^1] + 1)
            {
                if (hi > merged[^1]) merged[^1] = hi;
            }
            else { merged.Add(lo); merged.Add(hi); }
        }
        CaseMode mode = CaseModeOf(flags, isBytes);
        if (!negated && categories.Count == 0 && merged.Count == 2 && merged[0] == merged[1])
        {
            int only = merged[0];
            if (mode == CaseMode.Exact) return new SreLiteralTest(only);
            int[] members = SreCaseFolding.Equivalents(only, mode);
            return members.Length > 1 ? new SreCaseGroupTest(members) : new SreLiteralTest(only);
        }
        return new SreSetTest(merged.ToArray(), categories.ToArray(), negated, mode);
    }

    private static void AddSetItem(List<(int, int)> ranges, List<SreCategoryTest> categories, int codePoint, SreCharTest? category)
    {
        if (category != null) categories.Add((SreCategoryTest)category);
        else ranges.Add((codePoint, codePoint));
    }

    private string ReadName(int terminator, int nameStart, string unterminated)
    {
        while (!AtEnd && pattern[pos] != terminator) pos++;
        if (AtEnd) throw Error(unterminated, nameStart);
        string name = Text(nameStart, pos);
        pos++;
        return name;
    }

    private bool IsValidGroupName(string name)
    {
        if (name.Length == 0) return false;
        return SreIdentifiers.IsIdentifier(name);
    }

    private SreNode? ParseGroup(int start, ref RegexFlags flags, bool nested)
    {
        int capture = -1;   // -1: none
        string? name = null;
        RegexFlags bodyFlags = flags;
        if (Eat('?'))
        {
            if (AtEnd) throw Error("unexpected end of pattern", pos);
            int c = pattern[pos++];
            switch (c)
            {
                case 'P':
                    {
                        if (AtEnd) throw Error("unexpected end of pattern", pos);
                        int k = pattern[pos++];
                        if (k == '<')
                        {
                            int nameStart = pos;
                            name = ReadName('>', nameStart, "missing >, unterminated name");
                            if (name.Length == 0) throw Error("missing group name", nameStart);
                            if (!IsValidGroupName(name)) throw Error($"bad character in group name '{name}'", nameStart);
                            capture = OpenGroup(name, nameStart);
                            break;
                        }
                        if (k == '=')
                        {
                            int nameStart = pos;
                            string refName = ReadName(')', nameStart, "missing ), unterminated name");
                            if (refName.Length == 0) throw Error("missing group name", nameStart);
                            if (!IsValidGroupName(refName)) throw Error($"bad character in group name '{refName}'", nameStart);
                            if (!groupIndex.TryGetValue(refName, out int group)) throw Error($"unknown group name '{refName}'", nameStart);
                            if (openGroups.Contains(group)) throw Error("cannot refer to an open group", nameStart);
                            CheckLookbehindReference(group);
                            onlyGlobalFlagsSoFar = false;
                            return new SreBackrefNode(group, CaseModeOf(flags, isBytes));
                        }
                        throw Error($"unknown extension ?P{Text(pos - 1, pos)}", start + 1);
                    }
                case ':':
                    capture = 0;
                    break;
                case '#':
                    while (!AtEnd && pattern[pos] != ')') pos++;
                    if (AtEnd) throw Error("missing ), unterminated comment", start);
                    pos++;
                    return null;
                case '=':
                case '!':
                    return FinishLook(start, flags, behind: false, negated: c == '!');
                case '<':
                    {
                        if (AtEnd) throw Error("unexpected end of pattern", pos);
                        int k = pattern[pos++];
                        if (k == '=' || k == '!') return FinishLook(start, flags, behind: true, negated: k == '!');
                        throw Error($"unknown extension ?<{Text(pos - 1, pos)}", start + 1);
                    }
                case '(':
                    return ParseConditional(start, flags);
                case '>':
                    {
                        onlyGlobalFlagsSoFar = false;
                        SreNode body = ParseAlternatives(flags, nested: true);
                        if (!Eat(')')) throw Error("missing ), unterminated subpattern", start);
                        return new SreAtomicNode(body);
                    }
                default:
                    if (c == 'a' || c == 'i' || c == 'L' || c == 'm' || c == 's' || c == 'u' || c == 'x' || c == '-')
                    {
                        pos--;
                        RegexFlags? scoped = ParseFlags(start, flags, nested, out bool global);
                        if (global)
                        {
                            // Parse the rest with them at once (e.g. (?x) changes what follows).
                            flags |= globalFlags & ~TypeFlags;
                            return null;
                        }
                        bodyFlags = scoped!.Value;
                        capture = 0;
                        break;
                    }
                    throw Error($"unknown extension ?{Text(pos - 1, pos)}", start + 1);
            }
        }
        onlyGlobalFlagsSoFar = false;
        int index = 0;
        if (capture < 0) index = OpenGroup(null, start);
        else if (capture > 0) index = capture;
        SreNode inner = ParseAlternatives(bodyFlags, nested: true);
        if (!Eat(')')) throw Error("missing ), unterminated subpattern", start);
        if (index > 0)
        {
            openGroups.Remove(index);
            groupWidths[index] = Width(inner);
        }
        return new SreGroupNode(index, inner);
    }

    private int OpenGroup(string? name, int nameStart)
    {
        int index = ++groupCount;
        if (name != null)
        {
            if (groupIndex.TryGetValue(name, out int previous))
                throw Error($"redefinition of group name '{name}' as group {index}; was group {previous}", nameStart);
            groupIndex[name] = index;
        }
        openGroups.Add(index);
        groupWidths.Add((0, 0));
        return index;
    }

    private SreNode FinishLook(int start, RegexFlags flags, bool behind, bool negated)
    {
        onlyGlobalFlagsSoFar = false;
        int? savedLookbehind = lookbehindGroupsStart;
        if (behind && lookbehindGroupsStart == null) lookbehindGroupsStart = groupCount;
        SreNode body = ParseAlternatives(flags, nested: true);
        if (behind) lookbehindGroupsStart = savedLookbehind;
        if (!Eat(')')) throw Error("missing ), unterminated subpattern", start);
        int width = 0;
        if (behind)
        {
            var (min, max) = Width(body);
            if (min != max || max >= MaxRepeat) throw Error("look-behind requires fixed-width pattern", null);
            width = (int)min;
        }
        return new SreLookNode(body, behind, negated, width);
    }

    private SreNode ParseConditional(int start, RegexFlags flags)
    {
        onlyGlobalFlagsSoFar = false;
        int nameStart = pos;
        if (AtEnd) throw Error("missing group name", nameStart);
        string name = ReadName(')', nameStart, "missing ), unterminated name");
        if (name.Length == 0) throw Error("missing group name", nameStart);
        int group;
        if (IsAllAsciiDigits(name))
        {
            group = name.Length > 9 ? int.MaxValue : int.Parse(name);
            if (group == 0) throw Error("bad group number", nameStart);
            conditionalReferences.Add((group, nameStart));
        }
        else
        {
            if (!IsValidGroupName(name)) throw Error($"bad character in group name '{name}'", nameStart);
            if (!groupIndex.TryGetValue(name, out group)) throw Error($"unknown group name '{name}'", nameStart);
        }
        CheckLookbehindReference(group);
        SreNode yes = ParseSequence(flags, nested: true);
        SreNode? no = null;
        if (Eat('|'))
        {
            no = ParseSequence(flags, nested: true);
            if (Peek == '|') throw Error("conditional backref with more than two branches", pos);
        }
        if (!Eat(')')) throw Error("missing ), unterminated subpattern", start);
        return new SreConditionalNode(group, yes, no);
    }

    private static bool IsAllAsciiDigits(string s)
    {
        foreach (char ch in s) if (ch < '0' || ch > '9') return false;
        return s.Length > 0;
    }

    private static RegexFlags FlagOf(int c) => c switch
    {
        'a' => RegexFlags.Ascii,
        'i' => RegexFlags.IgnoreCase,
        'L' => RegexFlags.Locale,
        'm' => RegexFlags.Multiline,
        's' => RegexFlags.DotAll,
        'u' => RegexFlags.Unicode,
        'x' => RegexFlags.Verbose,
        _ => RegexFlags.None,
    };

    private const RegexFlags TypeFlags = RegexFlags.Ascii | RegexFlags.Locale | RegexFlags.Unicode;

    /// <summary>Parses "(?flags)" or "(?flags-flags:"; returns the scoped flags, or sets <paramref name="global"/>.</summary>
    private RegexFlags? ParseFlags(int start, RegexFlags flags, bool nested, out bool global)
    {
        global = false;
        RegexFlags add = RegexFlags.None, remove = RegexFlags.None;
        while (!AtEnd && FlagOf(pattern[pos]) != RegexFlags.None)
        {
            int c = pattern[pos++];
            if (!isBytes && c == 'L') throw Error("bad inline flags: cannot use 'L' flag with a str pattern", pos);
            if (isBytes && c == 'u') throw Error("bad inline flags: cannot use 'u' flag with a bytes pattern", pos);
            RegexFlags flag = FlagOf(c);
            add |= flag;
            if ((flag & TypeFlags) != 0 && (add & TypeFlags) != flag)
                throw Error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", pos);
        }
        if (AtEnd) throw Error("missing -, : or )", pos);
        if (pattern[pos] == ')')
        {
            pos++;
            if (!onlyGlobalFlagsSoFar || nested)
                throw Error("global flags not at the start of the expression", start);
            globalFlags |= add;
            global = true;
            return null;
        }
        if (pattern[pos] == '-')
        {
            pos++;
            if (AtEnd) throw Error("missing flag", pos);
            if (FlagOf(pattern[pos]) == RegexFlags.None)
            {
                int bad = pattern[pos];
                throw Error(IsAsciiLetter(bad) ? "unknown flag" : "missing flag", pos);
            }
            while (!AtEnd && FlagOf(pattern[pos]) != RegexFlags.None)
            {
                RegexFlags flag = FlagOf(pattern[pos++]);
                if ((flag & TypeFlags) != 0) throw Error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", pos);
                remove |= flag;
            }
            if (AtEnd) throw Error("missing :", pos);
        }
        if (pattern[pos] != ':')
        {
            int bad = pattern[pos];
            string msg = IsAsciiLetter(bad) ? "unknown flag" : (remove != RegexFlags.None ? "missing :" : "missing -, : or )");
            throw Error(msg, pos);
        }
        pos++;
        if ((add & remove) != 0) throw Error("bad inline flags: flag turned on and off", pos - 1);
        RegexFlags result = (flags | add) & ~remove;
        if ((add & TypeFlags) != 0) result = (result & ~TypeFlags) | (add & TypeFlags);
        return result;
    }

    /// <summary>Minimum and maximum width of a node (max capped at <see cref="MaxRepeat"/>).</summary>
    private (long Min, long Max) Width(SreNode node)
    {
        switch (node)
        {
            case SreCharNode: return (1, 1);
            case SreSequenceNode seq:
                {
                    long min = 0, max = 0;
                    foreach (var item in seq.Items)
                    {
                        var (a, b) = Width(item);
                        min = Math.Min(min + a, MaxRepeat);
                        max = Math.Min(max + b, MaxRepeat);
                    }
                    return (min, max);
                }
            case SreAlternationNode alt:
                {
                    long min = long.MaxValue, max = 0;
                    foreach (var item in alt.Alternatives)
                    {
                        var (a, b) = Width(item);
                        min = Math.Min(min, a);
                        max = Math.Max(max, b);
                    }
                    return (min, max);
                }
            case SreGroupNode g: return Width(g.Body);
            case SreAtomicNode a: return Width(a.Body);
            case SreRepeatNode r:
                {
                    var (a, b) = Width(r.Body);
                    long max = r.Max == SreRepeatNode.Unbounded ? (b == 0 ? 0 : MaxRepeat) : Math.Min(b * r.Max, MaxRepeat);
                    return (Math.Min(a * r.Min, MaxRepeat), max);
                }
            case SreBackrefNode b:
                return b.Group < groupWidths.Count ? groupWidths[b.Group] : (0, MaxRepeat);
            case SreConditionalNode c:
                {
                    var (a1, b1) = Width(c.Yes);
                    var (a2, b2) = c.No != null ? Width(c.No) : (0, 0);
                    return (Math.Min(a1, a2), Math.Max(b1, b2));
                }
            default:
                return (0, 0);
        }
    }
}
