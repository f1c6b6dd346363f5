using System;

namespace Warden.Modules.Sre;

/// <summary>
/// The backtracking machine. All backtracking state lives in an explicit stack of frames (no .NET
/// recursion), so no pattern or subject can overflow the .NET stack. Choice points and undo records
/// share the stack: backtracking pops undo records (restoring capture marks, repeat registers and
/// lastindex) until it reaches a choice point.
/// </summary>
internal sealed class SreMatcher
{
    private enum FrameKind : byte
    {
        UndoMark,       // A = slot, B = old value
        UndoRegister,   // A = register, B = old count, C = old last position
        UndoLastIndex,  // A = old lastindex
        Resume,         // A = pc, B = pos
        LazyRepeat,     // A = pc of RepeatUntil, B = pos
        SingleGreedy,   // A = pc, B = start position, C = count
        SingleLazy,     // A = pc, B = start position, C = count
        Barrier,        // A = kind (0 positive look, 1 negative look, 2 atomic), B = pos, C = pc after a look
    }

    private struct Frame
    {
        public FrameKind Kind;
        public int A, B, C;
    }

    private readonly SreProgram program;
    private readonly int[] subject;
    private readonly int end;
    private readonly RegexBudget? budget;
    private readonly bool fullMatch;

    private Frame[] stack = new Frame[64];
    private int top;
    private readonly int[] marks;
    private readonly int[] repeatCount;
    private readonly int[] repeatLast;
    private int lastIndex;
    private int steps;

    /// <summary>A match starting here must not be empty (the 3.7+ rule after an empty match); -1 for none.</summary>
    public int MustAdvanceAt { get; set; } = -1;

    public SreMatcher(SreProgram program, int[] subject, int end, bool fullMatch, RegexBudget? budget)
    {
        this.program = program;
        this.subject = subject;
        this.end = end;
        this.fullMatch = fullMatch;
        this.budget = budget;
        marks = new int[2 * (program.Groups + 1)];
        repeatCount = new int[program.Registers];
        repeatLast = new int[program.Registers];
    }

    /// <summary>Capture marks of the last successful <see cref="TryAt"/>: start/end per group, -1 when unset.</summary>
    public int[] Marks => marks;

    /// <summary>lastindex of the last successful match (0 when no group closed).</summary>
    public int LastIndex => lastIndex;

    private void Push(FrameKind kind, int a, int b, int c = 0)
    {
        if (top == stack.Length) Array.Resize(ref stack, stack.Length * 2);
        ref Frame f = ref stack[top++];
        f.Kind = kind; f.A = a; f.B = b; f.C = c;
    }

    private void SetMark(int slot, int value)
    {
        Push(FrameKind.UndoMark, slot, marks[slot]);
        marks[slot] = value;
    }

    private void SetRegister(int register, int count, int last)
    {
        Push(FrameKind.UndoRegister, register, repeatCount[register], repeatLast[register]);
        repeatCount[register] = count;
        repeatLast[register] = last;
    }

    private void Tick(int amount)
    {
        steps += amount;
        if (steps >= RegexBudget.CheckInterval)
        {
            if (budget != null) budget.Spend(steps);
            steps = 0;
        }
    }

    /// <summary>Flushes uncounted steps into the budget.</summary>
    public void Flush()
    {
        if (budget != null && steps > 0) budget.Record(steps);
        steps = 0;
    }

    private bool IsWordAt(int i, bool ascii) => i >= 0 && i < end && SreCharacters.IsWord(subject[i], ascii);

    private bool AnchorHolds(AnchorKind kind, bool ascii, int pos)
    {
        switch (kind)
        {
            case AnchorKind.LineStart:
            case AnchorKind.StringStart:
                return pos == 0;
            case AnchorKind.MultilineStart:
                return pos == 0 || subject[pos - 1] == '\n';
            case AnchorKind.LineEnd:
                return pos == end || (pos == end - 1 && subject[pos] == '\n');
            case AnchorKind.MultilineEnd:
                return pos == end || (pos < end && subject[pos] == '\n');
            case AnchorKind.StringEnd:
                return pos == end;
            case AnchorKind.WordBoundary:
                if (end == 0) return false;
                return IsWordAt(pos - 1, ascii) != IsWordAt(pos, ascii);
            default:
                if (end == 0) return false;
                return IsWordAt(pos - 1, ascii) == IsWordAt(pos, ascii);
        }
    }

    /// <summary>Tries to match starting exactly at <paramref name="start"/>; on success the marks hold the groups.</summary>
    public bool TryAt(int start)
    {
        Array.Fill(marks, -1);
        top = 0;
        lastIndex = 0;
        var code = program.Code;
        int pc = 0;
        int pos = start;
        while (true)
        {
            if (++steps >= RegexBudget.CheckInterval) Tick(0);
            ref SreInstruction ins = ref code[pc];
            switch (ins.Op)
            {
                case SreOp.Literal:
                    if (pos < end && subject[pos] == ins.A) { pos++; pc++; continue; }
                    goto Fail;
                case SreOp.Test:
                    if (pos < end && ins.Test!.Matches(subject[pos])) { pos++; pc++; continue; }
                    goto Fail;
                case SreOp.Anchor:
                    if (AnchorHolds((AnchorKind)ins.A, ins.B != 0, pos)) { pc++; continue; }
                    goto Fail;
                case SreOp.Jump:
                    pc = ins.A;
                    continue;
                case SreOp.Split:
                    Push(FrameKind.Resume, ins.A, pos);
                    pc++;
                    continue;
                case SreOp.SplitLazy:
                    Push(FrameKind.Resume, pc + 1, pos);
                    pc = ins.A;
                    continue;
                case SreOp.SaveStart:
                    SetMark(2 * ins.A, pos);
                    pc++;
                    continue;
                case SreOp.SaveEnd:
                    SetMark(2 * ins.A + 1, pos);
                    if (lastIndex != ins.A)
                    {
                        Push(FrameKind.UndoLastIndex, lastIndex, 0);
                        lastIndex = ins.A;
                    }
                    pc++;
                    continue;
                case SreOp.RepeatInit:
                    SetRegister(ins.A, -1, -1);
                    pc++;
                    continue;
                case SreOp.RepeatUntil:
                    {
                        int register = ins.A;
                        int count = repeatCount[register] + 1;
                        if (count < ins.B)
                        {
                            SetRegister(register, count, repeatLast[register]);
                            pc++;
                            continue;
                        }
                        if (ins.E == 0)
                        {
                            if (count < ins.C && pos != repeatLast[register])
                            {
                                Push(FrameKind.Resume, ins.D, pos);
                                SetRegister(register, count, pos);
                                pc++;
                                continue;
                            }
                            pc = ins.D;
                            continue;
                        }
                        Push(FrameKind.LazyRepeat, pc, pos);
                        pc = ins.D;
                        continue;
                    }
                case SreOp.SingleRepeat:
                    {
                        int min = ins.B, max = ins.C;
                        var test = ins.Test!;
                        int limit = (int)Math.Min((long)pos + max, end);
                        if (ins.E == (int)RepeatKind.Lazy)
                        {
                            int need = pos + min;
                            if (need > end) goto Fail;
                            for (int i = pos; i < need; i++) if (!test.Matches(subject[i])) goto Fail;
                            Tick(min);
                            if (min < max) Push(FrameKind.SingleLazy, pc, pos, min);
                            pos = need;
                            pc++;
                            continue;
                        }
                        int p = pos;
                        if (test is SreAnyTest { DotAll: true }) p = limit;
                        else while (p < limit && test.Matches(subject[p])) p++;
                        Tick(p - pos);
                        int taken = p - pos;
                        if (taken < min) goto Fail;
                        if (ins.E == (int)RepeatKind.Greedy && taken > min)
                        {
                            // Skip counts after which the next literal cannot match anyway.
                            if (code[pc + 1].Op == SreOp.Literal)
                            {
                                int want = code[pc + 1].A;
                                while (taken > min && (pos + taken >= end || subject[pos + taken] != want)) taken--;
                                if (taken < min || pos + taken >= end || subject[pos + taken] != want) goto Fail;
                            }
                            if (taken > min) Push(FrameKind.SingleGreedy, pc, pos, taken);
                        }
                        pos += taken;
                        pc++;
                        continue;
                    }
                case SreOp.Backref:
                    {
                        int s = marks[2 * ins.A], e = marks[2 * ins.A + 1];
                        if (s < 0 || e < 0) goto Fail;
                        int length = e - s;
                        if (pos + length > end) goto Fail;
                        var mode = (CaseMode)ins.B;
                        for (int i = 0; i < length; i++)
                        {
                            int a = subject[s + i], b = subject[pos + i];
                            if (a != b && (mode == CaseMode.Exact || !SreCaseFolding.Equal(a, b, mode))) goto Fail;
                        }
                        Tick(length);
                        pos += length;
                        pc++;
                        continue;
                    }
                case SreOp.LookStart:
                    {
                        bool negated = ins.C != 0;
                        if (ins.A == 1 && pos < ins.B)
                        {
                            if (negated) { pc = ins.D; continue; }
                            goto Fail;
                        }
                        Push(FrameKind.Barrier, negated ? 1 : 0, pos, ins.D);
                        if (ins.A == 1) pos -= ins.B;
                        pc++;
                        continue;
                    }
                case SreOp.LookEnd:
                    {
                        int barrier = FindBarrier();
                        ref Frame b = ref stack[barrier];
                        if (b.A == 1)
                        {
                            // The negative assertion's body matched: undo it and fail.
                            while (top > barrier + 1) Undo(ref stack[--top]);
                            top = barrier;
                            goto Fail;
                        }
                        int resumePos = b.B, resumePc = b.C;
                        Cut(barrier);
                        pos = resumePos;
                        pc = resumePc;
                        continue;
                    }
                case SreOp.AtomicStart:
                    Push(FrameKind.Barrier, 2, pos, 0);
                    pc++;
                    continue;
                case SreOp.AtomicEnd:
                    Cut(FindBarrier());
                    pc++;
                    continue;
                case SreOp.CondGroup:
                    if (marks[2 * ins.A] >= 0 && marks[2 * ins.A + 1] >= 0) pc++;
                    else pc = ins.D;
                    continue;
                case SreOp.Match:
                    if (fullMatch && pos != end) goto Fail;
                    if (pos == start && start == MustAdvanceAt) goto Fail;
                    marks[0] = start;
                    marks[1] = pos;
                    return true;
            }

        Fail:
            if (!Backtrack(ref pc, ref pos)) return false;
        }
    }

    private void Undo(ref Frame f)
    {
        switch (f.Kind)
        {
            case FrameKind.UndoMark: marks[f.A] = f.B; break;
            case FrameKind.UndoRegister: repeatCount[f.A] = f.B; repeatLast[f.A] = f.C; break;
            case FrameKind.UndoLastIndex: lastIndex = f.A; break;
        }
    }

    private int FindBarrier()
    {
        for (int i = top - 1; i >= 0; i--) if (stack[i].Kind == FrameKind.Barrier) return i;
        throw new InvalidOperationException("regex machine lost its barrier");
    }

    /// <summary>Drops the choice points above <paramref name="barrier"/> and the barrier, keeping undo records.</summary>
    private void Cut(int barrier)
    {
        int write = barrier;
        for (int read = barrier + 1; read < top; read++)
        {
            var kind = stack[read].Kind;
            if (kind == FrameKind.UndoMark || kind == FrameKind.UndoRegister || kind == FrameKind.UndoLastIndex)
                stack[write++] = stack[read];
        }
        top = write;
    }

    private bool Backtrack(ref int pc, ref int pos)
    {
        var code = program.Code;
        while (top > 0)
        {
            ref Frame f = ref stack[--top];
            switch (f.Kind)
            {
                case FrameKind.UndoMark:
                case FrameKind.UndoRegister:
                case FrameKind.UndoLastIndex:
                    Undo(ref f);
                    continue;
                case FrameKind.Resume:
                    pc = f.A;
                    pos = f.B;
                    return true;
                case FrameKind.LazyRepeat:
                    {
                        int untilPc = f.A;
                        ref SreInstruction ins = ref code[untilPc];
                        int register = ins.A;
                        int count = repeatCount[register] + 1;
                        int at = f.B;
                        if (count < ins.C && at != repeatLast[register])
                        {
                            // SetRegister reuses this frame's slot: everything was read above.
                            SetRegister(register, count, at);
                            pc = untilPc + 1;
                            pos = at;
                            return true;
                        }
                        continue;
                    }
                case FrameKind.SingleGreedy:
                    {
                        int at = f.A, start = f.B, taken = f.C - 1;
                        ref SreInstruction ins = ref code[at];
                        if (code[at + 1].Op == SreOp.Literal)
                        {
                            int want = code[at + 1].A;
                            while (taken > ins.B && subject[start + taken] != want) taken--;
                            Tick(f.C - taken);
                            if (subject[start + taken] != want) continue;
                        }
                        if (taken > ins.B) { f.C = taken; top++; }
                        pc = at + 1;
                        pos = start + taken;
                        return true;
                    }
                case FrameKind.SingleLazy:
                    {
                        int at = f.A, start = f.B, taken = f.C;
                        ref SreInstruction ins = ref code[at];
                        int p = start + taken;
                        if (p >= end || !ins.Test!.Matches(subject[p])) continue;
                        taken++;
                        if (taken < ins.C) { f.C = taken; top++; }
                        pc = at + 1;
                        pos = start + taken;
                        return true;
                    }
                case FrameKind.Barrier:
                    if (f.A == 1)
                    {
                        // The negative assertion's body failed: the assertion holds.
                        pos = f.B;
                        pc = f.C;
                        return true;
                    }
                    continue;
            }
        }
        return false;
    }
}
