using Warden.Runtime;

namespace Warden.Objects;

/// <summary>
/// A value produced by <c>yield</c> inside an async generator (ASYNC_GEN_WRAP). The awaitables
/// below tell it apart from values that an <c>await</c> inside the generator passes through to
/// the event loop: only a wrapped value completes <c>__anext__()</c>/<c>asend()</c>.
/// </summary>
public sealed class PyAsyncGenWrappedValue : PyObject
{
    public PyObject Value { get; }
    public PyAsyncGenWrappedValue(PyObject value) => Value = value;
    public override PyType Type => TypeObjects.AsyncGeneratorWrappedValue;
}

/// <summary>The life of an asend/athrow awaitable: each may be driven to completion once.</summary>
internal enum AwaitableState
{
    Initial,
    Iterating,
    Closed,
}

/// <summary>Shared result handling of the async generator awaitables.</summary>
internal static class AsyncGeneratorSteps
{
    /// <summary>
    /// Turns one resumption of the async generator into the awaitable's step: a wrapped yield
    /// completes the awaitable (StopIteration carrying the value), a plain value is an await
    /// passing through (returned), a return ends iteration (StopAsyncIteration).
    /// </summary>
    internal static PyObject Unwrap(PyGenerator generator, Func<(bool Yielded, PyObject Result)> resume)
    {
        bool yielded;
        PyObject result;
        try
        {
            (yielded, result) = resume();
        }
        catch (PythonException e)
        {
            var type = e.Exception.Type;
            if (type.IsSubtypeOf(TypeObjects.StopAsyncIteration) || type.IsSubtypeOf(TypeObjects.GeneratorExit))
                generator.AsyncClosed = true;
            generator.AsyncRunning = false;
            throw;
        }
        if (!yielded)
        {
            generator.AsyncClosed = true;
            generator.AsyncRunning = false;
            throw new PythonException(new PyBaseException(TypeObjects.StopAsyncIteration));
        }
        if (result is PyAsyncGenWrappedValue wrapped)
        {
            generator.AsyncRunning = false;
            throw PyExc.StopIteration(wrapped.Value is PyNone ? null : wrapped.Value);
        }
        return result;
    }

    /// <summary>
    /// Normalises the <c>throw(type[, value[, traceback]])</c> arguments of generators, coroutines
    /// and these awaitables into one exception instance, with CPython's messages.
    /// </summary>
    internal static PyBaseException NormalizeThrown(ReadOnlySpan<PyObject> args)
    {
        var kind = args[0];
        PyObject? value = args.Length > 1 && args[1] is not PyNone ? args[1] : null;
        PyObject? traceback = args.Length > 2 && args[2] is not PyNone ? args[2] : null;
        if (traceback is not null and not PyTraceback)
            throw PyExc.TypeError("throw() third argument must be a traceback object");
        PyBaseException exception;
        if (kind is PyType type && type.IsSubtypeOf(TypeObjects.BaseException))
        {
            if (value is PyBaseException given && given.Type.IsSubtypeOf(type)) exception = given;
            else
            {
                var made = value switch
                {
                    null => PyOps.Call0(type),
                    PyTuple tuple => PyOps.Call(type, tuple.Items.AsSpan(0, tuple.Length), null),
                    _ => PyOps.Call1(type, value),
                };
                exception = made as PyBaseException
                    ?? throw PyExc.TypeError($"calling {type.Name} should have returned an instance of BaseException, not {made.Type.Name}");
            }
        }
        else if (kind is PyBaseException instance)
        {
            if (value is not null) throw PyExc.TypeError("instance exception may not have a separate value");
            exception = instance;
        }
        else
        {
            throw PyExc.TypeError($"exceptions must be classes or instances deriving from BaseException, not {kind.Type.Name}");
        }
        if (traceback is PyTraceback tb) exception.Traceback = tb;
        return exception;
    }
}

/// <summary>
/// The awaitable of <c>agen.__anext__()</c> and <c>agen.asend(value)</c>: sends the value into the
/// generator and completes with its next yielded value.
/// </summary>
public sealed class PyAsyncGenASend : PyObject
{
    private readonly PyGenerator _generator;
    private readonly PyObject _sent;
    private AwaitableState _state;

    public PyAsyncGenASend(PyGenerator generator, PyObject sent)
    {
        _generator = generator;
        _sent = sent;
    }

    public override PyType Type => TypeObjects.AsyncGeneratorASend;

    /// <summary><c>send(value)</c> on the awaitable (the event loop's step).</summary>
    public PyObject Send(PyObject value)
    {
        if (_state == AwaitableState.Closed)
            throw PyExc.RuntimeError("cannot reuse already awaited __anext__()/asend()");
        if (_state == AwaitableState.Initial)
        {
            if (_generator.AsyncRunning)
                throw PyExc.RuntimeError("anext(): asynchronous generator is already running");
            if (value is PyNone) value = _sent;
            _state = AwaitableState.Iterating;
        }
        _generator.AsyncRunning = true;
        return Step(() => (_generator.Resume(value, out var r), r));
    }

    /// <summary><c>throw(...)</c> on the awaitable: raises inside the generator.</summary>
    public PyObject Throw(ReadOnlySpan<PyObject> args)
    {
        if (_state == AwaitableState.Closed)
            throw PyExc.RuntimeError("cannot reuse already awaited __anext__()/asend()");
        var exception = AsyncGeneratorSteps.NormalizeThrown(args);
        var arguments = args.ToArray();
        return Step(() => (_generator.Throw(exception, out var r, thrownArguments: arguments), r));
    }

    public void Close() => _state = AwaitableState.Closed;

    private PyObject Step(Func<(bool, PyObject)> resume)
    {
        try
        {
            return AsyncGeneratorSteps.Unwrap(_generator, resume);
        }
        catch (PythonException)
        {
            _state = AwaitableState.Closed;
            throw;
        }
    }
}

/// <summary>
/// The awaitable of <c>agen.athrow(...)</c> and, without an exception, of <c>agen.aclose()</c>
/// (which throws GeneratorExit and completes with None when the generator exits).
/// </summary>
public sealed class PyAsyncGenAThrow : PyObject
{
    private readonly PyGenerator _generator;
    /// <summary>The exception to throw; null for aclose().</summary>
    private readonly PyBaseException? _exception;
    /// <summary>athrow()'s arguments, passed unchanged to a delegate's throw method.</summary>
    private readonly PyObject[]? _arguments;
    private AwaitableState _state;

    public PyAsyncGenAThrow(PyGenerator generator, PyBaseException? exception, PyObject[]? arguments)
    {
        _generator = generator;
        _exception = exception;
        _arguments = arguments;
    }

    public override PyType Type => TypeObjects.AsyncGeneratorAThrow;

    private bool IsClose => _exception is null;

    /// <summary><c>send(value)</c> on the awaitable: the first step throws into the generator.</summary>
    public PyObject Send(PyObject value)
    {
        if (_state == AwaitableState.Closed)
            throw PyExc.RuntimeError("cannot reuse already awaited aclose()/athrow()");
        if (_generator.IsFinished)
        {
            _state = AwaitableState.Closed;
            throw PyExc.StopIteration(null);
        }
        if (_state == AwaitableState.Initial)
        {
            if (_generator.AsyncRunning)
            {
                _state = AwaitableState.Closed;
                throw PyExc.RuntimeError(IsClose ? "aclose(): asynchronous generator is already running" : "athrow(): asynchronous generator is already running");
            }
            if (_generator.AsyncClosed)
            {
                _state = AwaitableState.Closed;
                throw new PythonException(new PyBaseException(TypeObjects.StopAsyncIteration));
            }
            if (value is not PyNone)
                throw PyExc.RuntimeError("can't send non-None value to a just-started coroutine");
            _state = AwaitableState.Iterating;
            _generator.AsyncRunning = true;
            if (IsClose) _generator.AsyncClosed = true;
            var thrown = _exception ?? new PyBaseException(TypeObjects.GeneratorExit);
            return Step(() => (_generator.Throw(thrown, out var r, closeDelegateOnExit: false, _arguments), r));
        }
        return Step(() => (_generator.Resume(value, out var r), r));
    }

    /// <summary><c>throw(...)</c> on the awaitable.</summary>
    public PyObject Throw(ReadOnlySpan<PyObject> args)
    {
        if (_state == AwaitableState.Closed)
            throw PyExc.RuntimeError("cannot reuse already awaited aclose()/athrow()");
        var exception = AsyncGeneratorSteps.NormalizeThrown(args);
        var arguments = args.ToArray();
        return Step(() => (_generator.Throw(exception, out var r, thrownArguments: arguments), r));
    }

    public void Close() => _state = AwaitableState.Closed;

    private PyObject Step(Func<(bool, PyObject)> resume)
    {
        if (!IsClose)
        {
            try
            {
                return AsyncGeneratorSteps.Unwrap(_generator, resume);
            }
            catch (PythonException)
            {
                _state = AwaitableState.Closed;
                throw;
            }
        }
        // aclose(): a yield is disobedience; the generator leaving by GeneratorExit or
        // StopAsyncIteration (or returning) completes the awaitable with None.
        bool yielded;
        PyObject result;
        try
        {
            (yielded, result) = resume();
        }
        catch (PythonException e)
        {
            _generator.AsyncRunning = false;
            _state = AwaitableState.Closed;
            var type = e.Exception.Type;
            if (type.IsSubtypeOf(TypeObjects.StopAsyncIteration) || type.IsSubtypeOf(TypeObjects.GeneratorExit))
                throw PyExc.StopIteration(null);
            throw;
        }
        if (!yielded)
        {
            _generator.AsyncRunning = false;
            _state = AwaitableState.Closed;
            throw PyExc.StopIteration(null);
        }
        if (result is PyAsyncGenWrappedValue)
        {
            _generator.AsyncRunning = false;
            _state = AwaitableState.Closed;
            throw PyExc.RuntimeError("async generator ignored GeneratorExit");
        }
        return result;
    }
}
