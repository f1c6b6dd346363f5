namespace Warden.Syntax.Ast;

/// <summary>
/// A node of the Python abstract syntax tree, shaped exactly like CPython 3.11's <c>ast</c> module:
/// the same classes, fields and field order, so that <see cref="AstDumper"/> reproduces
/// <c>ast.dump(..., include_attributes=True)</c> byte for byte.
/// </summary>
public abstract class Node
{
    /// <summary>The class name CPython's <c>ast</c> module uses for this node.</summary>
    public abstract string PythonName { get; }

    internal abstract void DumpFields(IAstFieldVisitor visitor);

    internal virtual void DumpAttributes(IAstFieldVisitor visitor) { }
}

/// <summary>
/// A node that carries a source range. Lines are 1-based; columns are 0-based and count
/// UTF-8 bytes, as CPython's do.
/// </summary>
public abstract class PositionedNode : Node
{
    public int Lineno;
    public int ColOffset;
    public int EndLineno;
    public int EndColOffset;

    internal sealed override void DumpAttributes(IAstFieldVisitor visitor) => visitor.Position(this);

    /// <summary>Copies the start of <paramref name="start"/> and the end of <paramref name="end"/>.</summary>
    public void SetSpan(PositionedNode start, PositionedNode end)
    {
        Lineno = start.Lineno; ColOffset = start.ColOffset;
        EndLineno = end.EndLineno; EndColOffset = end.EndColOffset;
    }
}

public abstract class Mod : Node { }
public abstract class Stmt : PositionedNode { }
public abstract class Expr : PositionedNode { }
public abstract class Pattern : PositionedNode { }
public abstract class ExceptHandlerBase : PositionedNode { }
public abstract class TypeIgnoreBase : Node { }

/// <summary>The value of <c>...</c> as a constant.</summary>
public sealed class EllipsisConstant
{
    public static readonly EllipsisConstant Instance = new();
    private EllipsisConstant() { }
}
