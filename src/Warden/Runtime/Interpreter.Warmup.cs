using System.Reflection;
using System.Runtime.CompilerServices;

namespace Warden.Runtime;

public static partial class Interpreter
{
    /// <summary>
    /// Compiles the dispatch loop now, on the calling thread. The loop is excluded from the
    /// ReadyToRun image (its precompiled code runs ~30 % slower than the JIT's), so it is
    /// JIT-compiled on first use, which takes ~20 ms; a host that has an idle thread at start-up
    /// (the CLI's main thread while the program thread boots) calls this to overlap the two.
    /// Calling it is optional and safe at any time, from any thread; ahead-of-time compiled
    /// builds (Native AOT, no JIT) have nothing to prepare.
    /// </summary>
    public static void PrepareDispatchLoop()
    {
        if (!RuntimeFeature.IsDynamicCodeCompiled) return;
        var dispatch = typeof(Interpreter).GetMethod(nameof(Dispatch), BindingFlags.NonPublic | BindingFlags.Static);
        if (dispatch is not null) RuntimeHelpers.PrepareMethod(dispatch.MethodHandle);
    }
}
