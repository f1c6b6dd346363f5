using NUnit.Framework;

namespace Warden.Tests.Runtime;

/// <summary>str methods, formatting (f-strings, format, %), print and code-point semantics. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class StringTests
{
    [Test]
    public void StrMethods()
    {
        var result = PythonRunner.Run("s = 'Hello, World'\nprint(s.upper(), s.lower(), s.title(), s.swapcase(), s.capitalize(), s.casefold())\nprint(s.find('o'), s.rfind('o'), s.find('z'), s.index('W'), s.count('l'), s.startswith('He'), s.endswith(('x', 'ld')))\nprint(s.replace('l', 'L'), s.replace('l', 'L', 1), s.split(', '), s.split('o', 1), s.rsplit('o', 1), s.partition(', '), s.rpartition('o'))\nprint('  pad  '.strip(), '  pad  '.lstrip(), '  pad  '.rstrip(), 'xxhixx'.strip('x'), 'a b  c'.split(), ' a b '.split(None, 1))");
        Assert.That(result.Stdout, Is.EqualTo("HELLO, WORLD hello, world Hello, World hELLO, wORLD Hello, world hello, world\n4 8 -1 7 3 True True\nHeLLo, WorLd HeLlo, World ['Hello', 'World'] ['Hell', ', World'] ['Hello, W', 'rld'] ('Hello', ', ', 'World') ('Hello, W', 'o', 'rld')\npad pad     pad hi ['a', 'b', 'c'] ['a', 'b ']\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void StrPredicatesAndPadding()
    {
        var result = PythonRunner.Run("print('123'.isdigit(), 'abc'.isalpha(), 'ab1'.isalnum(), '  '.isspace(), 'ABC'.isupper(), 'abc'.islower(), 'Hello World'.istitle(), 'id_1'.isidentifier(), ''.isdigit())\nprint('ab'.center(6, '*'), 'ab'.ljust(5) + '|', 'ab'.rjust(5), '42'.zfill(5), '-42'.zfill(5), 'abc'.center(6), 'a\\tb'.expandtabs(4))");
        Assert.That(result.Stdout, Is.EqualTo("True True True True True True True True False\n**ab** ab   |    ab 00042 -0042  abc   a   b\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void JoinAndSplitLines()
    {
        var result = PythonRunner.Run("print(', '.join(['a', 'b', 'c']), ''.join(map(str, range(5))), '-'.join('abc'), 'a\\nb\\r\\nc'.splitlines(), 'line1\\nline2\\n'.splitlines(True), 'a,b,,c'.split(','), ''.split(','), ''.split())");
        Assert.That(result.Stdout, Is.EqualTo("a, b, c 01234 a-b-c ['a', 'b', 'c'] ['line1\\n', 'line2\\n'] ['a', 'b', '', 'c'] [''] []\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void JoinError()
    {
        var result = PythonRunner.Run("', '.join(['a', 1])");
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nTypeError: sequence item 1: expected str instance, int found\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void StrIndexingAndSlicing()
    {
        var result = PythonRunner.Run("s = 'abcdef'\nprint(s[0], s[-1], s[1:4], s[:2], s[3:], s[::2], s[::-1], s[10:], s[-3:-1], s[4:1], len(s))\ntry:\n    s[10]\nexcept IndexError as e:\n    print(e)");
        Assert.That(result.Stdout, Is.EqualTo("a f bcd ab def ace fedcba  de  6\nstring index out of range\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void CodePointSemantics()
    {
        var result = PythonRunner.Run("s = 'a\\U0001F600b'\nprint(len(s), s[1] == '\\U0001F600', s[2], s[::-1] == 'b\\U0001F600a', ord(s[1]), chr(128512) == s[1], list('h\\u00e9'), 'h\\u00e9'.upper())");
        Assert.That(result.Stdout, Is.EqualTo("3 True b True 128512 True ['h', 'é'] HÉ\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void FStrings()
    {
        var result = PythonRunner.Run("name = 'world'; n = 3.14159; w = 8\nprint(f'hello {name}!', f'{n:.2f}', f'{n!r}', f'{42:>5}|', f'{\"x\" * 3}', f'{{literal}}', f'{n:{w}.3f}|', f'{name!r:>10}', f'{1 + 1}', f'{[1, 2]}', f'{None}')");
        Assert.That(result.Stdout, Is.EqualTo("hello world! 3.14 3.14159    42| xxx {literal}    3.142|    'world' 2 [1, 2] None\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void FormatMethod()
    {
        var result = PythonRunner.Run("print('{} {}'.format(1, 'a'), '{0}{1}{0}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2), '{:>4}|{:<4}|{:^5}|'.format('a', 'b', 'c'), '{0[0]} {1[k]}'.format([9], {'k': 'v'}), '{:08.3f}'.format(3.14159), '{:,}'.format(1234567), '{!r}'.format('q'), '{:x} {:o} {:b} {:#x}'.format(255, 8, 5, 255))");
        Assert.That(result.Stdout, Is.EqualTo("1 a aba 1-2    a|b   |  c  | 9 v 0003.142 1,234,567 'q' ff 10 101 0xff\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void PercentFormatting()
    {
        var result = PythonRunner.Run("print('%s %d %.2f %5s|%-5s| %r %x %o %e %%' % ('a', 42, 3.14159, 'r', 'l', 'q', 255, 8, 12345.678), '%(a)s=%(b)d' % {'a': 'k', 'b': 7}, '%03d' % 5, '%+d' % 5, '%c' % 65)");
        Assert.That(result.Stdout, Is.EqualTo("a 42 3.14     r|l    | 'q' ff 10 1.234568e+04 % k=7 005 +5 A\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void PrintSepEnd()
    {
        var result = PythonRunner.Run("print('a', 'b', sep='-')\nprint('x', end='')\nprint('y', end='!\\n')\nprint()\nprint(1, 2, 3, sep='')\nprint('no', 'sep', sep=None)");
        Assert.That(result.Stdout, Is.EqualTo("a-b\nxy!\n\n123\nno sep\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void StrReprEscapes()
    {
        var result = PythonRunner.Run("print(repr('it\\'s'), repr('say \"hi\"'), repr('both \\' and \"'), repr('tab\\tnew\\nline'), repr('\\x00\\x7f'), repr('caf\\u00e9'), repr('\\u200b'), ascii('caf\\u00e9'))");
        Assert.That(result.Stdout, Is.EqualTo("\"it's\" 'say \"hi\"' 'both \\' and \"' 'tab\\tnew\\nline' '\\x00\\x7f' 'café' '\\u200b' 'caf\\xe9'\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void StrConversions()
    {
        var result = PythonRunner.Run("print(str(123), str(1.5), str([1]), str(None), str(True), str(b'x' if False else 'y'), repr(1.0), repr(1e-7), str(10**30), int('  12  '), str(-0.0))");
        Assert.That(result.Stdout, Is.EqualTo("123 1.5 [1] None True y 1.0 1e-07 1000000000000000000000000000000 12 -0.0\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void StrComparisonsAndMembership()
    {
        var result = PythonRunner.Run("print('a' < 'b', 'B' < 'a', 'abc' == 'abc', 'ab' in 'cabd', '' in 'x', 'xyz'.find(''), sorted(['b', 'A', 'a', 'B']), max('hello'), 'a' * 0 == '')");
        Assert.That(result.Stdout, Is.EqualTo("True True True True True 0 ['A', 'B', 'a', 'b'] o True\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void FStringDebugSpecifierAndBytes()
    {
        var result = PythonRunner.Run("x = 42; name = 'bob'\nprint(f'{x=}', f'{name=!s}', f'{x = :>5}', f'{x*2=}')\nprint(b'abc', b'a\\x00', len(b'xy'), b'x' + b'y', b'ab' * 2, b'a' < b'b', list(b'ab') if False else 0)\nprint('a-b-c'.count('-'), 'aaaa'.count('aa'), 'hello'.index('l'), 'x'.join([]))\nprint((255).to_bytes(2, 'big') if hasattr(int, 'to_bytes') else 'no to_bytes')\nprint(int.from_bytes(b'\\x01\\x00', 'big') if hasattr(int, 'from_bytes') else 'no from_bytes')\nprint(str.maketrans('ab', 'xy') if hasattr(str, 'maketrans') else 'no maketrans')\nprint(sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]), list(map(int, '1 2 3'.split())))\nprint(float('1e500'), -float('1e500'), float('-0'), 1e-320, 5e-324, 2.0 ** 1023 * 2 if False else 1.7976931348623157e308)\nprint(round(0.5), round(1.5), round(2.5), round(-0.5), 0.1 * 3, 1 - 0.9, 100 * 1.1)\nprint(7 .__truediv__(2), (7).__mod__(3), (-7).__abs__(), int.__neg__(5))\n");
        Assert.That(result.Stdout, Is.EqualTo("x=42 name=bob x =    42 x*2=84\nb'abc' b'a\\x00' 2 b'xy' b'abab' True 0\n2 2 2 \nb'\\x00\\xff'\n256\n{97: 120, 98: 121}\n[('b', 1), ('a', 2)] [1, 2, 3]\ninf -inf -0.0 1e-320 5e-324 1.7976931348623157e+308\n0 2 2 0 0.30000000000000004 0.09999999999999998 110.00000000000001\n3.5 1 7 -5\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void IntBytesConversionsAndTranslate()
    {
        var result = PythonRunner.Run("for v, n, o, s in [(255, 2, 'big', False), (1, 4, 'little', False), (-1, 2, 'big', True), (-129, 2, 'little', True), (0, 0, 'big', False), (65535, 2, 'big', False)]:\n    b = v.to_bytes(n, o, signed=s)\n    print(v, b, int.from_bytes(b, o, signed=s))\nfor v, n in [(256, 1), (-1, 1)]:\n    try:\n        v.to_bytes(n, 'big')\n    except OverflowError as e:\n        print(e)\nprint('hello'.translate(str.maketrans('lo', 'xy', 'h')), 'abc'.translate({97: 'AA', 98: None}))\n");
        Assert.That(result.Stdout, Is.EqualTo("255 b'\\x00\\xff' 255\n1 b'\\x01\\x00\\x00\\x00' 1\n-1 b'\\xff\\xff' -1\n-129 b'\\x7f\\xff' -129\n0 b'' 0\n65535 b'\\xff\\xff' 65535\nint too big to convert\ncan't convert negative int to unsigned\nexxy AAc\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }
}
