using NUnit.Framework;

namespace Warden.Tests.Runtime;

/// <summary>Variables, conditionals, loops, unpacking, assignment forms and match statements. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class ControlFlowTests
{
    [Test]
    public void VariablesAndIf()
    {
        var result = PythonRunner.Run("x = 5\nif x > 3:\n    print('big')\nelif x > 1:\n    print('medium')\nelse:\n    print('small')\ny = 'yes' if x % 2 else 'no'\nprint(y)");
        Assert.That(result.Stdout, Is.EqualTo("big\nyes\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void WhileWithBreakContinueElse()
    {
        var result = PythonRunner.Run("i = 0\nwhile i < 10:\n    i += 1\n    if i % 2 == 0:\n        continue\n    if i > 7:\n        break\n    print(i)\nelse:\n    print('no break')\nwhile False:\n    pass\nelse:\n    print('else runs')");
        Assert.That(result.Stdout, Is.EqualTo("1\n3\n5\n7\nelse runs\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void ForOverRangeAndList()
    {
        var result = PythonRunner.Run("for i in range(3):\n    print(i)\nfor x in [10, 20]:\n    print(x)\nfor i in range(10, 0, -3):\n    print(i, end=' ')\nprint()\nfor c in 'hi':\n    print(c)\nfor i in []:\n    pass\nelse:\n    print('empty else')");
        Assert.That(result.Stdout, Is.EqualTo("0\n1\n2\n10\n20\n10 7 4 1 \nh\ni\nempty else\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void NestedLoops()
    {
        var result = PythonRunner.Run("for i in range(3):\n    for j in range(3):\n        if j == 2:\n            break\n        if i == j:\n            continue\n        print(i, j)");
        Assert.That(result.Stdout, Is.EqualTo("0 1\n1 0\n2 0\n2 1\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void BooleanOperators()
    {
        var result = PythonRunner.Run("print(1 and 2, 0 and 2, 1 or 2, 0 or 2, not 1, not 0, None or 'default', [] and 'x', 'a' if '' else 'b')");
        Assert.That(result.Stdout, Is.EqualTo("2 0 1 2 False True default [] b\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void Unpacking()
    {
        var result = PythonRunner.Run("a, b = 1, 2\na, b = b, a\nprint(a, b)\nx, (y, z) = 1, (2, 3)\nprint(x, y, z)\nfirst, *rest = [1, 2, 3]\nprint(first, rest)\n*init, last = 'abc'\nprint(init, last)\nfor k, v in [(1, 'a'), (2, 'b')]:\n    print(k, v)");
        Assert.That(result.Stdout, Is.EqualTo("2 1\n1 2 3\n1 [2, 3]\n['a', 'b'] c\n1 a\n2 b\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void AugmentedAssignment()
    {
        var result = PythonRunner.Run("x = 10\nx += 5\nx -= 3\nx *= 2\nx //= 5\nx **= 3\nx %= 7\nprint(x)\nl = [1]\nl += [2]\nl *= 2\nprint(l)\ns = 'a'\ns += 'b'\nprint(s)\nd = {'k': 1}\nd['k'] += 10\nprint(d)");
        Assert.That(result.Stdout, Is.EqualTo("1\n[1, 2, 1, 2]\nab\n{'k': 11}\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void WalrusAndChainedComparison()
    {
        var result = PythonRunner.Run("data = [1, 5, 12, 3]\nif (n := len(data)) > 3:\n    print('long', n)\nprint([y for x in data if (y := x * 2) > 5])\nprint(1 < 2 < 3 < 4, 1 < 3 < 2)");
        Assert.That(result.Stdout, Is.EqualTo("long 4\n[10, 24, 6]\nTrue False\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void GlobalStatement()
    {
        var result = PythonRunner.Run("counter = 0\ndef bump():\n    global counter\n    counter += 1\nbump(); bump()\nprint(counter)");
        Assert.That(result.Stdout, Is.EqualTo("2\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void DeleteStatement()
    {
        var result = PythonRunner.Run("x = 1\ndel x\ntry:\n    x\nexcept NameError as e:\n    print(e)\nl = [1, 2, 3]\ndel l[0]\nd = {'a': 1, 'b': 2}\ndel d['a']\nprint(l, d)");
        Assert.That(result.Stdout, Is.EqualTo("name 'x' is not defined\n[2, 3] {'b': 2}\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void NameErrorMessage()
    {
        var result = PythonRunner.Run("print(undefined_name)");
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nNameError: name 'undefined_name' is not defined\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void AssertStatement()
    {
        var result = PythonRunner.Run("assert True\ntry:\n    assert 1 == 2, 'math broke'\nexcept AssertionError as e:\n    print('AssertionError', e)\nassert False");
        Assert.That(result.Stdout, Is.EqualTo("AssertionError math broke\n"));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"<string>\", line 6, in <module>\nAssertionError\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void MatchStatement()
    {
        var result = PythonRunner.Run("def describe(x):\n    match x:\n        case 0 | 1:\n            return 'small int'\n        case int(n) if n < 0:\n            return f'negative {n}'\n        case int() | float():\n            return 'number'\n        case 'hello' | 'hi':\n            return 'greeting'\n        case str(s):\n            return f'string {s!r}'\n        case []:\n            return 'empty list'\n        case [single]:\n            return f'one item {single}'\n        case [first, *rest] if len(rest) > 2:\n            return f'long list starting {first}, {len(rest)} more'\n        case (a, b):\n            return f'pair {a} {b}'\n        case [a, b, *_]:\n            return f'starts {a} {b}'\n        case {'type': 'point', 'x': x, 'y': y}:\n            return f'point {x},{y}'\n        case {'type': kind, **others}:\n            return f'typed {kind} {sorted(others)}'\n        case None:\n            return 'none'\n        case True:\n            return 'never (True == 1 matched above)'\n        case _:\n            return 'other'\nclass Point:\n    __match_args__ = ('x', 'y')\n    def __init__(self, x, y):\n        self.x, self.y = x, y\ndef where(p):\n    match p:\n        case Point(0, 0):\n            return 'origin'\n        case Point(x=0, y=yy):\n            return f'on y axis at {yy}'\n        case Point(xx, 0):\n            return f'on x axis at {xx}'\n        case Point(x, y) as pt if x == y:\n            return f'diagonal {pt.x}'\n        case Point():\n            return 'somewhere'\n        case _:\n            return 'not a point'\nfor v in [0, 1, -5, 3, 2.5, 'hi', 'yo', [], [7], [1, 2, 3, 4, 5], (1, 2), [1, 2, 3], {'type': 'point', 'x': 1, 'y': 2}, {'type': 'circle', 'r': 3, 'c': 0}, None, True, {1, 2}, range(2)]:\n    print(repr(v), '->', describe(v))\nfor p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(4, 4), Point(1, 2), 'x']:\n    print(where(p))\nmatch {'a': 1}:\n    case {'a': 1, **rest}:\n        print('rest', rest)\nmatch 'abc':\n    case [*chars]:\n        print('sequence?')\n    case _:\n        print('str is not a sequence pattern')\n");
        Assert.That(result.Stdout, Is.EqualTo("0 -> small int\n1 -> small int\n-5 -> negative -5\n3 -> number\n2.5 -> number\n'hi' -> greeting\n'yo' -> string 'yo'\n[] -> empty list\n[7] -> one item 7\n[1, 2, 3, 4, 5] -> long list starting 1, 4 more\n(1, 2) -> pair 1 2\n[1, 2, 3] -> starts 1 2\n{'type': 'point', 'x': 1, 'y': 2} -> point 1,2\n{'type': 'circle', 'r': 3, 'c': 0} -> typed circle ['c', 'r']\nNone -> none\nTrue -> small int\n{1, 2} -> other\nrange(0, 2) -> pair 0 1\norigin\non y axis at 5\non x axis at 3\ndiagonal 4\nsomewhere\nnot a point\nrest {}\nstr is not a sequence pattern\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void MatchClassErrors()
    {
        var result = PythonRunner.Run("class P:\n    __match_args__ = ('a',)\n    a = 1\ntry:\n    match P():\n        case P(1, 2):\n            pass\nexcept TypeError as e:\n    print(e)\ntry:\n    match 5:\n        case len():\n            pass\nexcept TypeError as e:\n    print(e)\n");
        Assert.That(result.Stdout, Is.EqualTo("P() accepts 1 positional sub-pattern (2 given)\ncalled match pattern must be a type\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }
}
