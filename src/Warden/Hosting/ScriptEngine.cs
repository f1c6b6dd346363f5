using Warden.Objects;
using Warden.Runtime;
using Warden.Runtime.Import;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Hosting;

/// <summary>
/// One Python interpreter embedded in the host, shaped like IronPython's <c>ScriptEngine</c>.
/// It owns its own <c>sys.modules</c>, <c>sys</c>, <c>builtins</c>, search path and standard
/// streams: two engines in one process share no module state.
/// </summary>
/// <remarks>
/// Code runs on the calling thread. Several threads may execute code of one engine at the same
/// time, each in its own <see cref="ScriptScope"/>; imports are serialized by the engine. Objects
/// that both threads reach (a scope used by two threads at once, a module's globals, a list both
/// append to) are not locked: share them read-only or synchronize in the host. See docs/hosting.md.
/// </remarks>
public sealed class ScriptEngine
{
    internal ScriptEngine(EngineOptions options)
    {
        Context = new PythonContext
        {
            Argv = options.Arguments.Count > 0 ? options.Arguments.ToArray() : [""],
            RecursionLimit = options.RecursionLimit,
        };
        var path = new List<string>(options.SearchPaths);
        if (options.IncludeStandardLibrary && (options.StandardLibraryDirectory ?? SearchPaths.StandardLibrary) is { Length: > 0 } stdlib
            && !path.Contains(stdlib))
            path.Add(stdlib);
        Context.SetSearchPath(path);
        Runtime = new ScriptRuntime(this);
        Operations = new ObjectOperations(this);
    }

    /// <summary>The interpreter state behind this engine.</summary>
    internal PythonContext Context { get; }

    /// <summary>The engine's runtime: its standard streams (<see cref="ScriptRuntime.IO"/>).</summary>
    public ScriptRuntime Runtime { get; }

    /// <summary>Operations on Python objects (call, get/set members, convert) performed in this engine.</summary>
    public ObjectOperations Operations { get; }

    /// <summary>Creates an empty scope (a fresh module namespace named <c>__main__</c> using this engine's builtins).</summary>
    public ScriptScope CreateScope() => new(this, NewGlobals());

    /// <summary>Creates a scope holding <paramref name="variables"/> (converted to Python).</summary>
    public ScriptScope CreateScope(IDictionary<string, object?> variables)
    {
        var scope = CreateScope();
        foreach (var (name, value) in variables) scope.SetVariable(name, value);
        return scope;
    }

    /// <summary>Runs <paramref name="code"/> in a new scope; returns the value when the code is a single expression, else null.</summary>
    public object? Execute(string code) => Execute(code, CreateScope());

    /// <summary>Runs <paramref name="code"/> in <paramref name="scope"/>; returns the value when the code is a single expression, else null.</summary>
    public object? Execute(string code, ScriptScope scope) => CreateScriptSourceFromString(code).Compile().Execute(scope);

    /// <summary>Evaluates <paramref name="code"/> in a new scope and converts the result to <typeparamref name="T"/>.</summary>
    public T Execute<T>(string code) => Execute<T>(code, CreateScope());

    /// <summary>Runs <paramref name="code"/> in <paramref name="scope"/> and converts its value (None for statements) to <typeparamref name="T"/>.</summary>
    public T Execute<T>(string code, ScriptScope scope) => CreateScriptSourceFromString(code).Compile().Execute<T>(scope);

    /// <summary>Source text to compile once and run many times; tracebacks name it <c>&lt;string&gt;</c>.</summary>
    public ScriptSource CreateScriptSourceFromString(string code) => new(this, code, path: null, SourceCodeKind.AutoDetect);

    /// <summary>Source text compiled as <paramref name="kind"/> says (e.g. <see cref="SourceCodeKind.InteractiveCode"/> for a prompt).</summary>
    public ScriptSource CreateScriptSourceFromString(string code, SourceCodeKind kind) => new(this, code, path: null, kind);

    /// <summary>Source text with the file name tracebacks show.</summary>
    public ScriptSource CreateScriptSourceFromString(string code, string path) => new(this, code, path, SourceCodeKind.AutoDetect);

    /// <summary>A source file (read when compiled); tracebacks show its lines.</summary>
    public ScriptSource CreateScriptSourceFromFile(string path) => new(this, text: null, Path.GetFullPath(path), SourceCodeKind.Statements);

    /// <summary>Replaces the module search path (<c>sys.path</c>) with <paramref name="paths"/>.</summary>
    public void SetSearchPaths(ICollection<string> paths) => Context.SetSearchPath(paths);

    /// <summary>The module search path (<c>sys.path</c>).</summary>
    public ICollection<string> GetSearchPaths() => Context.GetSearchPath().ToList();

    /// <summary>Imports module <paramref name="name"/> (dotted names allowed) in this engine and returns its namespace as a scope.</summary>
    public ScriptScope ImportModule(string name)
    {
        var module = Run(() => Importer.ImportModule(name, ThreadState.Current));
        return new ScriptScope(this, module.InstanceDict ?? throw new InvalidOperationException($"module '{name}' has no namespace"));
    }

    /// <summary>
    /// Creates module <paramref name="name"/>, registers it in <c>sys.modules</c> (so <c>import name</c>
    /// finds it) and returns its namespace; <c>CreateModule("__main__")</c> gives a prompt or a script its main module.
    /// </summary>
    public ScriptScope CreateModule(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var module = new PyModule(name);
        module.Dict.SetStr("__doc__", PyNone.Instance);
        module.Dict.SetStr("__builtins__", Context.BuiltinsModule);
        lock (Context.ImportLock) Context.Modules.SetStr(name, module);
        return new ScriptScope(this, module.Dict);
    }

    /// <summary>
    /// The CPython report of <paramref name="exception"/> as this engine prints it: the traceback, with
    /// "Did you mean" hints for a NameError drawn from <paramref name="scope"/> and the engine's builtins.
    /// </summary>
    public string FormatException(PythonException exception, ScriptScope? scope = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Run(() =>
        {
            try
            {
                return ExceptionFormatter.Format(exception.Exception, scope?.Globals, Context.BuiltinsDict);
            }
            catch (PythonException)
            {
                return $"{exception.PythonTypeName}: <unprintable exception>\n";
            }
        });
    }

    /// <summary>The <c>builtins</c> module of this engine as a scope (a host may add or remove builtins here).</summary>
    public ScriptScope GetBuiltinModule() => new(this, Context.BuiltinsDict);

    /// <summary>The <c>sys</c> module of this engine as a scope.</summary>
    public ScriptScope GetSysModule() => new(this, Run(() => Context.Sys).Dict);

    private PyDict NewGlobals()
    {
        var globals = new PyDict();
        globals.SetStr("__name__", PyStr.From("__main__"));
        globals.SetStr("__builtins__", Context.BuiltinsModule);
        return globals;
    }

    /// <summary>
    /// Runs <paramref name="action"/> with this engine's context current on the calling thread. Python
    /// exceptions propagate as <see cref="PythonException"/>; a runtime fault becomes a Python
    /// SystemError or RecursionError rather than escaping as an arbitrary .NET exception.
    /// </summary>
    internal T Run<T>(Func<T> action)
    {
        var ts = ThreadState.Current;
        using var scope = ts.Enter(Context);
        try
        {
            return action();
        }
        catch (InsufficientExecutionStackException e)
        {
            throw new PythonException(PyExc.RecursionError("maximum recursion depth exceeded").Exception, e);
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidCastException or NullReferenceException
                                      or IndexOutOfRangeException or ArgumentException or KeyNotFoundException)
        {
            throw new PythonException(PyExc.Create(TypeObjects.SystemError, $"internal error: {e.GetType().Name}: {e.Message}").Exception, e);
        }
        finally
        {
            FlushQuietly(Context.Stdout);
            FlushQuietly(Context.Stderr);
        }
    }

    private static void FlushQuietly(TextWriter writer)
    {
        try
        {
            writer.Flush();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // A closed host stream must not turn a finished execution into a failure.
        }
    }
}
