using System.Text;
using Warden.Builtins;
using Warden.Compiler;
using Warden.Objects;
using Warden.Runtime.Import;
using Warden.Syntax;

namespace Warden.Runtime;

/// <summary>
/// Runs a program as <c>python3.11 FILE</c> or <c>python3.11 -c CODE</c> would: compiles it as
/// <c>__main__</c>, writes output to the given writers, prints an uncaught exception's
/// traceback to stderr and returns CPython's exit code (0, 1, or SystemExit's code).
/// </summary>
public static class ScriptRunner
{
    /// <summary>
    /// The exit code of a program ended by an uncaught KeyboardInterrupt: 128 + SIGINT, what
    /// CPython returns when it cannot end itself by the signal. A process host (the CLI) should
    /// then end by SIGINT itself when <see cref="EndedByKeyboardInterrupt"/> is set, as CPython does.
    /// </summary>
    public const int KeyboardInterruptExitCode = 130;

    private static volatile bool s_endedByKeyboardInterrupt;

    /// <summary>True when the most recent program run ended by an uncaught KeyboardInterrupt.</summary>
    public static bool EndedByKeyboardInterrupt => s_endedByKeyboardInterrupt;

    /// <summary>Runs the file at <paramref name="path"/>; <paramref name="argv"/> becomes <c>sys.argv</c> (argv[0] is the script).</summary>
    public static int RunFile(string path, string[] argv, TextWriter stdout, TextWriter stderr)
    {
        byte[] source;
        try
        {
            source = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.Write($"warden: can't open file '{path}': [Errno 2] No such file or directory\n");
            return 2;
        }
        // CPython reports the main script by its absolute path (tracebacks, __file__).
        return Run(source, Path.GetFullPath(path), argv, stdout, stderr);
    }

    /// <summary>Runs source text as <c>-c</c> does (filename <c>&lt;string&gt;</c>; <c>sys.argv[0]</c> is <c>-c</c>).</summary>
    public static int RunCode(string code, string[] argv, TextWriter stdout, TextWriter stderr)
        => Run(Encoding.UTF8.GetBytes(code), "<string>", argv.Length > 0 ? argv : ["-c"], stdout, stderr);

    /// <summary>Stack size of the thread Python code runs on; deep recursion stays far from it.</summary>
    private const int InterpreterStackSize = 256 * 1024 * 1024;

    /// <summary>Stack kept free for raising and unwinding the RecursionError itself.</summary>
    private const int StackReserve = 16 * 1024 * 1024;

    /// <summary>
    /// Compiles and runs <paramref name="source"/> as the <c>__main__</c> module, on a dedicated
    /// thread with a large stack, so that no program can exhaust the caller's stack.
    /// </summary>
    public static int Run(byte[] source, string filename, string[] argv, TextWriter stdout, TextWriter stderr)
        => Run(source, filename, argv, stdout, stderr, null);

    /// <summary>As <see cref="Run(byte[], string, string[], TextWriter, TextWriter)"/>, for <c>-m</c>: <paramref name="main"/> sets sys.path[0] and prepares <c>__main__</c>'s globals.</summary>
    internal static int Run(byte[] source, string filename, string[] argv, TextWriter stdout, TextWriter stderr, MainModuleOptions? main)
    {
        int exitCode = 1;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                var state = ThreadState.Current;
                state.SetStackBudget(InterpreterStackSize - StackReserve);
                state.HandlesInterrupts = true; // the program's main thread takes Ctrl-C, as in CPython
                state.Context = new PythonContext { Argv = argv };
                exitCode = RunOnCurrentThread(source, filename, stdout, stderr, main);
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, InterpreterStackSize);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            stderr.Write($"SystemError: internal error: {failure.GetType().Name}: {failure.Message}\n");
            stderr.Flush();
            return 1;
        }
        return exitCode;
    }

    private static int RunOnCurrentThread(byte[] source, string filename, TextWriter stdout, TextWriter stderr, MainModuleOptions? main)
    {
        s_endedByKeyboardInterrupt = false;
        var ts = ThreadState.Current;
        var savedOut = ts.Stdout;
        var savedErr = ts.Stderr;
        ts.Stdout = stdout;
        ts.Stderr = stderr;
        int exitCode = 1;
        try
        {
            exitCode = CompileAndRun(source, filename, stdout, stderr, main, ts);
        }
        finally
        {
            // Data left in unclosed buffered files and in sys.stdout.buffer is written at exit, as CPython does.
            Modules.Io.PendingWrites.FlushAll();
            if (!FlushStdoutAtExit(stdout, stderr) && exitCode == 0) exitCode = StdoutFlushFailedExitCode;
            stderr.Flush();
            ts.Stdout = savedOut;
            ts.Stderr = savedErr;
        }
        return exitCode;
    }

    private static int CompileAndRun(byte[] source, string filename, TextWriter stdout, TextWriter stderr, MainModuleOptions? main, ThreadState ts)
    {
        CodeObject code;
        try
        {
            if (!filename.StartsWith('<'))
                SourceCache.Register(filename, Encoding.UTF8.GetString(SourceDecoder.Decode(source)));
            var module = Parser.ParseModule(source, filename);
            code = CodeGenerator.Compile(module, filename);
        }
        catch (PythonSyntaxError e)
        {
            stderr.Write(ExceptionFormatter.FormatExceptionOnly(ExceptionMethods.FromSyntaxError(e)));
            return 1;
        }
        catch (PythonFrontEndError e)
        {
            var exc = PyExc.Create(TypeObjects.ExceptionByName(e.PythonType), e.Message).Exception;
            stderr.Write(ExceptionFormatter.FormatExceptionOnly(exc));
            return 1;
        }
        catch (Exception e) when (e is not PythonException)
        {
            // A front-end bug must not end the host process.
            stderr.Write($"SystemError: internal compiler error: {e.GetType().Name}: {e.Message}\n");
            return 1;
        }
        var globals = new PyDict();
        globals.SetStr("__name__", PyStr.From("__main__"));
        globals.SetStr("__doc__", PyNone.Instance);
        globals.SetStr("__package__", PyNone.Instance);
        globals.SetStr("__loader__", PyNone.Instance);
        globals.SetStr("__spec__", PyNone.Instance);
        globals.SetStr("__annotations__", new PyDict());
        var builtins = ts.Context.BuiltinsDict;
        globals.SetStr("__builtins__", ts.Context.BuiltinsModule);
        if (!filename.StartsWith('<'))
        {
            globals.SetStr("__file__", PyStr.From(filename));
            globals.SetStr("__cached__", PyNone.Instance);
        }
        // sys.path[0]: the script's directory, '' for -c and standard input.
        Importer.InitializeProgram(ts, main?.Path0 ?? (filename.StartsWith('<') ? "" : Path.GetDirectoryName(filename) ?? ""), builtins, globals);
        try
        {
            main?.Prepare(ts, globals);
            Interpreter.RunCode(code, globals, builtins);
            Modules.AtexitModule.RunAtExit(ts);
            return 0;
        }
        catch (PythonException e)
        {
            int exitCode = HandleUncaught(e.Exception, stdout, stderr, globals, builtins);
            Modules.AtexitModule.RunAtExit(ts);
            return exitCode;
        }
        catch (Exception e) when (e is InsufficientExecutionStackException or OutOfMemoryException or InvalidOperationException
                                  or InvalidCastException or NullReferenceException or IndexOutOfRangeException)
        {
            stdout.Flush();
            stderr.Write($"SystemError: internal error: {e.GetType().Name}: {e.Message}\n");
            return 1;
        }
    }

    /// <summary>Exit status when standard output could not be flushed at exit (CPython's 120).</summary>
    public const int StdoutFlushFailedExitCode = 120;

    /// <summary>Flushes standard output at exit; false (reported as CPython does) when its reader had gone.</summary>
    private static bool FlushStdoutAtExit(TextWriter stdout, TextWriter stderr)
    {
        try
        {
            stdout.Flush();
            return true;
        }
        catch (IOException e) when (e.HResult == Modules.Io.Libc.EPIPE)
        {
            stderr.Write("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nBrokenPipeError: [Errno 32] Broken pipe\n");
            return false;
        }
    }

    private static int HandleUncaught(PyBaseException exc, TextWriter stdout, TextWriter stderr, PyDict? globals = null, PyDict? builtins = null)
    {
        try
        {
            stdout.Flush();
        }
        catch (IOException e) when (e.HResult == Modules.Io.Libc.EPIPE)
        {
            // Reported once, by the flush at exit.
        }
        if (exc.Type.IsSubtypeOf(TypeObjects.SystemExit))
        {
            var code = exc.Args.Length == 0 ? PyNone.Instance : exc.Args.Length == 1 ? exc.Args.Items[0] : exc.Args;
            if (code is PyNone) return 0;
            if (code is PyInt i) return i.IsSmall ? (int)i.Small : -1;
            stderr.Write(PyOps.Str(code) + "\n");
            return 1;
        }
        try
        {
            stderr.Write(ExceptionFormatter.Format(exc, globals, builtins));
        }
        catch (PythonException)
        {
            stderr.Write($"{exc.Type.Name}: <unprintable exception>\n");
        }
        if (exc.Type.IsSubtypeOf(TypeObjects.KeyboardInterrupt))
        {
            s_endedByKeyboardInterrupt = true;
            return KeyboardInterruptExitCode;
        }
        return 1;
    }
}
