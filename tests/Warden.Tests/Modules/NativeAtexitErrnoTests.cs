using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Modules;

/// <summary>The native <c>atexit</c> and <c>errno</c> modules. Expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class NativeAtexitErrnoTests
{
    /// <summary>Callbacks run last-registered first after the program; unregister removes every registration.</summary>
    [Test]
    public void AtexitRunsInReverseAfterMain()
    {
        const string source = """
            import atexit
            def bye(name, punct="!"):
                print("bye", name, punct)
            atexit.register(bye, "first")
            atexit.register(bye, "second", punct="?")
            class Boom:
                def __call__(self): 1 / 0
                def __repr__(self): return 'Boom()'
            atexit.register(Boom())
            atexit.register(bye, "removed")
            atexit.unregister(bye)
            atexit.register(bye, "kept")
            print("main done")
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo("main done\nbye kept !\nException ignored in atexit callback: Boom()\nTraceback (most recent call last):\n  File \"<string>\", line 7, in __call__\nZeroDivisionError: division by zero\n"));
    }

    /// <summary>Numbers and errorcode on Linux.</summary>
    [Test]
    public void ErrnoNames()
    {
        const string source = """
            import errno
            print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK, errno.errorcode[11], errno.errorcode[errno.ENOENT])
            print(len([k for k in dir(errno) if k.startswith('E')]), errno.errorcode[95], errno.errorcode[35])
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo("2 13 17 11 11 EAGAIN ENOENT\n133 ENOTSUP EDEADLOCK\n"));
    }
}
