using Warden.Tests.Runtime;
using NUnit.Framework;

namespace Warden.Tests.Modules;

/// <summary><c>_imp</c>, <c>marshal</c> and <c>_warnings</c>, which CPython's <c>importlib</c> needs; expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class NativeImportSupportTests
{
    /// <summary>_imp answers from the native module registry; nothing is frozen.</summary>
    [Test]
    public void ImpQueries()
    {
        const string source = """
            import _imp, sys
            print(_imp.is_builtin("math"), _imp.is_builtin("sys"), _imp.is_builtin("json"), _imp.is_frozen("no_such_module"), _imp.lock_held())
            class Spec:
                name = "math"
            print(_imp.create_builtin(Spec()) is sys.modules.get("math", _imp.create_builtin(Spec())), _imp.check_hash_based_pycs)
            """;
        Assert.That(PythonRunner.Output(source + "\n"), Is.EqualTo("1 -1 0 False False\nFalse default\n"));
    }

    /// <summary>marshal loads what it dumps and reads CPython's back-references.</summary>
    [Test]
    public void MarshalRoundTrip()
    {
        const string source = """
            import marshal
            value = (1, 2**70, -3, "abc", "\u00e9", b"x", [1.5, None, True], {"a": 1}, frozenset({1}), -2**40, 1j)
            print(marshal.loads(marshal.dumps(value)) == value, marshal.version)
            print(marshal.loads(b")\x02\xda\x03abcr\x00\x00\x00\x00"))
            try:
                marshal.dumps(object())
            except ValueError as e:
                print(e)
            try:
                marshal.loads(b"i\x01")
            except EOFError as e:
                print(e)
            """;
        Assert.That(PythonRunner.Output(source + "\n"), Is.EqualTo("True 4\n('abc', 'abc')\nunmarshallable object\nmarshal data too short\n"));
    }

    /// <summary>importlib.import_module, util.find_spec and machinery run over Warden's import system.</summary>
    [Test]
    public void ImportlibOnWardensImport()
    {
        const string source = """
            import importlib, importlib.util, importlib.machinery, sys
            m = importlib.import_module("json.decoder")
            print(m.__name__, "json" in sys.modules, importlib.util.find_spec("textwrap").name, importlib.util.find_spec("no_such_module_x"))
            print(importlib.machinery.BuiltinImporter.__name__, importlib.import_module(".encoder", "json").__name__)
            import warnings
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                import _warnings
                _warnings.warn("careful", UserWarning)
            print([(w.category.__name__, str(w.message)) for w in caught])
            """;
        Assert.That(PythonRunner.Output(source + "\n"), Is.EqualTo("json.decoder True textwrap None\nBuiltinImporter json.encoder\n[('UserWarning', 'careful')]\n"));
    }
}
