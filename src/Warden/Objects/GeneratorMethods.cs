using Warden.Runtime;

namespace Warden.Objects;

/// <summary>Methods of generators, coroutines, async generators and their awaitables.</summary>
internal static class GeneratorMethods
{
    internal static void InstallGenerator()
    {
        var g = TypeObjects.Generator;
        g.AddMethod("__iter__", (args, kw) => args[0]);
        g.AddMethod("__next__", (args, kw) =>
        {
            var gen = (PyGenerator)args[0];
            if (gen.Resume(PyNone.Instance, out var result)) return result;
            throw PyExc.StopIteration(result is PyNone ? null : result);
        });
        InstallCommon(TypeObjects.Generator, "gi");
        InstallCommon(TypeObjects.Coroutine, "cr");
        InstallCommon(TypeObjects.AsyncGenerator, "ag");
        foreach (var t in new[] { TypeObjects.Generator, TypeObjects.Coroutine })
        {
            t.AddMethod("send", (args, kw) =>
            {
                Args.Check(args, kw, "send", 1, 1, 1);
                return Send((PyGenerator)args[0], args[1]);
            });
            t.AddMethod("throw", (args, kw) =>
            {
                Args.Check(args, kw, "throw", 1, 3, 1);
                return Throw((PyGenerator)args[0], args[1..]);
            });
            t.AddMethod("close", (args, kw) =>
            {
                Args.Check(args, kw, "close", 0, 0, 1);
                ((PyGenerator)args[0]).Close();
                return PyNone.Instance;
            });
        }
        TypeObjects.Coroutine.AddGetter("cr_origin", self => PyNone.Instance);
        TypeObjects.Coroutine.AddMethod("__await__", (args, kw) => new PyCoroutineWrapper((PyGenerator)args[0]));
        var w = TypeObjects.CoroutineWrapper;
        w.AddMethod("__iter__", (args, kw) => args[0]);
        w.AddMethod("__next__", (args, kw) => Send(((PyCoroutineWrapper)args[0]).Coroutine, PyNone.Instance));
        w.AddMethod("send", (args, kw) => Send(((PyCoroutineWrapper)args[0]).Coroutine, args[1]));
        w.AddMethod("throw", (args, kw) =>
        {
            Args.Check(args, kw, "throw", 1, 3, 1);
            return Throw(((PyCoroutineWrapper)args[0]).Coroutine, args[1..]);
        });
        w.AddMethod("close", (args, kw) =>
        {
            ((PyCoroutineWrapper)args[0]).Coroutine.Close();
            return PyNone.Instance;
        });
        InstallAsyncGenerator();
    }

    /// <summary>What generators, coroutines and async generators share, with their attribute prefix.</summary>
    private static void InstallCommon(PyType t, string prefix)
    {
        t.AddMethod("__repr__", (args, kw) =>
        {
            var gen = (PyGenerator)args[0];
            string kind = gen.Kind == GeneratorKind.AsyncGenerator ? "async_generator" : gen.KindName;
            return PyStr.From($"<{kind} object {gen.QualName} at 0x{PyOps.Id(gen):x}>");
        });
        t.AddGetter("__name__", self => PyStr.From(((PyGenerator)self).Name));
        t.AddGetter("__qualname__", self => PyStr.From(((PyGenerator)self).QualName));
        t.AddGetter(prefix + "_suspended", self => PyBool(((PyGenerator)self).IsSuspended));
        t.AddGetter(prefix == "gi" ? "gi_yieldfrom" : prefix + "_await", self => ((PyGenerator)self).Delegate ?? PyNone.Instance);
    }

    private static void InstallAsyncGenerator()
    {
        var ag = TypeObjects.AsyncGenerator;
        ag.AddMethod("__aiter__", (args, kw) => args[0]);
        ag.AddMethod("__anext__", (args, kw) =>
        {
            Args.Check(args, kw, "__anext__", 0, 0, 1);
            return new PyAsyncGenASend((PyGenerator)args[0], PyNone.Instance);
        });
        ag.AddMethod("asend", (args, kw) =>
        {
            Args.Check(args, kw, "asend", 1, 1, 1);
            return new PyAsyncGenASend((PyGenerator)args[0], args[1]);
        });
        ag.AddMethod("athrow", (args, kw) =>
        {
            Args.Check(args, kw, "athrow", 1, 3, 1);
            return new PyAsyncGenAThrow((PyGenerator)args[0], AsyncGeneratorSteps.NormalizeThrown(args[1..]), args[1..].ToArray());
        });
        ag.AddMethod("aclose", (args, kw) =>
        {
            Args.Check(args, kw, "aclose", 0, 0, 1);
            return new PyAsyncGenAThrow((PyGenerator)args[0], null, null);
        });
        // gi_/cr_ frame, code and running are with the frame objects (FrameMethods).
        ag.AddGetter("ag_running", self => PyBool(((PyGenerator)self).AsyncRunning));
        ag.AddGetter("ag_code", self => ((PyGenerator)self).Frame.Code);
        ag.AddGetter("ag_frame", self =>
        {
            var generator = (PyGenerator)self;
            return generator.IsFinished ? PyNone.Instance : PyFrame.For(generator.Frame);
        });

        var send = TypeObjects.AsyncGeneratorASend;
        send.AddMethod("__await__", (args, kw) => args[0]);
        send.AddMethod("__iter__", (args, kw) => args[0]);
        send.AddMethod("__next__", (args, kw) => ((PyAsyncGenASend)args[0]).Send(PyNone.Instance));
        send.AddMethod("send", (args, kw) =>
        {
            Args.Check(args, kw, "send", 1, 1, 1);
            return ((PyAsyncGenASend)args[0]).Send(args[1]);
        });
        send.AddMethod("throw", (args, kw) =>
        {
            Args.Check(args, kw, "throw", 1, 3, 1);
            return ((PyAsyncGenASend)args[0]).Throw(args[1..]);
        });
        send.AddMethod("close", (args, kw) =>
        {
            ((PyAsyncGenASend)args[0]).Close();
            return PyNone.Instance;
        });

        var athrow = TypeObjects.AsyncGeneratorAThrow;
        athrow.AddMethod("__await__", (args, kw) => args[0]);
        athrow.AddMethod("__iter__", (args, kw) => args[0]);
        athrow.AddMethod("__next__", (args, kw) => ((PyAsyncGenAThrow)args[0]).Send(PyNone.Instance));
        athrow.AddMethod("send", (args, kw) =>
        {
            Args.Check(args, kw, "send", 1, 1, 1);
            return ((PyAsyncGenAThrow)args[0]).Send(args[1]);
        });
        athrow.AddMethod("throw", (args, kw) =>
        {
            Args.Check(args, kw, "throw", 1, 3, 1);
            return ((PyAsyncGenAThrow)args[0]).Throw(args[1..]);
        });
        athrow.AddMethod("close", (args, kw) =>
        {
            ((PyAsyncGenAThrow)args[0]).Close();
            return PyNone.Instance;
        });
    }

    private static PyObject PyBool(bool value) => value ? PyInt.True : PyInt.False;

    private static PyObject Send(PyGenerator gen, PyObject value)
    {
        if (gen.Resume(value, out var result)) return result;
        throw PyExc.StopIteration(result is PyNone ? null : result);
    }

    private static PyObject Throw(PyGenerator gen, ReadOnlySpan<PyObject> args)
    {
        var exc = AsyncGeneratorSteps.NormalizeThrown(args);
        if (gen.Throw(exc, out var result, thrownArguments: args.ToArray())) return result;
        throw PyExc.StopIteration(result is PyNone ? null : result);
    }
}
