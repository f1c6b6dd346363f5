using Warden.Compiler;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Objects;

/// <summary>Which kind of suspendable function made a <see cref="PyGenerator"/>.</summary>
public enum GeneratorKind
{
    Generator,
    /// <summary>Made by calling an <c>async def</c> function without <c>yield</c>.</summary>
    Coroutine,
    /// <summary>Made by calling an <c>async def</c> function with <c>yield</c>; driven through asend/athrow awaitables.</summary>
    AsyncGenerator,
}

/// <summary>
/// A generator, coroutine (<c>async def</c>) or async generator: a suspended frame resumed by
/// <c>next</c>/<c>send</c>/<c>throw</c>. Coroutines are not iterable; they are awaited or driven by
/// <c>send</c>. Async generators are resumed only by their asend/athrow awaitables.
/// </summary>
public sealed class PyGenerator : PyObject
{
    internal readonly Frame Frame;
    public string Name { get; }
    public string QualName { get; }
    public GeneratorKind Kind { get; }
    /// <summary>True for the coroutine made by calling an <c>async def</c> function.</summary>
    public bool IsCoroutine => Kind == GeneratorKind.Coroutine;
    /// <summary>True for a plain generator (iterable, and awaitable when its code is an iterable coroutine).</summary>
    public bool IsPlainGenerator => Kind == GeneratorKind.Generator;
    private bool _started;
    private bool _running;
    private bool _finished;
    /// <summary>An async generator's awaitable (asend/athrow) is in progress (CPython's ag_running_async).</summary>
    internal bool AsyncRunning;
    /// <summary>An async generator was closed by aclose() or finished by StopAsyncIteration/GeneratorExit.</summary>
    internal bool AsyncClosed;
    /// <summary>The exception the generator's own code is handling while suspended (CPython's gi_exc_state).</summary>
    private PyBaseException? _handled;
    /// <summary>The caller's handled exception while the generator runs, restored when it yields or ends.</summary>
    private PyBaseException? _callerHandled;

    /// <summary>Swaps in the generator's handled exception when it starts running.</summary>
    internal void EnterExceptionState(ThreadState ts)
    {
        // Stores only when something changes: each reference store is a GC write barrier, and
        // this runs on every resumption (usually with no exception handled on either side).
        var callerHandled = ts.HandledException;
        if (!ReferenceEquals(_callerHandled, callerHandled)) _callerHandled = callerHandled;
        // As CPython's stack of exception states: a generator handling nothing of its own sees
        // its caller's (a bare `raise` in it re-raises what the caller is handling).
        var effective = _handled ?? callerHandled;
        if (!ReferenceEquals(callerHandled, effective)) ts.HandledException = effective;
    }

    /// <summary>Saves the generator's handled exception and restores the caller's when it stops running.</summary>
    internal void LeaveExceptionState(ThreadState ts)
    {
        var handled = ts.HandledException;
        var callerHandled = _callerHandled;
        // Still the caller's (the fallback above): the generator handles nothing of its own.
        var own = ReferenceEquals(handled, callerHandled) ? null : handled;
        if (!ReferenceEquals(own, _handled)) _handled = own;
        if (!ReferenceEquals(handled, callerHandled)) ts.HandledException = callerHandled;
        if (callerHandled is not null) _callerHandled = null;
    }

    internal PyGenerator(Frame frame, PyFunction function)
    {
        Frame = frame;
        Name = function.Name;
        QualName = function.QualName;
        var flags = function.Code.Flags;
        Kind = (flags & CodeFlags.Coroutine) != 0 ? GeneratorKind.Coroutine
            : (flags & CodeFlags.AsyncGenerator) != 0 ? GeneratorKind.AsyncGenerator
            : GeneratorKind.Generator;
        frame.Generator = this;
    }

    /// <summary>The frame whose CALL instruction made this generator by calling its function (see <see cref="TryAdoptByLoop"/>).</summary>
    private Frame? _creatorFrame;
    private int _creatorCall;

    /// <summary>
    /// A for-loop holds the only reference to this generator: when the loop drops it unfinished
    /// (break, return, an exception), it is closed there, as CPython's reference counting
    /// finalizes it at that moment (its <c>finally</c> blocks run before the code after the loop).
    /// </summary>
    internal bool OwnedByLoop { get; private set; }

    /// <summary>Records that the CALL at <paramref name="callIndex"/> of <paramref name="frame"/> created this generator.</summary>
    internal void MarkCreatedByCall(Frame frame, int callIndex)
    {
        _creatorFrame = frame;
        _creatorCall = callIndex;
    }

    /// <summary>
    /// GET_ITER right after the CALL that created this generator (<c>for x in gen(...)</c>): the
    /// value went straight from the call to the loop, so nothing else can refer to it.
    /// </summary>
    internal void TryAdoptByLoop(Frame frame, int callIndex)
    {
        if (ReferenceEquals(_creatorFrame, frame) && _creatorCall == callIndex && IsCreated) OwnedByLoop = true;
        _creatorFrame = null;
    }

    /// <summary>The owning loop dropped this generator: close it, reporting (not raising) what its finalization raises.</summary>
    internal void CloseDropped()
    {
        OwnedByLoop = false;
        if (!IsSuspended) return;
        try
        {
            Close();
        }
        catch (PythonException e)
        {
            Unraisable.Report(e.Exception, this);
        }
    }

    /// <summary>The word CPython's messages use for this kind ("generator", "coroutine", "async generator").</summary>
    public string KindName => Kind switch
    {
        GeneratorKind.Coroutine => "coroutine",
        GeneratorKind.AsyncGenerator => "async generator",
        _ => "generator",
    };

    /// <summary>A generator whose code carries CO_ITERABLE_COROUTINE (<c>types.coroutine</c>): <c>await</c> accepts it.</summary>
    public bool IsIterableCoroutine => Kind == GeneratorKind.Generator && (Frame.Code.Flags & CodeFlags.IterableCoroutine) != 0;

    /// <summary>
    /// Prepares the frame to be resumed inside the caller's dispatch loop (a for-loop over the
    /// generator): false when that is not possible (running, finished or not a plain generator).
    /// </summary>
    internal bool TryEnterInLoop()
    {
        if (_running || _finished || Kind != GeneratorKind.Generator) return false;
        if (_started) Frame.Slots[Frame.StackTop++].Value = PyNone.Instance;
        _started = true;
        _creatorFrame = null;
        _running = true;
        Frame.Yielded = false;
        return true;
    }

    /// <summary>The in-loop resumption ended: suspended at a yield, or finished (returned or raised).</summary>
    internal void LeaveInLoop(bool finished)
    {
        _running = false;
        if (finished) _finished = true;
    }

    public override PyType Type => Kind switch
    {
        GeneratorKind.Coroutine => TypeObjects.Coroutine,
        GeneratorKind.AsyncGenerator => TypeObjects.AsyncGenerator,
        _ => TypeObjects.Generator,
    };

    public bool IsFinished => _finished;
    /// <summary>True while the generator's frame executes (CPython's gi_running).</summary>
    public bool IsRunning => _running;
    /// <summary>True while paused at a yield (CPython's gi_suspended).</summary>
    public bool IsSuspended => _started && !_running && !_finished;
    /// <summary>True before the first resumption.</summary>
    public bool IsCreated => !_started && !_finished;

    /// <summary>
    /// The iterator a suspended <c>yield from</c>/<c>await</c> delegates to (gi_yieldfrom, cr_await),
    /// or null. The frame is suspended inside a delegation loop when the instruction after its
    /// yield jumps back to the loop's SEND; the delegate is then the value under the yield.
    /// </summary>
    public PyObject? Delegate
    {
        get
        {
            if (!IsSuspended) return null;
            var code = Frame.Code.Instructions;
            int pc = Frame.Pc;
            if (pc >= code.Length || (Opcode)(byte)code[pc] != Opcode.Jump) return null;
            int target = code[pc] >> 8;
            if (target < 0 || target >= code.Length || (Opcode)(byte)code[target] != Opcode.Send) return null;
            return Frame.Slots[Frame.StackTop - 1].Value;
        }
    }

    /// <summary>
    /// The delegate finished while the frame was suspended in its loop: drops the delegate and
    /// moves the frame to the loop's exit, so the next resumption delivers the delegate's result.
    /// </summary>
    private void LeaveDelegation()
    {
        var code = Frame.Code.Instructions;
        int send = code[Frame.Pc] >> 8;
        Frame.Slots[--Frame.StackTop].Value = null!;
        Frame.Pc = code[send] >> 8;
    }

    /// <summary>The iteration step: false when the generator returns (its value is dropped, as for-loops do).</summary>
    public bool TryNext(out PyObject item)
    {
        if (Resume(PyNone.Instance, out item)) return true;
        item = null!;
        return false;
    }

    /// <summary>
    /// Resumes with <paramref name="value"/> as the result of the pending yield. True with the
    /// yielded value, or false with the return value when the generator finished.
    /// </summary>
    public bool Resume(PyObject value, out PyObject result) => ResumeCore(value, null, out result);

    /// <summary>
    /// <c>gen.throw(exc)</c>: a pending <c>yield from</c> passes it to its delegate first (and
    /// closes the delegate instead when it is GeneratorExit and <paramref name="closeDelegateOnExit"/>);
    /// otherwise it is raised at the suspended yield.
    /// </summary>
    /// <remarks><paramref name="thrownArguments"/>: the arguments <c>throw()</c> was called with, which a
    /// delegate's own <c>throw</c> method receives unchanged (null: the exception alone).</remarks>
    public bool Throw(PyBaseException exception, out PyObject result, bool closeDelegateOnExit = true, PyObject[]? thrownArguments = null)
    {
        if (_running) throw AlreadyExecuting();
        if (Delegate is { } inner)
        {
            // A long chain of delegating generators recurses natively here: end it cleanly.
            if (ThreadState.Current.StackTooDeep()) throw PyExc.RecursionError("maximum recursion depth exceeded");
            if (exception.Type.IsSubtypeOf(TypeObjects.GeneratorExit) && closeDelegateOnExit)
            {
                var closeError = CloseDelegate(inner);
                return ResumeCore(PyNone.Instance, closeError ?? exception, out result);
            }
            bool yielded;
            PyObject value;
            _running = true;
            try
            {
                if (inner is PyCoroutineWrapper wrapper) inner = wrapper.Coroutine;
                if (inner is PyGenerator innerGenerator && innerGenerator.Kind != GeneratorKind.AsyncGenerator)
                {
                    yielded = innerGenerator.Throw(exception, out value, closeDelegateOnExit, thrownArguments);
                }
                else
                {
                    if (!PyOps.TryGetAttr(inner, PyStr.From("throw"), out var throwMethod))
                    {
                        _running = false;
                        return ResumeCore(PyNone.Instance, exception, out result);
                    }
                    try
                    {
                        value = PyOps.Call(throwMethod, thrownArguments ?? [exception], null);
                        yielded = true;
                    }
                    catch (PythonException e) when (e.Exception.Type.IsSubtypeOf(TypeObjects.StopIteration))
                    {
                        value = e.Exception.Args.Length > 0 ? e.Exception.Args.Items[0] : PyNone.Instance;
                        yielded = false;
                    }
                }
            }
            catch (PythonException e)
            {
                // The delegate raised: the exception continues in this frame, at the yield from.
                _running = false;
                LeaveDelegation();
                return ResumeCore(PyNone.Instance, e.Exception, out result);
            }
            _running = false;
            if (yielded)
            {
                result = value;
                return true;
            }
            LeaveDelegation();
            return ResumeCore(value, null, out result);
        }
        return ResumeCore(PyNone.Instance, exception, out result);
    }

    /// <summary>Closes a delegate on the way out; returns the exception its close raised, if any.</summary>
    private PyBaseException? CloseDelegate(PyObject inner)
    {
        _running = true;
        try
        {
            if (inner is PyCoroutineWrapper wrapper) inner = wrapper.Coroutine;
            if (inner is PyGenerator innerGenerator && innerGenerator.Kind != GeneratorKind.AsyncGenerator) innerGenerator.Close();
            else if (PyOps.TryGetAttr(inner, PyStr.From("close"), out var close)) PyOps.Call(close, [], null);
            return null;
        }
        catch (PythonException e)
        {
            return e.Exception;
        }
        finally
        {
            _running = false;
        }
    }

    private PythonException AlreadyExecuting() => PyExc.ValueError($"{KindName} already executing");

    private bool ResumeCore(PyObject value, PyBaseException? thrown, out PyObject result)
    {
        if (_running) throw AlreadyExecuting();
        if (_finished)
        {
            if (thrown is not null) throw new PythonException(thrown);
            if (IsCoroutine) throw PyExc.RuntimeError("cannot reuse already awaited coroutine");
            result = PyNone.Instance;
            return false;
        }
        if (!_started)
        {
            if (thrown is null && value is not PyNone)
                throw PyExc.TypeError($"can't send non-None value to a just-started {KindName}");
            _started = true;
            _creatorFrame = null; // only GET_ITER right after the creating CALL may adopt it
            if (thrown is not null)
            {
                // Throwing into a generator that never ran: it finishes without running.
                _finished = true;
                throw new PythonException(thrown);
            }
        }
        else if (thrown is null)
        {
            Frame.Slots[Frame.StackTop++].Value = value;
        }
        _running = true;
        Frame.Yielded = false;
        var ts = ThreadState.Current;
        EnterExceptionState(ts);
        try
        {
            result = Interpreter.RunFrame(Frame, thrown, ts);
        }
        catch (PythonException e)
        {
            _finished = true;
            var type = e.Exception.Type;
            bool stopIteration = type.IsSubtypeOf(TypeObjects.StopIteration);
            if (stopIteration || (Kind == GeneratorKind.AsyncGenerator && type.IsSubtypeOf(TypeObjects.StopAsyncIteration)))
            {
                var error = PyExc.RuntimeError($"{KindName} raised {(stopIteration ? "StopIteration" : "StopAsyncIteration")}");
                error.Exception.Cause = e.Exception;
                error.Exception.Context = e.Exception;
                error.Exception.SuppressContext = true;
                throw error;
            }
            throw;
        }
        finally
        {
            LeaveExceptionState(ts);
            _running = false;
        }
        if (Frame.Yielded) return true;
        _finished = true;
        return false;
    }

    /// <summary><c>gen.close()</c>: GeneratorExit at the yield (after closing a delegate); yielding again is an error.</summary>
    public void Close()
    {
        if (_running) throw AlreadyExecuting();
        if (_finished || !_started)
        {
            _finished = true;
            return;
        }
        PyBaseException exit = new(TypeObjects.GeneratorExit);
        if (Delegate is { } inner && CloseDelegate(inner) is { } closeError) exit = closeError;
        try
        {
            if (ResumeCore(PyNone.Instance, exit, out _))
                throw PyExc.RuntimeError($"{KindName} ignored GeneratorExit");
        }
        catch (PythonException e) when (e.Exception.Type.IsSubtypeOf(TypeObjects.GeneratorExit) || e.Exception.Type.IsSubtypeOf(TypeObjects.StopIteration))
        {
        }
    }
}

/// <summary>What <c>coroutine.__await__()</c> returns: an iterator that drives the coroutine.</summary>
public sealed class PyCoroutineWrapper : PyObject
{
    public PyGenerator Coroutine { get; }
    public PyCoroutineWrapper(PyGenerator coroutine) => Coroutine = coroutine;
    public override PyType Type => TypeObjects.CoroutineWrapper;
}

/// <summary>The iterator <c>iter()</c> makes for objects that only define <c>__getitem__</c>.</summary>
public sealed class PySequenceIterator : PyIterator
{
    private PyObject? _sequence;
    private long _index;

    public PySequenceIterator(PyObject sequence) => _sequence = sequence;

    public override bool TryNext(out PyObject item)
    {
        if (_sequence is null) { item = null!; return false; }
        try
        {
            item = PyOps.GetItem(_sequence, PyInt.FromLong(_index++));
            return true;
        }
        catch (PythonException e) when (e.Exception.Type.IsSubtypeOf(TypeObjects.IndexError) || e.Exception.Type.IsSubtypeOf(TypeObjects.StopIteration))
        {
            _sequence = null;
            item = null!;
            return false;
        }
    }

    public override PyType Type => TypeObjects.SequenceIterator;
}
