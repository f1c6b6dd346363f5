using Warden.Runtime;

namespace Warden.Objects;

/// <summary>
/// An instance of BaseException or any subclass (builtin or user-defined): the type, args,
/// chaining fields, traceback and an instance dict for extra attributes.
/// </summary>
public sealed class PyBaseException : PyObject
{
    private readonly PyType _type;
    public PyTuple Args { get; set; } = PyTuple.Empty;
    public PyBaseException? Cause { get; set; }
    public PyBaseException? Context { get; set; }
    public bool SuppressContext { get; set; }
    public PyTraceback? Traceback { get; set; }
    public PyDict Dict { get; } = new();

    public PyBaseException(PyType type) => _type = type;

    public PyBaseException(PyType type, params PyObject[] args)
    {
        _type = type;
        Args = PyTuple.Create(args);
    }

    public override PyType Type => _type;
    public override PyDict? InstanceDict => Dict;

    public override string ToString() => $"{_type.Name}: {string.Join(", ", Args.Items.Select(a => a.ToString()))}";
}

/// <summary>
/// One traceback entry: the frame and the instruction that was executing. The frame is pinned
/// (never recycled), so <c>tb_frame</c> shows its locals as they were when the exception left it.
/// </summary>
public sealed class PyTraceback : PyObject
{
    public CodeObject Code { get; }
    internal Frame Frame { get; }
    public int InstructionIndex { get; }
    public PyTraceback? Next { get; set; }

    internal PyTraceback(Frame frame, int instructionIndex, PyTraceback? next)
    {
        frame.Pin();
        Frame = frame;
        Code = frame.Code;
        InstructionIndex = instructionIndex;
        Next = next;
    }

    public int Line => Code.LineOf(InstructionIndex);
    public override PyType Type => TypeObjects.Traceback;
}
