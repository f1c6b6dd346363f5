using Warden.Objects;

namespace Warden.Modules.Datetime;

/// <summary>
/// <c>_datetime.datetime_CAPI</c>: CPython exports its C API as a capsule. Warden has no C
/// extensions to hand it to, so this is an opaque object that only answers to repr, present so
/// that <c>dir(datetime)</c> and <c>from _datetime import *</c> see the same names as CPython.
/// </summary>
internal sealed class DatetimeCapsule : PyObject
{
    private static readonly PyType s_capsuleType = CreateType();

    public static readonly DatetimeCapsule Instance = new();

    public override PyType Type => s_capsuleType;

    private static PyType CreateType()
    {
        var t = new PyType("PyCapsule", [TypeObjects.Object], TypeObjects.TypeType) { IsFinal = true };
        t.AddMethod("__repr__", (args, kw) => PyStr.From($"<capsule object \"datetime.datetime_CAPI\" at 0x{PyOps.Id(args[0]):x}>"));
        return t;
    }
}
