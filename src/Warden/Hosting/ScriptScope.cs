using Warden.Objects;

namespace Warden.Hosting;

/// <summary>
/// A namespace code runs in: the globals of a module (a fresh <c>__main__</c>-like one from
/// <see cref="ScriptEngine.CreateScope()"/>, or an imported module's). Values are converted with
/// <see cref="Conversions"/> on the way in and out.
/// </summary>
/// <remarks>
/// The entries the engine puts in a new scope (<c>__name__</c>, <c>__builtins__</c>) are not listed
/// by <see cref="GetVariableNames"/>. A scope is a plain dict: do not use one scope from two threads
/// at the same time.
/// </remarks>
public sealed class ScriptScope
{
    private static readonly HashSet<string> s_engineEntries = ["__name__", "__builtins__"];

    internal ScriptScope(ScriptEngine engine, PyDict globals)
    {
        Engine = engine;
        Globals = globals;
    }

    /// <summary>The engine whose builtins and modules code in this scope uses.</summary>
    public ScriptEngine Engine { get; }

    /// <summary>The namespace dict.</summary>
    internal PyDict Globals { get; }

    /// <summary>Binds <paramref name="name"/> to <paramref name="value"/> (converted to Python).</summary>
    public void SetVariable(string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        Engine.Run(() =>
        {
            Globals.SetStr(name, Conversions.ToPython(value));
            return 0;
        });
    }

    /// <summary>The value bound to <paramref name="name"/>, converted to its natural .NET value; <see cref="MissingMemberException"/> when unbound.</summary>
    public object? GetVariable(string name)
        => TryGetVariable(name, out var value) ? value : throw Unbound(name);

    /// <summary>The value bound to <paramref name="name"/> converted to <typeparamref name="T"/> (a Python TypeError when it does not convert).</summary>
    public T GetVariable<T>(string name)
    {
        var raw = TryGetRaw(name) ?? throw Unbound(name);
        return Engine.Run(() => Conversions.ConvertTo<T>(raw));
    }

    /// <summary>Gets the value of <paramref name="name"/> if bound.</summary>
    public bool TryGetVariable(string name, out object? value)
    {
        var raw = TryGetRaw(name);
        value = raw is null ? null : Conversions.ToClr(raw);
        return raw is not null;
    }

    /// <summary>Gets the value of <paramref name="name"/> if bound and convertible to <typeparamref name="T"/>.</summary>
    public bool TryGetVariable<T>(string name, out T value)
    {
        var raw = TryGetRaw(name);
        if (raw is null)
        {
            value = default!;
            return false;
        }
        T converted = default!;
        bool ok = Engine.Run(() => Conversions.TryConvertTo(raw, out converted));
        value = converted;
        return ok;
    }

    /// <summary>True when <paramref name="name"/> is bound in this scope.</summary>
    public bool ContainsVariable(string name) => TryGetRaw(name) is not null;

    /// <summary>Unbinds <paramref name="name"/>; false when it was not bound.</summary>
    public bool RemoveVariable(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Globals.RemoveStr(name);
    }

    /// <summary>The names bound in this scope, in binding order.</summary>
    public IEnumerable<string> GetVariableNames()
    {
        var names = new List<string>();
        foreach (var (key, _) in Globals.Items)
            if (key is PyStr s && !s_engineEntries.Contains(s.Value)) names.Add(s.Value);
        return names;
    }

    /// <summary>The bindings of this scope, values converted as by <see cref="GetVariable(string)"/>.</summary>
    public IEnumerable<KeyValuePair<string, object?>> GetItems()
    {
        var items = new List<KeyValuePair<string, object?>>();
        foreach (var (key, value) in Globals.Items)
            if (key is PyStr s && !s_engineEntries.Contains(s.Value)) items.Add(new(s.Value, Conversions.ToClr(value)));
        return items;
    }

    private PyObject? TryGetRaw(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Globals.TryGetStr(name, out var value) ? value : null;
    }

    private static MissingMemberException Unbound(string name) => new($"name '{name}' is not defined");
}
