using Warden.Objects;

namespace Warden.Runtime;

public static partial class Interpreter
{
    // Why this file exists: any try/catch inside Dispatch makes every variable that lives across
    // the loop "live out of a handler", and RyuJIT then keeps pc, sp, the frame and the slot array
    // in stack memory for the whole method (checked with DOTNET_JitDisasm: every instruction
    // reloaded them). Code that needs a handler lives here, called from Dispatch.

    /// <summary>
    /// SEND to an iterator that is neither a generator nor a builtin iterator: calls its
    /// <c>__next__</c> or <c>send</c> directly, because it may return a value through StopIteration.
    /// Returns false (and the return value in <paramref name="result"/>) when it finished.
    /// </summary>
    private static bool SendToOtherIterator(PyObject receiver, PyObject value, out PyObject result)
    {
        var send = PyOps.GetAttr(receiver, PyStr.From(value is PyNone ? "__next__" : "send"));
        try
        {
            result = value is PyNone ? PyOps.Call(send, [], null) : PyOps.Call1(send, value);
            return true;
        }
        catch (PythonException e) when (e.Exception.Type.IsSubtypeOf(TypeObjects.StopIteration))
        {
            result = e.Exception.Args.Length > 0 ? e.Exception.Args.Items[0] : PyNone.Instance;
            return false;
        }
    }
}
