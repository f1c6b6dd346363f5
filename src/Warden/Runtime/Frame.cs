using Warden.Objects;

namespace Warden.Runtime;

/// <summary>
/// The execution state of one code object: fast locals, cells and the value stack share one
/// array (<see cref="Slots"/>: locals, then cells, then free variables, then the stack).
/// </summary>
internal sealed class Frame
{
    public readonly CodeObject Code;
    public readonly PyDict Globals;
    public readonly PyDict Builtins;
    /// <summary>The namespace for module and class bodies (LOAD_NAME/STORE_NAME); null for functions.</summary>
    public readonly PyObject? Locals;
    public readonly PyFunction? Function;
    /// <summary>Locals, cells, free variables, then the value stack; unset entries are null.</summary>
    public readonly StackSlot[] Slots;
    public readonly int StackBase;
    public int StackTop;
    /// <summary>Next instruction word to execute.</summary>
    public int Pc;
    /// <summary>Word index of the instruction executing (or last executed): tracebacks and the exception table use it.</summary>
    public int LastInstruction;
    public Frame? Back;
    /// <summary>Set by YIELD_VALUE when the frame is suspended rather than finished.</summary>
    public bool Yielded;

    public Frame(CodeObject code, PyDict globals, PyDict builtins, PyObject? locals, PyFunction? function)
    {
        Code = code;
        Globals = globals;
        Builtins = builtins;
        Locals = locals;
        Function = function;
        StackBase = code.LocalsPlusCount;
        Slots = new StackSlot[StackBase + code.StackSize];
        StackTop = StackBase;
        if (code.CellVars.Length > 0)
        {
            int start = code.CellStart;
            for (int i = 0; i < code.CellVars.Length; i++) Slots[start + i].Value = new PyCell();
        }
        if (function?.Closure is { } closure)
        {
            int start = code.FreeStart;
            for (int i = 0; i < closure.Length; i++) Slots[start + i].Value = closure[i];
        }
    }

    /// <summary>Moves parameters that are also cell variables into their cells (after argument binding).</summary>
    public void InitialiseCellParameters()
    {
        var map = Code.CellParameterIndex;
        for (int i = 0; i < map.Length; i++)
        {
            int p = map[i];
            if (p >= 0) ((PyCell)Slots[Code.CellStart + i].Value!).Value = Slots[p].Value;
        }
    }

    public int CurrentLine => Code.LineOf(LastInstruction);
}
