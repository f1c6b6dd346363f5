namespace Warden.Hosting;

/// <summary>
/// Entry point of the hosting API, shaped like IronPython's <c>IronPython.Hosting.Python</c>:
/// <code>
/// var engine = Python.CreateEngine();
/// var scope = engine.CreateScope();
/// scope.SetVariable("x", 20);
/// int y = engine.Execute&lt;int&gt;("x * 2 + 2", scope);   // 42
/// </code>
/// </summary>
public static class Python
{
    /// <summary>Creates an engine with default options (the standard library on the search path).</summary>
    public static ScriptEngine CreateEngine() => new(new EngineOptions());

    /// <summary>Creates an engine configured by <paramref name="options"/>.</summary>
    public static ScriptEngine CreateEngine(EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ScriptEngine(options);
    }
}
