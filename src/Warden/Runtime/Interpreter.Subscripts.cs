using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Warden.Objects;

namespace Warden.Runtime;

public static partial class Interpreter
{
    /// <summary>
    /// <c>container[key]</c> for a list or tuple and an in-range machine-sized int, and for a plain
    /// dict holding the key; null when the general protocol must decide (and raise).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? SubscriptFast(PyObject container, PyObject key)
    {
        if (key is PyInt ik && ik.IsSmall)
        {
            long i = ik.Small;
            if (container is PyList list)
            {
                if (i < 0) i += list.Count;
                if ((ulong)i < (ulong)list.Count) return list.Items[i];
            }
            else if (container is PyTuple tuple)
            {
                var items = tuple.Items;
                if (i < 0) i += items.Length;
                if ((ulong)i < (ulong)items.Length) return items[i];
            }
        }
        else if (container is PyDict dict && !dict.Type.IsHeapType && dict.TryGetValue(key, out var found)) return found;
        return null;
    }

    /// <summary><c>container[key] = value</c> for a list and an in-range machine-sized int; false when the general protocol must decide.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool StoreSubscriptFast(PyObject container, PyObject key, PyObject value)
    {
        if (container is PyList list && key is PyInt ik && ik.IsSmall)
        {
            long i = ik.Small;
            if (i < 0) i += list.Count;
            var items = list.Items;
            if ((ulong)i < (ulong)list.Count && items.GetType() == typeof(PyObject[]))
            {
                // Through a ref: an exact PyObject[] needs no covariant store check.
                Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(items), (nint)i) = value;
                return true;
            }
        }
        return false;
    }
}
