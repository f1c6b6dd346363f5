using System.Runtime.CompilerServices;
using Warden.Compiler;
using Warden.Objects;

namespace Warden.Runtime;

/// <summary>
/// The bytecode interpreter. One dispatch loop runs a chain of frames: Python-to-Python calls
/// push a frame and continue in the same loop, so recursion costs no .NET stack. Native code
/// that calls Python (<see cref="CallFunction"/>) starts a nested loop, which is depth-checked.
/// </summary>
public static partial class Interpreter
{
    /// <summary>Calls a Python function from native code.</summary>
    public static PyObject CallFunction(PyFunction fn, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (fn.Code.IsGenerator)
        {
            var generatorFrame = new Frame(fn.Code, fn.Globals, fn.Builtins, null, fn);
            ArgumentBinder.Bind(fn, generatorFrame, args, kwnames);
            return new PyGenerator(generatorFrame, fn);
        }
        var frame = Frame.Rent(fn);
        ArgumentBinder.Bind(fn, frame, args, kwnames);
        var result = RunFrame(frame, null);
        frame.Release(); // only on normal completion; a frame left by an exception is simply dropped
        return result;
    }

    /// <summary>Runs module-level (or exec'd) code with <paramref name="globals"/> as its namespace.</summary>
    public static PyObject RunCode(CodeObject code, PyDict globals, PyDict builtins, PyObject? locals = null)
        => RunFrame(new Frame(code, globals, builtins, locals ?? globals, null), null);

    /// <summary>Runs a class body with its namespace; returns the body's result (the __class__ cell or None).</summary>
    internal static PyObject RunClassBody(PyFunction body, PyObject ns)
    {
        var frame = new Frame(body.Code, body.Globals, body.Builtins, ns, body);
        return RunFrame(frame, null);
    }

    /// <summary>Runs <paramref name="frame"/> as the entry of a nested loop; <paramref name="thrown"/> starts it by raising.</summary>
    internal static PyObject RunFrame(Frame frame, PyBaseException? thrown) => RunFrame(frame, thrown, ThreadState.Current);

    internal static PyObject RunFrame(Frame frame, PyBaseException? thrown, ThreadState ts)
    {
        if (ts.Depth >= ts.RecursionLimit)
            throw PyExc.RecursionError("maximum recursion depth exceeded");
        if (ts.StackTooDeep())
            throw PyExc.RecursionError("maximum recursion depth exceeded while calling a Python object");
        ts.Depth++;
        var saved = ts.CurrentFrame;
        if (!ReferenceEquals(frame.Back, saved)) frame.Back = saved; // a generator resumed by the same consumer: no barrier
        ts.CurrentFrame = frame;
        try
        {
            return Run(frame, ts, thrown);
        }
        finally
        {
            ts.Depth--;
            ts.CurrentFrame = saved;
        }
    }

    // Optimized from the start: tier-0 code would report every local (the caught exception
    // among them) live for as long as this loop runs, keeping dead Python objects reachable.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static PyObject Run(Frame entry, ThreadState ts, PyBaseException? thrown)
    {
        Frame f = entry;
        if (thrown is not null)
        {
            f = Unwind(f, entry, ts, ref thrown, newError: true) ?? throw new PythonException(thrown) { UnwoundBy = entry };
            thrown = null; // by-ref locals stay reported live; the handler's frame holds it now
        }
        while (true)
        {
            PyBaseException pending;
            try
            {
                return Dispatch(f, entry, ts);
            }
            catch (PythonException e) when (!ReferenceEquals(e.UnwoundBy, entry))
            {
                pending = e.Exception;
                // The catch variable stays reported live while this loop runs on; dropping it
                // lets the exception die once its handler is done with it.
                e = null!;
            }
            catch (InsufficientExecutionStackException)
            {
                pending = PyExc.RecursionError("maximum recursion depth exceeded").Exception;
            }
            catch (OutOfMemoryException)
            {
                pending = new PyBaseException(TypeObjects.MemoryError);
            }
            catch (IOException e) when (e.HResult == Modules.Io.Libc.EPIPE)
            {
                // A host stream whose reader has gone (`warden prog | head`): BrokenPipeError, as
                // CPython raises from the write.
                pending = Modules.Io.Libc.Error(Modules.Io.Libc.EPIPE).Exception;
            }
            catch (Exception e) when (e is not PythonException)
            {
                // A bug in a native must not take the host down: surface it as SystemError.
                pending = PyExc.Create(TypeObjects.SystemError, $"internal error: {e.GetType().Name}: {e.Message}").Exception;
            }
            // The dispatch loop keeps ThreadState.CurrentFrame on the frame that was executing.
            f = ts.CurrentFrame!;
            SetContext(pending, ts);
            f = Unwind(f, entry, ts, ref pending, newError: true) ?? throw new PythonException(pending) { UnwoundBy = entry };
            pending = null!; // by-ref locals stay reported live; the handler's frame holds it now
        }
    }

    /// <summary>Implicit chaining: a new exception raised while handling another records it as __context__.</summary>
    private static void SetContext(PyBaseException exc, ThreadState ts)
    {
        var handled = ts.HandledException;
        if (handled is null || ReferenceEquals(handled, exc) || exc.Context is not null) return;
        // Break cycles as CPython does: drop exc from the chain it would close.
        var o = handled;
        while (o.Context is { } next)
        {
            if (ReferenceEquals(next, exc)) { o.Context = null; break; }
            o = next;
        }
        exc.Context = handled;
    }

    /// <summary>
    /// Finds the handler for the exception in <paramref name="f"/> or its callers up to
    /// <paramref name="entry"/>, adding traceback entries on the way. Returns false when the
    /// exception leaves the entry frame (which is then finished); otherwise returns the frame
    /// that continues, positioned at its handler.
    /// </summary>
    private static Frame? Unwind(Frame f, Frame entry, ThreadState ts, ref PyBaseException exc, bool newError)
    {
        while (true)
        {
            if (newError) exc.Traceback = new PyTraceback(f, f.LastInstruction, exc.Traceback);
            var table = f.Code.ExceptionTable;
            int at = f.LastInstruction;
            for (int i = 0; i < table.Length; i++)
            {
                ref readonly var h = ref table[i];
                if (at >= h.Start && at < h.End)
                {
                    var s = f.Slots;
                    int sp = f.StackBase + h.Depth;
                    ReleaseDroppedIterators(f, sp);
                    for (int k = sp; k < f.StackTop; k++) s[k].Value = null!;
                    if (h.PushLasti) s[sp++].Value = PyInt.FromLong(f.LastInstruction);
                    s[sp++].Value = exc;
                    f.StackTop = sp;
                    f.Pc = h.Target;
                    ts.CurrentFrame = f;
                    return f;
                }
            }
            ReleaseDroppedIterators(f, f.StackBase);
            if (ReferenceEquals(f, entry)) return null;
            if (f.Generator is { } generator)
            {
                // An exception leaving a generator resumed in-loop finishes it, as in PyGenerator.Resume.
                generator.LeaveExceptionState(ts);
                generator.LeaveInLoop(finished: true);
                if (exc.Type.IsSubtypeOf(TypeObjects.StopIteration))
                {
                    var converted = PyExc.RuntimeError("generator raised StopIteration").Exception;
                    converted.Cause = exc;
                    converted.Context = exc;
                    converted.SuppressContext = true;
                    exc = converted;
                }
            }
            var back = f.Back!;
            ts.Depth--;
            ts.CurrentFrame = back;
            f = back;
            newError = true;
        }
    }

    /// <summary>
    /// Unwinding discards the value stack of <paramref name="f"/> above <paramref name="from"/>:
    /// generators that only a for-loop there referred to are closed now, top of stack first, as
    /// CPython finalizes them when it pops them.
    /// </summary>
    private static void ReleaseDroppedIterators(Frame f, int from)
    {
        var s = f.Slots;
        for (int k = f.StackTop - 1; k >= from; k--)
        {
            if (s[k].Value is PyGenerator { OwnedByLoop: true } dropped)
            {
                s[k].Value = null!;
                dropped.CloseDropped();
            }
        }
    }

    private static PythonException UnboundLocal(CodeObject code, int slot)
        => PyExc.UnboundLocalError($"cannot access local variable '{code.VarNames[slot]}' where it is not associated with a value");

    private static string DerefName(CodeObject code, int slot)
        => slot < code.FreeStart ? code.CellVars[slot - code.CellStart] : code.FreeVars[slot - code.FreeStart];

    private static PythonException UnboundDeref(CodeObject code, int slot)
    {
        string name = DerefName(code, slot);
        if (slot < code.FreeStart)
            return PyExc.UnboundLocalError($"cannot access local variable '{name}' where it is not associated with a value");
        return PyExc.NameError($"cannot access free variable '{name}' where it is not associated with a value in enclosing scope");
    }

    private static PythonException NameNotDefined(PyStr name)
    {
        var e = PyExc.NameError($"name '{name.Value}' is not defined");
        e.Exception.Dict.SetStr("name", name);
        return e;
    }
}
