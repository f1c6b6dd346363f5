using NUnit.Framework;

namespace Warden.Tests.Runtime;

/// <summary>try/except/finally/with, except*, exception groups, chaining, and uncaught tracebacks formatted as CPython prints them. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class ExceptionTests
{
    [Test]
    public void TryExceptElseFinally()
    {
        var result = PythonRunner.Run("def f(x):\n    try:\n        r = 10 / x\n    except ZeroDivisionError as e:\n        print('caught', e)\n        return 'handler'\n    else:\n        print('else', r)\n        return 'else'\n    finally:\n        print('finally')\nprint(f(0))\nprint(f(5))");
        Assert.That(result.Stdout, Is.EqualTo("caught division by zero\nfinally\nhandler\nelse 2.0\nfinally\nelse\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void ExceptTupleAndBare()
    {
        var result = PythonRunner.Run("for exc in [KeyError('k'), ValueError('v'), TypeError('t')]:\n    try:\n        raise exc\n    except (KeyError, ValueError) as e:\n        print('tuple', type(e).__name__)\n    except:\n        print('bare')");
        Assert.That(result.Stdout, Is.EqualTo("tuple KeyError\ntuple ValueError\nbare\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void RaiseFromAndContext()
    {
        var result = PythonRunner.Run("try:\n    try:\n        raise KeyError('inner')\n    except KeyError as e:\n        raise ValueError('outer') from e\nexcept ValueError as e:\n    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)\ntry:\n    try:\n        1 / 0\n    except ZeroDivisionError:\n        raise RuntimeError('during')\nexcept RuntimeError as e:\n    print(repr(e.__context__), e.__cause__)");
        Assert.That(result.Stdout, Is.EqualTo("KeyError('inner') KeyError('inner') True\nZeroDivisionError('division by zero') None\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void BareReraise()
    {
        var result = PythonRunner.Run("def f():\n    try:\n        raise ValueError('x')\n    except ValueError:\n        print('logging')\n        raise\ntry:\n    f()\nexcept ValueError as e:\n    print('reraised', e)");
        Assert.That(result.Stdout, Is.EqualTo("logging\nreraised x\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void CustomExceptionHierarchy()
    {
        var result = PythonRunner.Run("class AppError(Exception):\n    pass\nclass NotFound(AppError):\n    def __init__(self, what):\n        super().__init__(f'{what} not found')\n        self.what = what\ntry:\n    raise NotFound('file')\nexcept AppError as e:\n    print(type(e).__name__, e, e.what, e.args, repr(e), isinstance(e, Exception))");
        Assert.That(result.Stdout, Is.EqualTo("NotFound file not found file ('file not found',) NotFound('file not found') True\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void ExceptionArgsAndStr()
    {
        var result = PythonRunner.Run("print(str(ValueError()), str(ValueError('a')), str(ValueError('a', 1)), repr(ValueError('a', 1)), str(KeyError('k')), repr(KeyError('k')), KeyError().args, StopIteration(5).value)");
        Assert.That(result.Stdout, Is.EqualTo(" a ('a', 1) ValueError('a', 1) 'k' KeyError('k') () 5\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void FinallyRunsOnBreakContinueReturn()
    {
        var result = PythonRunner.Run("for i in range(3):\n    try:\n        if i == 0:\n            continue\n        if i == 2:\n            break\n        print('body', i)\n    finally:\n        print('finally', i)\ndef g():\n    try:\n        return 'ret'\n    finally:\n        print('cleanup')\nprint(g())");
        Assert.That(result.Stdout, Is.EqualTo("finally 0\nbody 1\nfinally 1\nfinally 2\ncleanup\nret\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void ExceptionVariableIsCleared()
    {
        var result = PythonRunner.Run("try:\n    raise ValueError\nexcept ValueError as err:\n    pass\ntry:\n    err\nexcept NameError as e:\n    print(e)");
        Assert.That(result.Stdout, Is.EqualTo("name 'err' is not defined\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void WithStatement()
    {
        var result = PythonRunner.Run("class Ctx:\n    def __init__(self, name, swallow=False):\n        self.name, self.swallow = name, swallow\n    def __enter__(self):\n        print('enter', self.name)\n        return self.name\n    def __exit__(self, t, v, tb):\n        print('exit', self.name, t.__name__ if t else None)\n        return self.swallow\nwith Ctx('a') as a, Ctx('b') as b:\n    print('body', a, b)\nwith Ctx('c', swallow=True):\n    raise KeyError('x')\ntry:\n    with Ctx('d'):\n        raise KeyError('y')\nexcept KeyError as e:\n    print('propagated', e)");
        Assert.That(result.Stdout, Is.EqualTo("enter a\nenter b\nbody a b\nexit b None\nexit a None\nenter c\nexit c KeyError\nenter d\nexit d KeyError\npropagated 'y'\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void UncaughtTracebackWithCarets()
    {
        var result = PythonRunner.Run("def a(x):\n    return b(x) + 1\ndef b(y):\n    d = {'k': 1}\n    return d['k'] / (y - y)\nprint('start')\na(3)\n", asFile: true);
        Assert.That(result.Stdout, Is.EqualTo("start\n"));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"{FILE}\", line 7, in <module>\n    a(3)\n  File \"{FILE}\", line 2, in a\n    return b(x) + 1\n           ^^^^\n  File \"{FILE}\", line 5, in b\n    return d['k'] / (y - y)\n           ~~~~~~~^~~~~~~~~\nZeroDivisionError: division by zero\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void UncaughtChainedTraceback()
    {
        var result = PythonRunner.Run("class E(Exception): pass\ndef f():\n    try:\n        [][0]\n    except IndexError:\n        raise E('bad')\nf()\n", asFile: true);
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"{FILE}\", line 4, in f\n    [][0]\n    ~~^^^\nIndexError: list index out of range\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"{FILE}\", line 7, in <module>\n    f()\n  File \"{FILE}\", line 6, in f\n    raise E('bad')\nE: bad\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void UncaughtCauseTraceback()
    {
        var result = PythonRunner.Run("try:\n    1/0\nexcept ZeroDivisionError as e:\n    raise TypeError('converted') from e\n", asFile: true);
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"{FILE}\", line 2, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File \"{FILE}\", line 4, in <module>\n    raise TypeError('converted') from e\nTypeError: converted\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void UncaughtInFinally()
    {
        var result = PythonRunner.Run("def g():\n    raise ValueError('multi\\nline')\ntry:\n    g()\nfinally:\n    print('cleanup')\n", asFile: true);
        Assert.That(result.Stdout, Is.EqualTo("cleanup\n"));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"{FILE}\", line 4, in <module>\n    g()\n  File \"{FILE}\", line 2, in g\n    raise ValueError('multi\\nline')\nValueError: multi\nline\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void UncaughtSubscriptCarets()
    {
        var result = PythonRunner.Run("data = {'a': [1, 2]}\nvalue = data['a'][5]\n", asFile: true);
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"{FILE}\", line 2, in <module>\n    value = data['a'][5]\n            ~~~~~~~~~^^^\nIndexError: list index out of range\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void UncaughtAttributeCarets()
    {
        var result = PythonRunner.Run("class A: pass\nobj = A()\nprint(obj.missing_attr)\n", asFile: true);
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"{FILE}\", line 3, in <module>\n    print(obj.missing_attr)\n          ^^^^^^^^^^^^^^^^\nAttributeError: 'A' object has no attribute 'missing_attr'\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void UncaughtWithoutSourceLines()
    {
        var result = PythonRunner.Run("def f():\n    raise KeyError('k')\nf()");
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\n  File \"<string>\", line 2, in f\nKeyError: 'k'\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void SystemExitCodes()
    {
        var result = PythonRunner.Run("import_ok = 1\nraise SystemExit(3)");
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo(""));
        Assert.That(result.ExitCode, Is.EqualTo(3));
    }

    [Test]
    public void SystemExitMessage()
    {
        var result = PythonRunner.Run("raise SystemExit('bye')");
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("bye\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void ExceptionInExceptClauseType()
    {
        var result = PythonRunner.Run("try:\n    raise ValueError\nexcept 42:\n    pass");
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nValueError\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"<string>\", line 3, in <module>\nTypeError: catching classes that do not inherit from BaseException is not allowed\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void RaiseNonException()
    {
        var result = PythonRunner.Run("raise 5");
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nTypeError: exceptions must derive from BaseException\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void NotesOnExceptions()
    {
        var result = PythonRunner.Run("try:\n    e = ValueError('v')\n    e.add_note('extra info')\n    raise e\nexcept ValueError as x:\n    print(x.__notes__)\ne = KeyError('k')\ne.add_note('note 1')\nraise e\n", asFile: true);
        Assert.That(result.Stdout, Is.EqualTo("['extra info']\n"));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"{FILE}\", line 9, in <module>\n    raise e\nKeyError: 'k'\nnote 1\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void ExceptionGroupsAndExceptStar()
    {
        var result = PythonRunner.Run("eg = ExceptionGroup('msg', [ValueError(1), TypeError('t'), ExceptionGroup('inner', [KeyError('k'), ValueError(2)])])\nprint(repr(eg), str(eg), eg.args, eg.message, eg.exceptions)\nm, r = eg.split(ValueError)\nprint(repr(m), repr(r))\nprint(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))\nprint(type(BaseExceptionGroup('x', [ValueError()])).__name__, type(BaseExceptionGroup('x', [KeyboardInterrupt()])).__name__)\nfor args in [(1, [ValueError()]), ('m', []), ('m', [1]), ('m', 5)]:\n    try:\n        ExceptionGroup(*args)\n    except Exception as e:\n        print(type(e).__name__, e)\ntry:\n    ExceptionGroup('m', [KeyboardInterrupt()])\nexcept TypeError as e:\n    print(e)\ntry:\n    raise ExceptionGroup('g', [ValueError(1), TypeError(2), KeyError(3)])\nexcept* ValueError as e:\n    print('VE', repr(e))\nexcept* (TypeError, KeyError) as e:\n    print('TE', repr(e))\ntry:\n    try:\n        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])\n    except* ValueError:\n        print('handled VE')\nexcept ExceptionGroup as e:\n    print('rest', repr(e))\ntry:\n    raise ValueError('naked')\nexcept* ValueError as e:\n    print('naked', repr(e))\ntry:\n    try:\n        raise ExceptionGroup('g', [ValueError(1)])\n    except* ValueError:\n        raise KeyError('new')\nexcept ExceptionGroup as e:\n    print('combined', repr(e), repr(e.exceptions[0].__context__))\ntry:\n    try:\n        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])\n    except* ValueError:\n        raise\nexcept ExceptionGroup as e:\n    print('reraised', repr(e))\ntry:\n    try:\n        raise KeyError('unmatched naked')\n    except* ValueError:\n        print('no')\nexcept KeyError as e:\n    print('naked passes through', repr(e))\nprint(ExceptionGroup('a', [ValueError(1)]).derive([KeyError(2)]))\ntry:\n    raise ExceptionGroup('x', [ValueError(1)])\nexcept* ValueError:\n    pass\nelse:\n    print('not here')\nfinally:\n    print('finally runs')\n");
        Assert.That(result.Stdout, Is.EqualTo("ExceptionGroup('msg', [ValueError(1), TypeError('t'), ExceptionGroup('inner', [KeyError('k'), ValueError(2)])]) msg (3 sub-exceptions) ('msg', [ValueError(1), TypeError('t'), ExceptionGroup('inner', [KeyError('k'), ValueError(2)])]) msg (ValueError(1), TypeError('t'), ExceptionGroup('inner', [KeyError('k'), ValueError(2)]))\nExceptionGroup('msg', [ValueError(1), ExceptionGroup('inner', [ValueError(2)])]) ExceptionGroup('msg', [TypeError('t'), ExceptionGroup('inner', [KeyError('k')])])\nExceptionGroup('msg', [ExceptionGroup('inner', [KeyError('k')])])\nExceptionGroup BaseExceptionGroup\nTypeError BaseExceptionGroup.__new__() argument 1 must be str, not int\nValueError second argument (exceptions) must be a non-empty sequence\nValueError Item 0 of second argument (exceptions) is not an exception\nTypeError second argument (exceptions) must be a sequence\nCannot nest BaseExceptions in an ExceptionGroup\nVE ExceptionGroup('g', [ValueError(1)])\nTE ExceptionGroup('g', [TypeError(2), KeyError(3)])\nhandled VE\nrest ExceptionGroup('g', [TypeError(2)])\nnaked ExceptionGroup('', (ValueError('naked'),))\ncombined ExceptionGroup('', [KeyError('new')]) ExceptionGroup('g', [ValueError(1)])\nreraised ExceptionGroup('g', [ValueError(1), TypeError(2)])\nnaked passes through KeyError('unmatched naked')\na (1 sub-exception)\nfinally runs\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void UncaughtExceptionGroupTraceback()
    {
        var result = PythonRunner.Run("def f():\n    raise ExceptionGroup(\"many\", [ValueError(1), TypeError(\"bad\")])\nf()\n", asFile: true);
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("  + Exception Group Traceback (most recent call last):\n  |   File \"{FILE}\", line 3, in <module>\n  |     f()\n  |   File \"{FILE}\", line 2, in f\n  |     raise ExceptionGroup(\"many\", [ValueError(1), TypeError(\"bad\")])\n  | ExceptionGroup: many (2 sub-exceptions)\n  +-+---------------- 1 ----------------\n    | ValueError: 1\n    +---------------- 2 ----------------\n    | TypeError: bad\n    +------------------------------------\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void UncaughtNestedExceptionGroupWithCauses()
    {
        var result = PythonRunner.Run("def inner():\n    try:\n        1 / 0\n    except ZeroDivisionError as e:\n        raise ValueError('from zde') from e\ndef f():\n    excs = []\n    for i in range(3):\n        try:\n            if i == 0:\n                inner()\n            raise KeyError(i)\n        except Exception as e:\n            excs.append(e)\n    raise ExceptionGroup('outer', [ExceptionGroup('nested', excs[:2]), excs[2]])\nf()\n", asFile: true);
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("  + Exception Group Traceback (most recent call last):\n  |   File \"{FILE}\", line 16, in <module>\n  |     f()\n  |   File \"{FILE}\", line 15, in f\n  |     raise ExceptionGroup('outer', [ExceptionGroup('nested', excs[:2]), excs[2]])\n  | ExceptionGroup: outer (2 sub-exceptions)\n  +-+---------------- 1 ----------------\n    | ExceptionGroup: nested (2 sub-exceptions)\n    +-+---------------- 1 ----------------\n      | Traceback (most recent call last):\n      |   File \"{FILE}\", line 3, in inner\n      |     1 / 0\n      |     ~~^~~\n      | ZeroDivisionError: division by zero\n      | \n      | The above exception was the direct cause of the following exception:\n      | \n      | Traceback (most recent call last):\n      |   File \"{FILE}\", line 11, in f\n      |     inner()\n      |   File \"{FILE}\", line 5, in inner\n      |     raise ValueError('from zde') from e\n      | ValueError: from zde\n      +---------------- 2 ----------------\n      | Traceback (most recent call last):\n      |   File \"{FILE}\", line 12, in f\n      |     raise KeyError(i)\n      | KeyError: 1\n      +------------------------------------\n    +---------------- 2 ----------------\n    | Traceback (most recent call last):\n    |   File \"{FILE}\", line 12, in f\n    |     raise KeyError(i)\n    | KeyError: 2\n    +------------------------------------\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }
}
