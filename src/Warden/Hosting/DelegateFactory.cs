using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Hosting;

/// <summary>
/// Turns a Python callable into a .NET delegate of any delegate type (<c>Func&lt;int, int&gt;</c>,
/// <c>Action&lt;string&gt;</c>, <c>EventHandler</c>, ...). The delegate converts its arguments to
/// Python, calls the callable in the interpreter it came from (on whichever thread invokes it) and
/// converts the result to the delegate's return type; a Python exception reaches the caller as a
/// <see cref="PythonException"/>.
/// </summary>
internal static class DelegateFactory
{
    /// <summary>Per delegate type: a compiled function from the call target to a delegate of that type.</summary>
    private static readonly ConcurrentDictionary<Type, Func<PythonCallTarget, Delegate>> s_factories = new();

    public static Delegate Create(PyObject callable, Type delegateType, PythonContext context)
        => s_factories.GetOrAdd(delegateType, BuildFactory)(new PythonCallTarget(callable, context));

    private static Func<PythonCallTarget, Delegate> BuildFactory(Type delegateType)
    {
        var invoke = delegateType.GetMethod("Invoke") ?? throw PyExc.TypeError($"{delegateType.Name} is not a delegate type");
        var parameterInfos = invoke.GetParameters();
        if (parameterInfos.Any(p => p.ParameterType.IsByRef))
            throw PyExc.TypeError($"cannot convert a Python callable to {delegateType.Name}: ref and out parameters are not supported");
        var target = Expression.Parameter(typeof(PythonCallTarget), "target");
        var parameters = parameterInfos.Select(p => Expression.Parameter(p.ParameterType, p.Name)).ToArray();
        var arguments = Expression.NewArrayInit(typeof(object), parameters.Select(p => Expression.Convert(p, typeof(object))));
        var call = Expression.Call(target, PythonCallTarget.InvokeMethod, arguments, Expression.Constant(invoke.ReturnType, typeof(Type)));
        Expression body = invoke.ReturnType == typeof(void) ? call : Expression.Convert(call, invoke.ReturnType);
        var inner = Expression.Lambda(delegateType, body, parameters);
        return Expression.Lambda<Func<PythonCallTarget, Delegate>>(Expression.Convert(inner, typeof(Delegate)), target).Compile();
    }
}

/// <summary>A Python callable with the interpreter it belongs to: what a converted delegate calls.</summary>
internal sealed class PythonCallTarget
{
    public static readonly MethodInfo InvokeMethod = typeof(PythonCallTarget).GetMethod(nameof(Invoke))!;

    private readonly PyObject _callable;
    private readonly PythonContext _context;

    public PythonCallTarget(PyObject callable, PythonContext context)
    {
        _callable = callable;
        _context = context;
    }

    public object? Invoke(object?[] arguments, Type returnType)
    {
        using var scope = ThreadState.Current.Enter(_context);
        var pythonArguments = new PyObject[arguments.Length];
        for (int i = 0; i < arguments.Length; i++) pythonArguments[i] = Conversions.ToPython(arguments[i]);
        var result = PyOps.Call(_callable, pythonArguments, null);
        return returnType == typeof(void) ? null : Conversions.ConvertTo(result, returnType);
    }
}
