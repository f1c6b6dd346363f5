using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Builtins;

/// <summary>Error messages of builtins, %c formatting and OSError construction. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class BuiltinMessageTests
{
    [Test]
    public void BuiltinArgumentMessages()
    {
        var result = PythonRunner.Run("def show(f):\n    try:\n        print(repr(f()))\n    except Exception as e:\n        print(type(e).__name__, e)\nfor f in [lambda: getattr(1, 2), lambda: hasattr(1, 2), lambda: getattr(1, 2, 3), lambda: zip(1), lambda: zip([], 1), lambda: iter(1, 2)]:\n    show(f)");
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("TypeError attribute name must be string, not 'int'\nTypeError attribute name must be string, not 'int'\nTypeError attribute name must be string, not 'int'\nTypeError 'int' object is not iterable\nTypeError 'int' object is not iterable\nTypeError iter(v, w): v must be callable\n"));
    }

    [Test]
    public void PercentCharConversion()
    {
        var result = PythonRunner.Run("def show(f):\n    try:\n        print(repr(f()))\n    except Exception as e:\n        print(type(e).__name__, e)\nprint(\"%c%c\" % (65, \"b\"), repr(\"%c\" % 0xd800))\nfor f in [lambda: \"%c\" % 0x110000, lambda: \"%c\" % \"ab\", lambda: \"%c\" % -1, lambda: \"%c\" % 1.5]:\n    show(f)");
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("Ab '\\ud800'\nOverflowError %c arg not in range(0x110000)\nTypeError %c requires int or char\nOverflowError %c arg not in range(0x110000)\nTypeError %c requires int or char\n"));
    }

    [Test]
    public void OSErrorSubclassesAndFields()
    {
        var result = PythonRunner.Run("for args in [(2, \"No such file or directory\", \"missing.txt\"), (13, \"Permission denied\"), (17, \"x\"), (\"just a message\",), (1, \"two files\", \"a\", None, \"b\")]:\n    e = OSError(*args)\n    print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, str(e))\nclass Mine(OSError):\n    pass\nprint(type(Mine(2, \"x\")).__name__)");
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("FileNotFoundError 2 No such file or directory missing.txt None [Errno 2] No such file or directory: 'missing.txt'\nPermissionError 13 Permission denied None None [Errno 13] Permission denied\nFileExistsError 17 x None None [Errno 17] x\nOSError None None None None just a message\nPermissionError 1 two files a b [Errno 1] two files: 'a' -> 'b'\nMine\n"));
    }

    /// <summary>An unknown keyword of an Argument-Clinic native reads as CPython's (not the Python-function wording).</summary>
    [Test]
    public void UnknownKeywordOfAClinicNative()
    {
        var result = PythonRunner.Run("import math\ntry:\n    math.isclose(1, 2, foo=1)\nexcept TypeError as e:\n    print(e)");
        Assert.That(result.Stdout, Is.EqualTo("'foo' is an invalid keyword argument for isclose()\n"));
    }
}
