using System.Collections;
using System.Numerics;
using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Hosting;

/// <summary>
/// Converts values between .NET and Python, both ways, for the hosting API and for calls into
/// host objects.
/// </summary>
/// <remarks>
/// <para>.NET to Python: <c>null</c> is <c>None</c>; <see cref="bool"/> is <c>bool</c>; the integer
/// types and <see cref="BigInteger"/> are <c>int</c>; <see cref="float"/>, <see cref="double"/> and
/// <see cref="decimal"/> are <c>float</c>; <see cref="char"/> and <see cref="string"/> are <c>str</c>;
/// <see cref="Complex"/> is <c>complex</c>; <c>byte[]</c> is <c>bytes</c>; other arrays and
/// <see cref="IList"/> become a new <c>list</c>, <see cref="IDictionary"/> a new <c>dict</c> (copies:
/// Python's mutations do not reach the host's collection); a <see cref="PyObject"/> passes unchanged;
/// anything else (delegates included) is wrapped in a <see cref="ClrObject"/> whose public members
/// Python can use.</para>
/// <para>Python to .NET without a target type (<see cref="ToClr(PyObject)"/>): <c>None</c>, <c>bool</c>,
/// <c>int</c> (<see cref="int"/>, <see cref="long"/> or <see cref="BigInteger"/> by size),
/// <c>float</c>, <c>str</c>, <c>bytes</c> and <c>complex</c> become their .NET values, a
/// <see cref="ClrObject"/> gives back its target, and every other Python object is returned as
/// itself (so lists and dicts keep their identity; ask for <c>List&lt;T&gt;</c> or
/// <c>Dictionary&lt;K,V&gt;</c> to copy them).</para>
/// <para>Python to a given .NET type (<see cref="ConvertTo{T}"/>): numeric types with range checks
/// (OverflowError), <see cref="string"/>, <see cref="char"/>, <see cref="bool"/>, enums, nullable
/// types, arrays, <see cref="List{T}"/> and the list interfaces, <see cref="Dictionary{TKey, TValue}"/>
/// and the dictionary interfaces, <see cref="HashSet{T}"/>, and delegate types: a Python callable
/// becomes a delegate (for example <c>Func&lt;int, int&gt;</c>) that calls it in the interpreter it
/// came from.</para>
/// </remarks>
public static class Conversions
{
    /// <summary>The Python value for a .NET value (see the class remarks).</summary>
    /// <exception cref="PythonException"><c>TypeError</c> for a reflection object (<see cref="System.Reflection.MemberInfo"/>,
    /// <see cref="System.Reflection.Assembly"/>, ...), at any depth inside a converted collection.</exception>
    public static PyObject ToPython(object? value) => Convert(value, null);

    /// <param name="value">The .NET value.</param>
    /// <param name="converting">Collections being converted on the way to <paramref name="value"/> and their
    /// Python copies, so a collection that contains itself becomes a list that contains itself.</param>
    private static PyObject Convert(object? value, Dictionary<object, PyObject>? converting)
    {
        switch (value)
        {
            case null: return PyNone.Instance;
            case PyObject py: return py;
            case bool b: return PyInt.FromBool(b);
            case int i: return PyInt.FromLong(i);
            case long l: return PyInt.FromLong(l);
            case string s: return PyStr.From(s);
            case double d: return new PyFloat(d);
            case float f: return new PyFloat(f);
            case byte u8: return PyInt.FromLong(u8);
            case sbyte i8: return PyInt.FromLong(i8);
            case short i16: return PyInt.FromLong(i16);
            case ushort u16: return PyInt.FromLong(u16);
            case uint u32: return PyInt.FromLong(u32);
            case ulong u64: return u64 <= long.MaxValue ? PyInt.FromLong((long)u64) : PyInt.FromBig(u64);
            case nint n: return PyInt.FromLong(n);
            case nuint nu: return PyInt.FromBig(nu);
            case BigInteger big: return PyInt.FromBig(big);
            case decimal m: return new PyFloat((double)m);
            case char c: return PyStr.From(c.ToString());
            case Complex z: return new PyComplex(z.Real, z.Imaginary);
            case byte[] bytes: return new PyBytes((byte[])bytes.Clone());
            case IDictionary dictionary:
            {
                converting ??= new Dictionary<object, PyObject>(ReferenceEqualityComparer.Instance);
                if (converting.TryGetValue(dictionary, out var done)) return done;
                var dict = new PyDict();
                converting[dictionary] = dict;
                foreach (DictionaryEntry entry in dictionary) dict.SetItem(Convert(entry.Key, converting), Convert(entry.Value, converting));
                return dict;
            }
            case IList list:
            {
                converting ??= new Dictionary<object, PyObject>(ReferenceEqualityComparer.Instance);
                if (converting.TryGetValue(list, out var done)) return done;
                var copy = new PyList(list.Count);
                converting[list] = copy;
                for (int i = 0; i < list.Count; i++) copy.Append(Convert(list[i], converting));
                return copy;
            }
            case System.Reflection.MemberInfo or System.Reflection.Assembly or System.Reflection.Module or System.Reflection.ParameterInfo:
                // Reflection reaches every type in the process, not just the objects the host handed in:
                // the one rule for values entering Python, whether returned directly or inside a collection.
                throw PyExc.TypeError("reflection objects are not available to Python");
            default: return new ClrObject(value);
        }
    }

    /// <summary>The natural .NET value of a Python object (see the class remarks).</summary>
    public static object? ToClr(PyObject value)
    {
        switch (value)
        {
            case PyNone: return null;
            case PyInt { IsBool: true } b: return !b.IsZero;
            case PyInt i:
                if (i.IsSmall) return i.Small is >= int.MinValue and <= int.MaxValue ? (object)(int)i.Small : i.Small;
                return i.Big;
            case PyFloat f: return f.Value;
            case PyStr s: return s.Value;
            case PyBytes b: return (byte[])b.Value.Clone();
            case PyComplex z: return new Complex(z.Real, z.Imag);
            case ClrObject clr: return clr.Target;
            default: return value;
        }
    }

    /// <summary>Converts <paramref name="value"/> to <typeparamref name="T"/>; a Python TypeError (as <see cref="PythonException"/>) when it cannot.</summary>
    public static T ConvertTo<T>(PyObject value) => (T)ConvertTo(value, typeof(T))!;

    /// <summary>Converts <paramref name="value"/> to <paramref name="target"/>; a Python TypeError or OverflowError when it cannot.</summary>
    public static object? ConvertTo(PyObject value, Type target)
    {
        if (TryConvert(value, target, out var result, out var overflow)) return result;
        if (overflow) throw PyExc.OverflowError($"Python int too large to convert to {target.Name}");
        throw PyExc.TypeError($"cannot convert '{value.Type.Name}' object to {DisplayName(target)}");
    }

    /// <summary>Converts <paramref name="value"/> to <paramref name="target"/>, or returns false without raising.</summary>
    public static bool TryConvertTo(PyObject value, Type target, out object? result)
    {
        try
        {
            return TryConvert(value, target, out result, out _);
        }
        catch (PythonException)
        {
            // An element of a container did not convert.
            result = null;
            return false;
        }
    }

    /// <summary>Converts <paramref name="value"/> to <typeparamref name="T"/>, or returns false without raising.</summary>
    public static bool TryConvertTo<T>(PyObject value, out T result)
    {
        if (TryConvertTo(value, typeof(T), out var boxed))
        {
            result = (T)boxed!;
            return true;
        }
        result = default!;
        return false;
    }

    private static bool TryConvert(PyObject value, Type target, out object? result, out bool overflow)
    {
        overflow = false;
        result = null;
        if (target == typeof(object))
        {
            result = ToClr(value);
            return true;
        }
        if (target.IsInstanceOfType(value))
        {
            result = value;
            return true;
        }
        if (value is ClrObject clr && target.IsInstanceOfType(clr.Target))
        {
            result = clr.Target;
            return true;
        }
        if (value is PyNone)
            return !target.IsValueType || Nullable.GetUnderlyingType(target) is not null;
        if (Nullable.GetUnderlyingType(target) is { } underlying) return TryConvert(value, underlying, out result, out overflow);
        if (target.IsEnum)
        {
            if (value is not PyInt { IsBool: false } e) return false;
            var raw = ConvertInteger(e, Enum.GetUnderlyingType(target), out overflow);
            if (raw is null) return false;
            result = Enum.ToObject(target, raw);
            return true;
        }
        switch (Type.GetTypeCode(target))
        {
            case TypeCode.Boolean:
                if (value is not PyInt { IsBool: true } flag) return false;
                result = !flag.IsZero;
                return true;
            case TypeCode.String:
                if (value is not PyStr str) return false;
                result = str.Value;
                return true;
            case TypeCode.Char:
                if (value is not PyStr { Value.Length: 1 } ch) return false;
                result = ch.Value[0];
                return true;
            case TypeCode.Double:
            case TypeCode.Single:
            case TypeCode.Decimal:
            {
                double d;
                if (value is PyFloat pf) d = pf.Value;
                else if (value is PyInt pi) d = (double)pi.Big;
                else return false;
                if (target == typeof(double)) result = d;
                else if (target == typeof(float)) result = (float)d;
                else
                {
                    if (double.IsNaN(d) || double.IsInfinity(d) || Math.Abs(d) > (double)decimal.MaxValue)
                    {
                        overflow = true;
                        return false;
                    }
                    result = value is PyInt exact && exact.IsSmall ? exact.Small : (decimal)d;
                }
                return true;
            }
            case TypeCode.SByte or TypeCode.Byte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32
                or TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64:
                if (value is not PyInt integer) return false;
                result = ConvertInteger(integer, target, out overflow);
                return result is not null;
        }
        if (target == typeof(BigInteger))
        {
            if (value is not PyInt big) return false;
            result = big.Big;
            return true;
        }
        if (target == typeof(Complex))
        {
            result = value switch
            {
                PyComplex z => new Complex(z.Real, z.Imag),
                PyFloat f => new Complex(f.Value, 0),
                PyInt i => new Complex((double)i.Big, 0),
                _ => null,
            };
            return result is not null;
        }
        if (target == typeof(byte[]))
        {
            if (value is not PyBytes bytes) return false;
            result = bytes.Value.Clone();
            return true;
        }
        if (typeof(Delegate).IsAssignableFrom(target))
        {
            if (!ObjectOperations.IsCallableObject(value)) return false;
            result = DelegateFactory.Create(value, target, ThreadState.Current.Context);
            return true;
        }
        if (target.IsArray && target.GetArrayRank() == 1) return TryConvertArray(value, target.GetElementType()!, out result);
        if (target.IsGenericType) return TryConvertGeneric(value, target, out result);
        if (target == typeof(IList) || target == typeof(ICollection) || target == typeof(IEnumerable) || target == typeof(ArrayList))
        {
            if (!IsSequence(value)) return false;
            var list = new ArrayList();
            foreach (var item in Items(value)) list.Add(ToClr(item));
            result = list;
            return true;
        }
        if (target == typeof(IDictionary) || target == typeof(Hashtable))
        {
            if (value is not PyDict dict) return false;
            var table = new Hashtable();
            foreach (var (k, v) in dict.Items) table[ToClr(k) ?? throw PyExc.TypeError("None cannot be a .NET dictionary key")] = ToClr(v);
            result = table;
            return true;
        }
        return false;
    }

    private static bool TryConvertArray(PyObject value, Type elementType, out object? result)
    {
        result = null;
        if (!IsSequence(value)) return false;
        var items = Items(value);
        var array = Array.CreateInstance(elementType, items.Count);
        for (int i = 0; i < items.Count; i++) array.SetValue(ConvertTo(items[i], elementType), i);
        result = array;
        return true;
    }

    private static bool TryConvertGeneric(PyObject value, Type target, out object? result)
    {
        result = null;
        var definition = target.GetGenericTypeDefinition();
        var arguments = target.GetGenericArguments();
        if (definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(ICollection<>)
            || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>))
        {
            if (!IsSequence(value) && value is not PySet) return false;
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(arguments[0]))!;
            foreach (var item in Items(value)) list.Add(ConvertTo(item, arguments[0]));
            result = list;
            return true;
        }
        if (definition == typeof(HashSet<>) || definition == typeof(ISet<>) || definition == typeof(IReadOnlySet<>))
        {
            if (!IsSequence(value) && value is not PySet) return false;
            var set = Activator.CreateInstance(typeof(HashSet<>).MakeGenericType(arguments[0]))!;
            var add = set.GetType().GetMethod("Add")!;
            foreach (var item in Items(value)) add.Invoke(set, [ConvertTo(item, arguments[0])]);
            result = set;
            return true;
        }
        if (definition == typeof(Dictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>))
        {
            if (value is not PyDict dict) return false;
            var map = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(arguments))!;
            foreach (var (k, v) in dict.Items)
                map[ConvertTo(k, arguments[0]) ?? throw PyExc.TypeError("None cannot be a .NET dictionary key")] = ConvertTo(v, arguments[1]);
            result = map;
            return true;
        }
        return false;
    }

    private static object? ConvertInteger(PyInt value, Type target, out bool overflow)
    {
        overflow = false;
        var big = value.Big;
        object? result = Type.GetTypeCode(target) switch
        {
            TypeCode.SByte when big >= sbyte.MinValue && big <= sbyte.MaxValue => (sbyte)big,
            TypeCode.Byte when big >= byte.MinValue && big <= byte.MaxValue => (byte)big,
            TypeCode.Int16 when big >= short.MinValue && big <= short.MaxValue => (short)big,
            TypeCode.UInt16 when big >= ushort.MinValue && big <= ushort.MaxValue => (ushort)big,
            TypeCode.Int32 when big >= int.MinValue && big <= int.MaxValue => (int)big,
            TypeCode.UInt32 when big >= uint.MinValue && big <= uint.MaxValue => (uint)big,
            TypeCode.Int64 when big >= long.MinValue && big <= long.MaxValue => (long)big,
            TypeCode.UInt64 when big >= ulong.MinValue && big <= ulong.MaxValue => (ulong)big,
            _ => null,
        };
        overflow = result is null;
        return result;
    }

    private static bool IsSequence(PyObject value) => value is PyList or PyTuple;

    private static List<PyObject> Items(PyObject value)
    {
        var items = new List<PyObject>();
        var iterator = PyOps.GetIter(value);
        while (PyOps.TryNext(iterator, out var item)) items.Add(item);
        return items;
    }

    private static string DisplayName(Type type)
    {
        if (!type.IsGenericType) return type.Name;
        string name = type.Name[..type.Name.IndexOf('`')];
        return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(DisplayName))}>";
    }
}
