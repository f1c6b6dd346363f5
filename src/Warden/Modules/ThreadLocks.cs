using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules;

/// <summary>
/// <c>_thread.lock</c>: a non-reentrant lock any thread may release (a binary semaphore, as
/// CPython's). Acquisition honours CPython's <c>blocking</c>/<c>timeout</c> arguments.
/// </summary>
internal sealed class PyLock : PyObject
{
    internal static readonly PyType LockType = CreateType();
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public override PyType Type => LockType;

    public bool IsLocked => _semaphore.CurrentCount == 0;

    public bool Acquire(bool blocking, double timeout)
    {
        if (!blocking) return _semaphore.Wait(0);
        if (timeout < 0) { _semaphore.Wait(); return true; }
        return _semaphore.Wait(TimeSpan.FromSeconds(Math.Min(timeout, ThreadModule.TimeoutMax)));
    }

    public void Release()
    {
        if (_semaphore.CurrentCount != 0) throw PyExc.RuntimeError("release unlocked lock");
        _semaphore.Release();
    }

    /// <summary>Parses CPython's <c>acquire(blocking=True, timeout=-1)</c> arguments.</summary>
    internal static (bool Blocking, double Timeout) AcquireArguments(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = Args.Parse(args, kw, "acquire", ["self", "blocking", "timeout"], 1);
        bool blocking = a[1] is null || PyOps.IsTrue(a[1]!);
        double timeout = a[2] is null ? -1 : MathModule.ToDouble(a[2]!);
        if (!blocking && timeout != -1) throw PyExc.ValueError("can't specify a timeout for a non-blocking call");
        if (timeout < 0 && timeout != -1) throw PyExc.ValueError("timeout value must be positive");
        if (timeout > ThreadModule.TimeoutMax) throw PyExc.OverflowError("timeout value is too large");
        return (blocking, timeout);
    }

    private static PyType CreateType()
    {
        var t = new PyType("lock", [TypeObjects.Object], TypeObjects.TypeType) { IsFinal = true };
        t.Dict.SetStr("__module__", PyStr.From("_thread"));
        NativeFunction acquire = (args, kw) =>
        {
            var (blocking, timeout) = AcquireArguments(args, kw);
            return PyInt.FromBool(((PyLock)args[0]).Acquire(blocking, timeout));
        };
        NativeFunction release = (args, kw) =>
        {
            Args.Check(args, kw, "release", 0, 0, 1);
            ((PyLock)args[0]).Release();
            return PyNone.Instance;
        };
        NativeFunction locked = (args, kw) => PyInt.FromBool(((PyLock)args[0]).IsLocked);
        foreach (var name in new[] { "acquire", "acquire_lock", "__enter__" }) t.AddMethod(name, acquire);
        foreach (var name in new[] { "release", "release_lock" }) t.AddMethod(name, release);
        t.AddMethod("__exit__", (args, kw) =>
        {
            ((PyLock)args[0]).Release();
            return PyNone.Instance;
        });
        t.AddMethod("locked", locked);
        t.AddMethod("locked_lock", locked);
        t.AddMethod("_at_fork_reinit", (args, kw) =>
        {
            var self = (PyLock)args[0];
            if (self.IsLocked) self._semaphore.Release();
            return PyNone.Instance;
        });
        t.AddMethod("__repr__", (args, kw) =>
            PyStr.From($"<{(((PyLock)args[0]).IsLocked ? "locked" : "unlocked")} _thread.lock object at 0x{PyOps.Id(args[0]):x}>"));
        return t;
    }
}

/// <summary>
/// <c>_thread.RLock</c>: a reentrant lock owned by the thread that acquired it, with the
/// private helpers <c>threading.Condition</c> uses (<c>_is_owned</c>, <c>_release_save</c>, <c>_acquire_restore</c>).
/// </summary>
internal sealed class PyRLock : PyObject
{
    internal static readonly PyType RLockType = CreateType();
    private readonly SemaphoreSlim _semaphore = new(1, 1);
    private long _owner;
    private long _count;
    private readonly PyType _type;

    private PyRLock(PyType type) => _type = type;

    public override PyType Type => _type;

    private bool Acquire(bool blocking, double timeout)
    {
        long me = ThreadModule.CurrentIdent;
        if (_count > 0 && _owner == me)
        {
            _count++;
            return true;
        }
        bool got = !blocking ? _semaphore.Wait(0)
            : timeout < 0 ? WaitForever() : _semaphore.Wait(TimeSpan.FromSeconds(timeout));
        if (!got) return false;
        _owner = me;
        _count = 1;
        return true;
    }

    private bool WaitForever()
    {
        _semaphore.Wait();
        return true;
    }

    private void Release()
    {
        if (_count == 0 || _owner != ThreadModule.CurrentIdent) throw PyExc.RuntimeError("cannot release un-acquired lock");
        if (--_count > 0) return;
        _owner = 0;
        _semaphore.Release();
    }

    private static PyRLock Self(PyObject o) => (PyRLock)o;

    private static PyType CreateType()
    {
        var t = new PyType("RLock", [TypeObjects.Object], TypeObjects.TypeType);
        t.Dict.SetStr("__module__", PyStr.From("_thread"));
        t.InstanceFactory = type => new PyRLock(type);
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
            new PyRLock(args.Length > 0 && args[0] is PyType cls ? cls : RLockType))));
        NativeFunction acquire = (args, kw) =>
        {
            var (blocking, timeout) = PyLock.AcquireArguments(args, kw);
            return PyInt.FromBool(Self(args[0]).Acquire(blocking, timeout));
        };
        t.AddMethod("acquire", acquire);
        t.AddMethod("__enter__", acquire);
        t.AddMethod("release", (args, kw) =>
        {
            Args.Check(args, kw, "release", 0, 0, 1);
            Self(args[0]).Release();
            return PyNone.Instance;
        });
        t.AddMethod("__exit__", (args, kw) =>
        {
            Self(args[0]).Release();
            return PyNone.Instance;
        });
        t.AddMethod("_is_owned", (args, kw) =>
        {
            var self = Self(args[0]);
            return PyInt.FromBool(self._count > 0 && self._owner == ThreadModule.CurrentIdent);
        });
        t.AddMethod("_release_save", (args, kw) =>
        {
            var self = Self(args[0]);
            if (self._count == 0) throw PyExc.RuntimeError("cannot release un-acquired lock");
            var state = PyTuple.Create(PyInt.FromLong(self._count), PyInt.FromLong(self._owner));
            self._count = 0;
            self._owner = 0;
            self._semaphore.Release();
            return state;
        });
        t.AddMethod("_acquire_restore", (args, kw) =>
        {
            Args.Check(args, kw, "_acquire_restore", 1, 1, 1);
            var self = Self(args[0]);
            var state = args[1] as PyTuple ?? throw PyExc.TypeError("_acquire_restore() argument 1 must be tuple");
            self._semaphore.Wait();
            self._count = PyOps.AsIndex(state.Items[0]);
            self._owner = PyOps.AsIndex(state.Items[1]);
            return PyNone.Instance;
        });
        t.AddMethod("_at_fork_reinit", (args, kw) =>
        {
            var self = Self(args[0]);
            if (self._count > 0) self._semaphore.Release();
            self._count = 0;
            self._owner = 0;
            return PyNone.Instance;
        });
        t.AddMethod("__repr__", (args, kw) =>
        {
            var self = Self(args[0]);
            string type = self.Type == RLockType ? "_thread.RLock" : self.Type.Name;
            return PyStr.From($"<{(self._count > 0 ? "locked" : "unlocked")} {type} object owner={self._owner} count={self._count} at 0x{PyOps.Id(self):x}>");
        });
        return t;
    }
}

/// <summary>
/// <c>_thread._local</c>: attributes stored per thread. Each thread sees its own instance dict,
/// created empty the first time that thread touches the object.
/// </summary>
internal sealed class PyThreadLocal : PyObject
{
    internal static readonly PyType LocalType = CreateType();
    private readonly ThreadLocal<PyDict> _dicts = new(() => new PyDict());
    private readonly PyType _type;

    private PyThreadLocal(PyType type) => _type = type;

    public override PyType Type => _type;

    public override PyDict? InstanceDict => _dicts.Value;

    private static PyType CreateType()
    {
        var t = new PyType("_local", [TypeObjects.Object], TypeObjects.TypeType);
        t.Dict.SetStr("__module__", PyStr.From("_thread"));
        t.InstanceFactory = type => new PyThreadLocal(type);
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var cls = args.Length > 0 && args[0] is PyType c ? c : LocalType;
            if ((args.Length > 1 || (kw?.Length ?? 0) > 0) && ReferenceEquals(cls.Lookup("__init__"), TypeObjects.Object.Lookup("__init__")))
                throw PyExc.TypeError("Initialization arguments are not supported");
            return new PyThreadLocal(cls);
        })));
        return t;
    }
}
