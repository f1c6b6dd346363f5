namespace Warden.Compiler;

/// <summary>
/// Warden's instruction set. Each instruction is one int word <c>opcode | arg &lt;&lt; 8</c>;
/// instructions marked "cached" are followed by a word holding their inline-cache index.
/// Jump arguments are absolute word indices. The semantics follow CPython 3.11's
/// instructions of the same name where one exists; the stack effects are in <see cref="OpcodeInfo"/>.
/// </summary>
public enum Opcode : byte
{
    Nop,
    PopTop,
    /// <summary>Push a copy of the item at depth arg (1 = top).</summary>
    Copy,
    /// <summary>Swap top with the item at depth arg.</summary>
    Swap,
    LoadConst,
    /// <summary>Push null: the "no self" marker before a plain call.</summary>
    PushNull,

    LoadFast,
    StoreFast,
    DeleteFast,
    /// <summary>Push the cell object itself (for closures).</summary>
    LoadClosure,
    LoadDeref,
    StoreDeref,
    DeleteDeref,
    /// <summary>Class body read of a free variable: class namespace first, then the cell.</summary>
    LoadClassDeref,
    /// <summary>Cached (module and class bodies: entry index in the namespace dict).</summary>
    LoadName,
    /// <summary>Cached.</summary>
    StoreName,
    DeleteName,
    /// <summary>Cached.</summary>
    LoadGlobal,
    StoreGlobal,
    DeleteGlobal,

    /// <summary>Cached.</summary>
    LoadAttr,
    /// <summary>Cached. Stack: value, obj.</summary>
    StoreAttr,
    DeleteAttr,
    /// <summary>Cached. Replaces obj by (method, obj) or (callable, null).</summary>
    LoadMethod,

    BinarySubscr,
    /// <summary>Stack: value, container, key.</summary>
    StoreSubscr,
    DeleteSubscr,
    BuildSlice,

    /// <summary>arg = <see cref="BinaryOperator"/>.</summary>
    BinaryOp,
    UnaryNegative,
    UnaryPositive,
    UnaryNot,
    UnaryInvert,
    /// <summary>arg = <see cref="ComparisonOperator"/>.</summary>
    CompareOp,
    /// <summary>arg 1 means "is not".</summary>
    IsOp,
    /// <summary>arg 1 means "not in".</summary>
    ContainsOp,
    /// <summary>Fused compare and POP_JUMP_IF_FALSE: arg = op | target &lt;&lt; 4.</summary>
    CompareOpJumpIfFalse,

    Jump,
    PopJumpIfFalse,
    PopJumpIfTrue,
    JumpIfFalseOrPop,
    JumpIfTrueOrPop,
    PopJumpIfNone,
    PopJumpIfNotNone,

    GetIter,
    /// <summary>Push next item, or pop the iterator and jump to arg when exhausted.</summary>
    ForIter,

    BuildTuple,
    BuildList,
    BuildSet,
    /// <summary>arg pairs of key, value.</summary>
    BuildMap,
    /// <summary>arg values then a tuple of keys.</summary>
    BuildConstKeyMap,
    BuildString,
    /// <summary>Append top to the list at depth arg (below it), pop top.</summary>
    ListAppend,
    SetAdd,
    /// <summary>Stack: ..., dict at depth arg+1, key, value.</summary>
    MapAdd,
    ListExtend,
    SetUpdate,
    DictUpdate,
    /// <summary>Like DictUpdate but duplicate keys raise (for **kwargs in calls).</summary>
    DictMerge,
    ListToTuple,
    /// <summary>arg: 0 none, 1 str, 2 repr, 3 ascii; +4 when a format spec is on the stack.</summary>
    FormatValue,

    UnpackSequence,
    /// <summary>arg = before | after &lt;&lt; 8.</summary>
    UnpackEx,

    /// <summary>Cached. Stack: callable, self-or-null, args.</summary>
    Call,
    /// <summary>Cached. Like Call with a tuple of keyword names on top; arg counts all argument values.</summary>
    CallKw,
    /// <summary>Stack: callable, null, args tuple, [kwargs dict when arg &amp; 1].</summary>
    CallFunctionEx,
    /// <summary>arg flags: 1 defaults tuple, 2 kw-defaults dict, 4 annotations, 8 closure tuple; code object on top.</summary>
    MakeFunction,
    ReturnValue,
    LoadBuildClass,

    /// <summary>arg 0: re-raise current, 1: raise exc, 2: raise exc from cause.</summary>
    RaiseVarargs,
    /// <summary>Re-raise top of stack; arg 1 means a lasti value is below the exception.</summary>
    Reraise,
    /// <summary>Swap the handled-exception register with the top (saved below the new exception).</summary>
    PushExcInfo,
    /// <summary>Restore the handled-exception register from the top.</summary>
    PopExcept,
    /// <summary>Stack: exc, type -> exc, bool.</summary>
    CheckExcMatch,
    /// <summary>Calls __exit__ with the exception on top; stack: exit, lasti, prev_exc, exc.</summary>
    WithExceptStart,
    /// <summary>Replace a context manager by (bound __exit__, result of __enter__).</summary>
    BeforeWith,
    LoadAssertionError,

    YieldValue,
    /// <summary>yield from / await driver: stack: receiver, value -> receiver, result; jumps to arg when done.</summary>
    Send,
    GetYieldFromIter,
    /// <summary>Replace TOS by its awaitable iterator (a coroutine, or the result of __await__).</summary>
    GetAwaitable,
    /// <summary>Replace an async context manager by (bound __aexit__, awaitable of __aenter__()).</summary>
    BeforeAsyncWith,
    /// <summary>Replace TOS by <c>TOS.__aiter__()</c>.</summary>
    GetAIter,
    /// <summary>Push the awaitable <c>TOS.__anext__()</c> (the async iterator stays).</summary>
    GetANext,
    /// <summary>Stack: async iterator, exception: ends the loop on StopAsyncIteration, else re-raises.</summary>
    EndAsyncFor,

    // ---- except* ----
    /// <summary>Replace the exception by the except* state.</summary>
    ExceptStarStart,
    /// <summary>Stack: state, state, type -> state, matched part or None.</summary>
    ExceptStarMatch,
    /// <summary>Stack: state, lasti, exception raised by a handler body -> state (the exception is recorded).</summary>
    ExceptStarRecord,
    /// <summary>Replace the state by the exception to propagate, or None.</summary>
    ExceptStarFinish,
    /// <summary>Called at generator start; the generator object is created by the call machinery.</summary>
    ReturnGenerator,

    // ---- superinstructions (written by Superinstructions over a group of plain ones; the
    // words of the rest of the group stay in place, hold extra operands and are skipped) ----

    /// <summary>LOAD_FAST a; LOAD_FAST b; BINARY_OP op: arg = a | b &lt;&lt; 8 | op &lt;&lt; 16; skips 2 words.</summary>
    BinaryOpFastFast,
    /// <summary>LOAD_FAST a; LOAD_CONST k; BINARY_OP op: arg = a | k &lt;&lt; 8 | op &lt;&lt; 16; skips 2 words.</summary>
    BinaryOpFastConst,
    /// <summary>BinaryOpFastFast then STORE_FAST c; the STORE_FAST word keeps its own argument; skips 3 words.</summary>
    BinaryOpFastFastStore,
    /// <summary>BinaryOpFastConst then STORE_FAST c; skips 3 words.</summary>
    BinaryOpFastConstStore,
    /// <summary>LOAD_FAST a; LOAD_CONST k; COMPARE_OP_JUMP_IF_FALSE: arg = a | k &lt;&lt; 12; the compare word follows two words later.</summary>
    CompareFastConstJump,
    /// <summary>LOAD_FAST a; LOAD_ATTR (name and cache words follow): arg = a; skips 2 words.</summary>
    LoadFastLoadAttr,
    /// <summary>LOAD_FAST a; LOAD_METHOD (name and cache words follow): arg = a; skips 2 words.</summary>
    LoadFastLoadMethod,
    /// <summary>LOAD_FAST a; LOAD_CONST k; BINARY_SUBSCR: arg = a | k &lt;&lt; 12; skips 2 words.</summary>
    LoadFastConstSubscr,
    /// <summary>COPY 2; COPY 2; BINARY_SUBSCR (the read of <c>c[k] op= v</c>): container, key -> container, key, item; skips 2 words.</summary>
    CopyCopySubscr,
    /// <summary>SWAP 3; SWAP 2; STORE_SUBSCR (the write of <c>c[k] op= v</c>): container, key, value -> (stored); skips 2 words.</summary>
    SwapSwapStoreSubscr,

    // ---- structural pattern matching ----
    /// <summary>Push whether TOS is a sequence for match with arg items (arg &gt;= 0x8000: at least arg - 0x8000 items, one starred).</summary>
    MatchSequence,
    /// <summary>Push whether TOS is a mapping for match.</summary>
    MatchMapping,
    /// <summary>Stack: subject, keys -> tuple of values, or None when a key is missing.</summary>
    MatchKeys,
    /// <summary>Stack: subject, keys -> new dict of the other items (for **rest).</summary>
    DictWithoutKeys,
    /// <summary>Stack: subject, class, keyword names -> tuple of attributes (arg positional), or None.</summary>
    MatchClass,

    ImportName,
    ImportFrom,
    ImportStar,
    SetupAnnotations,
    PrintExpr,
    /// <summary>Wrap TOS as an async generator's yielded value (see <c>PyAsyncGenWrappedValue</c>).</summary>
    AsyncGenWrap,
    /// <summary>Pop a for-loop's iterator when leaving the loop early; a generator only the loop referred to is closed.</summary>
    PopIterator,
}

/// <summary>BINARY_OP arguments; in-place variants are the base value + <see cref="OpcodeInfo.InplaceOffset"/>.</summary>
public enum BinaryOperator
{
    Add, Subtract, Multiply, MatrixMultiply, TrueDivide, Modulo, Power, LeftShift, RightShift,
    Or, Xor, And, FloorDivide,
}

/// <summary>COMPARE_OP arguments.</summary>
public enum ComparisonOperator { Less, LessEqual, Equal, NotEqual, Greater, GreaterEqual }

/// <summary>Static facts about opcodes used by the code builder.</summary>
public static class OpcodeInfo
{
    public const int InplaceOffset = 16;

    /// <summary>Words a superinstruction covers beyond its own (they are skipped when it runs).</summary>
    public static int FusedExtraWords(Opcode op) => op switch
    {
        Opcode.BinaryOpFastFast or Opcode.BinaryOpFastConst or Opcode.CompareFastConstJump => 2,
        Opcode.LoadFastLoadAttr or Opcode.LoadFastLoadMethod => 2,
        Opcode.LoadFastConstSubscr or Opcode.CopyCopySubscr or Opcode.SwapSwapStoreSubscr => 2,
        Opcode.BinaryOpFastFastStore or Opcode.BinaryOpFastConstStore => 3,
        _ => 0,
    };

    public static bool HasCache(Opcode op) => op is Opcode.LoadGlobal or Opcode.LoadName or Opcode.StoreName or Opcode.LoadAttr or Opcode.StoreAttr
        or Opcode.LoadMethod or Opcode.Call or Opcode.CallKw;

    public static bool IsJump(Opcode op) => op is Opcode.Jump or Opcode.PopJumpIfFalse or Opcode.PopJumpIfTrue
        or Opcode.JumpIfFalseOrPop or Opcode.JumpIfTrueOrPop or Opcode.PopJumpIfNone or Opcode.PopJumpIfNotNone
        or Opcode.ForIter or Opcode.Send or Opcode.CompareOpJumpIfFalse;

    /// <summary>The target word of a jump instruction.</summary>
    public static int JumpTarget(Opcode op, int arg) => op == Opcode.CompareOpJumpIfFalse ? arg >> 4 : arg;

    /// <summary>The argument of a jump instruction re-pointed at <paramref name="target"/>.</summary>
    public static int WithJumpTarget(Opcode op, int arg, int target)
        => op == Opcode.CompareOpJumpIfFalse ? (arg & 0xF) | (target << 4) : target;

    public static bool IsUnconditionalTransfer(Opcode op) => op is Opcode.Jump or Opcode.ReturnValue
        or Opcode.RaiseVarargs or Opcode.Reraise;

    /// <summary>Stack effect when the instruction falls through (<paramref name="jump"/> false) or jumps.</summary>
    public static int StackEffect(Opcode op, int arg, bool jump)
    {
        switch (op)
        {
            case Opcode.Nop: return 0;
            case Opcode.PopTop: return -1;
            case Opcode.Copy: return 1;
            case Opcode.Swap: return 0;
            case Opcode.LoadConst: case Opcode.PushNull: return 1;
            case Opcode.LoadFast: return 1;
            case Opcode.StoreFast: return -1;
            case Opcode.DeleteFast: return 0;
            case Opcode.LoadClosure: case Opcode.LoadDeref: case Opcode.LoadClassDeref: return 1;
            case Opcode.StoreDeref: return -1;
            case Opcode.DeleteDeref: return 0;
            case Opcode.LoadName: case Opcode.LoadGlobal: return 1;
            case Opcode.StoreName: case Opcode.StoreGlobal: return -1;
            case Opcode.DeleteName: case Opcode.DeleteGlobal: return 0;
            case Opcode.LoadAttr: return 0;
            case Opcode.StoreAttr: return -2;
            case Opcode.DeleteAttr: return -1;
            case Opcode.LoadMethod: return 1;
            case Opcode.BinarySubscr: return -1;
            case Opcode.StoreSubscr: return -3;
            case Opcode.DeleteSubscr: return -2;
            case Opcode.BuildSlice: return 1 - arg;
            case Opcode.BinaryOp: return -1;
            case Opcode.UnaryNegative: case Opcode.UnaryPositive: case Opcode.UnaryNot: case Opcode.UnaryInvert: return 0;
            case Opcode.CompareOp: case Opcode.IsOp: case Opcode.ContainsOp: return -1;
            case Opcode.CompareOpJumpIfFalse: return -2;
            case Opcode.Jump: return 0;
            case Opcode.PopJumpIfFalse: case Opcode.PopJumpIfTrue: case Opcode.PopJumpIfNone: case Opcode.PopJumpIfNotNone: return -1;
            case Opcode.JumpIfFalseOrPop: case Opcode.JumpIfTrueOrPop: return jump ? 0 : -1;
            case Opcode.GetIter: return 0;
            case Opcode.ForIter: return jump ? -1 : 1;
            case Opcode.BuildTuple: case Opcode.BuildList: case Opcode.BuildSet: case Opcode.BuildString: return 1 - arg;
            case Opcode.BuildMap: return 1 - 2 * arg;
            case Opcode.BuildConstKeyMap: return -arg;
            case Opcode.ListAppend: case Opcode.SetAdd: return -1;
            case Opcode.MapAdd: return -2;
            case Opcode.ListExtend: case Opcode.SetUpdate: case Opcode.DictUpdate: case Opcode.DictMerge: return -1;
            case Opcode.ListToTuple: return 0;
            case Opcode.FormatValue: return (arg & 4) != 0 ? -1 : 0;
            case Opcode.UnpackSequence: return arg - 1;
            case Opcode.UnpackEx: return (arg & 0xFF) + (arg >> 8);
            case Opcode.Call: return -arg - 1;
            case Opcode.CallKw: return -arg - 2;
            case Opcode.CallFunctionEx: return -2 - (arg & 1);
            case Opcode.MakeFunction:
                return -((arg & 1) != 0 ? 1 : 0) - ((arg & 2) != 0 ? 1 : 0) - ((arg & 4) != 0 ? 1 : 0) - ((arg & 8) != 0 ? 1 : 0);
            case Opcode.ReturnValue: return -1;
            case Opcode.LoadBuildClass: return 1;
            case Opcode.RaiseVarargs: return -arg;
            case Opcode.Reraise: return -1;
            case Opcode.PushExcInfo: return 1;
            case Opcode.PopExcept: return -1;
            case Opcode.CheckExcMatch: return 0;
            case Opcode.WithExceptStart: return 1;
            case Opcode.BeforeWith: return 1;
            case Opcode.LoadAssertionError: return 1;
            case Opcode.YieldValue: return 0;
            case Opcode.Send: return jump ? -1 : 0;
            case Opcode.GetYieldFromIter: case Opcode.GetAwaitable: case Opcode.GetAIter: return 0;
            case Opcode.BeforeAsyncWith: case Opcode.GetANext: return 1;
            case Opcode.EndAsyncFor: return -2;
            case Opcode.ExceptStarStart: case Opcode.ExceptStarFinish: return 0;
            case Opcode.ExceptStarMatch: return -1;
            case Opcode.ExceptStarRecord: return -2;
            case Opcode.ReturnGenerator: return 0;
            case Opcode.MatchSequence: case Opcode.MatchMapping: return 1;
            case Opcode.MatchKeys: case Opcode.DictWithoutKeys: return -1;
            case Opcode.MatchClass: return -2;
            case Opcode.ImportName: return -1;
            case Opcode.ImportFrom: return 1;
            case Opcode.ImportStar: return -1;
            case Opcode.SetupAnnotations: return 0;
            case Opcode.PrintExpr: return -1;
            case Opcode.AsyncGenWrap: return 0;
            case Opcode.PopIterator: return -1;
            default: throw new InvalidOperationException($"no stack effect for {op}");
        }
    }
}
