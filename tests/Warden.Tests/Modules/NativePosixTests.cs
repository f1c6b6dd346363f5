using Warden.Tests.Runtime;
using NUnit.Framework;

namespace Warden.Tests.Modules;

/// <summary>The native <c>posix</c> module; expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class NativePosixTests
{
    /// <summary>os-level descriptors, stat results and directory listing.</summary>
    [Test]
    public void FilesAndDescriptors()
    {
        const string source = """
            import posix
            d = "/tmp/warden_posix_test_%d" % posix.getpid()
            posix.mkdir(d)
            fd = posix.open(d + "/f.bin", posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
            print(posix.write(fd, b"hello"), posix.lseek(fd, 0, 1))
            posix.close(fd)
            st = posix.stat(d + "/f.bin")
            print(type(st).__name__, st.st_size, st[6], len(st), oct(st.st_mode & 0o777), st.st_mtime_ns // 10**9 == st[8])
            fd = posix.open(d + "/f.bin", posix.O_RDONLY)
            print(posix.read(fd, 3), posix.read(fd, 10), posix.read(fd, 10), posix.fstat(fd).st_size)
            posix.close(fd)
            posix.rename(d + "/f.bin", d + "/g.bin")
            print(posix.listdir(d), posix.listdir(d.encode()))
            with posix.scandir(d) as it:
                for e in it:
                    print(e, e.name, e.is_file(), e.is_dir(), e.stat().st_size, e.path == d + "/g.bin")
            posix.unlink(d + "/g.bin")
            posix.rmdir(d)
            print(posix.access(d, posix.F_OK))
            """;
        Assert.That(PythonRunner.Output(source + "\n"), Is.EqualTo("5 5\nstat_result 5 5 10 0o644 True\nb'hel' b'lo' b'' 5\n['g.bin'] [b'g.bin']\n<DirEntry 'g.bin'> g.bin True False 5 True\nFalse\n"));
    }

    /// <summary>Failures raise the OSError subclass for the errno with the system's message.</summary>
    [Test]
    public void ErrorsCarryErrnoAndFilenames()
    {
        const string source = """
            import posix
            for call in (lambda: posix.stat("/nonexistent/x"), lambda: posix.mkdir("/"), lambda: posix.rename("/nonexistent", "/tmp/zz"),
                         lambda: posix.close(9999), lambda: posix.listdir("/nonexistent")):
                try:
                    call()
                except OSError as e:
                    print(type(e).__name__, e.errno, e)
            try:
                posix.stat(1.5)
            except TypeError as e:
                print(e)
            """;
        Assert.That(PythonRunner.Output(source + "\n"), Is.EqualTo("FileNotFoundError 2 [Errno 2] No such file or directory: '/nonexistent/x'\nFileExistsError 17 [Errno 17] File exists: '/'\nFileNotFoundError 2 [Errno 2] No such file or directory: '/nonexistent' -> '/tmp/zz'\nOSError 9 [Errno 9] Bad file descriptor\nFileNotFoundError 2 [Errno 2] No such file or directory: '/nonexistent'\nstat: path should be string, bytes, os.PathLike or integer, not float\n"));
    }

    /// <summary>Environment, strerror, fspath, urandom and struct types.</summary>
    [Test]
    public void ProcessFacts()
    {
        const string source = """
            import posix
            print(type(posix.environ).__name__, all(type(k) is bytes for k in posix.environ), posix.strerror(2), posix.fspath("p"))
            print(len(posix.urandom(7)), posix.getpid() > 0, posix.cpu_count() > 0, posix.terminal_size((80, 24)))
            print(posix.waitstatus_to_exitcode(3 << 8), posix.getcwd() == posix.getcwdb().decode())
            class P:
                def __fspath__(self):
                    return "q"
            print(posix.fspath(P()))
            try:
                posix.fspath(1)
            except TypeError as e:
                print(e)
            """;
        Assert.That(PythonRunner.Output(source + "\n"), Is.EqualTo("dict True No such file or directory p\n7 True True os.terminal_size(columns=80, lines=24)\n3 True\nq\nexpected str, bytes or os.PathLike object, not int\n"));
    }
}
