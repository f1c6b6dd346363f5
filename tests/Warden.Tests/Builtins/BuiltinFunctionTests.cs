using NUnit.Framework;

using Warden.Tests.Runtime;

namespace Warden.Tests.Builtins;

/// <summary>Functions of the builtins module and the sys module, with CPython's results and error messages. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class BuiltinFunctionTests
{
    [Test]
    public void LenAndErrors()
    {
        var result = PythonRunner.Run("print(len('abc'), len([1]), len({}), len(range(10)), len((1, 2)))\nfor x in [5, None, 3.5]:\n    try:\n        len(x)\n    except TypeError as e:\n        print(e)");
        Assert.That(result.Stdout, Is.EqualTo("3 1 0 10 2\nobject of type 'int' has no len()\nobject of type 'NoneType' has no len()\nobject of type 'float' has no len()\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void MinMaxSumErrors()
    {
        var result = PythonRunner.Run("for f in [lambda: min([]), lambda: max(), lambda: sum(['a', 'b']), lambda: sum([1], 'x'), lambda: max(1, 'a'), lambda: min(5)]:\n    try:\n        f()\n    except Exception as e:\n        print(type(e).__name__, e)");
        Assert.That(result.Stdout, Is.EqualTo("ValueError min() arg is an empty sequence\nTypeError max expected at least 1 argument, got 0\nTypeError unsupported operand type(s) for +: 'int' and 'str'\nTypeError sum() can't sum strings [use ''.join(seq) instead]\nTypeError '>' not supported between instances of 'str' and 'int'\nTypeError 'int' object is not iterable\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void ChrOrdAndRadix()
    {
        var result = PythonRunner.Run("print(chr(97), chr(0x1F600) == '\\U0001F600', ord('A'), ord('\\u00e9'), hex(0), hex(-1), bin(10), oct(64), hex(2**70))\nfor f in [lambda: chr(-1), lambda: ord('ab'), lambda: ord(5), lambda: hex(1.5)]:\n    try:\n        f()\n    except Exception as e:\n        print(type(e).__name__, e)");
        Assert.That(result.Stdout, Is.EqualTo("a True 65 233 0x0 -0x1 0b1010 0o100 0x400000000000000000\nValueError chr() arg not in range(0x110000)\nTypeError ord() expected a character, but string of length 2 found\nTypeError ord() expected string of length 1, but int found\nTypeError 'float' object cannot be interpreted as an integer\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void GetattrSetattrHasattr()
    {
        var result = PythonRunner.Run("class A:\n    pass\na = A()\nsetattr(a, 'x', 5)\nprint(getattr(a, 'x'), getattr(a, 'y', 'dflt'), hasattr(a, 'x'), hasattr(a, 'y'))\ndelattr(a, 'x')\nprint(hasattr(a, 'x'))\ntry:\n    getattr(a, 'y')\nexcept AttributeError as e:\n    print(e)");
        Assert.That(result.Stdout, Is.EqualTo("5 dflt True False\nFalse\n'A' object has no attribute 'y'\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void IterNextCallable()
    {
        var result = PythonRunner.Run("it = iter([1, 2])\nprint(next(it), next(it), next(it, 'end'), callable(len), callable(1), callable(lambda: 0), callable(int))\ntry:\n    next(it)\nexcept StopIteration:\n    print('StopIteration')\ntry:\n    next([1])\nexcept TypeError as e:\n    print(e)\ntry:\n    iter(5)\nexcept TypeError as e:\n    print(e)");
        Assert.That(result.Stdout, Is.EqualTo("1 2 end True False True True\nStopIteration\n'list' object is not an iterator\n'int' object is not iterable\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void ZipStrictAndEnumerateStart()
    {
        var result = PythonRunner.Run("print(list(zip('ab', 'cd', strict=True)), list(enumerate('xy', start=10)))\ntry:\n    list(zip('ab', 'c', strict=True))\nexcept ValueError as e:\n    print(e)");
        Assert.That(result.Stdout, Is.EqualTo("[('a', 'c'), ('b', 'd')] [(10, 'x'), (11, 'y')]\nzip() argument 2 is shorter than argument 1\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void IsinstanceErrors()
    {
        var result = PythonRunner.Run("try:\n    isinstance(1, 'int')\nexcept TypeError as e:\n    print(e)\ntry:\n    issubclass(1, int)\nexcept TypeError as e:\n    print(e)");
        Assert.That(result.Stdout, Is.EqualTo("isinstance() arg 2 must be a type, a tuple of types, or a union\nissubclass() arg 1 must be a class\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void TypeReprs()
    {
        var result = PythonRunner.Run("print(int, str, type, object, len, print, type(print), type(len), type([].append), type(lambda: 0), NotImplemented, Ellipsis, ...)");
        Assert.That(result.Stdout, Is.EqualTo("<class 'int'> <class 'str'> <class 'type'> <class 'object'> <built-in function len> <built-in function print> <class 'builtin_function_or_method'> <class 'builtin_function_or_method'> <class 'builtin_function_or_method'> <class 'function'> NotImplemented Ellipsis Ellipsis\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void HashAndId()
    {
        var result = PythonRunner.Run("print(hash(1), hash(-1), hash(True), hash(1.0), hash(0.0), hash(None) == hash(None), hash((1, 2)) == hash((1, 2)), id(1) == id(1), hash(2**61 - 1), hash(2**61), hash(-2**61))");
        Assert.That(result.Stdout, Is.EqualTo("1 -2 1 1 0 True True True 0 1 -2\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void RoundAndPow()
    {
        var result = PythonRunner.Run("print(round(1.23456, 3), round(-1.5), round(1e300, 2), round(12345, -2), pow(2, 100, 7), pow(3, -1, 7), pow(-2, 3), pow(2.0, 0.5))\ntry:\n    pow(2, 3, 0)\nexcept ValueError as e:\n    print(e)");
        Assert.That(result.Stdout, Is.EqualTo("1.235 -2 1e+300 12300 2 5 -8 1.4142135623730951\npow() 3rd argument cannot be 0\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void DirAndVars()
    {
        var result = PythonRunner.Run("class A:\n    def __init__(self):\n        self.b = 1\n        self.a = 2\na = A()\nprint(vars(a), [n for n in dir(a) if not n.startswith('_')], sorted(vars(A).keys())[:3])");
        Assert.That(result.Stdout, Is.EqualTo("{'b': 1, 'a': 2} ['a', 'b'] ['__dict__', '__doc__', '__init__']\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void FormatBuiltin()
    {
        var result = PythonRunner.Run("print(format(12), format(3.5, '08.2f'), format('x', '^5'), format(True), format(10, 'b'), format(1.5e-7), format(123.456, 'e'), format(0.000123, 'g'), format(1234.5, ',.1f'))");
        Assert.That(result.Stdout, Is.EqualTo("12 00003.50   x   True 1010 1.5e-07 1.234560e+02 0.000123 1,234.5\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void BoolAndNoneConversions()
    {
        var result = PythonRunner.Run("print(bool(0), bool(''), bool([0]), bool(None), int(True), float(False), str(None), repr(None), None is None, type(None)())");
        Assert.That(result.Stdout, Is.EqualTo("False False True False 1 0.0 None None True None\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void ExecEvalCompile()
    {
        var result = PythonRunner.Run("x = 10\nprint(eval('x * 2 + 1'), eval(' 1 + 1'), eval('y + 1', {'y': 5}), eval('a + b', {'a': 1}, {'b': 2}))\nexec('z = x + 5\\nprint(\"in exec\", z)')\nprint(z)\nns = {}\nexec('def f(n):\\n    return n * 3\\nresult = f(4)', ns)\nprint(ns['result'], sorted(k for k in ns if k != '__builtins__'))\ncode = compile('q = 7', '<mine>', 'exec')\nexec(code)\nprint(q, type(code).__name__)\ndef inner():\n    w = 3\n    return eval('w + x')\nprint(inner())\ntry:\n    eval('1 +')\nexcept SyntaxError as e:\n    print('SyntaxError', e.msg)\ntry:\n    exec('raise KeyError(\"k\")')\nexcept KeyError as e:\n    print('KeyError', e)\n");
        Assert.That(result.Stdout, Is.EqualTo("21 2 6 3\nin exec 15\n15\n12 ['f', 'result']\n7 code\n13\nSyntaxError invalid syntax\nKeyError 'k'\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void PrivateNameMangling()
    {
        var result = PythonRunner.Run("class Secret:\n    __count = 0\n    def __init__(self, v):\n        self.__value = v\n        Secret.__count += 1\n    def reveal(self):\n        return self.__value, self.__count\n    def __hidden(self):\n        return 'hidden'\n    def call(self):\n        return self.__hidden()\ns = Secret(42)\nprint(s.reveal(), s._Secret__value, s.call(), hasattr(s, '__value'), sorted(k for k in vars(s)))\nclass _Under:\n    def __m(self, __a=1):\n        return __a\n    def go(self):\n        return self.__m()\nprint(_Under().go(), [n for n in dir(_Under) if 'm' in n and n.startswith('_U')])\ntry:\n    s.__value\nexcept AttributeError as e:\n    print(e)\n");
        Assert.That(result.Stdout, Is.EqualTo("(42, 1) 42 hidden False ['_Secret__value']\n1 ['_Under__m']\n'Secret' object has no attribute '__value'\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void SysModuleBasics()
    {
        var result = PythonRunner.Run("import sys\nfrom sys import getrecursionlimit as grl\nprint(type(sys.stdout).__name__, sys.stdout.write('hi\\n'), grl(), sys.maxsize, type(sys.argv), sys.version_info[:2] >= (3, 11))\nprint('to stderr', file=sys.stderr)\nsys.stderr.write('direct\\n')\ntry:\n    from sys import nothing\nexcept ImportError as e:\n    print(e)\ntry:\n    import nosuch\nexcept ImportError as e:\n    print(type(e).__name__, e, e.name)\ntry:\n    sys.setrecursionlimit(0)\nexcept ValueError as e:\n    print(e)\nsys.setrecursionlimit(50)\ndef deep(n):\n    return deep(n + 1) if n < 100 else n\ntry:\n    deep(0)\nexcept RecursionError as e:\n    print('limited', e)\nsys.setrecursionlimit(1000)\nprint(deep(0), 'sys' in sys.modules)\ntry:\n    raise KeyError('x')\nexcept KeyError:\n    print(sys.exc_info()[0].__name__, repr(sys.exception()))\nsys.exit(3)\n");
        Assert.That(result.Stdout, Is.EqualTo("hi\nTextIOWrapper 3 1000 9223372036854775807 <class 'list'> True\ncannot import name 'nothing' from 'sys' (unknown location)\nModuleNotFoundError No module named 'nosuch' nosuch\nrecursion limit must be greater or equal than 1\nlimited maximum recursion depth exceeded\n100 True\nKeyError KeyError('x')\n"));
        Assert.That(result.Stderr, Is.EqualTo("to stderr\ndirect\n"));
        Assert.That(result.ExitCode, Is.EqualTo(3));
    }

    [Test]
    public void ImportOfUnknownModuleFails()
    {
        var result = PythonRunner.Run("import warden_no_such_module\n");
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nModuleNotFoundError: No module named 'warden_no_such_module'\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void OpenReadWriteAppendBinary()
    {
        var result = PythonRunner.Run("try:\n    open('/nonexistent/x.txt')\nexcept OSError as e:\n    print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.args)\nprint(str(OSError('plain')), str(OSError(1, 'two')))\np = '/tmp/warden_open_test.txt'\nwith open(p, 'w') as f:\n    print(type(f).__name__, f.write('line1\\nline2\\n'), f.name == p, f.mode, f.closed)\nprint(f.closed)\nwith open(p) as f:\n    print(repr(f.read()))\nwith open(p) as f:\n    print(list(f))\nwith open(p) as f:\n    print(repr(f.readline()), f.readlines())\nwith open(p, 'a') as f:\n    f.write('x\\u00e9')\nwith open(p, 'rb') as f:\n    print(f.read())\ntry:\n    f.read()\nexcept ValueError as e:\n    print(e)\nwith open(p, 'wb') as f:\n    print(f.write(b'bytes\\n'))\nwith open(p) as f:\n    for line in f:\n        print('line:', line.rstrip())\ntry:\n    open(p, 'q')\nexcept ValueError as e:\n    print(e)\n");
        Assert.That(result.Stdout, Is.EqualTo("FileNotFoundError [Errno 2] No such file or directory: '/nonexistent/x.txt' 2 No such file or directory /nonexistent/x.txt (2, 'No such file or directory')\nplain [Errno 1] two\nTextIOWrapper 12 True w False\nTrue\n'line1\\nline2\\n'\n['line1\\n', 'line2\\n']\n'line1\\n' ['line2\\n']\nb'line1\\nline2\\nx\\xc3\\xa9'\nread of closed file\n6\nline: bytes\ninvalid mode: 'q'\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }
}
