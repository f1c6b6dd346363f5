using System.Runtime.InteropServices;
using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules.Io;

/// <summary>
/// The C library calls behind <c>posix</c> and <c>_io.FileIO</c>. File descriptors are the
/// process's real ones (as in CPython), so <c>os.open</c>, <c>open(fd)</c> and
/// <c>os.fstat</c> agree, and errno values and messages are the system's own.
/// Unrestricted mode only: restricted mode never imports these modules.
/// </summary>
internal static partial class Libc
{
    private const string Lib = "libc";

    [LibraryImport(Lib, EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Open(string path, int flags, int mode);

    [LibraryImport(Lib, EntryPoint = "read", SetLastError = true)]
    private static partial nint ReadRaw(int fd, byte[] buffer, nint count);

    [LibraryImport(Lib, EntryPoint = "write", SetLastError = true)]
    private static partial nint WriteRaw(int fd, byte[] buffer, nint count);

    [LibraryImport(Lib, EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    [LibraryImport(Lib, EntryPoint = "lseek", SetLastError = true)]
    public static partial long Seek(int fd, long offset, int whence);

    [LibraryImport(Lib, EntryPoint = "ftruncate", SetLastError = true)]
    public static partial int Truncate(int fd, long length);

    [LibraryImport(Lib, EntryPoint = "fsync", SetLastError = true)]
    public static partial int Fsync(int fd);

    [LibraryImport(Lib, EntryPoint = "isatty")]
    public static partial int IsATty(int fd);

    [LibraryImport(Lib, EntryPoint = "dup", SetLastError = true)]
    public static partial int Dup(int fd);

    [LibraryImport(Lib, EntryPoint = "stat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int StatRaw(string path, byte[] buffer);

    [LibraryImport(Lib, EntryPoint = "lstat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LstatRaw(string path, byte[] buffer);

    [LibraryImport(Lib, EntryPoint = "fstat", SetLastError = true)]
    private static partial int FstatRaw(int fd, byte[] buffer);

    [LibraryImport(Lib, EntryPoint = "access", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Access(string path, int mode);

    [LibraryImport(Lib, EntryPoint = "mkdir", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Mkdir(string path, int mode);

    [LibraryImport(Lib, EntryPoint = "rmdir", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Rmdir(string path);

    [LibraryImport(Lib, EntryPoint = "unlink", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Unlink(string path);

    [LibraryImport(Lib, EntryPoint = "rename", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Rename(string from, string to);

    [LibraryImport(Lib, EntryPoint = "chdir", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Chdir(string path);

    [LibraryImport(Lib, EntryPoint = "chmod", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Chmod(string path, int mode);

    [LibraryImport(Lib, EntryPoint = "symlink", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Symlink(string target, string linkPath);

    [LibraryImport(Lib, EntryPoint = "readlink", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint ReadlinkRaw(string path, byte[] buffer, nint size);

    [LibraryImport(Lib, EntryPoint = "getcwd", SetLastError = true)]
    private static partial nint GetcwdRaw(byte[] buffer, nint size);

    [LibraryImport(Lib, EntryPoint = "umask")]
    public static partial int Umask(int mask);

    [LibraryImport(Lib, EntryPoint = "getpid")]
    public static partial int GetPid();

    [LibraryImport(Lib, EntryPoint = "getppid")]
    public static partial int GetPPid();

    [LibraryImport(Lib, EntryPoint = "getuid")]
    public static partial int GetUid();

    [LibraryImport(Lib, EntryPoint = "geteuid")]
    public static partial int GetEUid();

    [LibraryImport(Lib, EntryPoint = "getgid")]
    public static partial int GetGid();

    [LibraryImport(Lib, EntryPoint = "getegid")]
    public static partial int GetEGid();

    [LibraryImport(Lib, EntryPoint = "opendir", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint OpenDir(string path);

    [LibraryImport(Lib, EntryPoint = "readdir", SetLastError = true)]
    private static partial nint ReadDir(nint dir);

    [LibraryImport(Lib, EntryPoint = "closedir")]
    private static partial int CloseDir(nint dir);

    [LibraryImport(Lib, EntryPoint = "ioctl", SetLastError = true)]
    private static partial int Ioctl(int fd, nuint request, byte[] argument);

    [LibraryImport(Lib, EntryPoint = "sysconf")]
    private static partial long Sysconf(int name);

    [LibraryImport(Lib, EntryPoint = "uname", SetLastError = true)]
    private static partial int UnameRaw(byte[] buffer);

    [LibraryImport(Lib, EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);

    [LibraryImport(Lib, EntryPoint = "strerror")]
    private static partial nint StrerrorRaw(int errno);

    /// <summary>True when the calls above are available (Linux with glibc's struct layouts).</summary>
    public static bool Available => OperatingSystem.IsLinux() && (RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64);

    public const int ENOENT = 2, EBADF = 9, EINVAL = 22, ENOSYS = 38, EISDIR = 21, EEXIST = 17, EPIPE = 32;

    /// <summary>The system's text for an errno value (<c>os.strerror</c>).</summary>
    public static string StrError(int errno)
    {
        if (!Available) return $"Unknown error {errno}";
        return Marshal.PtrToStringUTF8(StrerrorRaw(errno)) ?? $"Unknown error {errno}";
    }

    /// <summary>
    /// The OSError (subclass chosen by errno, as CPython's constructor does) for the last failed call.
    /// </summary>
    public static PythonException LastError(PyObject? filename = null, PyObject? filename2 = null)
        => Error(Marshal.GetLastPInvokeError(), filename, filename2);

    /// <summary>OSError(errno, strerror[, filename[, winerror, filename2]]).</summary>
    public static PythonException Error(int errno, PyObject? filename = null, PyObject? filename2 = null)
    {
        var args = new List<PyObject> { PyInt.FromLong(errno), PyStr.From(StrError(errno)) };
        if (filename is not null)
        {
            args.Add(filename);
            if (filename2 is not null)
            {
                args.Add(PyNone.Instance);
                args.Add(filename2);
            }
        }
        var exc = PyOps.Call(TypeObjects.OSError, args.ToArray(), null);
        return new PythonException((PyBaseException)exc);
    }

    /// <summary>Fails with ENOSYS where the C library layer is not supported.</summary>
    public static void RequireAvailable()
    {
        if (!Available) throw Error(ENOSYS);
    }

    /// <summary>Reads up to <paramref name="count"/> bytes; fewer only at end of file or for pipes and terminals.</summary>
    public static byte[] Read(int fd, int count)
    {
        RequireAvailable();
        var buffer = new byte[count];
        nint n = ReadRaw(fd, buffer, count);
        if (n < 0) throw LastError();
        if (n == count) return buffer;
        return buffer.AsSpan(0, (int)n).ToArray();
    }

    /// <summary>Writes the bytes with one system call; returns how many were written.</summary>
    public static int Write(int fd, byte[] data)
    {
        RequireAvailable();
        nint n = WriteRaw(fd, data, data.Length);
        if (n < 0) throw LastError();
        return (int)n;
    }

    /// <summary>Writes every byte, repeating short writes.</summary>
    public static void WriteAll(int fd, byte[] data)
    {
        int done = 0;
        while (done < data.Length)
        {
            var rest = done == 0 ? data : data.AsSpan(done).ToArray();
            int n = Write(fd, rest);
            if (n <= 0) break;
            done += n;
        }
    }

    /// <summary>Result of <c>stat</c> in the fields CPython's <c>os.stat_result</c> exposes.</summary>
    public readonly record struct StatInfo(ulong Dev, ulong Ino, uint Mode, ulong NLink, uint Uid, uint Gid, ulong RDev,
        long Size, long BlkSize, long Blocks, long ATimeSec, long ATimeNsec, long MTimeSec, long MTimeNsec, long CTimeSec, long CTimeNsec);

    public static StatInfo Stat(string path, bool followSymlinks, PyObject filenameForError)
    {
        RequireAvailable();
        var buffer = new byte[256];
        int rc = followSymlinks ? StatRaw(path, buffer) : LstatRaw(path, buffer);
        if (rc != 0) throw LastError(filenameForError);
        return Decode(buffer);
    }

    public static StatInfo Fstat(int fd)
    {
        RequireAvailable();
        var buffer = new byte[256];
        if (FstatRaw(fd, buffer) != 0) throw LastError();
        return Decode(buffer);
    }

    /// <summary>Decodes glibc's <c>struct stat</c> (x86-64 and the generic layout of arm64).</summary>
    private static StatInfo Decode(byte[] b)
    {
        ulong U64(int at) => BitConverter.ToUInt64(b, at);
        long I64(int at) => BitConverter.ToInt64(b, at);
        uint U32(int at) => BitConverter.ToUInt32(b, at);
        if (RuntimeInformation.ProcessArchitecture == Architecture.X64)
            return new StatInfo(U64(0), U64(8), U32(24), U64(16), U32(28), U32(32), U64(40), I64(48), I64(56), I64(64),
                I64(72), I64(80), I64(88), I64(96), I64(104), I64(112));
        return new StatInfo(U64(0), U64(8), U32(16), U32(20), U32(24), U32(28), U64(32), I64(48), BitConverter.ToInt32(b, 56), I64(64),
            I64(72), I64(80), I64(88), I64(96), I64(104), I64(112));
    }

    /// <summary>One directory entry: name, d_type and inode (glibc's struct dirent).</summary>
    public readonly record struct DirEntryInfo(byte[] Name, byte Kind, ulong Inode);

    public const byte DT_UNKNOWN = 0, DT_DIR = 4, DT_REG = 8, DT_LNK = 10;

    /// <summary>The entries of a directory in the order the system lists them, without "." and "..".</summary>
    public static List<DirEntryInfo> ListDirectory(string path, PyObject filenameForError)
    {
        RequireAvailable();
        nint dir = OpenDir(path);
        if (dir == 0) throw LastError(filenameForError);
        var result = new List<DirEntryInfo>();
        try
        {
            while (true)
            {
                Marshal.SetLastPInvokeError(0);
                nint entry = ReadDir(dir);
                if (entry == 0)
                {
                    int errno = Marshal.GetLastPInvokeError();
                    if (errno != 0) throw Error(errno, filenameForError);
                    break;
                }
                ulong inode = (ulong)Marshal.ReadInt64(entry, 0);
                byte kind = Marshal.ReadByte(entry, 18);
                var name = new List<byte>();
                for (int i = 19; ; i++)
                {
                    byte b = Marshal.ReadByte(entry, i);
                    if (b == 0) break;
                    name.Add(b);
                }
                if (name is [(byte)'.'] or [(byte)'.', (byte)'.']) continue;
                result.Add(new DirEntryInfo(name.ToArray(), kind, inode));
            }
        }
        finally
        {
            CloseDir(dir);
        }
        return result;
    }

    /// <summary>Columns and lines of the terminal on <paramref name="fd"/> (TIOCGWINSZ).</summary>
    public static (int Columns, int Lines) TerminalSize(int fd)
    {
        RequireAvailable();
        var size = new byte[8];
        if (Ioctl(fd, 0x5413, size) != 0) throw LastError();
        return (BitConverter.ToUInt16(size, 2), BitConverter.ToUInt16(size, 0));
    }

    /// <summary>Processors online (sysconf _SC_NPROCESSORS_ONLN), or null when unknown.</summary>
    public static long? ProcessorsOnline()
    {
        if (!Available) return Environment.ProcessorCount;
        long n = Sysconf(84);
        return n > 0 ? n : null;
    }

    /// <summary>sysname, nodename, release, version, machine (struct utsname, 65-byte fields).</summary>
    public static string[] Uname()
    {
        RequireAvailable();
        var buffer = new byte[65 * 6];
        if (UnameRaw(buffer) != 0) throw LastError();
        var fields = new string[5];
        for (int i = 0; i < 5; i++)
        {
            var span = buffer.AsSpan(i * 65, 65);
            int end = span.IndexOf((byte)0);
            fields[i] = System.Text.Encoding.UTF8.GetString(end < 0 ? span : span[..end]);
        }
        return fields;
    }

    public static string Getcwd()
    {
        RequireAvailable();
        var buffer = new byte[4096];
        if (GetcwdRaw(buffer, buffer.Length) == 0) throw LastError();
        int end = Array.IndexOf(buffer, (byte)0);
        return System.Text.Encoding.UTF8.GetString(buffer, 0, end < 0 ? buffer.Length : end);
    }

    public static string Readlink(string path, PyObject filenameForError)
    {
        RequireAvailable();
        var buffer = new byte[4096];
        nint n = ReadlinkRaw(path, buffer, buffer.Length);
        if (n < 0) throw LastError(filenameForError);
        return System.Text.Encoding.UTF8.GetString(buffer, 0, (int)n);
    }
}
