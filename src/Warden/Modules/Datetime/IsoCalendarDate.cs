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

    public static PyObject Create(int year, int week, int weekday) => Create(IsoCalendarDateType, year, week, weekday);

    private static PyObject Create(PyType type, int year, int week, int weekday)
    {
        var values = PyTuple.Create(PyInt.FromLong(year), PyInt.FromLong(week), PyInt.FromLong(weekday));
        var tupleNew = PyOps.GetAttr(TypeObjects.Tuple, PyStr.From("__new__"));
        return PyOps.Call(tupleNew, [type, values], null);
    }

    private static PyTuple Values(PyObject self, string attribute)
        => self.Type.IsSubtypeOf(IsoCalendarDateType) && PyOps.Unwrap(self) is PyTuple values ? values
            : throw PyExc.TypeError($"descriptor '{attribute}' for 'datetime.IsoCalendarDate' objects doesn't apply to a '{self.Type.NativeName}' object");

    private static PyType CreateType()
    {
        var t = new PyType("IsoCalendarDate", [TypeObjects.Tuple], TypeObjects.TypeType);
        t.Dict.SetStr("__module__", PyStr.From("datetime"));
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            if (args.Length < 1 || args[0] is not PyType cls || !cls.IsSubtypeOf(t))
                throw PyExc.TypeError("IsoCalendarDate.__new__(X): X is not a subtype of datetime.IsoCalendarDate");
            var a = ClinicArgs.Parse(args[1..], kw, "IsoCalendarDate", ["year", "week", "weekday"], 3);
            return Create(cls, DatetimeArgs.ToInt(a[0]!), DatetimeArgs.ToInt(a[1]!), DatetimeArgs.ToInt(a[2]!));
        })));
        t.AddGetter("year", self => Values(self, "year").Items[0]);
        t.AddGetter("week", self => Values(self, "week").Items[1]);
        t.AddGetter("weekday", self => Values(self, "weekday").Items[2]);
        t.AddMethod("__repr__", (args, kw) =>
        {
            var v = Values(args[0], "__repr__").Items;
            return PyStr.From($"{args[0].Type.NativeName}(year={PyOps.Repr(v[0])}, week={PyOps.Repr(v[1])}, weekday={PyOps.Repr(v[2])})");
        });
        t.AddMethod("__reduce__", (args, kw) => PyTuple.Create(TypeObjects.Tuple, PyTuple.Create(Values(args[0], "__reduce__"))));
        return t;
    }
}
