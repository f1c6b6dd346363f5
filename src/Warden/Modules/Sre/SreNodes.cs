using System.Collections.Generic;

namespace Warden.Modules.Sre;

/// <summary>A node of a parsed pattern (the parser's output, the compiler's input).</summary>
internal abstract class SreNode
{
}

/// <summary>Consumes one character that passes <see cref="Test"/>.</summary>
internal sealed class SreCharNode : SreNode
{
    public SreCharNode(SreCharTest test) { Test = test; }
    public SreCharTest Test { get; }
}

/// <summary>Items matched one after another.</summary>
internal sealed class SreSequenceNode : SreNode
{
    public List<SreNode> Items { get; } = new();
}

/// <summary>Alternatives tried left to right.</summary>
internal sealed class SreAlternationNode : SreNode
{
    public SreAlternationNode(List<SreNode> alternatives) { Alternatives = alternatives; }
    public List<SreNode> Alternatives { get; }
}

/// <summary>A parenthesised group; <see cref="Index"/> is 0 for non-capturing groups.</summary>
internal sealed class SreGroupNode : SreNode
{
    public SreGroupNode(int index, SreNode body) { Index = index; Body = body; }
    public int Index { get; }
    public SreNode Body { get; }
}

/// <summary>Greedy, lazy or possessive quantifiers.</summary>
internal enum RepeatKind
{
    Greedy,
    Lazy,
    Possessive,
}

/// <summary>A quantified item; <see cref="Max"/> is <see cref="Unbounded"/> when there is no upper bound.</summary>
internal sealed class SreRepeatNode : SreNode
{
    public const int Unbounded = int.MaxValue;
    public SreRepeatNode(SreNode body, int min, int max, RepeatKind kind) { Body = body; Min = min; Max = max; Kind = kind; }
    public SreNode Body { get; }
    public int Min { get; }
    public int Max { get; }
    public RepeatKind Kind { get; }
}

/// <summary>Zero-width position tests.</summary>
internal enum AnchorKind
{
    LineStart,          // ^ without MULTILINE
    MultilineStart,     // ^ with MULTILINE
    LineEnd,            // $ without MULTILINE
    MultilineEnd,       // $ with MULTILINE
    StringStart,        // \A
    StringEnd,          // \Z
    WordBoundary,       // \b
    NotWordBoundary,    // \B
}

/// <summary>A zero-width position test.</summary>
internal sealed class SreAnchorNode : SreNode
{
    public SreAnchorNode(AnchorKind kind, bool ascii) { Kind = kind; Ascii = ascii; }
    public AnchorKind Kind { get; }
    public bool Ascii { get; }
}

/// <summary>\N or (?P=name): the text a group captured.</summary>
internal sealed class SreBackrefNode : SreNode
{
    public SreBackrefNode(int group, CaseMode caseMode) { Group = group; CaseMode = caseMode; }
    public int Group { get; }
    public CaseMode CaseMode { get; }
}

/// <summary>Lookahead or (fixed-width) lookbehind, positive or negative.</summary>
internal sealed class SreLookNode : SreNode
{
    public SreLookNode(SreNode body, bool behind, bool negated, int width) { Body = body; Behind = behind; Negated = negated; Width = width; }
    public SreNode Body { get; }
    public bool Behind { get; }
    public bool Negated { get; }
    public int Width { get; }
}

/// <summary>(?>...): once the body matched, its choices are forgotten.</summary>
internal sealed class SreAtomicNode : SreNode
{
    public SreAtomicNode(SreNode body) { Body = body; }
    public SreNode Body { get; }
}

/// <summary>(?(group)yes|no).</summary>
internal sealed class SreConditionalNode : SreNode
{
    public SreConditionalNode(int group, SreNode yes, SreNode? no) { Group = group; Yes = yes; No = no; }
    public int Group { get; }
    public SreNode Yes { get; }
    public SreNode? No { get; }
}
