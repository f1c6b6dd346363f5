using System.Reflection;
using Warden.Objects;
using Warden.Runtime;

namespace Warden.Hosting;

/// <summary>
/// The single door from Python into host (.NET) code: every property or field read and write and
/// every method or delegate call that Python makes on a host object is performed here
/// (DESIGN.md invariant 2). Restricted mode will consult its policy at the top of
/// <see cref="Invoke"/>. .NET exceptions thrown by the host become Python exceptions (the original
/// is kept as the <see cref="Exception.InnerException"/> of the <see cref="PythonException"/>).
/// </summary>
public static class ClrBridge
{
    /// <summary>Performs <paramref name="member"/> on <paramref name="target"/> with already converted <paramref name="arguments"/>.</summary>
    public static object? Invoke(ClrMember member, object? target, object?[] arguments)
    {
        try
        {
            switch (member.Member, member.Access)
            {
                case (PropertyInfo property, ClrAccess.Get):
                    return property.GetValue(target, arguments.Length == 0 ? null : arguments);
                case (PropertyInfo property, ClrAccess.Set):
                    property.SetValue(target, arguments[^1], arguments.Length == 1 ? null : arguments[..^1]);
                    return null;
                case (FieldInfo field, ClrAccess.Get):
                    return field.GetValue(target);
                case (FieldInfo field, ClrAccess.Set):
                    field.SetValue(target, arguments[0]);
                    return null;
                case (MethodInfo method, ClrAccess.Call):
                    return method.Invoke(target, arguments);
                default:
                    throw PyExc.TypeError($"unsupported access to {member}");
            }
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw Translate(e.InnerException);
        }
        catch (Exception e) when (e is not PythonException && e is not TargetInvocationException)
        {
            throw Translate(e);
        }
    }

    /// <summary>The Python exception a host exception becomes (a <see cref="PythonException"/> stays itself).</summary>
    internal static PythonException Translate(Exception error)
    {
        if (error is PythonException python) return python;
        var type = error switch
        {
            KeyNotFoundException => TypeObjects.KeyError,
            IndexOutOfRangeException or ArgumentOutOfRangeException => TypeObjects.IndexError,
            ArgumentException or FormatException => TypeObjects.ValueError,
            InvalidCastException => TypeObjects.TypeError,
            DivideByZeroException => TypeObjects.ZeroDivisionError,
            OverflowException => TypeObjects.OverflowError,
            NotImplementedException or NotSupportedException => TypeObjects.NotImplementedError,
            OutOfMemoryException => TypeObjects.MemoryError,
            FileNotFoundException or DirectoryNotFoundException => TypeObjects.ExceptionByName("FileNotFoundError"),
            UnauthorizedAccessException => TypeObjects.ExceptionByName("PermissionError"),
            IOException => TypeObjects.OSError,
            TimeoutException => TypeObjects.ExceptionByName("TimeoutError"),
            _ => TypeObjects.RuntimeError,
        };
        string message = type == TypeObjects.RuntimeError ? $"{error.GetType().FullName}: {error.Message}" : error.Message;
        var exception = type == TypeObjects.KeyError
            ? new PyBaseException(type, PyStr.From(message))
            : PyExc.Create(type, message).Exception;
        return new PythonException(exception, error);
    }
}
