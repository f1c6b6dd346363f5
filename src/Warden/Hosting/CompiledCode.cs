using Warden.Objects;
using Warden.Runtime;

namespace Warden.Hosting;

/// <summary>
/// Compiled Python code, reusable: run it in as many scopes as needed, from several threads at
/// once if each uses its own scope.
/// </summary>
public sealed class CompiledCode
{
    private ScriptScope? _defaultScope;

    internal CompiledCode(ScriptEngine engine, CodeObject code, bool isExpression)
    {
        Engine = engine;
        Code = code;
        IsExpression = isExpression;
    }

    /// <summary>The engine the code runs in.</summary>
    public ScriptEngine Engine { get; }

    internal CodeObject Code { get; }

    /// <summary>True when the source was a single expression, whose value <see cref="Execute(ScriptScope)"/> returns.</summary>
    public bool IsExpression { get; }

    /// <summary>The scope <see cref="Execute()"/> uses, created on first use.</summary>
    public ScriptScope DefaultScope => _defaultScope ??= Engine.CreateScope();

    /// <summary>Runs the code in <paramref name="scope"/>; the expression's value (converted as by <see cref="Conversions.ToClr"/>) or null.</summary>
    public object? Execute(ScriptScope scope) => Conversions.ToClr(ExecuteRaw(scope));

    /// <summary>Runs the code in <see cref="DefaultScope"/>.</summary>
    public object? Execute() => Execute(DefaultScope);

    /// <summary>Runs the code in <paramref name="scope"/> and converts its value (None for statements) to <typeparamref name="T"/>.</summary>
    public T Execute<T>(ScriptScope scope)
    {
        var result = ExecuteRaw(scope);
        return Engine.Run(() => Conversions.ConvertTo<T>(result));
    }

    /// <summary>Runs the code and returns the Python value itself (None for statements).</summary>
    internal PyObject ExecuteRaw(ScriptScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Engine != Engine) throw new ArgumentException("the scope belongs to another engine", nameof(scope));
        var globals = scope.Globals;
        return Engine.Run(() =>
        {
            var builtins = globals.TryGetStr("__builtins__", out var b) && b is PyModule { Dict: var moduleDict } ? moduleDict
                : b as PyDict ?? Engine.Context.BuiltinsDict;
            var result = Interpreter.RunCode(Code, globals, builtins);
            return IsExpression ? result : PyNone.Instance;
        });
    }
}
