namespace Warden.Compiler;

/// <summary>
/// Fuses common instruction sequences into superinstructions after assembly. The fused
/// instruction replaces only the group's first word; the other words stay (they carry operands
/// and keep positions and exception-table ranges valid) and are skipped at run time, so no jump
/// target or table entry moves. A group is fused only when no jump lands inside it and it lies
/// in one exception-table region. Fewer dispatches and fewer stack writes matter in .NET, where
/// every push of a reference costs a GC write barrier.
/// </summary>
internal static class Superinstructions
{
    public static void Apply(int[] words, IReadOnlyList<int> instructionStarts, Objects.ExceptionTableEntry[] table)
    {
        var targets = new HashSet<int>();
        foreach (int start in instructionStarts)
        {
            var op = (Opcode)(words[start] & 0xFF);
            if (OpcodeInfo.IsJump(op)) targets.Add(OpcodeInfo.JumpTarget(op, words[start] >>> 8));
        }
        foreach (var e in table)
        {
            targets.Add(e.Target);
            targets.Add(e.Start);
            targets.Add(e.End);
        }

        int n = instructionStarts.Count;
        for (int i = 0; i < n; i++)
        {
            int w0 = instructionStarts[i];
            if (TryFuseSubscriptGroup(words, instructionStarts, targets, i))
            {
                i += 2;
                continue;
            }
            if (Op(words, w0) != Opcode.LoadFast || i + 1 >= n) continue;
            if (instructionStarts[i + 1] == w0 + 1 && !targets.Contains(w0 + 1)
                && Op(words, w0 + 1) is Opcode.LoadAttr or Opcode.LoadMethod)
            {
                // LOAD_FAST a; LOAD_ATTR/LOAD_METHOD name (its cache word follows).
                var fusedAttr = Op(words, w0 + 1) == Opcode.LoadAttr ? Opcode.LoadFastLoadAttr : Opcode.LoadFastLoadMethod;
                words[w0] = (int)fusedAttr | Arg(words, w0) << 8;
                i += 1;
                continue;
            }
            if (i + 2 >= n) continue;
            int w1 = instructionStarts[i + 1], w2 = instructionStarts[i + 2];
            if (w1 != w0 + 1 || w2 != w0 + 2 || targets.Contains(w1) || targets.Contains(w2)) continue;
            int a = Arg(words, w0);
            var second = Op(words, w1);
            int b = Arg(words, w1);
            var third = Op(words, w2);
            if (a > 255 || b > 255 || (second != Opcode.LoadFast && second != Opcode.LoadConst)) continue;
            if (third == Opcode.BinaryOp)
            {
                int op = Arg(words, w2);
                bool store = i + 3 < n && instructionStarts[i + 3] == w0 + 3 && !targets.Contains(w0 + 3) && Op(words, w0 + 3) == Opcode.StoreFast;
                Opcode fused = (second, store) switch
                {
                    (Opcode.LoadFast, false) => Opcode.BinaryOpFastFast,
                    (Opcode.LoadFast, true) => Opcode.BinaryOpFastFastStore,
                    (Opcode.LoadConst, false) => Opcode.BinaryOpFastConst,
                    _ => Opcode.BinaryOpFastConstStore,
                };
                words[w0] = (int)fused | (a | b << 8 | op << 16) << 8;
                i += store ? 3 : 2;
            }
            else if (third == Opcode.CompareOpJumpIfFalse && second == Opcode.LoadConst && a < 4096 && b < 4096)
            {
                words[w0] = (int)Opcode.CompareFastConstJump | (a | b << 12) << 8;
                i += 2;
            }
        }
    }

    /// <summary>
    /// The subscript groups of <c>x = c[k]</c> and <c>c[k] op= v</c> (float_nbody's inner loop):
    /// LOAD_FAST; LOAD_CONST; BINARY_SUBSCR, COPY 2; COPY 2; BINARY_SUBSCR and SWAP 3; SWAP 2;
    /// STORE_SUBSCR, each three one-word instructions starting at instruction <paramref name="i"/>.
    /// </summary>
    private static bool TryFuseSubscriptGroup(int[] words, IReadOnlyList<int> starts, HashSet<int> targets, int i)
    {
        if (i + 2 >= starts.Count) return false;
        int w0 = starts[i];
        if (starts[i + 1] != w0 + 1 || starts[i + 2] != w0 + 2 || targets.Contains(w0 + 1) || targets.Contains(w0 + 2)) return false;
        Opcode first = Op(words, w0), second = Op(words, w0 + 1), third = Op(words, w0 + 2);
        int a = Arg(words, w0), b = Arg(words, w0 + 1);
        if (first == Opcode.LoadFast && second == Opcode.LoadConst && third == Opcode.BinarySubscr && a < 4096 && b < 4096)
        {
            words[w0] = (int)Opcode.LoadFastConstSubscr | (a | b << 12) << 8;
            return true;
        }
        if (first == Opcode.Copy && second == Opcode.Copy && third == Opcode.BinarySubscr && a == 2 && b == 2)
        {
            words[w0] = (int)Opcode.CopyCopySubscr;
            return true;
        }
        if (first == Opcode.Swap && second == Opcode.Swap && third == Opcode.StoreSubscr && a == 3 && b == 2)
        {
            words[w0] = (int)Opcode.SwapSwapStoreSubscr;
            return true;
        }
        return false;
    }

    private static Opcode Op(int[] words, int w) => (Opcode)(words[w] & 0xFF);
    private static int Arg(int[] words, int w) => words[w] >>> 8;
}
