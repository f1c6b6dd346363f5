using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Modules;

/// <summary>The native <c>_thread</c> module. Expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class NativeThreadTests
{
    /// <summary>Non-reentrant locks: blocking and non-blocking acquisition, with-statement, messages.</summary>
    [Test]
    public void LocksAcquireReleaseAndReport()
    {
        const string source = """
            import _thread
            lock = _thread.allocate_lock()
            print(type(lock).__name__, lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(True, 0.01))
            lock.release()
            print(lock.locked(), repr(lock).startswith('<unlocked _thread.lock object at 0x'))
            with lock:
                print(lock.locked())
            for bad in (lambda: lock.release(), lambda: lock.acquire(False, 1), lambda: lock.acquire(True, -2)):
                try:
                    bad()
                except Exception as e:
                    print(type(e).__name__, e)
            print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX, _thread.LockType is type(lock))
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo("lock True True False False\nFalse True\nTrue\nRuntimeError release unlocked lock\nValueError can't specify a timeout for a non-blocking call\nValueError timeout value must be positive\nTrue 9223372036.0 True\n"));
    }

    /// <summary>Reentrant locks count acquisitions by the owning thread.</summary>
    [Test]
    public void RLockIsReentrantPerThread()
    {
        const string source = """
            import _thread
            r = _thread.RLock()
            print(r.acquire(), r.acquire(), r._is_owned())
            print(repr(r).split(' owner=')[0], 'count=2' in repr(r))
            r.release(); r.release()
            print(r._is_owned(), repr(r).split(' at ')[0])
            try:
                r.release()
            except RuntimeError as e:
                print(e)
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo("True True True\n<locked _thread.RLock object True\nFalse <unlocked _thread.RLock object owner=0 count=0\ncannot release un-acquired lock\n"));
    }

    /// <summary>start_new_thread runs the function; its sentinel lock is released when it ends.</summary>
    [Test]
    public void ThreadsRunAndSentinelsRelease()
    {
        const string source = """
            import _thread
            done = _thread.allocate_lock()
            done.acquire()
            box = []
            def work(a, b=0):
                box.append(a + b)
                box.append(_thread.get_ident() != main)
                done.release()
            main = _thread.get_ident()
            ident = _thread.start_new_thread(work, (1,), {'b': 2})
            done.acquire()
            print(box, isinstance(ident, int))
            local = _thread._local()
            local.x = 1
            def other():
                box.append(hasattr(local, 'x'))
                done.release()
            _thread.start_new_thread(other, ())
            done.acquire()
            print(box[-1], local.x)
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo("[3, True] True\nFalse 1\n"));
    }
}
