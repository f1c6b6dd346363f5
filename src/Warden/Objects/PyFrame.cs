using Warden.Runtime;

namespace Warden.Objects;

/// <summary>
/// The Python-visible <c>frame</c> object: a thin view of an interpreter <see cref="Runtime.Frame"/>,
/// created only when asked for (<c>tb_frame</c>, <c>sys._getframe</c>, <c>gi_frame</c>), so
/// ordinary calls never allocate one. Creating it pins the frame and its callers (they are then
/// never recycled), which keeps <c>f_back</c>, <c>f_locals</c> and <c>f_lineno</c> meaningful
/// after the frame finishes. Its attributes are ordinary getters, so the attribute choke point
/// (<see cref="PyOps.GetAttr"/>) is where a policy can hide them.
/// </summary>
public sealed class PyFrame : PyObject
{
    internal readonly Frame Frame;

    private PyFrame(Frame frame) => Frame = frame;

    public override PyType Type => TypeObjects.Frame;

    /// <summary>The one frame object of <paramref name="frame"/> (identity is stable, as in CPython).</summary>
    internal static PyFrame For(Frame frame)
    {
        if (frame.Object is { } existing) return existing;
        frame.Pin();
        return frame.Object = new PyFrame(frame);
    }

    /// <summary>
    /// <c>f_back</c>: the caller, or null for the outermost frame and for suspended or finished
    /// generator frames (they have no caller while they do not run).
    /// </summary>
    internal PyFrame? Back
    {
        get
        {
            if (Frame.Generator is { IsRunning: false }) return null;
            return Frame.Back is { } back ? For(back) : null;
        }
    }

    /// <summary>
    /// <c>f_locals</c>: the namespace of module and class bodies, or for functions a snapshot
    /// of the bound fast locals, cells and free variables (CPython's frame-to-locals sync).
    /// </summary>
    internal PyObject Locals()
    {
        if (Frame.Locals is { } ns) return ns;
        var code = Frame.Code;
        var slots = Frame.Slots;
        var dict = new PyDict();
        for (int i = 0; i < code.VarNames.Length; i++)
            if (slots[i].Value is { } value) dict.SetStr(code.VarNames[i], value);
        for (int i = 0; i < code.CellVars.Length; i++)
            if (slots[code.CellStart + i].Value is PyCell { Value: { } cellValue }) dict.SetStr(code.CellVars[i], cellValue);
        for (int i = 0; i < code.FreeVars.Length; i++)
            if (slots[code.FreeStart + i].Value is PyCell { Value: { } freeValue }) dict.SetStr(code.FreeVars[i], freeValue);
        return dict;
    }
}
