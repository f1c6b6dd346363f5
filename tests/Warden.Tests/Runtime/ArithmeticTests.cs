using NUnit.Framework;

namespace Warden.Tests.Runtime;

/// <summary>int/float/complex/str/bool/None arithmetic, comparison and their error messages. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class ArithmeticTests
{
    [Test]
    public void PrintsSum()
    {
        var result = PythonRunner.Run("print(1 + 2)");
        Assert.That(result.Stdout, Is.EqualTo("3\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void IntArithmetic()
    {
        var result = PythonRunner.Run("print(7 + 3, 7 - 10, 6 * 7, 7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 2 ** 10, 2 ** -2, (-2) ** 3)");
        Assert.That(result.Stdout, Is.EqualTo("10 -3 42 3.5 3 -4 1 2 -2 1024 0.25 -8\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void BigIntegers()
    {
        var result = PythonRunner.Run("print(2 ** 100, -(2 ** 64), 10 ** 20 // 7, (2 ** 70) % 1000, 3 ** 50 - 3 ** 49, 9223372036854775807 + 1, -9223372036854775808 - 1, 9223372036854775807 * 2)");
        Assert.That(result.Stdout, Is.EqualTo("1267650600228229401496703205376 -18446744073709551616 14285714285714285714 424 478598658461235059180166 9223372036854775808 -9223372036854775809 18446744073709551614\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void IntBitOperations()
    {
        var result = PythonRunner.Run("print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 70, -16 >> 2, (2**65) >> 60, True & False, True | False, True ^ True)");
        Assert.That(result.Stdout, Is.EqualTo("1 7 6 -6 1180591620717411303424 -4 32 False True False\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void FloatArithmetic()
    {
        var result = PythonRunner.Run("print(0.1 + 0.2, 1.5 * 2, 1 / 3, 2 ** 0.5, 7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 1e300 * 10, 1e16, 1.5e-5, 123456789.0, 0.0001, -0.0)");
        Assert.That(result.Stdout, Is.EqualTo("0.30000000000000004 3.0 0.3333333333333333 1.4142135623730951 3.0 -4.0 1.5 0.5 1e+301 1e+16 1.5e-05 123456789.0 0.0001 -0.0\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void MixedIntFloat()
    {
        var result = PythonRunner.Run("print(1 + 2.5, 3 * 1.5, 10 / 4, 1 == 1.0, 2 < 2.5, hash(1) == hash(1.0), 10 ** 20 == 1e20, 10 ** 20 < 1e20 + 1)");
        Assert.That(result.Stdout, Is.EqualTo("3.5 4.5 2.5 True True True True False\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void BoolArithmetic()
    {
        var result = PythonRunner.Run("print(True + True, True * 10, -True, True / 2, int(True), str(True), repr(False), True == 1, False is not None)");
        Assert.That(result.Stdout, Is.EqualTo("2 10 -1 0.5 1 True False True True\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void Comparisons()
    {
        var result = PythonRunner.Run("print(1 < 2, 2 <= 2, 3 > 4, 'a' < 'b', 'abc' < 'abd', [1, 2] < [1, 3], (1, 2) == (1, 2), None == None, 1 < 2 < 3, 3 > 2 > 2, 1 != 1.0)");
        Assert.That(result.Stdout, Is.EqualTo("True True False True True True True True True False False\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void StrArithmetic()
    {
        var result = PythonRunner.Run("print('ab' + 'cd', 'ab' * 3, 3 * 'x', 'a' in 'cat', 'z' not in 'cat', len('hello'), 'abc'[1], 'abc'[-1])");
        Assert.That(result.Stdout, Is.EqualTo("abcd ababab xxx True True 5 b c\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void DivisionByZero()
    {
        var result = PythonRunner.Run("1 / 0");
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nZeroDivisionError: division by zero\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void IntDivisionByZero()
    {
        var result = PythonRunner.Run("5 // 0");
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nZeroDivisionError: integer division or modulo by zero\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void ModuloByZero()
    {
        var result = PythonRunner.Run("5 % 0");
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nZeroDivisionError: integer modulo by zero\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void FloatDivisionByZero()
    {
        var result = PythonRunner.Run("5.0 / 0");
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nZeroDivisionError: float division by zero\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void UnsupportedOperand()
    {
        var result = PythonRunner.Run("1 + 'a'");
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nTypeError: unsupported operand type(s) for +: 'int' and 'str'\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void StrPlusInt()
    {
        var result = PythonRunner.Run("'a' + 1");
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nTypeError: can only concatenate str (not \"int\") to str\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void UnorderableTypes()
    {
        var result = PythonRunner.Run("print(1 < 'a')");
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nTypeError: '<' not supported between instances of 'int' and 'str'\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void NoneArithmetic()
    {
        var result = PythonRunner.Run("None + 1");
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nTypeError: unsupported operand type(s) for +: 'NoneType' and 'int'\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void UnaryOnStr()
    {
        var result = PythonRunner.Run("-'a'");
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nTypeError: bad operand type for unary -: 'str'\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void CatchesErrorMessages()
    {
        var result = PythonRunner.Run("for expr in ['1/0', '1+None', '[1]*\"a\"', 'int(\"x\")', 'float(\"y\")', '{}[1]', '[][0]', '().x', 'undefined']:\n    try:\n        eval_result = None\n        exec('eval_result = ' + expr) if False else None\n    except Exception as e:\n        print(type(e).__name__)\nprint('ok')");
        Assert.That(result.Stdout, Is.EqualTo("ok\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void ConversionErrors()
    {
        var result = PythonRunner.Run("for f, a in [(int, 'x'), (int, '1.5'), (float, 'abc'), (int, None)]:\n    try:\n        f(a)\n    except Exception as e:\n        print(type(e).__name__, e)");
        Assert.That(result.Stdout, Is.EqualTo("ValueError invalid literal for int() with base 10: 'x'\nValueError invalid literal for int() with base 10: '1.5'\nValueError could not convert string to float: 'abc'\nTypeError int() argument must be a string, a bytes-like object or a real number, not 'NoneType'\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void IntFromStringAndBase()
    {
        var result = PythonRunner.Run("print(int('42'), int(' -7 '), int('1_000'), int('ff', 16), int('0x1F', 0), int('777', 8), int('101', 2), int(3.99), int(-3.99), float('1e3'), float(' -2.5 '), float('inf'), float(7))");
        Assert.That(result.Stdout, Is.EqualTo("42 -7 1000 255 31 511 5 3 -3 1000.0 -2.5 inf 7.0\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void Rounding()
    {
        var result = PythonRunner.Run("print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(7), round(15, -1), round(0.125, 2))");
        Assert.That(result.Stdout, Is.EqualTo("2 4 -2 2.67 1200.0 7 20 0.12\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void Divmod()
    {
        var result = PythonRunner.Run("print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), pow(2, 10), pow(3, 4, 5), pow(2, -1), abs(-5), abs(-2.5))");
        Assert.That(result.Stdout, Is.EqualTo("(3, 1) (-4, 1) (3.0, 1.5) 1024 1 0.5 5 2.5\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void NumberFormatting()
    {
        var result = PythonRunner.Run("print(format(3.14159, '.2f'), format(42, '05d'), format(255, 'x'), format(255, '#b'), format(1234567, ','), format(0.5, '%'), format(12.0, 'g'), format(1e20, 'e'), format(-3, '+d'), format('s', '>3'))");
        Assert.That(result.Stdout, Is.EqualTo("3.14 00042 ff 0b11111111 1,234,567 50.000000% 12 1.000000e+20 -3   s\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void ComplexNumbers()
    {
        var result = PythonRunner.Run("print(1j, 2+3j, (1+2j)*(3-4j), (1+2j)/(3-4j), abs(3+4j), (1+2j)**2, (1+1j)**0.5, -(1j), complex(1, 2), complex('1+2j'), complex(), (1+2j).real, (1+2j).imag, (1+2j).conjugate(), hash(1+2j), hash(2+0j), 1j == 1j, 1 + 0j == 1, (-8) ** 0.5, 2j.__repr__(), complex(1.5), repr(-0j), 0j ** 0)\ntry:\n    1j / 0\nexcept ZeroDivisionError as e:\n    print(e)\ntry:\n    1j < 2j\nexcept TypeError as e:\n    print(e)\ntry:\n    0j ** -1\nexcept ZeroDivisionError as e:\n    print(e)\nprint(bool(0j), bool(1j), str(1+0j), f'{1+2j}', (3+4j) ** -1, 2 ** (1j), complex('-1.5e2-3j'), complex(' (2j) '), {1j: 'x'}[1j], sum([1j, 2, 3.5]))\n");
        Assert.That(result.Stdout, Is.EqualTo("1j (2+3j) (11+2j) (-0.2+0.4j) 5.0 (-3+4j) (1.0986841134678098+0.45508986056222733j) (-0-1j) (1+2j) (1+2j) 0j 1.0 2.0 (1-2j) 2000007 2 True True (1.7319121124709868e-16+2.8284271247461903j) 2j (1.5+0j) (-0-0j) (1+0j)\ncomplex division by zero\n'<' not supported between instances of 'complex' and 'complex'\n0.0 to a negative or complex power\nFalse True (1+0j) (1+2j) (0.12-0.16j) (0.7692389013639721+0.6389612763136348j) (-150-3j) 2j x (5.5+1j)\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }
}
