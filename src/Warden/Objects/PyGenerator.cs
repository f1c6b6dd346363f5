using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Objects;

/// <summary>
/// A generator or coroutine (<c>async def</c>): a suspended frame resumed by
/// <c>next</c>/<c>send</c>/<c>throw</c>. Coroutines are not iterable; they are awaited or driven by <c>send</c>.
/// </summary>
public sealed class PyGenerator : PyObject
{
    internal readonly Frame Frame;
    public string Name { get; }
    public string QualName { get; }
    /// <summary>True for the coroutine made by calling an <c>async def</c> function.</summary>
    public bool IsCoroutine { get; }
    private bool _started;
    private bool _running;
    private bool _finished;
    /// <summary>The exception the generator's own code is handling while suspended (CPython's gi_exc_state).</summary>
    private PyBaseException? _handled;
    /// <summary>The caller's handled exception while the generator runs, restored when it yields or ends.</summary>
    private PyBaseException? _callerHandled;

    /// <summary>Swaps in the generator's handled exception when it starts running.</summary>
    internal void EnterExceptionState(ThreadState ts)
    {
        _callerHandled = ts.HandledException;
        ts.HandledException = _handled;
    }

    /// <summary>Saves the generator's handled exception and restores the caller's when it stops running.</summary>
    internal void LeaveExceptionState(ThreadState ts)
    {
        _handled = ts.HandledException;
        ts.HandledException = _callerHandled;
        _callerHandled = null;
    }

    internal PyGenerator(Frame frame, PyFunction function)
    {
        Frame = frame;
        Name = function.Name;
        QualName = function.QualName;
        IsCoroutine = (function.Code.Flags & CodeFlags.Coroutine) != 0;
        frame.Generator = this;
    }

    /// <summary>
    /// Prepares the frame to be resumed inside the caller's dispatch loop (a for-loop over the
    /// generator): false when that is not possible (running, finished or a coroutine).
    /// </summary>
    internal bool TryEnterInLoop()
    {
        if (_running || _finished || IsCoroutine) return false;
        if (_started) Frame.Slots[Frame.StackTop++].Value = PyNone.Instance;
        _started = true;
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

    public override PyType Type => IsCoroutine ? TypeObjects.Coroutine : TypeObjects.Generator;
    public bool IsFinished => _finished;
    /// <summary>True while the generator's frame executes (CPython's gi_running).</summary>
    public bool IsRunning => _running;

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

    /// <summary><c>gen.throw(exc)</c>: raises at the suspended yield.</summary>
    public bool Throw(PyBaseException exception, out PyObject result) => ResumeCore(PyNone.Instance, exception, out result);

    private bool ResumeCore(PyObject value, PyBaseException? thrown, out PyObject result)
    {
        if (_running) throw PyExc.ValueError(IsCoroutine ? "coroutine already executing" : "generator already executing");
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
                throw PyExc.TypeError($"can't send non-None value to a just-started {(IsCoroutine ? "coroutine" : "generator")}");
            _started = true;
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
            if (e.Exception.Type.IsSubtypeOf(TypeObjects.StopIteration))
            {
                var error = PyExc.RuntimeError(IsCoroutine ? "coroutine raised StopIteration" : "generator raised StopIteration");
                error.Exception.Cause = e.Exception;
                error.Exception.Context = e.Exception;
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

    /// <summary><c>gen.close()</c>.</summary>
    public void Close()
    {
        if (_finished || !_started)
        {
            _finished = true;
            return;
        }
        try
        {
            if (Throw(new PyBaseException(TypeObjects.GeneratorExit), out _))
                throw PyExc.RuntimeError("generator ignored GeneratorExit");
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
