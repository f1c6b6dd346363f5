using System.Collections.Generic;

namespace Warden.Modules.Sre;

/// <summary>Instructions of the backtracking machine.</summary>
internal enum SreOp : byte
{
    Literal,        // A = code point
    Test,           // Test
    Anchor,         // A = AnchorKind, B = 1 when ASCII word rules
    Jump,           // A = target
    Split,          // try pc+1 first, then A
    SplitLazy,      // try A first, then pc+1
    SaveStart,      // A = group
    SaveEnd,        // A = group
    RepeatInit,     // A = register
    RepeatUntil,    // A = register, B = min, C = max, D = exit, E = 1 when lazy; body starts at pc+1
    SingleRepeat,   // Test, B = min, C = max, E = RepeatKind
    Backref,        // A = group, B = CaseMode
    LookStart,      // A = 0 ahead / 1 behind, B = width, C = 1 when negated, D = pc after LookEnd
    LookEnd,
    AtomicStart,
    AtomicEnd,
    CondGroup,      // A = group, D = pc of the "no" branch
    Match,
}

/// <summary>One instruction.</summary>
internal struct SreInstruction
{
    public SreOp Op;
    public int A, B, C, D, E;
    public SreCharTest? Test;
}

/// <summary>A compiled pattern: instructions plus what the search loop may use to skip ahead.</summary>
internal sealed class SreProgram
{
    public SreProgram(SreInstruction[] code, int registers, int groups)
    {
        Code = code; Registers = registers; Groups = groups;
    }
    public SreInstruction[] Code { get; }
    public int Registers { get; }
    public int Groups { get; }

    /// <summary>Literal characters every match starts with (case-sensitive), or empty.</summary>
    public int[] LiteralPrefix { get; set; } = System.Array.Empty<int>();

    /// <summary>A test every match's first character passes, or null.</summary>
    public SreCharTest? FirstCharTest { get; set; }

    /// <summary>Characters one of which every match starts with (at most 5), or null.</summary>
    public int[]? FirstLiterals { get; set; }

    /// <summary>True when a match can only start at index 0 (\A or ^ without MULTILINE first).</summary>
    public bool AnchoredAtStart { get; set; }
}

/// <summary>Turns a parsed pattern into an <see cref="SreProgram"/>.</summary>
internal sealed class SreCompiler
{
    private readonly List<SreInstruction> code = new();
    private int registers;

    public static SreProgram Compile(SreParseResult parsed)
    {
        var compiler = new SreCompiler();
        compiler.Emit(parsed.Root);
        compiler.Add(new SreInstruction { Op = SreOp.Match });
        var program = new SreProgram(compiler.code.ToArray(), compiler.registers, parsed.GroupCount);
        Analyse(program);
        return program;
    }

    private int Add(SreInstruction instruction)
    {
        code.Add(instruction);
        return code.Count - 1;
    }

    private void Patch(int at, System.Func<SreInstruction, SreInstruction> change) => code[at] = change(code[at]);

    private void Emit(SreNode node)
    {
        switch (node)
        {
            case SreCharNode c:
                if (c.Test is SreLiteralTest literal) Add(new SreInstruction { Op = SreOp.Literal, A = literal.CodePoint });
                else Add(new SreInstruction { Op = SreOp.Test, Test = c.Test });
                break;
            case SreSequenceNode seq:
                foreach (var item in seq.Items) Emit(item);
                break;
            case SreAlternationNode alt:
                {
                    var jumps = new List<int>();
                    for (int i = 0; i < alt.Alternatives.Count; i++)
                    {
                        int split = -1;
                        if (i < alt.Alternatives.Count - 1) split = Add(new SreInstruction { Op = SreOp.Split });
                        Emit(alt.Alternatives[i]);
                        if (i < alt.Alternatives.Count - 1)
                        {
                            jumps.Add(Add(new SreInstruction { Op = SreOp.Jump }));
                            int next = code.Count;
                            Patch(split, x => { x.A = next; return x; });
                        }
                    }
                    int end = code.Count;
                    foreach (int j in jumps) Patch(j, x => { x.A = end; return x; });
                    break;
                }
            case SreGroupNode g:
                if (g.Index > 0) Add(new SreInstruction { Op = SreOp.SaveStart, A = g.Index });
                Emit(g.Body);
                if (g.Index > 0) Add(new SreInstruction { Op = SreOp.SaveEnd, A = g.Index });
                break;
            case SreRepeatNode r:
                EmitRepeat(r);
                break;
            case SreAnchorNode a:
                Add(new SreInstruction { Op = SreOp.Anchor, A = (int)a.Kind, B = a.Ascii ? 1 : 0 });
                break;
            case SreBackrefNode b:
                Add(new SreInstruction { Op = SreOp.Backref, A = b.Group, B = (int)b.CaseMode });
                break;
            case SreLookNode look:
                {
                    int start = Add(new SreInstruction { Op = SreOp.LookStart, A = look.Behind ? 1 : 0, B = look.Width, C = look.Negated ? 1 : 0 });
                    Emit(look.Body);
                    Add(new SreInstruction { Op = SreOp.LookEnd });
                    int after = code.Count;
                    Patch(start, x => { x.D = after; return x; });
                    break;
                }
            case SreAtomicNode atomic:
                Add(new SreInstruction { Op = SreOp.AtomicStart });
                Emit(atomic.Body);
                Add(new SreInstruction { Op = SreOp.AtomicEnd });
                break;
            case SreConditionalNode cond:
                {
                    int test = Add(new SreInstruction { Op = SreOp.CondGroup, A = cond.Group });
                    Emit(cond.Yes);
                    int jump = Add(new SreInstruction { Op = SreOp.Jump });
                    int no = code.Count;
                    if (cond.No != null) Emit(cond.No);
                    int end = code.Count;
                    Patch(test, x => { x.D = no; return x; });
                    Patch(jump, x => { x.A = end; return x; });
                    break;
                }
            default:
                throw new System.InvalidOperationException("unknown node " + node.GetType().Name);
        }
    }

    private void EmitRepeat(SreRepeatNode r)
    {
        if (r.Max == 0) return;
        if (r.Body is SreCharNode single)
        {
            Add(new SreInstruction { Op = SreOp.SingleRepeat, Test = single.Test, B = r.Min, C = r.Max, E = (int)r.Kind });
            return;
        }
        if (r.Kind == RepeatKind.Possessive)
        {
            Add(new SreInstruction { Op = SreOp.AtomicStart });
            EmitRepeat(new SreRepeatNode(r.Body, r.Min, r.Max, RepeatKind.Greedy));
            Add(new SreInstruction { Op = SreOp.AtomicEnd });
            return;
        }
        if (r.Min == 1 && r.Max == 1)
        {
            Emit(r.Body);
            return;
        }
        if (r.Min == 0 && r.Max == 1)
        {
            int split = Add(new SreInstruction { Op = r.Kind == RepeatKind.Lazy ? SreOp.SplitLazy : SreOp.Split });
            Emit(r.Body);
            int after = code.Count;
            Patch(split, x => { x.A = after; return x; });
            return;
        }
        int register = registers++;
        Add(new SreInstruction { Op = SreOp.RepeatInit, A = register });
        int until = Add(new SreInstruction { Op = SreOp.RepeatUntil, A = register, B = r.Min, C = r.Max, E = r.Kind == RepeatKind.Lazy ? 1 : 0 });
        Emit(r.Body);
        Add(new SreInstruction { Op = SreOp.Jump, A = until });
        int exit = code.Count;
        Patch(until, x => { x.D = exit; return x; });
    }

    private static void Analyse(SreProgram program)
    {
        var code = program.Code;
        // Zero-width instructions at the start (group marks, \b, ...) do not move the match start,
        // so the literal prefix / first character after them still tells where a match can begin.
        int pc = 0;
        while (pc < code.Length && (code[pc].Op == SreOp.SaveStart || (code[pc].Op == SreOp.Anchor && pc > 0) || (code[pc].Op == SreOp.Anchor && !IsStartAnchor(code[pc]))))
            pc++;
        if (pc == 0 && code.Length > 0 && code[0].Op == SreOp.Anchor && IsStartAnchor(code[0]))
        {
            program.AnchoredAtStart = true;
            return;
        }
        var prefix = new List<int>();
        int p = pc;
        while (p < code.Length && (code[p].Op == SreOp.Literal || code[p].Op == SreOp.SaveStart))
        {
            if (code[p].Op == SreOp.Literal) prefix.Add(code[p].A);
            p++;
        }
        program.LiteralPrefix = prefix.ToArray();
        if (prefix.Count > 0 || pc >= code.Length) return;
        var first = code[pc];
        if (first.Op == SreOp.Test) program.FirstCharTest = first.Test;
        else if (first.Op == SreOp.SingleRepeat && first.B > 0) program.FirstCharTest = first.Test;
        else if (first.Op == SreOp.Split)
        {
            var literals = new List<int>();
            if (CollectFirstLiterals(code, pc, literals, 0) && literals.Count <= 5) program.FirstLiterals = literals.ToArray();
        }
    }

    private static bool IsStartAnchor(SreInstruction ins) =>
        ins.A == (int)AnchorKind.StringStart || ins.A == (int)AnchorKind.LineStart;

    /// <summary>The literal every branch starting at <paramref name="pc"/> begins with; false if some branch does not begin with one.</summary>
    private static bool CollectFirstLiterals(SreInstruction[] code, int pc, List<int> literals, int depth)
    {
        if (depth > 20 || literals.Count > 5) return false;
        while (code[pc].Op == SreOp.SaveStart || code[pc].Op == SreOp.Jump)
            pc = code[pc].Op == SreOp.Jump ? code[pc].A : pc + 1;
        switch (code[pc].Op)
        {
            case SreOp.Literal:
                if (!literals.Contains(code[pc].A)) literals.Add(code[pc].A);
                return true;
            case SreOp.Split:
                return CollectFirstLiterals(code, pc + 1, literals, depth + 1) && CollectFirstLiterals(code, code[pc].A, literals, depth + 1);
            default:
                return false;
        }
    }
}
