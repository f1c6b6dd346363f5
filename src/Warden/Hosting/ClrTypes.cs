using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Warden.Objects;
using Warden.Runtime;

namespace Warden.Hosting;

/// <summary>
/// The Python type of each .NET type seen through a <see cref="ClrObject"/>, built once per
/// process by reflection. Like builtin types it is immutable from Python (not a heap type, not
/// subclassable, no instances created from Python), so sharing it between engines shares no state.
/// Its dict holds a getset descriptor per public instance property and field and a method
/// descriptor per public instance method name; each of them calls <see cref="ClrBridge.Invoke"/>.
/// </summary>
internal static class ClrTypes
{
    private static readonly ConcurrentDictionary<Type, PyType> s_types = new();

    /// <summary>The owner of every host type: no interpreter, so none lists them in <c>__subclasses__</c>.</summary>
    private static readonly object s_noInterpreter = new();

    /// <summary>
    /// Members never exposed. <c>GetType</c> and any member typed as a reflection object
    /// (<see cref="MemberInfo"/>, <see cref="Assembly"/>, <see cref="Module"/>, e.g. a delegate's
    /// <c>Method</c>) lead to reflection, which reaches every type in the process, not just the
    /// objects the host handed in; a delegate's <c>Target</c> is the host's closure object.
    /// </summary>
    private static readonly HashSet<string> s_hidden = [nameof(GetType)];

    private static bool IsHidden(MemberInfo member, Type valueType)
        => s_hidden.Contains(member.Name) || IsReflection(valueType)
           || (typeof(Delegate).IsAssignableFrom(member.DeclaringType) && member.Name is nameof(Delegate.Target) or nameof(Delegate.Method));

    private static bool IsReflection(Type type)
    {
        while (type.HasElementType) type = type.GetElementType()!;
        return typeof(MemberInfo).IsAssignableFrom(type) || typeof(Assembly).IsAssignableFrom(type)
               || typeof(Module).IsAssignableFrom(type) || typeof(ParameterInfo).IsAssignableFrom(type);
    }

    public static PyType For(Type clrType) => s_types.GetOrAdd(clrType, Build);

    private static PyType Build(Type clrType)
    {
        // Owned by no interpreter: hidden from every object.__subclasses__(), so an engine learns of
        // host types only from the objects it is handed.
        var type = new PyType(clrType.Name, [TypeObjects.Object], TypeObjects.TypeType) { IsFinal = true, Owner = s_noInterpreter, IsHostType = true };
        type.QualName = clrType.Name;
        type.Dict.SetStr("__module__", PyStr.From(clrType.Namespace ?? "clr"));
        type.Dict.SetStr("__doc__", PyStr.From($".NET type {clrType.FullName}"));
        type.AddStaticMethod("__new__", (args, kw) => throw PyExc.TypeError($"cannot create '{clrType.Name}' instances"));

        const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance;
        var methods = clrType.GetMethods(Public)
            .Where(m => !m.IsSpecialName && !m.IsGenericMethodDefinition && !IsHidden(m, m.ReturnType))
            .GroupBy(m => m.Name);
        foreach (var group in methods)
        {
            var overloads = group.ToArray();
            string name = group.Key;
            type.AddMethod(name, (args, kw) => CallMethod(name, overloads, Target(args, clrType), args[1..], kw));
        }
        foreach (var field in clrType.GetFields(Public).Where(f => !IsHidden(f, f.FieldType)))
        {
            var read = new ClrMember(field, ClrAccess.Get);
            var write = field.IsInitOnly || field.IsLiteral ? null : new ClrMember(field, ClrAccess.Set);
            AddDataMember(type, clrType, field.Name, field.FieldType, read, write);
        }
        foreach (var property in clrType.GetProperties(Public).Where(p => !IsHidden(p, p.PropertyType)))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                AddIndexer(type, clrType, property);
                continue;
            }
            var read = property.GetMethod is { IsPublic: true } ? new ClrMember(property, ClrAccess.Get) : null;
            var write = property.SetMethod is { IsPublic: true } ? new ClrMember(property, ClrAccess.Set) : null;
            if (read is null) continue;
            AddDataMember(type, clrType, property.Name, property.PropertyType, read, write);
        }
        AddProtocols(type, clrType);
        return type;
    }

    private static object Target(ReadOnlySpan<PyObject> args, Type clrType)
        => args.Length > 0 && args[0] is ClrObject clr ? clr.Target
            : throw PyExc.TypeError($"descriptor requires a '{clrType.Name}' object");

    private static void AddDataMember(PyType type, Type clrType, string name, Type valueType, ClrMember read, ClrMember? write)
    {
        Action<PyObject, PyObject?>? setter = null;
        if (write is not null)
        {
            setter = (self, value) =>
            {
                if (value is null) throw PyExc.AttributeError($"cannot delete attribute '{name}' of '{clrType.Name}' object");
                var converted = Conversions.ConvertTo(value, valueType);
                ClrBridge.Invoke(write, Target([self], clrType), [converted]);
            };
        }
        else
        {
            setter = (self, value) => throw PyExc.AttributeError($"attribute '{name}' of '{clrType.Name}' object is read-only");
        }
        type.AddGetter(name, self => Conversions.ToPython(ClrBridge.Invoke(read, Target([self], clrType), [])), setter);
    }

    private static void AddIndexer(PyType type, Type clrType, PropertyInfo property)
    {
        var parameters = property.GetIndexParameters();
        if (parameters.Length != 1 || type.Dict.TryGetStr("__getitem__", out _)) return;
        var keyType = parameters[0].ParameterType;
        if (property.GetMethod is { IsPublic: true })
        {
            var read = new ClrMember(property, ClrAccess.Get);
            type.AddMethod("__getitem__", (args, kw) =>
            {
                Args.Check(args, kw, "__getitem__", 2, 2);
                var key = Conversions.ConvertTo(args[1], keyType);
                return Conversions.ToPython(ClrBridge.Invoke(read, Target(args, clrType), [key]));
            });
        }
        if (property.SetMethod is { IsPublic: true })
        {
            var write = new ClrMember(property, ClrAccess.Set);
            type.AddMethod("__setitem__", (args, kw) =>
            {
                Args.Check(args, kw, "__setitem__", 3, 3);
                var key = Conversions.ConvertTo(args[1], keyType);
                var value = Conversions.ConvertTo(args[2], property.PropertyType);
                ClrBridge.Invoke(write, Target(args, clrType), [key, value]);
                return PyNone.Instance;
            });
        }
    }

    /// <summary>Python protocols the .NET type supports: calling a delegate, iterating, len(), str(), ==, hash() and a repr.</summary>
    private static void AddProtocols(PyType type, Type clrType)
    {
        if (typeof(Delegate).IsAssignableFrom(clrType) && clrType.GetMethod("Invoke") is { } invoke)
        {
            var overloads = new[] { invoke };
            type.AddMethod("__call__", (args, kw) => CallMethod(clrType.Name, overloads, Target(args, clrType), args[1..], kw));
        }
        if (typeof(IEnumerable).IsAssignableFrom(clrType))
            type.AddMethod("__iter__", (args, kw) =>
                new ClrEnumerator((IEnumerator)ClrBridge.Invoke(ClrMember.GetEnumerator, Target(args, clrType), [])!));
        if (typeof(ICollection).IsAssignableFrom(clrType))
            type.AddMethod("__len__", (args, kw) =>
                PyInt.FromLong((int)ClrBridge.Invoke(ClrMember.CollectionCount, Target(args, clrType), [])!));
        type.AddMethod("__str__", (args, kw) =>
            PyStr.From((string?)ClrBridge.Invoke(ClrMember.ObjectToString, Target(args, clrType), []) ?? ""));
        type.AddMethod("__repr__", (args, kw) =>
            PyStr.From($"<{clrType.FullName} object at 0x{ObjectIds.Get(args[0]):x}>"));
        type.AddMethod("__eq__", (args, kw) =>
        {
            if (args.Length != 2 || args[1] is not ClrObject other) return PyNotImplemented.Instance;
            var self = Target(args, clrType);
            return PyInt.FromBool(ReferenceEquals(self, other.Target)
                                  || (bool)ClrBridge.Invoke(ClrMember.ObjectEquals, self, [other.Target])!);
        });
        type.AddMethod("__hash__", (args, kw) =>
            PyInt.FromLong((int)ClrBridge.Invoke(ClrMember.ObjectGetHashCode, Target(args, clrType), [])!));
    }

    /// <summary>
    /// Calls the best of <paramref name="overloads"/> for the Python arguments: every argument must
    /// convert to its parameter's type (keywords match parameter names, missing optional parameters
    /// take their defaults); among those that fit, the one needing the fewest non-natural conversions wins.
    /// </summary>
    private static PyObject CallMethod(string name, MethodInfo[] overloads, object target, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int keywordCount = kwnames?.Length ?? 0;
        var positional = args[..^keywordCount];
        var keywords = args[^keywordCount..];
        object?[]? best = null;
        MethodInfo? bestMethod = null;
        int bestCost = int.MaxValue;
        foreach (var method in overloads)
        {
            if (TryBind(method, positional, keywords, kwnames, out var bound, out int cost) && cost < bestCost)
            {
                best = bound;
                bestMethod = method;
                bestCost = cost;
            }
        }
        if (bestMethod is null)
        {
            string given = string.Join(", ", args.ToArray().Select(a => a.Type.Name));
            throw PyExc.TypeError($"no overload of {target.GetType().Name}.{name}() accepts ({given})");
        }
        var result = ClrBridge.Invoke(new ClrMember(bestMethod, ClrAccess.Call), target, best!);
        return bestMethod.ReturnType == typeof(void) ? PyNone.Instance : Conversions.ToPython(result);
    }

    private static bool TryBind(MethodInfo method, ReadOnlySpan<PyObject> positional, ReadOnlySpan<PyObject> keywords, PyTuple? kwnames,
        out object?[] bound, out int cost)
    {
        var parameters = method.GetParameters();
        bound = new object?[parameters.Length];
        cost = 0;
        if (positional.Length > parameters.Length) return false;
        var filled = new bool[parameters.Length];
        for (int i = 0; i < positional.Length; i++)
        {
            if (!BindOne(parameters[i], positional[i], bound, i, ref cost)) return false;
            filled[i] = true;
        }
        for (int k = 0; k < keywords.Length; k++)
        {
            string keyword = ((PyStr)kwnames!.Items[k]).Value;
            int index = Array.FindIndex(parameters, p => p.Name == keyword);
            if (index < 0 || filled[index]) return false;
            if (!BindOne(parameters[index], keywords[k], bound, index, ref cost)) return false;
            filled[index] = true;
        }
        for (int i = 0; i < parameters.Length; i++)
        {
            if (filled[i]) continue;
            if (!parameters[i].HasDefaultValue) return false;
            bound[i] = parameters[i].DefaultValue;
        }
        return true;
    }

    private static bool BindOne(ParameterInfo parameter, PyObject value, object?[] bound, int index, ref int cost)
    {
        var type = parameter.ParameterType;
        if (type.IsByRef) return false;
        if (!Conversions.TryConvertTo(value, type, out var converted)) return false;
        bound[index] = converted;
        var natural = Conversions.ToClr(value);
        if (natural is null ? type.IsValueType : natural.GetType() != type) cost++;
        return true;
    }
}
