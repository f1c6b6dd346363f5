using System.Text;
using Warden.Objects;

namespace Warden.Compiler;

/// <summary>Human-readable listing of a code object (for tests and debugging).</summary>
public static class Disassembler
{
    public static string Disassemble(CodeObject code, bool recursive = true)
    {
        var sb = new StringBuilder();
        Append(sb, code, recursive);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, CodeObject code, bool recursive)
    {
        sb.Append($"code {code.QualName} (stack {code.StackSize})\n");
        var words = code.Instructions;
        for (int pc = 0; pc < words.Length;)
        {
            int start = pc;
            var op = (Opcode)(words[pc] & 0xFF);
            int arg = (int)((uint)words[pc] >> 8);
            pc++;
            if (OpcodeInfo.HasCache(op)) pc++;
            if (OpcodeInfo.FusedExtraWords(op) > 0)
            {
                sb.Append($"{code.LineOf(start),4} {start,5} {op,-22} {arg & 0xFF} {(arg >> 8) & 0xFF} {arg >> 16}  (fused)\n");
                continue;
            }
            string detail = op switch
            {
                Opcode.LoadConst => PyOps.Repr(code.Constants[arg]),
                Opcode.LoadName or Opcode.StoreName or Opcode.DeleteName or Opcode.LoadGlobal or Opcode.StoreGlobal
                    or Opcode.LoadAttr or Opcode.StoreAttr or Opcode.LoadMethod or Opcode.DeleteAttr or Opcode.ImportName
                    or Opcode.ImportFrom or Opcode.DeleteGlobal => code.Names[arg],
                Opcode.LoadFast or Opcode.StoreFast or Opcode.DeleteFast => code.VarNames[arg],
                _ when OpcodeInfo.IsJump(op) => "-> " + OpcodeInfo.JumpTarget(op, arg),
                _ => arg.ToString(),
            };
            sb.Append($"{code.LineOf(start),4} {start,5} {op,-22} {detail}\n");
        }
        foreach (var e in code.ExceptionTable)
            sb.Append($"  exc [{e.Start}, {e.End}) -> {e.Target} depth {e.Depth}{(e.PushLasti ? " lasti" : "")}\n");
        if (!recursive) return;
        foreach (var c in code.Constants)
            if (c is CodeObject inner) Append(sb, inner, true);
    }
}
