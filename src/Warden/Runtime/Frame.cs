using System.Runtime.CompilerServices;
using Warden.Objects;

namespace Warden.Runtime;

/// <summary>
/// The execution state of one code object: fast locals, cells and the value stack share one
/// array (<see cref="Slots"/>: locals, then cells, then free variables, then the stack).
/// Frames of plain function calls are recycled through a per-code-object pool (see
/// <see cref="Rent(PyFunction)"/>), so a Python call allocates nothing in the common case.
/// </summary>
internal sealed class Frame
{
    public readonly CodeObject Code;
    public PyDict Globals;
    public PyDict Builtins;
    /// <summary>The namespace for module and class bodies (LOAD_NAME/STORE_NAME); null for functions.</summary>
    public readonly PyObject? Locals;
    public PyFunction? Function;
    /// <summary>Locals, cells, free variables, then the value stack; unset entries are null.</summary>
    public readonly StackSlot[] Slots;
    public readonly int StackBase;
    public int StackTop;
    /// <summary>Next instruction word to execute.</summary>
    public int Pc;
    /// <summary>Word index of the instruction executing (or last executed): tracebacks and the exception table use it.</summary>
    public int LastInstruction;
    public Frame? Back;
    /// <summary>Set by YIELD_VALUE when the frame is suspended rather than finished.</summary>
    public bool Yielded;
    /// <summary>
    /// For an <c>__init__</c> frame pushed by instance creation: the new instance, which the call
    /// evaluates to instead of __init__'s (None) result.
    /// </summary>
    public PyObject? ConstructedInstance;
    /// <summary>The generator owning this frame, or null for function frames.</summary>
    public PyGenerator? Generator;
    /// <summary>Next free frame in the code object's pool.</summary>
    private Frame? _nextFree;
    /// <summary>
    /// True once a traceback entry or a frame object refers to this frame: it is then never
    /// returned to the pool, and keeps its locals and <see cref="Back"/> after it finishes.
    /// </summary>
    public bool Pinned;
    /// <summary>The Python-visible frame object, created on first request (see <see cref="PyFrame.For"/>).</summary>
    public PyFrame? Object;

    public Frame(CodeObject code, PyDict globals, PyDict builtins, PyObject? locals, PyFunction? function)
    {
        Code = code;
        Globals = globals;
        Builtins = builtins;
        Locals = locals;
        Function = function;
        StackBase = code.LocalsPlusCount;
        Slots = new StackSlot[StackBase + code.StackSize];
        StackTop = StackBase;
        InitialiseCellsAndFrees(function);
    }

    private void InitialiseCellsAndFrees(PyFunction? function)
    {
        var code = Code;
        int cells = code.CellVars.Length;
        if (cells > 0)
        {
            int start = code.CellStart;
            for (int i = 0; i < cells; i++) Slots[start + i].Value = new PyCell();
        }
        if (function?.Closure is { } closure)
        {
            int start = code.FreeStart;
            for (int i = 0; i < closure.Length; i++) Slots[start + i].Value = closure[i];
        }
    }

    /// <summary>A frame for calling <paramref name="function"/>: from the code object's pool when one is free.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Frame Rent(PyFunction function) => Rent(function, Environment.CurrentManagedThreadId);

    /// <summary>As <see cref="Rent(PyFunction)"/>, for a caller that knows its managed thread id (the dispatch loop, from its ThreadState).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Frame Rent(PyFunction function, int currentThread)
    {
        var code = function.Code;
        var frame = code.FramePoolThread == currentThread ? (Frame?)code.FramePool : null;
        if (frame is null) return new Frame(code, function.Globals, function.Builtins, null, function);
        code.FramePool = frame._nextFree;
        frame._nextFree = null;
        // Pooled frames are old objects: each reference stored into them is a write barrier that
        // marks a card. A code object's functions nearly always share one globals and builtins.
        if (!ReferenceEquals(frame.Globals, function.Globals)) frame.Globals = function.Globals;
        if (!ReferenceEquals(frame.Builtins, function.Builtins)) frame.Builtins = function.Builtins;
        frame.Function = function;
        frame.Pc = 0;
        frame.LastInstruction = 0;
        if (code.CellVars.Length > 0 || code.FreeVars.Length > 0) frame.InitialiseCellsAndFrees(function);
        return frame;
    }

    /// <summary>
    /// Returns a finished frame to its code object's pool. Only frames that nothing else can
    /// reference (not generator frames) are returned; their slots are cleared so the pool keeps
    /// no Python objects alive.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Release() => Release(Environment.CurrentManagedThreadId);

    /// <summary>As <see cref="Release()"/>, for a caller that knows its managed thread id.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Release(int currentThread)
    {
        if (Pinned) return; // a traceback or frame object still reads it
        var slots = Slots;
        for (int i = StackTop - 1; i >= 0; i--) slots[i].Value = null!;
        StackTop = StackBase;
        Back = null;
        Function = null;
        ConstructedInstance = null;
        var code = Code;
        int thread = currentThread;
        if (code.FramePoolThread != thread && Interlocked.CompareExchange(ref code.FramePoolThread, thread, 0) != 0) return;
        if (code.FramePool is Frame next) _nextFree = next;
        code.FramePool = this;
    }

    /// <summary>Moves parameters that are also cell variables into their cells (after argument binding).</summary>
    public void InitialiseCellParameters()
    {
        var map = Code.CellParameterIndex;
        for (int i = 0; i < map.Length; i++)
        {
            int p = map[i];
            if (p >= 0) ((PyCell)Slots[Code.CellStart + i].Value!).Value = Slots[p].Value;
        }
    }

    public int CurrentLine => Code.LineOf(LastInstruction);

    /// <summary>
    /// Pins this frame and its callers, so that <c>f_back</c> stays meaningful after any of them
    /// finishes. Stops at an already pinned ordinary frame (its callers were pinned with it);
    /// generator frames get a new caller on each resumption, so the walk continues past them.
    /// </summary>
    public void Pin()
    {
        for (var frame = this; frame is not null; frame = frame.Back)
        {
            if (frame.Pinned && frame.Generator is null) return;
            frame.Pinned = true;
        }
    }
}
