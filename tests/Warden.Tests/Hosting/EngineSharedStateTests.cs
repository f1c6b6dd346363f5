using NUnit.Framework;
using Warden.Hosting;
using Warden.Runtime;

namespace Warden.Tests.Hosting;

/// <summary>
/// State that native modules keep is per engine: one engine changes it, the other looks for the
/// change every way it can and must not see it. Objects both engines can reach (builtin types
/// and functions, objects the host passes to both) are the usual side door, so they are the referents.
/// </summary>
[TestFixture]
public class EngineSharedStateTests
{
    [Test]
    public void WeakrefsToASharedBuiltinAreInvisibleToAnotherEngine()
    {
        var a = Python.CreateEngine();
        var b = Python.CreateEngine();
        var scopeA = a.CreateScope();
        a.Execute("import _weakref\nhooks = [_weakref.ref(int, print), _weakref.ref(len, print), _weakref.ref(object.__init__, print)]", scopeA);
        Assert.That(a.Execute("_weakref.getweakrefcount(int)", scopeA), Is.EqualTo(1));
        Assert.That(b.Execute("__import__('_weakref').getweakrefcount(int)"), Is.EqualTo(0));
        Assert.That(b.Execute("len(__import__('_weakref').getweakrefs(int))"), Is.EqualTo(0));
        Assert.That(b.Execute("__import__('_weakref').getweakrefcount(object.__init__)"), Is.EqualTo(0));
        Assert.That(b.Execute("__import__('weakref').getweakrefs(int) == []"), Is.EqualTo(true));
    }

    [Test]
    public void CallbackLessRefsAreNotReusedAcrossEngines()
    {
        var a = Python.CreateEngine();
        var b = Python.CreateEngine();
        object? fromA = a.Execute("__import__('_weakref').ref(int)");
        object? fromB = b.Execute("__import__('_weakref').ref(int)");
        object? againA = a.Execute("__import__('_weakref').ref(int)");
        Assert.That(ReferenceEquals(fromA, againA), Is.True, "CPython reuses a callback-less ref within one interpreter");
        Assert.That(ReferenceEquals(fromA, fromB), Is.False);
    }

    [Test]
    public void ACallbackRunsOnlyInTheCollectionOfTheEngineThatRegisteredIt()
    {
        var a = Python.CreateEngine();
        var b = Python.CreateEngine();
        var scopeA = a.CreateScope();
        var scopeB = b.CreateScope();
        a.Execute("import gc\nfired = []", scopeA);
        b.Execute("import gc, _weakref\nfired = []\ndef watch(obj):\n    global keep\n    keep = _weakref.ref(obj, lambda r: fired.append('b'))", scopeB);
        MakeSharedObjectWatchedByB(a, b, scopeB);
        a.Execute("gc.collect()", scopeA);
        Assert.That(b.Execute("len(fired)", scopeB), Is.EqualTo(0), "engine A's collection ran engine B's callback");
        b.Execute("gc.collect()", scopeB);
        Assert.That(b.Execute("fired == ['b']", scopeB), Is.EqualTo(true));
    }

    // A separate method so that no local of the test keeps the shared object alive.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void MakeSharedObjectWatchedByB(ScriptEngine a, ScriptEngine b, ScriptScope scopeB)
    {
        object? shared = a.Execute("type('Made', (), {})()");
        b.Operations.Invoke(scopeB.GetVariable("watch")!, shared);
    }

    [Test]
    public void GcEnabledFlagIsPerEngine()
    {
        var a = Python.CreateEngine();
        var b = Python.CreateEngine();
        a.Execute("__import__('gc').disable()");
        Assert.That(a.Execute("__import__('gc').isenabled()"), Is.EqualTo(false));
        Assert.That(b.Execute("__import__('gc').isenabled()"), Is.EqualTo(true));
    }

    [Test]
    public void ThreadCountIsPerEngine()
    {
        var a = Python.CreateEngine();
        var b = Python.CreateEngine();
        var scopeA = a.CreateScope();
        a.Execute("import _thread\ngate = _thread.allocate_lock()\ngate.acquire()\nstarted = _thread.allocate_lock()\nstarted.acquire()\n"
            + "def work():\n    started.release()\n    gate.acquire()\n_thread.start_new_thread(work, ())\nstarted.acquire()", scopeA);
        try
        {
            Assert.That(a.Execute("_thread._count()", scopeA), Is.EqualTo(1));
            Assert.That(b.Execute("__import__('_thread')._count()"), Is.EqualTo(0));
        }
        finally
        {
            a.Execute("gate.release()", scopeA);
        }
    }

    [Test]
    public void CodecSearchFunctionsArePerEngine()
    {
        var a = Python.CreateEngine();
        var b = Python.CreateEngine();
        a.Execute("import codecs\ndef search(name):\n    return codecs.lookup('utf-8') if name == 'secret_codec' else None\ncodecs.register(search)");
        Assert.That(a.Execute("__import__('codecs').lookup('secret_codec').name"), Is.EqualTo("utf-8"));
        var error = Assert.Throws<PythonException>(() => b.Execute("__import__('codecs').lookup('secret_codec')"))!;
        Assert.That(error.PythonTypeName, Is.EqualTo("LookupError"));
        Assert.That(b.Execute("'x'.encode('utf-8')"), Is.Not.Null);
    }

    [Test]
    public void CodecErrorHandlersArePerEngine()
    {
        var a = Python.CreateEngine();
        var b = Python.CreateEngine();
        a.Execute("import codecs\ncodecs.register_error('secret_handler', lambda e: ('?', e.end))");
        Assert.That(a.Execute("__import__('codecs').lookup_error('secret_handler').__name__"), Is.EqualTo("<lambda>"));
        var error = Assert.Throws<PythonException>(() => b.Execute("__import__('codecs').lookup_error('secret_handler')"))!;
        Assert.That(error.PythonTypeName, Is.EqualTo("LookupError"));
        Assert.That(b.Execute("__import__('codecs').lookup_error('strict') is not None"), Is.EqualTo(true));
    }

    [Test]
    public void SignalHandlersArePerEngine()
    {
        var a = Python.CreateEngine();
        var b = Python.CreateEngine();
        a.Execute("import signal\nsignal.signal(signal.SIGUSR1, lambda n, f: None)");
        Assert.That(a.Execute("__import__('signal').getsignal(__import__('signal').SIGUSR1).__name__"), Is.EqualTo("<lambda>"));
        Assert.That(b.Execute("__import__('signal').getsignal(__import__('signal').SIGUSR1) == __import__('signal').SIG_DFL"), Is.EqualTo(true));
    }

    [Test]
    public void LocaleIsPerEngine()
    {
        var a = Python.CreateEngine();
        var b = Python.CreateEngine();
        a.Execute("import _locale\n_locale.setlocale(_locale.LC_TIME, 'C.UTF-8')");
        Assert.That(a.Execute("__import__('_locale').setlocale(__import__('_locale').LC_TIME)"), Is.EqualTo("C.UTF-8"));
        Assert.That(b.Execute("__import__('_locale').setlocale(__import__('_locale').LC_TIME)"), Is.EqualTo("C"));
    }

    [Test]
    public void AtexitCallbacksArePerEngine()
    {
        var a = Python.CreateEngine();
        var b = Python.CreateEngine();
        a.Execute("import atexit\natexit.register(print, 'from a')");
        Assert.That(a.Execute("__import__('atexit')._ncallbacks()"), Is.EqualTo(1));
        Assert.That(b.Execute("__import__('atexit')._ncallbacks()"), Is.EqualTo(0));
    }

    [Test]
    public void RandomStateIsPerEngine()
    {
        var a = Python.CreateEngine();
        var b = Python.CreateEngine();
        var reference = Python.CreateEngine();
        reference.Execute("import random\nrandom.seed(5)\nrandom.random()");
        object? expected = reference.Execute("__import__('random').random()");
        b.Execute("import random\nrandom.seed(5)\nrandom.random()");
        a.Execute("import random\nrandom.seed(5)\nfor _ in range(10): random.random()");
        Assert.That(b.Execute("__import__('random').random()"), Is.EqualTo(expected));
    }

    [Test]
    public void WarningFiltersArePerEngine()
    {
        var a = Python.CreateEngine();
        var b = Python.CreateEngine();
        object? before = b.Execute("len(__import__('warnings').filters)");
        a.Execute("import warnings\nwarnings.simplefilter('error')");
        Assert.That(a.Execute("__import__('warnings').filters[0][0]"), Is.EqualTo("error"));
        Assert.That(b.Execute("len(__import__('warnings').filters)"), Is.EqualTo(before));
        Assert.That(b.Execute("__import__('warnings').filters[0][0] != 'error' or len(__import__('warnings').filters) == 0"), Is.EqualTo(true));
    }

    [Test]
    public void ImportCachesArePerEngine()
    {
        var a = Python.CreateEngine();
        var b = Python.CreateEngine();
        a.Execute("import sys\nsys.path_importer_cache['/nowhere/secret'] = None\nsys.meta_path.append(object())");
        Assert.That(b.Execute("'/nowhere/secret' in __import__('sys').path_importer_cache"), Is.EqualTo(false));
        Assert.That(a.Execute("len(__import__('sys').meta_path) - 1"), Is.EqualTo(b.Execute("len(__import__('sys').meta_path)")));
    }

    [Test]
    public void ModuleTypesSharedByEnginesCannotCarryState()
    {
        var a = Python.CreateEngine();
        var b = Python.CreateEngine();
        foreach (string attempt in new[]
                 {
                     "import _thread\n_thread.LockType.evil = 1",
                     "import _thread\n_thread._local.evil = 1",
                     "import _weakref\n_weakref.ref.evil = 1",
                     "import time\ntime.struct_time.evil = 1",
                     "len.evil = 1",
                     "int.__add__.evil = 1",
                     "object.__init__.evil = 1",
                 })
        {
            Assert.Throws<PythonException>(() => a.Execute(attempt), attempt);
        }
        Assert.That(b.Execute("hasattr(__import__('_thread').LockType, 'evil') or hasattr(int.__add__, 'evil')"), Is.EqualTo(false));
    }
}
