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

/// <summary>One traceback entry: a frame's code and the instruction that was executing.</summary>
public sealed class PyTraceback : PyObject
{
    public CodeObject Code { get; }
    public int InstructionIndex { get; }
    public PyTraceback? Next { get; set; }

    public PyTraceback(CodeObject code, int instructionIndex, PyTraceback? next)
    {
        Code = code;
        InstructionIndex = instructionIndex;
        Next = next;
    }

    public int Line => Code.LineOf(InstructionIndex);
    public override PyType Type => TypeObjects.Traceback;
}
