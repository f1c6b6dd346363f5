namespace Warden.Hosting;

/// <summary>The runtime side of an engine (IronPython's <c>ScriptRuntime</c>): where its standard streams go.</summary>
public sealed class ScriptRuntime
{
    internal ScriptRuntime(ScriptEngine engine)
    {
        Engine = engine;
        IO = new ScriptIO(engine);
    }

    /// <summary>The engine this runtime belongs to.</summary>
    public ScriptEngine Engine { get; }

    /// <summary>The engine's standard output, error and input.</summary>
    public ScriptIO IO { get; }
}
