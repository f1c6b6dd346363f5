using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Objects;

/// <summary>Methods of generators, coroutines and the coroutine wrapper.</summary>
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
                ((PyGenerator)args[0]).Close();
                return PyNone.Instance;
            });
            string kind = t == TypeObjects.Coroutine ? "coroutine" : "generator";
            t.AddMethod("__repr__", (args, kw) => PyStr.From($"<{kind} object {((PyGenerator)args[0]).QualName} at 0x{PyOps.Id(args[0]):x}>"));
            t.AddGetter("__name__", self => PyStr.From(((PyGenerator)self).Name));
            t.AddGetter("__qualname__", self => PyStr.From(((PyGenerator)self).QualName));
        }
        TypeObjects.Coroutine.AddMethod("__await__", (args, kw) => new PyCoroutineWrapper((PyGenerator)args[0]));
        var w = TypeObjects.CoroutineWrapper;
        w.AddMethod("__iter__", (args, kw) => args[0]);
        w.AddMethod("__next__", (args, kw) => Send(((PyCoroutineWrapper)args[0]).Coroutine, PyNone.Instance));
        w.AddMethod("send", (args, kw) => Send(((PyCoroutineWrapper)args[0]).Coroutine, args[1]));
        w.AddMethod("throw", (args, kw) => Throw(((PyCoroutineWrapper)args[0]).Coroutine, args[1..]));
        w.AddMethod("close", (args, kw) =>
        {
            ((PyCoroutineWrapper)args[0]).Coroutine.Close();
            return PyNone.Instance;
        });
    }

    private static PyObject Send(PyGenerator gen, PyObject value)
    {
        if (gen.Resume(value, out var result)) return result;
        throw PyExc.StopIteration(result is PyNone ? null : result);
    }

    private static PyObject Throw(PyGenerator gen, ReadOnlySpan<PyObject> args)
    {
        PyBaseException exc;
        if (args[0] is PyType t)
            exc = args.Length > 1 && args[1] is PyBaseException given ? given : Interpreter.MakeException(args.Length > 1 ? PyOps.Call1(t, args[1]) : t);
        else exc = Interpreter.MakeException(args[0]);
        if (gen.Throw(exc, out var result)) return result;
        throw PyExc.StopIteration(result is PyNone ? null : result);
    }
}
