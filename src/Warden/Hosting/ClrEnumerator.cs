using System.Collections;
using Warden.Objects;
using Warden.Runtime;

namespace Warden.Hosting;

/// <summary>The Python iterator over a host <see cref="IEnumerable"/>; items are converted as they are produced.</summary>
internal sealed class ClrEnumerator : PyObject
{
    private static readonly PyType s_type = CreateType();
    private readonly IEnumerator _enumerator;

    public ClrEnumerator(IEnumerator enumerator) => _enumerator = enumerator;

    public override PyType Type => s_type;

    private static PyType CreateType()
    {
        var type = new PyType("clr_iterator", [TypeObjects.Object], TypeObjects.TypeType) { IsFinal = true };
        type.Dict.SetStr("__module__", PyStr.From("clr"));
        type.AddMethod("__iter__", (args, kw) => args[0]);
        type.AddMethod("__next__", (args, kw) =>
        {
            var self = (ClrEnumerator)args[0];
            bool more = (bool)ClrBridge.Invoke(ClrMember.EnumeratorMoveNext, self._enumerator, [])!;
            if (!more) throw PyExc.StopIteration(null);
            return Conversions.ToPython(ClrBridge.Invoke(ClrMember.EnumeratorCurrent, self._enumerator, []));
        });
        return type;
    }
}
