using NUnit.Framework;
using Warden.Runtime;

namespace Warden.Tests.Modules;

/// <summary>
/// The import system on a package tree written to a temporary directory; expected outputs are
/// those of CPython 3.11 on the same tree.
/// </summary>
[TestFixture]
public class ImportSystemTests
{
    private string _root = "";

    private static readonly Dictionary<string, string> s_tree = new()
    {
        ["pkg/__init__.py"] = "X = 1\n",
        ["pkg/mod.py"] = "from . import helper\nfrom .helper import VALUE\nfrom .. import nothing\n",
        ["pkg/helper.py"] = "VALUE = 'v'\n__all__ = ['VALUE']\n_hidden = 1\n",
        ["pkg/sub/__init__.py"] = "from ..helper import VALUE as V\n",
        ["pkg/sub/deep.py"] = "from .. import helper\n",
        ["plain.py"] = "A = 1\n_b = 2\n",
        ["boom.py"] = "import sys\nprint('boom' in sys.modules)\nraise ValueError('bad')\n",
        ["cyc/__init__.py"] = "",
        ["cyc/a.py"] = "from .b import B\nA = 1\n",
        ["cyc/b.py"] = "from .a import A\nB = 2\n",
    };

    [OneTimeSetUp]
    public void WriteTree()
    {
        _root = Path.Combine(Path.GetTempPath(), $"warden_imports_{Guid.NewGuid():N}");
        foreach (var (path, text) in s_tree)
        {
            string full = Path.Combine(_root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }

    [OneTimeTearDown]
    public void RemoveTree() => Directory.Delete(_root, recursive: true);

    private (string Stdout, string Stderr, int ExitCode) RunMain(string source)
    {
        string main = Path.Combine(_root, $"main_{Guid.NewGuid():N}.py");
        File.WriteAllText(main, source);
        try
        {
            var stdout = new StringWriter { NewLine = "\n" };
            var stderr = new StringWriter { NewLine = "\n" };
            int rc = ScriptRunner.RunFile(main, [main], stdout, stderr);
            return (stdout.ToString().Replace(_root, "DIR"), stderr.ToString().Replace(_root, "DIR"), rc);
        }
        finally
        {
            File.Delete(main);
        }
    }

    [Test]
    public void DottedImportsBindTheTopPackageAndSetModuleAttributes()
    {
        var r = RunMain("""
            import pkg.sub.deep
            print(pkg.__name__, pkg.sub.deep.__name__, pkg.sub.V, pkg.sub.deep.helper.VALUE)
            import pkg.sub as s
            print(s.__name__, s.__package__, s.__spec__.parent, s.__spec__.name, s.__path__[0].endswith('sub'))
            from pkg import helper, sub
            print(helper.__package__, helper.__spec__.parent, helper.__spec__.submodule_search_locations, helper.__file__)
            print(type(helper.__builtins__).__name__, __builtins__.__name__, type(helper.__spec__).__name__)
            import sys
            print(type(sys.modules['__main__']).__name__, sys.modules['__main__'].__dict__ is globals())
            print(sys.path[0] == __file__.rpartition('/')[0])
            """);
        Assert.That(r.Stderr, Is.EqualTo(""));
        Assert.That(r.Stdout, Is.EqualTo("""
            pkg pkg.sub.deep v v
            pkg.sub pkg.sub pkg.sub pkg.sub True
            pkg pkg None DIR/pkg/helper.py
            dict builtins ModuleSpec
            module True
            True

            """));
    }

    [Test]
    public void ErrorsHaveCPythonMessages()
    {
        var r = RunMain("""
            import sys
            try:
                import pkg.mod
            except ImportError as e:
                print(type(e).__name__, e)
            print('pkg.mod' in sys.modules)
            try:
                import plain.x
            except ImportError as e:
                print(type(e).__name__, e, e.name)
            try:
                import nope.x
            except ImportError as e:
                print(type(e).__name__, e, e.name)
            try:
                from plain import missing
            except ImportError as e:
                print(type(e).__name__, e, e.name)
            try:
                from . import x
            except ImportError as e:
                print(type(e).__name__, e)
            try:
                import boom
            except ValueError as e:
                print(e, 'boom' in sys.modules)
            try:
                import cyc.a
            except ImportError as e:
                print(e)
            """);
        Assert.That(r.Stdout, Is.EqualTo("""
            ImportError attempted relative import beyond top-level package
            False
            ModuleNotFoundError No module named 'plain.x'; 'plain' is not a package plain.x
            ModuleNotFoundError No module named 'nope' nope
            ImportError cannot import name 'missing' from 'plain' (DIR/plain.py) plain
            ImportError attempted relative import with no known parent package
            True
            bad False
            cannot import name 'A' from partially initialized module 'cyc.a' (most likely due to a circular import) (DIR/cyc/a.py)

            """));
    }

    [Test]
    public void StarImportAndDunderImport()
    {
        var r = RunMain("""
            from plain import *
            print(A, '_b' in dir())
            from pkg.helper import *
            print(VALUE, '_hidden' in dir())
            m = __import__('pkg.sub.deep')
            print(m.__name__)
            m = __import__('pkg.sub.deep', fromlist=['x'])
            print(m.__name__)
            m = __import__('helper', globals={'__package__': 'pkg'}, level=1)
            print(m.__name__)
            import sys
            print(__import__('plain') is sys.modules['plain'])
            """);
        Assert.That(r.Stdout, Is.EqualTo("""
            1 False
            v False
            pkg
            pkg.sub.deep
            pkg.helper
            True

            """));
    }
}
