namespace Warden.Objects;

/// <summary>Properties of a code object (subset of CPython's co_flags meaning).</summary>
[Flags]
public enum CodeFlags
{
    None = 0,
    /// <summary>Locals live in fast slots (functions); module and class bodies use a namespace dict.</summary>
    Optimized = 1,
    NewLocals = 2,
    VarArgs = 4,
    VarKeywords = 8,
    Nested = 16,
    Generator = 32,
    Coroutine = 128,
    /// <summary>A generator that may be awaited (<c>types.coroutine</c>, generator-based coroutines).</summary>
    IterableCoroutine = 256,
    AsyncGenerator = 512,
    /// <summary>Compiled under <c>from __future__ import annotations</c>; <c>exec</c>/<c>compile</c> called from it inherit that.</summary>
    FutureAnnotations = 0x1000000,
}

/// <summary>One row of the exception table: instructions in [Start, End) jump to Target when they raise.</summary>
public readonly record struct ExceptionTableEntry(int Start, int End, int Target, int Depth, bool PushLasti);

/// <summary>
/// Compiled bytecode of one scope (module, class body, function, lambda, comprehension).
/// See docs/runtime.md for the instruction encoding.
/// </summary>
public sealed class CodeObject : PyObject
{
    public required string Name { get; init; }
    public required string QualName { get; init; }
    public required string Filename { get; init; }
    public int FirstLineNumber { get; init; }
    public int ArgCount { get; init; }
    public int PosOnlyArgCount { get; init; }
    public int KwOnlyArgCount { get; init; }
    public CodeFlags Flags { get; init; }

    /// <summary>Parameters first (positional, keyword-only, *args, **kwargs), then other locals.</summary>
    public required string[] VarNames { get; init; }
    public required string[] CellVars { get; init; }
    public required string[] FreeVars { get; init; }
    /// <summary>For each cell variable, the index of the parameter it is initialised from, or -1.</summary>
    public required int[] CellParameterIndex { get; init; }

    /// <summary>Instruction words: <c>opcode | argument &lt;&lt; 8</c>; cached instructions are followed by a cache index word.</summary>
    public required int[] Instructions { get; init; }
    public required PyObject[] Constants { get; init; }
    public required string[] Names { get; init; }
    /// <summary>Inline cache objects, one per cached instruction, filled in by the interpreter.</summary>
    public required object?[] Caches { get; init; }
    public required ExceptionTableEntry[] ExceptionTable { get; init; }
    /// <summary>Four ints per instruction word: line, end line, start column, end column (UTF-8 byte columns; -1 unknown).</summary>
    public required int[] Positions { get; init; }
    public int StackSize { get; init; }
    /// <summary>The docstring (first statement when it is a str literal), or None.</summary>
    public PyObject Doc { get; init; } = PyNone.Instance;

    private PyStr[]? _nameObjects;
    /// <summary><see cref="Names"/> as str objects (hash cached), for namespace lookups by the interpreter.</summary>
    public PyStr[] NameObjects => _nameObjects ?? CreateNameObjects(); // small enough to inline into the dispatch loop

    private PyStr[] CreateNameObjects() => _nameObjects = Names.Select(n => PyStr.From(string.Intern(n))).ToArray();

    private int _localsPlusCount = -1;
    public int LocalsPlusCount => _localsPlusCount >= 0 ? _localsPlusCount : (_localsPlusCount = VarNames.Length + CellVars.Length + FreeVars.Length);

    /// <summary>Free frames for calls of this code (owned by the interpreter; a Frame chain).</summary>
    internal object? FramePool;

    /// <summary>
    /// Managed id of the one thread allowed to use <see cref="FramePool"/> (0: none yet). Code objects are
    /// shared by threads running one interpreter; the pool is an unsynchronized list, so other threads
    /// allocate their frames instead of racing for pooled ones.
    /// </summary>
    internal int FramePoolThread;

    private int _isGenerator = -1;
    public int CellStart => VarNames.Length;
    public int FreeStart => VarNames.Length + CellVars.Length;
    public bool IsGenerator => _isGenerator > 0 || (_isGenerator < 0 && ComputeIsGenerator()); // small enough to inline

    private bool ComputeIsGenerator()
        => (_isGenerator = (Flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) != 0 ? 1 : 0) == 1;

    /// <summary>The source line of the instruction at word index <paramref name="index"/>, or -1.</summary>
    public int LineOf(int index)
    {
        if (index < 0 || index * 4 >= Positions.Length) return -1;
        return Positions[index * 4];
    }

    public override PyType Type => TypeObjects.Code;
}
