using Warden.Objects;
using Warden.Runtime;

namespace Warden.Hosting;

/// <summary>
/// Python operations on objects, for the host (IronPython's <c>ObjectOperations</c>): calling,
/// reading and writing attributes, converting. Arguments may be Python objects or .NET values
/// (converted with <see cref="Conversions.ToPython"/>); results are converted back with
/// <see cref="Conversions.ToClr"/> unless a type is asked for. Attribute access goes through
/// the same choke point as Python's own (<see cref="PyOps.GetAttr"/>).
/// </summary>
public sealed class ObjectOperations
{
    internal ObjectOperations(ScriptEngine engine) => Engine = engine;

    /// <summary>The engine the operations run in.</summary>
    public ScriptEngine Engine { get; }

    /// <summary>Calls <paramref name="callable"/> with positional <paramref name="arguments"/>.</summary>
    public object? Invoke(object callable, params object?[] arguments)
        => Engine.Run(() => Conversions.ToClr(PyOps.Call(Conversions.ToPython(callable), ToPython(arguments), null)));

    /// <summary>Calls <paramref name="callable"/> with positional and keyword arguments.</summary>
    public object? Invoke(object callable, object?[] arguments, IDictionary<string, object?> keywordArguments)
        => Engine.Run(() =>
        {
            var all = new PyObject[arguments.Length + keywordArguments.Count];
            ToPython(arguments).CopyTo(all, 0);
            var names = new PyObject[keywordArguments.Count];
            int i = 0;
            foreach (var (name, value) in keywordArguments)
            {
                names[i] = PyStr.From(name);
                all[arguments.Length + i] = Conversions.ToPython(value);
                i++;
            }
            return Conversions.ToClr(PyOps.Call(Conversions.ToPython(callable), all, names.Length == 0 ? null : new PyTuple(names)));
        });

    /// <summary>Calls method <paramref name="name"/> of <paramref name="target"/>.</summary>
    public object? InvokeMember(object target, string name, params object?[] arguments)
        => Engine.Run(() =>
        {
            var method = PyOps.GetAttr(Conversions.ToPython(target), PyStr.From(name));
            return Conversions.ToClr(PyOps.Call(method, ToPython(arguments), null));
        });

    /// <summary><c>getattr(target, name)</c>, converted to its natural .NET value.</summary>
    public object? GetMember(object target, string name)
        => Engine.Run(() => Conversions.ToClr(PyOps.GetAttr(Conversions.ToPython(target), PyStr.From(name))));

    /// <summary><c>getattr(target, name)</c> converted to <typeparamref name="T"/>.</summary>
    public T GetMember<T>(object target, string name)
        => Engine.Run(() => Conversions.ConvertTo<T>(PyOps.GetAttr(Conversions.ToPython(target), PyStr.From(name))));

    /// <summary><c>getattr(target, name)</c> without raising: false when the attribute does not exist.</summary>
    public bool TryGetMember(object target, string name, out object? value)
    {
        PyObject? found = null;
        bool ok = Engine.Run(() => PyOps.TryGetAttr(Conversions.ToPython(target), PyStr.From(name), out found));
        value = ok ? Conversions.ToClr(found!) : null;
        return ok;
    }

    /// <summary><c>setattr(target, name, value)</c>.</summary>
    public void SetMember(object target, string name, object? value)
        => Engine.Run(() =>
        {
            PyOps.SetAttr(Conversions.ToPython(target), PyStr.From(name), Conversions.ToPython(value));
            return 0;
        });

    /// <summary><c>hasattr(target, name)</c>.</summary>
    public bool ContainsMember(object target, string name)
        => Engine.Run(() => PyOps.TryGetAttr(Conversions.ToPython(target), PyStr.From(name), out _));

    /// <summary><c>delattr(target, name)</c>; false when there was no such attribute.</summary>
    public bool RemoveMember(object target, string name)
        => Engine.Run(() =>
        {
            try
            {
                PyOps.DelAttr(Conversions.ToPython(target), PyStr.From(name));
                return true;
            }
            catch (PythonException e) when (e.Exception.Type.IsSubtypeOf(TypeObjects.AttributeError))
            {
                return false;
            }
        });

    /// <summary><c>dir(target)</c>.</summary>
    public IList<string> GetMemberNames(object target)
        => Engine.Run(() =>
        {
            var dir = Engine.Context.BuiltinsDict.TryGetStr("dir", out var function) ? function : throw PyExc.NameError("name 'dir' is not defined");
            var names = new List<string>();
            var iterator = PyOps.GetIter(PyOps.Call(dir, [Conversions.ToPython(target)], null));
            while (PyOps.TryNext(iterator, out var item)) names.Add(PyOps.Str(item));
            return (IList<string>)names;
        });

    /// <summary>Converts <paramref name="value"/> to <typeparamref name="T"/> (a Python TypeError or OverflowError when it cannot).</summary>
    public T ConvertTo<T>(object? value) => Engine.Run(() => Conversions.ConvertTo<T>(Conversions.ToPython(value)));

    /// <summary>Converts <paramref name="value"/> to <typeparamref name="T"/> without raising.</summary>
    public bool TryConvertTo<T>(object? value, out T result)
    {
        T converted = default!;
        bool ok = Engine.Run(() => Conversions.TryConvertTo(Conversions.ToPython(value), out converted));
        result = converted;
        return ok;
    }

    /// <summary><c>callable(value)</c>.</summary>
    public bool IsCallable(object? value) => IsCallableObject(Conversions.ToPython(value));

    /// <summary><c>repr(value)</c>.</summary>
    public string Format(object? value) => Engine.Run(() => PyOps.Repr(Conversions.ToPython(value)));

    internal static bool IsCallableObject(PyObject value)
        => value is PyFunction or PyBuiltinFunction or PyBoundMethod or PyType or PyMethodDescriptor || value.Type.GetSlots().Call is not null;

    private static PyObject[] ToPython(object?[] arguments)
    {
        var result = new PyObject[arguments.Length];
        for (int i = 0; i < arguments.Length; i++) result[i] = Conversions.ToPython(arguments[i]);
        return result;
    }
}
