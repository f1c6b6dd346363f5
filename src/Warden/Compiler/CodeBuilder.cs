using Warden.Objects;

namespace Warden.Compiler;

/// <summary>A jump target; its position is fixed when the label is marked.</summary>
internal sealed class Label
{
    public int Position = -1;
}

/// <summary>
/// Assembles one code object: instruction words with their source positions, labels,
/// constants and names, and protected regions that become the exception table. Stack depths
/// (the frame's stack size and each handler's depth) are computed by flow analysis at the end,
/// as CPython does, so the code generator never tracks depths itself.
/// </summary>
internal sealed class CodeBuilder
{
    private sealed class Handler
    {
        public required Label Target;
        public required bool PushLasti;
        /// <summary>Word index where the region starts; the handler depth is the stack depth there plus <see cref="DepthAdjust"/>.</summary>
        public required int SetupWord;
        /// <summary>-1 for with-blocks: the __enter__ result on the stack at setup is not kept for the handler.</summary>
        public int DepthAdjust;
    }

    private readonly List<int> _words = new();
    private readonly List<int> _positions = new();
    private readonly List<int> _instructionStarts = new();
    private readonly List<Handler?> _instructionHandlers = new();
    private readonly List<(int Word, Label Label)> _fixups = new();
    private readonly Stack<Handler> _handlers = new();
    private readonly List<PyObject> _constants = new();
    private readonly Dictionary<(Type, object?), int> _constantIndex = new();
    private readonly List<string> _names = new();
    private readonly Dictionary<string, int> _nameIndex = new();
    private int _cacheCount;

    public int Line = 1, EndLine = 1, Column = -1, EndColumn = -1;

    public int WordCount => _words.Count;

    public void SetLocation(Syntax.Ast.PositionedNode node)
    {
        Line = node.Lineno;
        EndLine = node.EndLineno;
        Column = node.ColOffset;
        EndColumn = node.EndColOffset;
    }

    public (int, int, int, int) SaveLocation() => (Line, EndLine, Column, EndColumn);
    public void RestoreLocation((int, int, int, int) loc) => (Line, EndLine, Column, EndColumn) = loc;

    public void Emit(Opcode op, int arg = 0)
    {
        if ((uint)arg > 0xFFFFFF) throw new InvalidOperationException("instruction argument too large");
        _instructionStarts.Add(_words.Count);
        _instructionHandlers.Add(_handlers.Count > 0 ? _handlers.Peek() : null);
        AddWord((int)op | (arg << 8));
        if (OpcodeInfo.HasCache(op)) AddWord(_cacheCount++);
    }

    private void AddWord(int word)
    {
        _words.Add(word);
        _positions.Add(Line);
        _positions.Add(EndLine);
        _positions.Add(Column);
        _positions.Add(EndColumn);
    }

    public void EmitJump(Opcode op, Label target, int extraArg = 0)
    {
        _fixups.Add((_words.Count, target));
        Emit(op, extraArg);
    }

    public void Mark(Label label) => label.Position = _words.Count;

    /// <summary>Starts a protected region whose exceptions go to <paramref name="target"/>.</summary>
    public object PushHandler(Label target, bool pushLasti, int depthAdjust = 0)
    {
        var h = new Handler { Target = target, PushLasti = pushLasti, SetupWord = _words.Count, DepthAdjust = depthAdjust };
        _handlers.Push(h);
        return h;
    }

    /// <summary>Re-enters a region left temporarily (after emitting unwinding code for break/return).</summary>
    public void RepushHandler(object handler) => _handlers.Push((Handler)handler);

    public object PopHandler() => _handlers.Pop();

    public int AddConstant(PyObject value, object? identity)
    {
        var key = (value.GetType(), identity ?? value);
        if (identity is not null && _constantIndex.TryGetValue(key, out int index)) return index;
        _constants.Add(value);
        if (identity is not null) _constantIndex[key] = _constants.Count - 1;
        return _constants.Count - 1;
    }

    public int AddName(string name)
    {
        if (_nameIndex.TryGetValue(name, out int index)) return index;
        _names.Add(name);
        _nameIndex[name] = _names.Count - 1;
        return _names.Count - 1;
    }

    /// <summary>Resolves labels, computes stack depths and builds the exception table.</summary>
    public (int[] Words, int[] Positions, PyObject[] Constants, string[] Names, int CacheCount, ExceptionTableEntry[] Table, int StackSize) Finish()
    {
        var words = _words.ToArray();
        foreach (var (word, label) in _fixups)
        {
            if (label.Position < 0) throw new InvalidOperationException("unmarked label");
            var op = (Opcode)(words[word] & 0xFF);
            int arg = words[word] >> 8;
            arg = OpcodeInfo.WithJumpTarget(op, arg, label.Position);
            if ((uint)arg > 0xFFFFFF) throw new InvalidOperationException("jump target too far");
            words[word] = (int)op | (arg << 8);
        }

        // Map word index -> instruction ordinal for the flow analysis.
        var ordinalOfWord = new Dictionary<int, int>();
        for (int i = 0; i < _instructionStarts.Count; i++) ordinalOfWord[_instructionStarts[i]] = i;
        int count = _instructionStarts.Count;
        var depth = new int[count];
        Array.Fill(depth, -1);
        var handlerDepth = new Dictionary<Handler, int>();
        int maxDepth = 0;
        var work = new Stack<int>();

        void Reach(int ordinal, int d)
        {
            if (ordinal >= count) return;
            if (depth[ordinal] >= d) return;
            depth[ordinal] = d;
            if (d > maxDepth) maxDepth = d;
            work.Push(ordinal);
        }

        int OrdinalAtOrAfter(int word)
        {
            while (word < words.Length && !ordinalOfWord.ContainsKey(word)) word++;
            return word < words.Length ? ordinalOfWord[word] : count;
        }

        if (count > 0) Reach(0, 0);
        while (work.Count > 0)
        {
            int i = work.Pop();
            int d = depth[i];
            int w = words[_instructionStarts[i]];
            var op = (Opcode)(w & 0xFF);
            int arg = w >> 8;
            var handler = _instructionHandlers[i];
            if (handler is not null)
            {
                int setupOrdinal = OrdinalAtOrAfter(handler.SetupWord);
                int hd = (setupOrdinal < count && depth[setupOrdinal] >= 0 ? depth[setupOrdinal] : d) + handler.DepthAdjust;
                if (!handlerDepth.TryGetValue(handler, out int known) || hd > known) handlerDepth[handler] = hd;
                Reach(ordinalOfWord[handler.Target.Position], handlerDepth[handler] + (handler.PushLasti ? 1 : 0) + 1);
            }
            if (OpcodeInfo.IsJump(op))
                Reach(ordinalOfWord[OpcodeInfo.JumpTarget(op, arg)], d + OpcodeInfo.StackEffect(op, arg, jump: true));
            if (!OpcodeInfo.IsUnconditionalTransfer(op))
                Reach(i + 1, d + OpcodeInfo.StackEffect(op, arg, jump: false));
        }

        var table = new List<ExceptionTableEntry>();
        int k = 0;
        while (k < count)
        {
            var h = _instructionHandlers[k];
            int start = k;
            while (k < count && _instructionHandlers[k] == h) k++;
            if (h is null) continue;
            int startWord = _instructionStarts[start];
            int endWord = k < count ? _instructionStarts[k] : words.Length;
            handlerDepth.TryGetValue(h, out int hdepth);
            table.Add(new ExceptionTableEntry(startWord, endWord, h.Target.Position, hdepth, h.PushLasti));
        }

        var tableArray = table.ToArray();
        Superinstructions.Apply(words, _instructionStarts, tableArray);
        return (words, _positions.ToArray(), _constants.ToArray(), _names.ToArray(), _cacheCount, tableArray, maxDepth + 1);
    }
}
