using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules.Datetime;

/// <summary>
/// <c>datetime.IsoCalendarDate</c>: the (year, week, weekday) tuple subclass that
/// <c>isocalendar()</c> returns, with named fields; it pickles as a plain tuple.
/// </summary>
internal static class IsoCalendarDate
{
    internal static readonly PyType IsoCalendarDateType = CreateType();

    public static PyObject Create(int year, int week, int weekday)
    {
        var values = PyTuple.Create(PyInt.FromLong(year), PyInt.FromLong(week), PyInt.FromLong(weekday));
        var tupleNew = PyOps.GetAttr(TypeObjects.Tuple, PyStr.From("__new__"));
        return PyOps.Call(tupleNew, [IsoCalendarDateType, values], null);
    }

    private static PyTuple Values(PyObject self)
        => PyOps.Unwrap(self) as PyTuple ?? throw PyExc.TypeError("IsoCalendarDate expected");

    private static PyType CreateType()
    {
        var t = new PyType("IsoCalendarDate", [TypeObjects.Tuple], TypeObjects.TypeType);
        t.Dict.SetStr("__module__", PyStr.From("datetime"));
        t.AddGetter("year", self => Values(self).Items[0]);
        t.AddGetter("week", self => Values(self).Items[1]);
        t.AddGetter("weekday", self => Values(self).Items[2]);
        t.AddMethod("__repr__", (args, kw) =>
        {
            var v = Values(args[0]).Items;
            return PyStr.From($"{args[0].Type.NativeName}(year={PyOps.Repr(v[0])}, week={PyOps.Repr(v[1])}, weekday={PyOps.Repr(v[2])})");
        });
        t.AddMethod("__reduce__", (args, kw) => PyTuple.Create(TypeObjects.Tuple, PyTuple.Create(Values(args[0]))));
        return t;
    }
}
