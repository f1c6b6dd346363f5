using Warden.Builtins;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Warden.Compiler;
using Warden.Objects;

namespace Warden.Runtime;

public static partial class Interpreter
{
    /// <summary>
    /// The dispatch loop. Runs until <paramref name="entry"/> returns or yields. Python calls
    /// switch <paramref name="f"/> to the callee; exceptions raised by Python code are unwound
    /// here without .NET exceptions, natives' exceptions by <see cref="Run"/>.
    /// </summary>
    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // never run the loop as tier-0/OSR code (locals would live in memory)
    private static PyObject Dispatch(Frame f, Frame entry, ThreadState ts)
    {
        CodeObject co = f.Code;
        int[] code = co.Instructions;
        PyObject[] consts = co.Constants;
        PyStr[] names = co.NameObjects;
        StackSlot[] s = f.Slots;
        int sp = f.StackTop;
        int pc = f.Pc;
        // Passed by ref to Unwind, so the JIT reports it live for the whole loop: it is cleared once
        // a handler takes the exception, or it would outlive the except block (and `del e`).
        PyBaseException? raised;

        while (true)
        {
            f.LastInstruction = pc;
            int word = code[pc++];
            int arg = (int)((uint)word >> 8);
            switch ((Opcode)(byte)word)
            {
                case Opcode.Nop:
                    break;
                case Opcode.PopTop:
                    s[--sp].Value = null!;
                    break;
                case Opcode.Copy:
                    s[sp].Value = s[sp - arg].Value;
                    sp++;
                    break;
                case Opcode.Swap:
                    (s[sp - 1].Value, s[sp - arg].Value) = (s[sp - arg].Value, s[sp - 1].Value);
                    break;
                case Opcode.LoadConst:
                    s[sp++].Value = consts[arg];
                    break;
                case Opcode.PushNull:
                    s[sp++].Value = null!;
                    break;

                // ---- locals ----
                case Opcode.LoadFast:
                {
                    var v = s[arg].Value;
                    if (v is null) throw UnboundLocal(co, arg);
                    s[sp++].Value = v;
                    break;
                }
                case Opcode.StoreFast:
                    s[arg].Value = s[--sp].Value;
                    s[sp].Value = null!;
                    break;
                case Opcode.LoadClosure:
                    s[sp++].Value = s[arg].Value;
                    break;
                case Opcode.LoadDeref:
                {
                    var v = ((PyCell)s[arg].Value).Value;
                    if (v is null) throw UnboundDeref(co, arg);
                    s[sp++].Value = v;
                    break;
                }
                case Opcode.StoreDeref:
                    ((PyCell)s[arg].Value).Value = s[--sp].Value;
                    s[sp].Value = null!;
                    break;
                // ---- names ----
                case Opcode.LoadName:
                {
                    int ci = code[pc++];
                    if (f.Locals is PyDict ld && co.Caches[ci] is NameCache nc && ReferenceEquals(nc.Dict, ld) && nc.KeysVersion == ld.KeysVersion)
                    {
                        s[sp++].Value = ld.EntryValue(nc.Index);
                        break;
                    }
                    s[sp++].Value = LoadNameSlow(f, names[arg], co.Caches, ci);
                    break;
                }
                case Opcode.StoreName:
                {
                    int ci = code[pc++];
                    var v = s[--sp].Value;
                    s[sp].Value = null!;
                    if (f.Locals is PyDict ld && co.Caches[ci] is NameCache nc && ReferenceEquals(nc.Dict, ld) && nc.KeysVersion == ld.KeysVersion)
                    {
                        ld.SetEntryValue(nc.Index, v);
                        break;
                    }
                    StoreNameSlow(f, names[arg], v, co.Caches, ci);
                    break;
                }
                case Opcode.LoadGlobal:
                {
                    var cache = co.Caches[code[pc++]] as GlobalCache;
                    var globals = f.Globals;
                    PyObject? v = null;
                    if (cache is not null && ReferenceEquals(cache.Globals, globals) && cache.GlobalsKeysVersion == globals.KeysVersion)
                    {
                        if (!cache.InBuiltins) v = globals.EntryValue(cache.Index);
                        else if (cache.BuiltinsKeysVersion == f.Builtins.KeysVersion) v = f.Builtins.EntryValue(cache.Index);
                    }
                    v ??= LoadGlobalSlow(f, co, arg, code[pc - 1]);
                    s[sp++].Value = v;
                    break;
                }
                // ---- attributes ----
                case Opcode.LoadAttr:
                {
                    int ci = code[pc++];
                    var obj = s[sp - 1].Value;
                    s[sp - 1].Value = LoadAttrCached(obj, names[arg], co.Caches, ci);
                    break;
                }
                case Opcode.StoreAttr:
                {
                    int ci = code[pc++];
                    var obj = s[--sp].Value;
                    var value = s[--sp].Value;
                    s[sp].Value = null!;
                    s[sp + 1].Value = null!;
                    StoreAttrCached(obj, names[arg], value, co.Caches, ci);
                    break;
                }
                case Opcode.LoadMethod:
                {
                    int ci = code[pc++];
                    var obj = s[sp - 1].Value;
                    if (LoadMethodCached(obj, names[arg], co.Caches, ci, out var method))
                    {
                        s[sp - 1].Value = method;
                        s[sp++].Value = obj;
                    }
                    else
                    {
                        s[sp - 1].Value = method;
                        s[sp++].Value = null!;
                    }
                    break;
                }

                // ---- subscripts ----
                case Opcode.BinarySubscr:
                {
                    var key = s[--sp].Value;
                    s[sp].Value = null!;
                    var container = s[sp - 1].Value;
                    if (container is PyList list && key is PyInt ik && ik.IsSmall)
                    {
                        long i = ik.Small;
                        if (i < 0) i += list.Count;
                        if ((ulong)i < (ulong)list.Count) { s[sp - 1].Value = list.Items[i]; break; }
                    }
                    else if (container is PyDict dict && !dict.Type.IsHeapType)
                    {
                        if (dict.TryGetValue(key, out var found)) { s[sp - 1].Value = found; break; }
                        // A miss is common control flow (`try: d[k] except KeyError:`): raise it
                        // here instead of throwing a .NET exception through PyOps.GetItem.
                        raised = new PyBaseException(TypeObjects.KeyError, key);
                        goto RaiseNew;
                    }
                    s[sp - 1].Value = PyOps.GetItem(container, key);
                    break;
                }
                case Opcode.StoreSubscr:
                {
                    var key = s[--sp].Value;
                    var container = s[--sp].Value;
                    var value = s[--sp].Value;
                    s[sp].Value = s[sp + 1].Value = s[sp + 2].Value = null!;
                    if (container is PyList list && key is PyInt ik && ik.IsSmall)
                    {
                        long i = ik.Small;
                        if (i < 0) i += list.Count;
                        if ((ulong)i < (ulong)list.Count && list.Items.GetType() == typeof(PyObject[]))
                        {
                            // Through a ref: a PyObject[] element store would pay a covariance check
                            // (safe only for an exact PyObject[]: the constructor accepts subtype arrays).
                            Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(list.Items), (nint)i) = value;
                            break;
                        }
                    }
                    PyOps.SetItem(container, key, value);
                    break;
                }
                // ---- operators ----
                case Opcode.BinaryOp:
                {
                    var b = s[--sp].Value;
                    var a = s[sp - 1].Value;
                    s[sp].Value = null!;
                    if (a is PyInt x && b is PyInt y)
                    {
                        switch ((BinaryOperator)(arg & 0xF))
                        {
                            case BinaryOperator.Add: s[sp - 1].Value = PyInt.Add(x, y); continue;
                            case BinaryOperator.Subtract: s[sp - 1].Value = PyInt.Subtract(x, y); continue;
                            case BinaryOperator.Multiply: s[sp - 1].Value = PyInt.Multiply(x, y); continue;
                            case BinaryOperator.Modulo when x.IsSmall && y.IsSmall && y.Small > 0 && x.Small >= 0:
                                s[sp - 1].Value = PyInt.FromLong(x.Small % y.Small);
                                continue;
                        }
                    }
                    else if ((a is PyFloat || b is PyFloat) && FloatBinaryOp(a, b, arg) is { } floatResult)
                    {
                        s[sp - 1].Value = floatResult;
                        break;
                    }
                    s[sp - 1].Value = PyOps.BinaryOp(a, b, arg);
                    break;
                }
                case Opcode.BinaryOpFastFast:
                case Opcode.BinaryOpFastConst:
                case Opcode.BinaryOpFastFastStore:
                case Opcode.BinaryOpFastConstStore:
                {
                    // Superinstruction: LOAD_FAST a; LOAD_FAST b | LOAD_CONST k; BINARY_OP [; STORE_FAST c].
                    var fused = (Opcode)(byte)word;
                    int ia = arg & 0xFF, ib = (arg >> 8) & 0xFF;
                    var a = s[ia].Value ?? throw UnboundLocal(co, ia);
                    PyObject b;
                    if (fused is Opcode.BinaryOpFastFast or Opcode.BinaryOpFastFastStore)
                    {
                        f.LastInstruction = pc;
                        b = s[ib].Value ?? throw UnboundLocal(co, ib);
                    }
                    else b = consts[ib];
                    f.LastInstruction = pc + 1; // errors belong to the BINARY_OP (its position drives the traceback)
                    int bop = arg >> 16;
                    PyObject r;
                    if (a is PyInt x && b is PyInt y)
                    {
                        r = (BinaryOperator)(bop & 0xF) switch
                        {
                            BinaryOperator.Add => PyInt.Add(x, y),
                            BinaryOperator.Subtract => PyInt.Subtract(x, y),
                            BinaryOperator.Multiply => PyInt.Multiply(x, y),
                            BinaryOperator.Modulo when x.IsSmall && y.IsSmall && y.Small > 0 && x.Small >= 0 => PyInt.FromLong(x.Small % y.Small),
                            BinaryOperator.FloorDivide when x.IsSmall && y.IsSmall && y.Small > 0 && x.Small >= 0 => PyInt.FromLong(x.Small / y.Small),
                            _ => PyOps.BinaryOp(a, b, bop),
                        };
                    }
                    else if (a is PyFloat || b is PyFloat) r = FloatBinaryOp(a, b, bop) ?? PyOps.BinaryOp(a, b, bop);
                    else r = PyOps.BinaryOp(a, b, bop);
                    if (fused is Opcode.BinaryOpFastFastStore or Opcode.BinaryOpFastConstStore)
                    {
                        s[(int)((uint)code[pc + 2] >> 8)].Value = r;
                        pc += 3;
                    }
                    else
                    {
                        s[sp++].Value = r;
                        pc += 2;
                    }
                    break;
                }
                case Opcode.LoadFastLoadAttr:
                {
                    // Superinstruction: LOAD_FAST a; LOAD_ATTR name (cached); pc is at the LOAD_ATTR word.
                    var obj = s[arg].Value ?? throw UnboundLocal(co, arg);
                    f.LastInstruction = pc;
                    s[sp++].Value = LoadAttrCached(obj, names[(int)((uint)code[pc] >> 8)], co.Caches, code[pc + 1]);
                    pc += 2;
                    break;
                }
                case Opcode.LoadFastLoadMethod:
                {
                    var obj = s[arg].Value ?? throw UnboundLocal(co, arg);
                    f.LastInstruction = pc;
                    if (LoadMethodCached(obj, names[(int)((uint)code[pc] >> 8)], co.Caches, code[pc + 1], out var method))
                    {
                        s[sp].Value = method;
                        s[sp + 1].Value = obj;
                    }
                    else
                    {
                        s[sp].Value = method;
                        s[sp + 1].Value = null!;
                    }
                    sp += 2;
                    pc += 2;
                    break;
                }
                case Opcode.LoadFastConstSubscr:
                {
                    // Superinstruction: LOAD_FAST a; LOAD_CONST k; BINARY_SUBSCR.
                    int ia = arg & 0xFFF;
                    var container = s[ia].Value ?? throw UnboundLocal(co, ia);
                    var key = consts[arg >> 12];
                    f.LastInstruction = pc + 1; // errors belong to the BINARY_SUBSCR
                    s[sp++].Value = SubscriptFast(container, key) ?? PyOps.GetItem(container, key);
                    pc += 2;
                    break;
                }
                case Opcode.CopyCopySubscr:
                {
                    // Superinstruction: COPY 2; COPY 2; BINARY_SUBSCR (container, key -> container, key, item).
                    var container = s[sp - 2].Value;
                    var key = s[sp - 1].Value;
                    f.LastInstruction = pc + 1;
                    s[sp++].Value = SubscriptFast(container, key) ?? PyOps.GetItem(container, key);
                    pc += 2;
                    break;
                }
                case Opcode.SwapSwapStoreSubscr:
                {
                    // Superinstruction: SWAP 3; SWAP 2; STORE_SUBSCR (container, key, value -> container[key] = value).
                    var value = s[--sp].Value;
                    var key = s[--sp].Value;
                    var container = s[--sp].Value;
                    s[sp].Value = s[sp + 1].Value = s[sp + 2].Value = null!;
                    f.LastInstruction = pc + 1;
                    if (!StoreSubscriptFast(container, key, value)) PyOps.SetItem(container, key, value);
                    pc += 2;
                    break;
                }
                case Opcode.CompareFastConstJump:
                {
                    // Superinstruction: LOAD_FAST a; LOAD_CONST k; COMPARE_OP_JUMP_IF_FALSE.
                    int ia = arg & 0xFFF;
                    var a = s[ia].Value ?? throw UnboundLocal(co, ia);
                    var b = consts[arg >> 12];
                    int compareArg = (int)((uint)code[pc + 1] >> 8);
                    bool result;
                    if (a is PyInt x && b is PyInt y && x.IsSmall && y.IsSmall)
                        result = CompareLongs(x.Small, y.Small, compareArg & 0xF);
                    else
                    {
                        f.LastInstruction = pc + 1;
                        result = PyOps.IsTrue(PyOps.RichCompare(a, b, (ComparisonOperator)(compareArg & 0xF)));
                    }
                    pc = result ? pc + 2 : compareArg >> 4;
                    break;
                }
                case Opcode.UnaryNot:
                    s[sp - 1].Value = PyOps.IsTrue(s[sp - 1].Value) ? PyInt.False : PyInt.True;
                    break;
                case Opcode.CompareOp:
                {
                    var b = s[--sp].Value;
                    var a = s[sp - 1].Value;
                    s[sp].Value = null!;
                    if (a is PyInt x && b is PyInt y && x.IsSmall && y.IsSmall)
                        s[sp - 1].Value = PyInt.FromBool(CompareLongs(x.Small, y.Small, arg));
                    else if (a is PyFloat fa && b is PyFloat fb)
                        s[sp - 1].Value = PyInt.FromBool(CompareDoubles(fa.Value, fb.Value, arg));
                    else
                        s[sp - 1].Value = PyOps.RichCompare(a, b, (ComparisonOperator)arg);
                    break;
                }
                case Opcode.CompareOpJumpIfFalse:
                {
                    var b = s[--sp].Value;
                    var a = s[--sp].Value;
                    s[sp].Value = s[sp + 1].Value = null!;
                    bool result;
                    if (a is PyInt x && b is PyInt y && x.IsSmall && y.IsSmall)
                        result = CompareLongs(x.Small, y.Small, arg & 0xF);
                    else if (a is PyFloat fa && b is PyFloat fb)
                        result = CompareDoubles(fa.Value, fb.Value, arg & 0xF);
                    else
                        result = PyOps.IsTrue(PyOps.RichCompare(a, b, (ComparisonOperator)(arg & 0xF)));
                    if (!result) pc = arg >> 4;
                    break;
                }
                case Opcode.IsOp:
                {
                    var b = s[--sp].Value;
                    s[sp].Value = null!;
                    s[sp - 1].Value = PyInt.FromBool(ReferenceEquals(s[sp - 1].Value, b) != (arg == 1));
                    break;
                }
                case Opcode.ContainsOp:
                {
                    var container = s[--sp].Value;
                    s[sp].Value = null!;
                    s[sp - 1].Value = PyInt.FromBool(PyOps.Contains(container, s[sp - 1].Value) != (arg == 1));
                    break;
                }

                // ---- jumps ----
                case Opcode.Jump:
                    // Every loop closes with a backward jump: a safe point for Ctrl-C.
                    if (arg < pc && ts.InterruptPending != 0)
                    {
                        f.StackTop = sp;
                        InterruptRequests.Handle(ts);
                    }
                    pc = arg;
                    break;
                case Opcode.PopJumpIfFalse:
                {
                    var v = s[--sp].Value;
                    s[sp].Value = null!;
                    if (ReferenceEquals(v, PyInt.False) || (!ReferenceEquals(v, PyInt.True) && !PyOps.IsTrue(v))) pc = arg;
                    break;
                }
                case Opcode.PopJumpIfTrue:
                {
                    var v = s[--sp].Value;
                    s[sp].Value = null!;
                    if (ReferenceEquals(v, PyInt.True) || (!ReferenceEquals(v, PyInt.False) && PyOps.IsTrue(v))) pc = arg;
                    break;
                }
                case Opcode.JumpIfFalseOrPop:
                    if (!PyOps.IsTrue(s[sp - 1].Value)) pc = arg;
                    else s[--sp].Value = null!;
                    break;
                case Opcode.JumpIfTrueOrPop:
                    if (PyOps.IsTrue(s[sp - 1].Value)) pc = arg;
                    else s[--sp].Value = null!;
                    break;
                case Opcode.PopJumpIfNone:
                {
                    var v = s[--sp].Value;
                    s[sp].Value = null!;
                    if (v is PyNone) pc = arg;
                    break;
                }
                case Opcode.PopJumpIfNotNone:
                {
                    var v = s[--sp].Value;
                    s[sp].Value = null!;
                    if (v is not PyNone) pc = arg;
                    break;
                }

                // ---- iteration ----
                case Opcode.GetIter:
                    s[sp - 1].Value = PyOps.GetIter(s[sp - 1].Value);
                    // `for x in gen(...)`: the CALL (and its cache word) just before made the generator.
                    if (s[sp - 1].Value is PyGenerator fresh) fresh.TryAdoptByLoop(f, pc - 3);
                    break;
                case Opcode.ForIter:
                {
                    var it = s[sp - 1].Value;
                    if (it is PyRangeIterator ri)
                    {
                        if (ri.Remaining > 0)
                        {
                            ri.Remaining--;
                            s[sp++].Value = PyInt.FromLong(ri.Next);
                            ri.Next += ri.Step;
                            break;
                        }
                    }
                    else if (it is PyListIterator li)
                    {
                        var list = li.List;
                        if (list is not null && li.Index < list.Count)
                        {
                            s[sp++].Value = list.Items[li.Index++];
                            break;
                        }
                        li.List = null;
                    }
                    else if (it is PyGenerator gen && gen.TryEnterInLoop())
                    {
                        // Resume the generator's frame in this loop, like a call. Its yield comes back
                        // to the instruction after this one; its return re-runs this FOR_ITER, which
                        // then finds the generator finished.
                        if (ts.Depth >= ts.RecursionLimit)
                        {
                            gen.LeaveInLoop(finished: true);
                            throw PyExc.RecursionError("maximum recursion depth exceeded");
                        }
                        var genFrame = gen.Frame;
                        gen.EnterExceptionState(ts);
                        f.StackTop = sp;
                        f.Pc = pc - 1;
                        ts.Depth++;
                        genFrame.Back = f;
                        ts.CurrentFrame = genFrame;
                        f = genFrame;
                        co = f.Code; code = co.Instructions; consts = co.Constants; names = co.NameObjects; s = f.Slots; sp = f.StackTop; pc = f.Pc;
                        break;
                    }
                    else if (PyOps.TryNext(it, out var item))
                    {
                        s[sp++].Value = item;
                        break;
                    }
                    s[--sp].Value = null!;
                    pc = arg;
                    break;
                }

                // ---- building ----
                case Opcode.BuildTuple:
                {
                    if (arg == 0) { s[sp++].Value = PyTuple.Empty; break; }
                    var items = new PyObject[arg];
                    sp -= arg;
                    for (int i = 0; i < arg; i++) { items[i] = s[sp + i].Value; s[sp + i].Value = null!; }
                    s[sp++].Value = new PyTuple(items);
                    break;
                }
                case Opcode.BuildList:
                {
                    var items = new PyObject[arg];
                    sp -= arg;
                    for (int i = 0; i < arg; i++) { items[i] = s[sp + i].Value; s[sp + i].Value = null!; }
                    s[sp++].Value = new PyList(items, arg);
                    break;
                }
                case Opcode.ListAppend:
                {
                    var v = s[--sp].Value;
                    s[sp].Value = null!;
                    ((PyList)s[sp - arg].Value).Append(v);
                    break;
                }
                // ---- unpacking ----
                // ---- calls ----
                case Opcode.Call:
                case Opcode.CallKw:
                {
                    pc++; // cache word (reserved for call specialisation)
                    PyTuple? kwnames = null;
                    if ((Opcode)(byte)word == Opcode.CallKw)
                    {
                        kwnames = (PyTuple)s[--sp].Value;
                        s[sp].Value = null!;
                    }
                    int calleeSlot = sp - arg - 2;
                    var callable = s[calleeSlot].Value;
                    var self = s[calleeSlot + 1].Value;
                    if (self is null && callable is PyBoundMethod bm)
                    {
                        s[calleeSlot].Value = callable = bm.Function;
                        s[calleeSlot + 1].Value = self = bm.Self;
                    }
                    PyObject? constructed = null;
                    if (self is null && callable is PyType { IsHeapType: true } cls)
                    {
                        if (TryStartConstruction(cls, out var initFunction, out var instance)
                            || TryStartNativeNewConstruction(cls, s, calleeSlot, arg, kwnames, out initFunction, out instance))
                        {
                            if (initFunction is null)
                            {
                                // Fully constructed by a native __new__/__init__.
                                while (sp > calleeSlot) s[--sp].Value = null!;
                                s[sp++].Value = instance;
                                break;
                            }
                            // cls(args): run __init__ as an ordinary Python frame that evaluates to the instance.
                            s[calleeSlot].Value = callable = initFunction;
                            s[calleeSlot + 1].Value = self = instance;
                            constructed = instance;
                        }
                        // An out variable is address-exposed: the JIT reports it live for the whole
                        // dispatch method, so it would keep the instance alive while this loop runs.
                        instance = null!;
                        initFunction = null;
                    }
                    int argStart = self is null ? calleeSlot + 2 : calleeSlot + 1;
                    int nargs = self is null ? arg : arg + 1;
                    if (callable is PyFunction fn && !fn.Code.IsGenerator)
                    {
                        var callee = Frame.Rent(fn, ts.ManagedThreadId);
                        if (constructed is not null) callee.ConstructedInstance = constructed; // rented frames hold null: skip the barrier
                        ArgumentBinder.Bind(fn, callee, StackSlot.AsSpan(s, argStart, nargs), kwnames);
                        while (sp > calleeSlot) s[--sp].Value = null!;
                        if (ts.Depth >= ts.RecursionLimit) throw PyExc.RecursionError("maximum recursion depth exceeded");
                        f.StackTop = sp;
                        f.Pc = pc;
                        ts.Depth++;
                        callee.Back = f;
                        ts.CurrentFrame = callee;
                        f = callee;
                        co = f.Code; code = co.Instructions; consts = co.Constants; names = co.NameObjects; s = f.Slots; sp = f.StackTop; pc = f.Pc;
                        break;
                    }
                    var result = PyOps.Call(callable, StackSlot.AsSpan(s, argStart, nargs), kwnames);
                    if (constructed is not null) result = CheckInitResult(result, constructed);
                    else if (result is PyGenerator created && callable is PyFunction) created.MarkCreatedByCall(f, pc - 2);
                    while (sp > calleeSlot) s[--sp].Value = null!;
                    s[sp++].Value = result;
                    break;
                }
                case Opcode.ReturnValue:
                {
                    var result = s[--sp].Value;
                    s[sp].Value = null!;
                    f.StackTop = sp;
                    if (ReferenceEquals(f, entry)) return result;
                    if (f.Generator is { } finishedGenerator)
                    {
                        // An in-loop generator returned: the loop's FOR_ITER runs again and sees it exhausted.
                        finishedGenerator.LeaveExceptionState(ts);
                        finishedGenerator.LeaveInLoop(finished: true);
                        var loopFrame = f.Back!;
                        f.Back = null;
                        ts.Depth--;
                        ts.CurrentFrame = loopFrame;
                        f = loopFrame;
                        co = f.Code; code = co.Instructions; consts = co.Constants; names = co.NameObjects; s = f.Slots; sp = f.StackTop; pc = f.Pc;
                        break;
                    }
                    if (f.ConstructedInstance is { } built) result = CheckInitResult(result, built);
                    var back = f.Back!;
                    f.Release(ts.ManagedThreadId);
                    ts.Depth--;
                    ts.CurrentFrame = back;
                    f = back;
                    co = f.Code; code = co.Instructions; consts = co.Constants; names = co.NameObjects; s = f.Slots; sp = f.StackTop; pc = f.Pc;
                    s[sp++].Value = result;
                    break;
                }
                // ---- exceptions ----
                case Opcode.RaiseVarargs:
                {
                    if (arg == 0)
                    {
                        raised = ts.HandledException ?? throw PyExc.RuntimeError("No active exception to reraise");
                        f.StackTop = sp;
                        f.Pc = pc;
                        goto Reraise;
                    }
                    PyObject? cause = null;
                    if (arg == 2) { cause = s[--sp].Value; s[sp].Value = null!; }
                    var excValue = s[--sp].Value;
                    s[sp].Value = null!;
                    raised = MakeException(excValue);
                    if (cause is not null)
                    {
                        raised.Cause = cause is PyNone ? null : MakeCause(cause);
                        raised.SuppressContext = true;
                    }
                    f.StackTop = sp;
                    f.Pc = pc;
                    SetContext(raised, ts);
                    f = Unwind(f, entry, ts, ref raised, newError: true) ?? throw new PythonException(raised) { UnwoundBy = entry }; raised = null;
                    co = f.Code; code = co.Instructions; consts = co.Constants; names = co.NameObjects; s = f.Slots; sp = f.StackTop; pc = f.Pc;
                    break;
                }
                case Opcode.Reraise:
                {
                    // The handler search starts at this instruction (as CPython's does); the saved
                    // lasti below the exception only restored the frame's line, which our
                    // tracebacks record per entry instead.
                    raised = (PyBaseException)s[--sp].Value;
                    s[sp].Value = null!;
                    f.StackTop = sp;
                    f.Pc = pc;
                    goto Reraise;
                }
                case Opcode.EndAsyncFor:
                {
                    var exc = (PyBaseException)s[--sp].Value;
                    s[sp].Value = null!;
                    s[--sp].Value = null!; // the async iterator
                    if (exc.Type.IsSubtypeOf(TypeObjects.StopAsyncIteration)) break;
                    raised = exc;
                    f.StackTop = sp;
                    f.Pc = pc;
                    goto Reraise;
                }
                case Opcode.PushExcInfo:
                {
                    var exc = (PyBaseException)s[sp - 1].Value;
                    s[sp - 1].Value = (PyObject?)ts.HandledException ?? PyNone.Instance;
                    s[sp++].Value = exc;
                    ts.HandledException = exc;
                    break;
                }
                case Opcode.PopExcept:
                {
                    var prev = s[--sp].Value;
                    s[sp].Value = null!;
                    ts.HandledException = prev as PyBaseException;
                    break;
                }
                // ---- generators ----
                case Opcode.YieldValue:
                {
                    var value = s[--sp].Value;
                    s[sp].Value = null!;
                    f.StackTop = sp;
                    f.Pc = pc;
                    f.Yielded = true;
                    if (ReferenceEquals(f, entry)) return value;
                    // A generator resumed in-loop by FOR_ITER: hand the value to the loop, after the FOR_ITER.
                    f.Generator!.LeaveExceptionState(ts);
                    f.Generator.LeaveInLoop(finished: false);
                    var loopFrame = f.Back!;
                    f.Back = null;
                    ts.Depth--;
                    ts.CurrentFrame = loopFrame;
                    f = loopFrame;
                    co = f.Code; code = co.Instructions; consts = co.Constants; names = co.NameObjects; s = f.Slots; sp = f.StackTop; pc = f.Pc + 1;
                    s[sp++].Value = value;
                    break;
                }
                case Opcode.Send:
                {
                    var value = s[sp - 1].Value;
                    var receiver = s[sp - 2].Value;
                    bool yielded;
                    PyObject result;
                    if (receiver is PyCoroutineWrapper wrapper) receiver = wrapper.Coroutine;
                    if (receiver is PyGenerator g) yielded = g.Resume(value, out result);
                    else if (value is PyNone && receiver is PyIterator) { yielded = PyOps.TryNext(receiver, out result); if (!yielded) result = PyNone.Instance; }
                    else yielded = SendToOtherIterator(receiver, value, out result);
                    if (yielded) s[sp - 1].Value = result;
                    else
                    {
                        s[--sp].Value = null!;
                        s[sp - 1].Value = result;
                        pc = arg;
                    }
                    break;
                }
                case Opcode.UnpackSequence:
                {
                    // Tuples and lists of the expected length (loop targets like `for k, v in
                    // pairs`); other iterables and every error go out of line.
                    var seq = s[sp - 1].Value;
                    PyObject[] items;
                    int length;
                    if (seq is PyTuple tuple) { items = tuple.Items; length = items.Length; }
                    else if (seq is PyList list) { items = list.Items; length = list.Count; }
                    else goto default;
                    if (length != arg || length == 0) goto default;
                    sp--;
                    for (int i = length - 1; i >= 0; i--) s[sp++].Value = items[i];
                    break;
                }
                // ---- modules ----
                default:
                    // Less frequent instructions run out of line, keeping this method small enough
                    // for the JIT to hold pc, sp and the arrays in registers.
                    sp = DispatchUncommon((Opcode)(byte)word, arg, f, s, sp, ts);
                    break;
            }
            continue;

        RaiseNew:
            // An exception created by an instruction of f (not thrown): same path as `raise`.
            f.StackTop = sp;
            f.Pc = pc;
            SetContext(raised, ts);
            f = Unwind(f, entry, ts, ref raised, newError: true) ?? throw new PythonException(raised) { UnwoundBy = entry }; raised = null;
            co = f.Code; code = co.Instructions; consts = co.Constants; names = co.NameObjects; s = f.Slots; sp = f.StackTop; pc = f.Pc;
            continue;

        Reraise:
            f = Unwind(f, entry, ts, ref raised, newError: false) ?? throw new PythonException(raised) { UnwoundBy = entry }; raised = null;
            co = f.Code; code = co.Instructions; consts = co.Constants; names = co.NameObjects; s = f.Slots; sp = f.StackTop; pc = f.Pc;
        }
    }

    /// <summary>
    /// The less frequent instructions, out of line. Returns the new stack pointer; none of these
    /// changes the instruction pointer or the current frame. The frequent ones (f-strings, slices, unary operators) run in small
    /// methods of their own: the big switch below has so many GC-typed temporaries that its
    /// prologue zeroes ~400 bytes of stack on every call (16 % of its samples in string_ops).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int DispatchUncommon(Opcode op, int arg, Frame f, StackSlot[] s, int sp, ThreadState ts)
    {
        switch (op)
        {
            case Opcode.FormatValue: return FormatValue(arg, s, sp);
            case Opcode.BuildString: return BuildString(arg, s, sp);
            case Opcode.BuildSlice: return BuildSlice(arg, s, sp);
            case Opcode.UnaryNegative: s[sp - 1].Value = PyOps.Negative(s[sp - 1].Value); return sp;
            case Opcode.UnaryPositive: s[sp - 1].Value = PyOps.Positive(s[sp - 1].Value); return sp;
            case Opcode.UnaryInvert: s[sp - 1].Value = PyOps.Invert(s[sp - 1].Value); return sp;
            default: return DispatchRare(op, arg, f, s, sp, ts);
        }
    }

    private static int FormatValue(int arg, StackSlot[] s, int sp)
    {
        string spec = "";
        if ((arg & 4) != 0)
        {
            spec = ((PyStr)s[--sp].Value).Value;
            s[sp].Value = null!;
        }
        var v = s[sp - 1].Value;
        switch (arg & 3)
        {
            case 1: v = PyOps.StrObject(v); break;
            case 2: v = PyStr.From(PyOps.Repr(v)); break;
            case 3: v = PyStr.From(BuiltinFunctions.Ascii(PyOps.Repr(v))); break;
        }
        s[sp - 1].Value = spec.Length == 0 && v is PyStr && !v.Type.IsHeapType ? v : PyStr.From(PyOps.Format(v, spec));
        return sp;
    }

    private static int BuildString(int arg, StackSlot[] s, int sp)
    {
        sp -= arg;
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < arg; i++) { sb.Append(((PyStr)s[sp + i].Value).Value); s[sp + i].Value = null!; }
        s[sp++].Value = PyStr.From(sb.ToString());
        return sp;
    }

    private static int BuildSlice(int arg, StackSlot[] s, int sp)
    {
        PyObject step = arg == 3 ? s[--sp].Value : PyNone.Instance;
        var stop = s[--sp].Value;
        var start = s[sp - 1].Value;
        s[sp - 1].Value = new PySlice(start, stop, step);
        s[sp].Value = null!;
        return sp;
    }

    private static int DispatchRare(Opcode op, int arg, Frame f, StackSlot[] s, int sp, ThreadState ts)
    {
        var co = f.Code;
        var consts = co.Constants;
        var names = co.NameObjects;
        switch (op)
        {
        case Opcode.DeleteFast:
            if (s[arg].Value is null) throw UnboundLocal(co, arg);
            s[arg].Value = null!;
            break;
        case Opcode.DeleteDeref:
        {
            var cell = (PyCell)s[arg].Value;
            if (cell.Value is null) throw UnboundDeref(co, arg);
            cell.Value = null;
            break;
        }
        case Opcode.LoadClassDeref:
        {
            var name = PyStr.From(DerefName(co, arg));
            if (f.Locals is PyDict ld && ld.TryGetStr(name, out var v)) { s[sp++].Value = v; break; }
            var cv = ((PyCell)s[arg].Value).Value;
            if (cv is null) throw UnboundDeref(co, arg);
            s[sp++].Value = cv;
            break;
        }

        case Opcode.DeleteName:
        {
            var name = names[arg];
            if (f.Locals is PyDict ld)
            {
                if (!ld.RemoveStr(name.Value)) throw NameNotDefined(name);
            }
            else PyOps.DelItem(f.Locals!, name);
            break;
        }
        case Opcode.StoreGlobal:
            f.Globals.SetStr(names[arg], s[--sp].Value);
            s[sp].Value = null!;
            break;
        case Opcode.DeleteGlobal:
            if (!f.Globals.RemoveStr(co.Names[arg])) throw NameNotDefined(names[arg]);
            break;

        case Opcode.DeleteAttr:
        {
            var obj = s[--sp].Value;
            s[sp].Value = null!;
            PyOps.DelAttr(obj, names[arg]);
            break;
        }
        case Opcode.DeleteSubscr:
        {
            var key = s[--sp].Value;
            var container = s[--sp].Value;
            s[sp].Value = s[sp + 1].Value = null!;
            PyOps.DelItem(container, key);
            break;
        }
        case Opcode.BuildSet:
        {
            var set = new PySet();
            sp -= arg;
            for (int i = 0; i < arg; i++) { set.Add(s[sp + i].Value); s[sp + i].Value = null!; }
            s[sp++].Value = set;
            break;
        }
        case Opcode.BuildMap:
        {
            var dict = new PyDict(arg);
            sp -= 2 * arg;
            for (int i = 0; i < arg; i++)
            {
                dict.SetItem(s[sp + 2 * i].Value, s[sp + 2 * i + 1].Value);
                s[sp + 2 * i].Value = s[sp + 2 * i + 1].Value = null!;
            }
            s[sp++].Value = dict;
            break;
        }
        case Opcode.BuildConstKeyMap:
        {
            var keys = (PyTuple)s[--sp].Value;
            var dict = new PyDict(arg);
            sp -= arg;
            for (int i = 0; i < arg; i++) { dict.SetItem(keys.Items[i], s[sp + i].Value); s[sp + i].Value = null!; }
            s[sp++].Value = dict;
            break;
        }
        case Opcode.SetAdd:
        {
            var v = s[--sp].Value;
            s[sp].Value = null!;
            ((PySet)s[sp - arg].Value).Add(v);
            break;
        }
        case Opcode.MapAdd:
        {
            var value = s[--sp].Value;
            var key = s[--sp].Value;
            s[sp].Value = s[sp + 1].Value = null!;
            ((PyDict)s[sp - arg].Value).SetItem(key, value);
            break;
        }
        case Opcode.ListExtend:
        {
            var iterable = s[--sp].Value;
            s[sp].Value = null!;
            int depth = arg & 0xFF;
            if (iterable is not (PyList or PyTuple) && iterable.Type.Lookup("__iter__") is null && iterable.Type.Lookup("__getitem__") is null)
            {
                throw PyExc.TypeError((arg & OpcodeInfo.ListExtendCallArguments) != 0
                    ? $"{CalleeName(s[sp - depth - 2].Value)} argument after * must be an iterable, not {iterable.Type.Name}"
                    : $"Value after * must be an iterable, not {iterable.Type.Name}");
            }
            ListMethods.Extend((PyList)s[sp - depth].Value, iterable);
            break;
        }
        case Opcode.SetUpdate:
        {
            var iterable = s[--sp].Value;
            s[sp].Value = null!;
            var set = (PySet)s[sp - arg].Value;
            var it = PyOps.GetIter(iterable);
            while (PyOps.TryNext(it, out var x)) set.Add(x);
            break;
        }
        case Opcode.DictUpdate:
        {
            var other = s[--sp].Value;
            s[sp].Value = null!;
            if (other is not PyDict && other.Type.Lookup("keys") is null)
                throw PyExc.TypeError($"'{other.Type.Name}' object is not a mapping");
            DictMethods.Update((PyDict)s[sp - arg].Value, other);
            break;
        }
        case Opcode.DictMerge:
        {
            var other = s[--sp].Value;
            s[sp].Value = null!;
            var target = (PyDict)s[sp - arg].Value;
            var callee = sp - arg - 3 >= f.StackBase ? s[sp - arg - 3].Value : null;
            MergeKeywords(target, other, callee);
            break;
        }
        case Opcode.ListToTuple:
        {
            var list = (PyList)s[sp - 1].Value;
            s[sp - 1].Value = PyTuple.Create(list.ToArray());
            break;
        }
        case Opcode.UnpackSequence:
        {
            var seq = s[--sp].Value;
            s[sp].Value = null!;
            UnpackSequence(seq, arg, s, sp);
            sp += arg;
            break;
        }
        case Opcode.UnpackEx:
        {
            var seq = s[--sp].Value;
            s[sp].Value = null!;
            int before = arg & 0xFF, after = arg >> 8;
            UnpackStarred(seq, before, after, s, sp);
            sp += before + after + 1;
            break;
        }

        case Opcode.CallFunctionEx:
        {
            PyObject? kwargs = null;
            if ((arg & 1) != 0) { kwargs = s[--sp].Value; s[sp].Value = null!; }
            var argsTuple = (PyTuple)s[--sp].Value;
            s[sp].Value = null!;
            --sp; // the null "self" slot
            var callable = s[sp - 1].Value;
            s[sp - 1].Value = CallWithKeywordDict(callable, argsTuple.Items, kwargs as PyDict);
            break;
        }
        case Opcode.MakeFunction:
        {
            var fcode = (CodeObject)s[--sp].Value;
            s[sp].Value = null!;
            PyCell[]? closure = null;
            if ((arg & 8) != 0)
            {
                closure = ((PyTuple)s[--sp].Value).Items.Cast<PyCell>().ToArray();
                s[sp].Value = null!;
            }
            PyDict? annotations = null;
            if ((arg & 4) != 0) { annotations = (PyDict)s[--sp].Value; s[sp].Value = null!; }
            PyDict? kwDefaults = null;
            if ((arg & 2) != 0) { kwDefaults = (PyDict)s[--sp].Value; s[sp].Value = null!; }
            PyObject[]? defaults = null;
            if ((arg & 1) != 0) { defaults = ((PyTuple)s[--sp].Value).Items; s[sp].Value = null!; }
            var fn = new PyFunction(fcode, f.Globals, f.Builtins, fcode.QualName, closure)
            {
                Defaults = defaults,
                KwDefaults = kwDefaults,
                Annotations = annotations,
                Doc = fcode.Doc,
            };
            s[sp++].Value = fn;
            break;
        }
        case Opcode.LoadBuildClass:
            if (!f.Builtins.TryGetStr("__build_class__", out var buildClass))
                throw PyExc.NameError("__build_class__ not found");
            s[sp++].Value = buildClass;
            break;

        case Opcode.CheckExcMatch:
        {
            var type = s[--sp].Value;
            s[sp].Value = null!;
            s[sp++].Value = PyInt.FromBool(ExceptionMatches(s[sp - 2].Value, type));
            break;
        }
        case Opcode.WithExceptStart:
        {
            var exc = (PyBaseException)s[sp - 1].Value;
            var exit = s[sp - 4].Value;
            s[sp++].Value = PyOps.Call3(exit, exc.Type, exc, (PyObject?)exc.Traceback ?? PyNone.Instance);
            break;
        }
        case Opcode.BeforeWith:
        {
            s[sp].Value = EnterContext(s[sp - 1].Value, "__enter__", "__exit__", "the context manager protocol", out s[sp - 1].Value);
            sp++;
            break;
        }
        case Opcode.LoadAssertionError:
            s[sp++].Value = TypeObjects.AssertionError;
            break;

        case Opcode.GetYieldFromIter:
            if (s[sp - 1].Value is not PyGenerator) s[sp - 1].Value = PyOps.GetIter(s[sp - 1].Value);
            else if (s[sp - 1].Value is PyGenerator { IsCoroutine: true } && (f.Code.Flags & (CodeFlags.IterableCoroutine | CodeFlags.Coroutine)) == 0)
                throw PyExc.TypeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            else if (s[sp - 1].Value is PyGenerator { Kind: GeneratorKind.AsyncGenerator } asyncGenerator)
                s[sp - 1].Value = PyOps.GetIter(asyncGenerator);
            break;
        case Opcode.ReturnGenerator:
            break;

        case Opcode.ImportName:
        {
            var fromList = s[--sp].Value;
            var level = s[sp - 1].Value;
            s[sp].Value = null!;
            s[sp - 1].Value = Importer.Import(co.Names[arg], fromList, ((PyInt)level).Small, f.Globals, ts);
            break;
        }
        case Opcode.ImportFrom:
            s[sp].Value = Importer.ImportFrom(s[sp - 1].Value, names[arg]);
            sp++;
            break;
        case Opcode.ImportStar:
        {
            var module = s[--sp].Value;
            s[sp].Value = null!;
            if (f.Locals is not PyDict target) throw PyExc.RuntimeError("import * only allowed at module level");
            Importer.ImportStar(module, target);
            break;
        }
        case Opcode.SetupAnnotations:
            if (f.Locals is PyDict ad && !ad.TryGetStr("__annotations__", out _)) ad.SetStr("__annotations__", new PyDict());
            break;
        case Opcode.PrintExpr:
        {
            var v = s[--sp].Value;
            s[sp].Value = null!;
            if (v is not PyNone)
            {
                f.Builtins.SetStr("_", v);
                ts.Stdout.Write(PyOps.Repr(v) + "\n");
            }
            break;
        }
            case Opcode.MatchSequence:
                s[sp].Value = PyInt.FromBool(PatternMatching.IsSequenceOfLength(s[sp - 1].Value, arg));
                sp++;
                break;
            case Opcode.MatchMapping:
                s[sp].Value = PyInt.FromBool(PatternMatching.IsMapping(s[sp - 1].Value));
                sp++;
                break;
            case Opcode.MatchKeys:
            {
                var keys = (PyTuple)s[--sp].Value;
                s[sp].Value = null!;
                s[sp - 1].Value = PatternMatching.MatchKeys(s[sp - 1].Value, keys);
                break;
            }
            case Opcode.DictWithoutKeys:
            {
                var keys = (PyTuple)s[--sp].Value;
                s[sp].Value = null!;
                s[sp - 1].Value = PatternMatching.DictWithoutKeys(s[sp - 1].Value, keys);
                break;
            }
            case Opcode.MatchClass:
            {
                var kwNames = (PyTuple)s[--sp].Value;
                var cls = s[--sp].Value;
                s[sp].Value = s[sp + 1].Value = null!;
                s[sp - 1].Value = PatternMatching.MatchClass(s[sp - 1].Value, cls, arg, kwNames);
                break;
            }
            case Opcode.GetAwaitable:
                s[sp - 1].Value = GetAwaitable(s[sp - 1].Value);
                break;
            case Opcode.ExceptStarStart:
                s[sp - 1].Value = new ExceptStarState((PyBaseException)s[sp - 1].Value);
                break;
            case Opcode.ExceptStarMatch:
            {
                var type = s[--sp].Value;
                s[sp].Value = null!;
                var match = ((ExceptStarState)s[sp - 1].Value).Match(type);
                // The clause body handles its matched part: a bare raise re-raises that part.
                if (match is PyBaseException matched) ts.HandledException = matched;
                s[sp - 1].Value = match;
                break;
            }
            case Opcode.ExceptStarRecord:
            {
                var exc = (PyBaseException)s[--sp].Value;
                s[sp].Value = null!;
                s[--sp].Value = null!; // lasti
                ((ExceptStarState)s[sp - 1].Value).Raised.Add(exc);
                break;
            }
            case Opcode.ExceptStarFinish:
                s[sp - 1].Value = ((ExceptStarState)s[sp - 1].Value).Finish();
                break;
            case Opcode.BeforeAsyncWith:
            {
                s[sp].Value = EnterContext(s[sp - 1].Value, "__aenter__", "__aexit__", "the asynchronous context manager protocol", out s[sp - 1].Value);
                sp++;
                break;
            }
            case Opcode.GetAIter:
            {
                var iterable = s[sp - 1].Value;
                var aiter = iterable.Type.Lookup("__aiter__")
                    ?? throw PyExc.TypeError($"'async for' requires an object with __aiter__ method, got {iterable.Type.Name}");
                s[sp - 1].Value = PyOps.CallSpecial(aiter, iterable);
                break;
            }
            case Opcode.GetANext:
            {
                var aiter = s[sp - 1].Value;
                var anext = aiter.Type.Lookup("__anext__")
                    ?? throw PyExc.TypeError($"'async for' requires an iterator with __anext__ method, got {aiter.Type.Name}");
                s[sp++].Value = PyOps.CallSpecial(anext, aiter);
                break;
            }
            case Opcode.PopIterator:
            {
                var iterator = s[--sp].Value;
                s[sp].Value = null!;
                if (iterator is PyGenerator { OwnedByLoop: true } dropped) dropped.CloseDropped();
                break;
            }
            case Opcode.AsyncGenWrap:
                s[sp - 1].Value = new PyAsyncGenWrappedValue(s[sp - 1].Value);
                break;
            default:
                throw new InvalidOperationException($"unknown opcode {op}");
        }
        return sp;
    }

    /// <summary>
    /// The shared part of <c>with</c> and <c>async with</c>: looks up the enter/exit pair on the
    /// manager's type, binds the exit method (returned in <paramref name="boundExit"/>) and calls enter.
    /// </summary>
    private static PyObject EnterContext(PyObject manager, string enterName, string exitName, string protocol, out PyObject boundExit)
    {
        var enter = manager.Type.Lookup(enterName);
        var exit = manager.Type.Lookup(exitName);
        if (enter is null) throw PyExc.TypeError($"'{manager.Type.Name}' object does not support {protocol}");
        if (exit is null) throw PyExc.TypeError($"'{manager.Type.Name}' object does not support {protocol} (missed {exitName} method)");
        boundExit = PyOps.BindDescriptor(exit, manager, manager.Type);
        return PyOps.CallSpecial(enter, manager);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CompareLongs(long a, long b, int op) => op switch
    {
        (int)ComparisonOperator.Less => a < b,
        (int)ComparisonOperator.LessEqual => a <= b,
        (int)ComparisonOperator.Equal => a == b,
        (int)ComparisonOperator.NotEqual => a != b,
        (int)ComparisonOperator.Greater => a > b,
        _ => a >= b,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CompareDoubles(double a, double b, int op) => op switch
    {
        (int)ComparisonOperator.Less => a < b,
        (int)ComparisonOperator.LessEqual => a <= b,
        (int)ComparisonOperator.Equal => a == b,
        (int)ComparisonOperator.NotEqual => a != b,
        (int)ComparisonOperator.Greater => a > b,
        _ => a >= b,
    };
}
