using System.Text;
using Warden.Modules.Io;
using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules.Posix;

/// <summary><c>os.DirEntry</c>: one result of <c>os.scandir</c>, with the stat calls made lazily and cached.</summary>
internal sealed class PyDirEntry : PyObject
{
    public static readonly PyType DirEntryType = CreateType();

    private readonly Libc.DirEntryInfo _info;
    private readonly string _directory;
    private readonly bool _asBytes;
    private PyObject? _stat, _lstat;

    public PyDirEntry(Libc.DirEntryInfo info, string directory, bool asBytes)
    {
        _info = info;
        _directory = directory;
        _asBytes = asBytes;
    }

    public override PyType Type => DirEntryType;

    private string NameText => Encoding.UTF8.GetString(_info.Name);

    private string PathText => _directory.Length == 0 ? NameText
        : _directory.EndsWith('/') ? _directory + NameText : _directory + "/" + NameText;

    private PyObject Text(string s) => _asBytes ? new PyBytes(Encoding.UTF8.GetBytes(s)) : PyStr.From(s);

    private PyObject Stat(bool follow)
    {
        if (!follow || _info.Kind != Libc.DT_LNK && _info.Kind != Libc.DT_UNKNOWN)
            return _lstat ??= PosixModule.MakeStatResult(Libc.Stat(PathText, followSymlinks: false, Text(PathText)));
        return _stat ??= PosixModule.MakeStatResult(Libc.Stat(PathText, followSymlinks: true, Text(PathText)));
    }

    private bool IsKind(uint mask, byte direct, bool follow)
    {
        if (_info.Kind != Libc.DT_UNKNOWN && !(follow && _info.Kind == Libc.DT_LNK)) return _info.Kind == direct;
        try
        {
            var info = Libc.Stat(PathText, follow, Text(PathText));
            return (info.Mode & 0xF000) == mask;
        }
        catch (PythonException e) when (e.Exception.Type.IsSubtypeOf(TypeObjects.ExceptionByName("FileNotFoundError")))
        {
            return false;
        }
    }

    private static PyDirEntry Self(PyObject o) => (PyDirEntry)o;

    private static bool FollowArg(ReadOnlySpan<PyObject> args, PyTuple? kw, string name)
    {
        var a = Args.Parse(args[1..], kw, name, ["follow_symlinks"], 0, maxPositional: 0);
        return a[0] is null || PyOps.IsTrue(a[0]!);
    }

    private static PyType CreateType()
    {
        var t = new PyType("DirEntry", [TypeObjects.Object], TypeObjects.TypeType) { IsFinal = true };
        t.Dict.SetStr("__module__", PyStr.From("posix"));
        t.AddGetter("name", self => Self(self).Text(Self(self).NameText));
        t.AddGetter("path", self => Self(self).Text(Self(self).PathText));
        t.AddMethod("inode", (args, kw) => PyInt.FromBig(Self(args[0])._info.Inode));
        t.AddMethod("is_dir", (args, kw) => PyInt.FromBool(Self(args[0]).IsKind(0x4000, Libc.DT_DIR, FollowArg(args, kw, "is_dir"))));
        t.AddMethod("is_file", (args, kw) => PyInt.FromBool(Self(args[0]).IsKind(0x8000, Libc.DT_REG, FollowArg(args, kw, "is_file"))));
        t.AddMethod("is_symlink", (args, kw) => PyInt.FromBool(Self(args[0]).IsKind(0xA000, Libc.DT_LNK, false)));
        t.AddMethod("stat", (args, kw) => Self(args[0]).Stat(FollowArg(args, kw, "stat")));
        t.AddMethod("__fspath__", (args, kw) => Self(args[0]).Text(Self(args[0]).PathText));
        t.AddMethod("__repr__", (args, kw) => PyStr.From($"<DirEntry {PyOps.Repr(Self(args[0]).Text(Self(args[0]).NameText))}>"));
        t.AddClassMethod("__class_getitem__", (args, kw) => GenericAliasMethods.Create(args[0], args[1]));
        return t;
    }
}

/// <summary>The iterator <c>os.scandir</c> returns; also a context manager that closes it.</summary>
internal sealed class PyScandirIterator : PyObject
{
    public static readonly PyType ScandirIteratorType = CreateType();

    private readonly List<Libc.DirEntryInfo> _entries;
    private readonly string _directory;
    private readonly bool _asBytes;
    private int _next;
    private bool _closed;

    public PyScandirIterator(List<Libc.DirEntryInfo> entries, string directory, bool asBytes)
    {
        _entries = entries;
        _directory = directory;
        _asBytes = asBytes;
    }

    public override PyType Type => ScandirIteratorType;

    private static PyScandirIterator Self(PyObject o) => (PyScandirIterator)o;

    private static PyType CreateType()
    {
        var t = new PyType("ScandirIterator", [TypeObjects.Object], TypeObjects.TypeType) { IsFinal = true };
        t.Dict.SetStr("__module__", PyStr.From("posix"));
        t.AddMethod("__iter__", (args, kw) => args[0]);
        t.AddMethod("__next__", (args, kw) =>
        {
            var self = Self(args[0]);
            if (self._closed || self._next >= self._entries.Count)
            {
                self._closed = true;
                throw PyExc.StopIteration(null);
            }
            return new PyDirEntry(self._entries[self._next++], self._directory, self._asBytes);
        });
        t.AddMethod("close", (args, kw) =>
        {
            Self(args[0])._closed = true;
            return PyNone.Instance;
        });
        t.AddMethod("__enter__", (args, kw) => args[0]);
        t.AddMethod("__exit__", (args, kw) =>
        {
            Self(args[0])._closed = true;
            return PyNone.Instance;
        });
        return t;
    }
}
