using System.Security.Cryptography;
using System.Text;
using Warden.Modules.Io;
using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules.Posix;

/// <summary>
/// The <c>posix</c> module, the operating-system layer under CPython's <c>os.py</c>: files,
/// directories, descriptors, the environment and process facts. Unrestricted mode only; calls go
/// to the C library (<see cref="Libc"/>) so errno values, messages and stat fields are the system's.
/// </summary>
internal static class PosixModule
{
    // The three unnamed sequence items are the integer times; the float times and the rest are
    // attributes outside the tuple, as in CPython. A constructed stat_result without float times
    // reads them from the integer ones (CPython's statresult_new does the same).
    private static readonly StructSequence s_statResult = StructSequence.Define("os.stat_result",
        ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", null, null, null],
        ["st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"],
        completeConstructed: values =>
        {
            for (int i = 7; i <= 9; i++)
                if (values[i + 3] is PyNone) values[i + 3] = values[i];
        });

    private static readonly StructSequence s_terminalSize = StructSequence.Define("os.terminal_size", ["columns", "lines"]);

    private static readonly StructSequence s_unameResult =
        StructSequence.Define("posix.uname_result", ["sysname", "nodename", "release", "version", "machine"]);

    /// <summary>An <c>os.stat_result</c> from a C <c>stat</c> result.</summary>
    public static PyObject MakeStatResult(Libc.StatInfo s)
    {
        static PyObject I(long v) => PyInt.FromLong(v);
        static PyObject F(long sec, long nsec) => new PyFloat(sec + nsec * 1e-9);
        static PyObject Ns(long sec, long nsec) => PyInt.FromBig(new System.Numerics.BigInteger(sec) * 1_000_000_000 + nsec);
        return s_statResult.Create([
            I(s.Mode), PyInt.FromBig(s.Ino), PyInt.FromBig(s.Dev), PyInt.FromBig(s.NLink), I(s.Uid), I(s.Gid), I(s.Size),
            I(s.ATimeSec), I(s.MTimeSec), I(s.CTimeSec),
            F(s.ATimeSec, s.ATimeNsec), F(s.MTimeSec, s.MTimeNsec), F(s.CTimeSec, s.CTimeNsec),
            Ns(s.ATimeSec, s.ATimeNsec), Ns(s.MTimeSec, s.MTimeNsec), Ns(s.CTimeSec, s.CTimeNsec),
            I(s.BlkSize), I(s.Blocks), PyInt.FromBig(s.RDev),
        ]);
    }

    private static readonly (string Name, long Value)[] s_constants =
    [
        ("F_OK", 0), ("R_OK", 4), ("W_OK", 2), ("X_OK", 1),
        ("O_RDONLY", 0), ("O_WRONLY", 1), ("O_RDWR", 2), ("O_ACCMODE", 3), ("O_CREAT", 0x40), ("O_EXCL", 0x80),
        ("O_NOCTTY", 0x100), ("O_TRUNC", 0x200), ("O_APPEND", 0x400), ("O_NONBLOCK", 0x800), ("O_NDELAY", 0x800),
        ("O_DSYNC", 0x1000), ("O_ASYNC", 0x2000), ("O_DIRECT", 0x4000), ("O_LARGEFILE", 0), ("O_DIRECTORY", 0x10000),
        ("O_NOFOLLOW", 0x20000), ("O_NOATIME", 0x40000), ("O_CLOEXEC", 0x80000), ("O_SYNC", 0x101000),
        ("O_FSYNC", 0x101000), ("O_RSYNC", 0x101000), ("O_PATH", 0x200000), ("O_TMPFILE", 0x410000),
        ("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2), ("SEEK_DATA", 3), ("SEEK_HOLE", 4),
        ("EX_OK", 0), ("EX_USAGE", 64), ("EX_DATAERR", 65), ("EX_NOINPUT", 66), ("EX_NOUSER", 67), ("EX_NOHOST", 68),
        ("EX_UNAVAILABLE", 69), ("EX_SOFTWARE", 70), ("EX_OSERR", 71), ("EX_OSFILE", 72), ("EX_CANTCREAT", 73),
        ("EX_IOERR", 74), ("EX_TEMPFAIL", 75), ("EX_PROTOCOL", 76), ("EX_NOPERM", 77), ("EX_CONFIG", 78),
        ("WNOHANG", 1), ("WUNTRACED", 2), ("WCONTINUED", 8), ("TMP_MAX", 238328), ("NGROUPS_MAX", 65536),
    ];

    public static PyModule Create(ThreadState ts)
    {
        var module = new PyModule("posix");
        var d = module.Dict;
        void Fn(string name, NativeFunction f) => d.SetStr(name, new PyBuiltinFunction(name, f));
        foreach (var (name, value) in s_constants) d.SetStr(name, PyInt.FromLong(value));
        d.SetStr("error", TypeObjects.OSError);
        d.SetStr("stat_result", s_statResult.Type);
        d.SetStr("terminal_size", s_terminalSize.Type);
        d.SetStr("uname_result", s_unameResult.Type);
        d.SetStr("DirEntry", PyDirEntry.DirEntryType);
        d.SetStr("environ", CreateEnviron());
        // No *at()/fd variants are offered, so os.supports_dir_fd and friends stay empty and
        // shutil/tempfile use the plain path functions.
        d.SetStr("_have_functions", new PyList());

        Fn("stat", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "stat", ["path", "dir_fd", "follow_symlinks"], 1, maxPositional: 1);
            RejectDirFd(a[1], "stat");
            string? path = PathArgs.ToPath(a[0]!, "stat", allowFd: true, out int fd);
            if (path is null) return MakeStatResult(Libc.Fstat(fd));
            return MakeStatResult(Libc.Stat(path, a[2] is null || PyOps.IsTrue(a[2]!), PathArgs.FsPath(a[0]!)));
        });
        Fn("lstat", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "lstat", ["path", "dir_fd"], 1, maxPositional: 1);
            RejectDirFd(a[1], "lstat");
            string path = PathArgs.ToPath(a[0]!, "lstat", allowFd: false, out _)!;
            return MakeStatResult(Libc.Stat(path, false, PathArgs.FsPath(a[0]!)));
        });
        Fn("fstat", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "fstat", ["fd"], 1);
            return MakeStatResult(Libc.Fstat(Fd(a[0]!)));
        });
        Fn("listdir", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "listdir", ["path"], 0);
            var (path, asBytes, original) = DirectoryArg(a[0], "listdir");
            var names = new PyList();
            foreach (var entry in Libc.ListDirectory(path, original))
                names.Append(asBytes ? new PyBytes(entry.Name) : PyStr.From(Encoding.UTF8.GetString(entry.Name)));
            return names;
        });
        Fn("scandir", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "scandir", ["path"], 0);
            var (path, asBytes, original) = DirectoryArg(a[0], "scandir");
            return new PyScandirIterator(Libc.ListDirectory(path, original), a[0] is null or PyNone ? "." : path, asBytes);
        });
        Fn("getcwd", (args, kw) => PyStr.From(Libc.Getcwd()));
        Fn("getcwdb", (args, kw) => new PyBytes(Encoding.UTF8.GetBytes(Libc.Getcwd())));
        Fn("chdir", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "chdir", ["path"], 1);
            string path = PathArgs.ToPath(a[0]!, "chdir", allowFd: false, out _)!;
            Libc.RequireAvailable();
            if (Libc.Chdir(path) != 0) throw Libc.LastError(PathArgs.FsPath(a[0]!));
            // Keep .NET's relative-path resolution in step with the process's.
            Environment.CurrentDirectory = Libc.Getcwd();
            return PyNone.Instance;
        });
        Fn("mkdir", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "mkdir", ["path", "mode", "dir_fd"], 1, maxPositional: 2);
            RejectDirFd(a[2], "mkdir");
            string path = PathArgs.ToPath(a[0]!, "mkdir", allowFd: false, out _)!;
            Libc.RequireAvailable();
            if (Libc.Mkdir(path, a[1] is null ? 0x1FF : (int)PyOps.AsIndex(a[1]!)) != 0) throw Libc.LastError(PathArgs.FsPath(a[0]!));
            return PyNone.Instance;
        });
        Fn("rmdir", (args, kw) => PathCall(args, kw, "rmdir", Libc.Rmdir));
        Fn("unlink", (args, kw) => PathCall(args, kw, "unlink", Libc.Unlink));
        Fn("remove", (args, kw) => PathCall(args, kw, "remove", Libc.Unlink));
        foreach (var name in new[] { "rename", "replace" })
        {
            Fn(name, (args, kw) =>
            {
                var a = Args.Parse(args, kw, name, ["src", "dst", "src_dir_fd", "dst_dir_fd"], 2, maxPositional: 2);
                RejectDirFd(a[2], name);
                RejectDirFd(a[3], name);
                string src = PathArgs.ToPath(a[0]!, name, false, out _, "src")!;
                string dst = PathArgs.ToPath(a[1]!, name, false, out _, "dst")!;
                Libc.RequireAvailable();
                if (Libc.Rename(src, dst) != 0) throw Libc.LastError(PathArgs.FsPath(a[0]!), PathArgs.FsPath(a[1]!));
                return PyNone.Instance;
            });
        }
        Fn("symlink", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "symlink", ["src", "dst", "target_is_directory", "dir_fd"], 2, maxPositional: 3);
            string src = PathArgs.ToPath(a[0]!, "symlink", false, out _, "src")!;
            string dst = PathArgs.ToPath(a[1]!, "symlink", false, out _, "dst")!;
            Libc.RequireAvailable();
            if (Libc.Symlink(src, dst) != 0) throw Libc.LastError(PathArgs.FsPath(a[0]!), PathArgs.FsPath(a[1]!));
            return PyNone.Instance;
        });
        Fn("readlink", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "readlink", ["path", "dir_fd"], 1, maxPositional: 1);
            string path = PathArgs.ToPath(a[0]!, "readlink", false, out _)!;
            string target = Libc.Readlink(path, PathArgs.FsPath(a[0]!));
            return PyOps.Unwrap(PathArgs.FsPath(a[0]!)) is PyBytes ? new PyBytes(Encoding.UTF8.GetBytes(target)) : PyStr.From(target);
        });
        Fn("chmod", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "chmod", ["path", "mode", "dir_fd", "follow_symlinks"], 2, maxPositional: 2);
            string path = PathArgs.ToPath(a[0]!, "chmod", false, out _)!;
            Libc.RequireAvailable();
            if (Libc.Chmod(path, (int)PyOps.AsIndex(a[1]!)) != 0) throw Libc.LastError(PathArgs.FsPath(a[0]!));
            return PyNone.Instance;
        });
        Fn("access", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "access", ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], 2, maxPositional: 2);
            string path = PathArgs.ToPath(a[0]!, "access", false, out _)!;
            Libc.RequireAvailable();
            return PyInt.FromBool(Libc.Access(path, (int)PyOps.AsIndex(a[1]!)) == 0);
        });
        Fn("open", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "open", ["path", "flags", "mode", "dir_fd"], 2, maxPositional: 3);
            RejectDirFd(a[3], "open");
            string path = PathArgs.ToPath(a[0]!, "open", false, out _)!;
            int flags = (int)PyOps.AsIndex(a[1]!) | PyFileIO.O_CLOEXEC;
            Libc.RequireAvailable();
            int fd = Libc.Open(path, flags, a[2] is null ? 0x1FF : (int)PyOps.AsIndex(a[2]!));
            if (fd < 0) throw Libc.LastError(PathArgs.FsPath(a[0]!));
            return PyInt.FromLong(fd);
        });
        Fn("read", (args, kw) =>
        {
            Args.Check(args, kw, "read", 2, 2);
            long n = PyOps.AsIndex(args[1]);
            if (n < 0) throw Libc.Error(Libc.EINVAL);
            return new PyBytes(Libc.Read(Fd(args[0]), (int)Math.Min(n, int.MaxValue)));
        });
        Fn("write", (args, kw) =>
        {
            Args.Check(args, kw, "write", 2, 2);
            int fd = Fd(args[0]);
            if (fd is 1 or 2) (fd == 1 ? ThreadState.Current.Stdout : ThreadState.Current.Stderr).Flush();
            return PyInt.FromLong(Libc.Write(fd, BytesMethods.BytesLike(args[1])));
        });
        Fn("close", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "close", ["fd"], 1);
            Libc.RequireAvailable();
            if (Libc.Close(Fd(a[0]!)) != 0) throw Libc.LastError();
            return PyNone.Instance;
        });
        Fn("closerange", (args, kw) =>
        {
            Args.Check(args, kw, "closerange", 2, 2);
            Libc.RequireAvailable();
            for (long fd = PyOps.AsIndex(args[0]), end = PyOps.AsIndex(args[1]); fd < end; fd++) Libc.Close((int)fd);
            return PyNone.Instance;
        });
        Fn("lseek", (args, kw) =>
        {
            Args.Check(args, kw, "lseek", 3, 3);
            Libc.RequireAvailable();
            long result = Libc.Seek(Fd(args[0]), PyOps.AsIndex(args[1]), (int)PyOps.AsIndex(args[2]));
            if (result < 0) throw Libc.LastError();
            return PyInt.FromLong(result);
        });
        Fn("ftruncate", (args, kw) =>
        {
            Args.Check(args, kw, "ftruncate", 2, 2);
            Libc.RequireAvailable();
            if (Libc.Truncate(Fd(args[0]), PyOps.AsIndex(args[1])) != 0) throw Libc.LastError();
            return PyNone.Instance;
        });
        Fn("fsync", (args, kw) =>
        {
            Args.Check(args, kw, "fsync", 1, 1);
            Libc.RequireAvailable();
            var fdObj = args[0];
            int fd = PyOps.Unwrap(fdObj) is PyInt ? Fd(fdObj) : Fd(PyOps.Call0(PyOps.GetAttr(fdObj, PyStr.From("fileno"))));
            if (Libc.Fsync(fd) != 0) throw Libc.LastError();
            return PyNone.Instance;
        });
        Fn("dup", (args, kw) =>
        {
            Args.Check(args, kw, "dup", 1, 1);
            Libc.RequireAvailable();
            int fd = Libc.Dup(Fd(args[0]));
            if (fd < 0) throw Libc.LastError();
            return PyInt.FromLong(fd);
        });
        Fn("isatty", (args, kw) =>
        {
            Args.Check(args, kw, "isatty", 1, 1);
            return PyInt.FromBool(Libc.Available && Libc.IsATty(Fd(args[0])) == 1);
        });
        Fn("device_encoding", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "device_encoding", ["fd"], 1);
            return Libc.Available && Libc.IsATty(Fd(a[0]!)) == 1 ? PyStr.From("UTF-8") : PyNone.Instance;
        });
        Fn("get_terminal_size", (args, kw) =>
        {
            Args.Check(args, kw, "get_terminal_size", 0, 1);
            var (columns, lines) = Libc.TerminalSize(args.Length > 0 ? Fd(args[0]) : 1);
            return s_terminalSize.Create(PyInt.FromLong(columns), PyInt.FromLong(lines));
        });
        Fn("urandom", (args, kw) =>
        {
            Args.Check(args, kw, "urandom", 1, 1);
            long n = PyOps.AsIndex(args[0]);
            if (n < 0) throw PyExc.ValueError("negative argument not allowed");
            return new PyBytes(RandomNumberGenerator.GetBytes((int)Math.Min(n, int.MaxValue)));
        });
        Fn("cpu_count", (args, kw) => Libc.ProcessorsOnline() is long n ? PyInt.FromLong(n) : PyNone.Instance);
        Fn("getpid", (args, kw) => PyInt.FromLong(Environment.ProcessId));
        Fn("getppid", (args, kw) => PyInt.FromLong(Libc.Available ? Libc.GetPPid() : 0));
        Fn("getuid", (args, kw) => PyInt.FromLong(Libc.Available ? Libc.GetUid() : 0));
        Fn("geteuid", (args, kw) => PyInt.FromLong(Libc.Available ? Libc.GetEUid() : 0));
        Fn("getgid", (args, kw) => PyInt.FromLong(Libc.Available ? Libc.GetGid() : 0));
        Fn("getegid", (args, kw) => PyInt.FromLong(Libc.Available ? Libc.GetEGid() : 0));
        Fn("umask", (args, kw) =>
        {
            Args.Check(args, kw, "umask", 1, 1);
            Libc.RequireAvailable();
            return PyInt.FromLong(Libc.Umask((int)PyOps.AsIndex(args[0])));
        });
        Fn("kill", (args, kw) =>
        {
            Args.Check(args, kw, "kill", 2, 2);
            Libc.RequireAvailable();
            if (Libc.Kill((int)PyOps.AsIndex(args[0]), (int)PyOps.AsIndex(args[1])) != 0) throw Libc.LastError();
            return PyNone.Instance;
        });
        Fn("uname", (args, kw) => s_unameResult.Create(Libc.Uname().Select(f => (PyObject)PyStr.From(f)).ToArray()));
        Fn("strerror", (args, kw) =>
        {
            Args.Check(args, kw, "strerror", 1, 1);
            return PyStr.From(Libc.StrError((int)PyOps.AsIndex(args[0])));
        });
        Fn("fspath", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "fspath", ["path"], 1);
            return PathArgs.FsPath(a[0]!);
        });
        Fn("putenv", (args, kw) =>
        {
            Args.Check(args, kw, "putenv", 2, 2);
            string key = EnvText(args[0]), value = EnvText(args[1]);
            if (key.Length == 0 || key.Contains('=')) throw PyExc.ValueError("illegal environment variable name");
            Environment.SetEnvironmentVariable(key, value);
            return PyNone.Instance;
        });
        Fn("unsetenv", (args, kw) =>
        {
            Args.Check(args, kw, "unsetenv", 1, 1);
            string key = EnvText(args[0]);
            if (key.Length == 0 || key.Contains('=')) throw PyExc.ValueError("illegal environment variable name");
            Environment.SetEnvironmentVariable(key, null);
            return PyNone.Instance;
        });
        Fn("_exit", (args, kw) =>
        {
            Args.Check(args, kw, "_exit", 1, 1);
            Environment.Exit((int)PyOps.AsIndex(args[0]));
            return PyNone.Instance;
        });
        Fn("waitstatus_to_exitcode", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "waitstatus_to_exitcode", ["status"], 1);
            long status = PyOps.AsIndex(a[0]!);
            if ((status & 0x7F) == 0) return PyInt.FromLong((status >> 8) & 0xFF);
            if (((status & 0x7F) + 1) >> 1 > 0 && (status & 0xFF) != 0x7F) return PyInt.FromLong(-(status & 0x7F));
            throw PyExc.ValueError($"invalid wait status: {status}");
        });
        return module;
    }

    private static string EnvText(PyObject o) => PyOps.Unwrap(o) switch
    {
        PyStr s => s.Value,
        PyBytes b => Encoding.UTF8.GetString(b.Value),
        _ => throw PyExc.TypeError($"expected str, bytes or os.PathLike object, not {o.Type.Name}"),
    };

    /// <summary>The environment as CPython's posix.environ: bytes to bytes, in the process's own order.</summary>
    private static PyDict CreateEnviron()
    {
        var environ = new PyDict();
        byte[]? raw = null;
        try
        {
            if (OperatingSystem.IsLinux()) raw = File.ReadAllBytes("/proc/self/environ");
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        if (raw is not null)
        {
            int start = 0;
            for (int i = 0; i <= raw.Length; i++)
            {
                if (i < raw.Length && raw[i] != 0) continue;
                var entry = raw.AsSpan(start, i - start);
                start = i + 1;
                int eq = entry.IndexOf((byte)'=');
                if (eq <= 0) continue;
                var key = new PyBytes(entry[..eq].ToArray());
                // The first definition wins, as in CPython's table built from environ.
                if (environ.TryGetValue(key, out _)) continue;
                environ.SetItem(key, new PyBytes(entry[(eq + 1)..].ToArray()));
            }
            return environ;
        }
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
            environ.SetItem(new PyBytes(Encoding.UTF8.GetBytes((string)e.Key)), new PyBytes(Encoding.UTF8.GetBytes((string?)e.Value ?? "")));
        return environ;
    }

    private static int Fd(PyObject o)
    {
        if (PyOps.Unwrap(o) is PyFloat) throw PyExc.TypeError("'float' object cannot be interpreted as an integer");
        long fd = PyOps.AsIndex(o);
        return fd is < int.MinValue or > int.MaxValue ? throw PyExc.OverflowError("fd is greater than maximum") : (int)fd;
    }

    private static void RejectDirFd(PyObject? dirFd, string function)
    {
        if (dirFd is not null and not PyNone) throw PyExc.NotImplementedError("dir_fd unavailable on this platform");
    }

    private static (string Path, bool AsBytes, PyObject Original) DirectoryArg(PyObject? arg, string function)
    {
        if (arg is null or PyNone) return (".", false, PyStr.From("."));
        if (PyOps.Unwrap(arg) is PyInt) throw PyExc.NotImplementedError($"{function}: file descriptors are not supported");
        var path = PathArgs.FsPath(arg);
        return (PathArgs.ToPath(path, function, false, out _)!, PyOps.Unwrap(path) is PyBytes, path);
    }

    private static PyObject PathCall(ReadOnlySpan<PyObject> args, PyTuple? kw, string name, Func<string, int> call)
    {
        var a = Args.Parse(args, kw, name, ["path", "dir_fd"], 1, maxPositional: 1);
        RejectDirFd(a[1], name);
        string path = PathArgs.ToPath(a[0]!, name, allowFd: false, out _)!;
        Libc.RequireAvailable();
        if (call(path) != 0) throw Libc.LastError(PathArgs.FsPath(a[0]!));
        return PyNone.Instance;
    }
}
