using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Objects;

/// <summary>
/// Attributes of frame and traceback objects, and <c>gi_frame</c>/<c>cr_frame</c>/<c>gi_code</c>.
/// Instruction offsets (<c>f_lasti</c>, <c>tb_lasti</c>) count two bytes per instruction word,
/// like CPython's code units; the values differ from CPython's because the bytecode does.
/// </summary>
internal static class FrameMethods
{
    public static void Install()
    {
        var f = TypeObjects.Frame;
        f.AddGetter("f_back", self => (PyObject?)F(self).Back ?? PyNone.Instance);
        f.AddGetter("f_code", self => F(self).Frame.Code);
        f.AddGetter("f_globals", self => F(self).Frame.Globals);
        f.AddGetter("f_builtins", self => F(self).Frame.Builtins);
        f.AddGetter("f_locals", self => F(self).Locals());
        f.AddGetter("f_lineno", self => PyInt.FromLong(F(self).Frame.CurrentLine));
        f.AddGetter("f_lasti", self => PyInt.FromLong(F(self).Frame.LastInstruction * 2L));
        f.AddGetter("f_trace", self => PyNone.Instance, (self, value) => { });
        f.AddGetter("f_trace_lines", self => PyInt.True, (self, value) => { });
        f.AddGetter("f_trace_opcodes", self => PyInt.False, (self, value) => { });
        f.AddMethod("clear", (args, kw) =>
        {
            Args.Check(args, kw, "clear", 0, 0, 1);
            var frame = F(args[0]).Frame;
            if (frame.Generator is { IsFinished: false } || IsExecuting(frame))
                throw PyExc.RuntimeError("cannot clear an executing frame");
            return PyNone.Instance;
        });
        f.AddMethod("__repr__", (args, kw) =>
        {
            var frame = F(args[0]).Frame;
            return PyStr.From($"<frame at 0x{PyOps.Id(args[0]):x}, file {PyRepr.StrRepr(frame.Code.Filename)}, line {frame.CurrentLine}, code {frame.Code.Name}>");
        });

        var tb = TypeObjects.Traceback;
        tb.AddGetter("tb_frame", self => PyFrame.For(((PyTraceback)self).Frame));
        tb.AddGetter("tb_lasti", self => PyInt.FromLong(((PyTraceback)self).InstructionIndex * 2L));

        foreach (var (type, prefix) in new[] { (TypeObjects.Generator, "gi"), (TypeObjects.Coroutine, "cr") })
        {
            type.AddGetter(prefix + "_frame", self =>
            {
                var generator = (PyGenerator)self;
                return generator.IsFinished ? PyNone.Instance : PyFrame.For(generator.Frame);
            });
            type.AddGetter(prefix + "_code", self => ((PyGenerator)self).Frame.Code);
            type.AddGetter(prefix + "_running", self => PyInt.FromBool(((PyGenerator)self).IsRunning));
        }
    }

    private static PyFrame F(PyObject self) => (PyFrame)self;

    /// <summary>True when <paramref name="frame"/> is on the current thread's chain of executing frames.</summary>
    private static bool IsExecuting(Frame frame)
    {
        for (var f = ThreadState.Current.CurrentFrame; f is not null; f = f.Back)
            if (ReferenceEquals(f, frame)) return true;
        return false;
    }

    /// <summary><c>sys._getframe(depth)</c>: the frame <paramref name="depth"/> calls below the caller's.</summary>
    public static PyObject GetFrame(int depth)
    {
        var frame = ThreadState.Current.CurrentFrame;
        for (int i = 0; i < depth && frame is not null; i++) frame = frame.Back;
        if (frame is null) throw PyExc.ValueError("call stack is not deep enough");
        return PyFrame.For(frame);
    }
}
