using Warden.Tests.Runtime;
using NUnit.Framework;

namespace Warden.Tests.Modules;

/// <summary>
/// <c>sys.get_int_max_str_digits()</c> / <c>sys.set_int_max_str_digits()</c> and the limit they
/// control in int/str conversions; expected outputs are CPython 3.11's.
/// </summary>
[TestFixture]
public class IntMaxStrDigitsTests
{
    private const string Prelude = """
        import sys
        def t(expr):
            try:
                print(eval(expr))
            except Exception as e:
                print(type(e).__name__, e)

        """;

    private static string Run(string body) => PythonRunner.Output(Prelude + body);

    [Test]
    public void DefaultIs4300()
        => Assert.That(Run("print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.flags.int_max_str_digits)"),
            Is.EqualTo("4300 4300 -1\n"));

    [TestCase("sys.set_int_max_str_digits(100)", "ValueError maxdigits must be 0 or larger than 640\n")]
    [TestCase("sys.set_int_max_str_digits(-1)", "ValueError maxdigits must be 0 or larger than 640\n")]
    [TestCase("sys.set_int_max_str_digits(True)", "ValueError maxdigits must be 0 or larger than 640\n")]
    [TestCase("sys.set_int_max_str_digits('a')", "TypeError 'str' object cannot be interpreted as an integer\n")]
    [TestCase("sys.set_int_max_str_digits(2.0)", "TypeError 'float' object cannot be interpreted as an integer\n")]
    [TestCase("sys.set_int_max_str_digits(2**31)", "OverflowError Python int too large to convert to C int\n")]
    [TestCase("sys.set_int_max_str_digits(-2**70)", "OverflowError Python int too large to convert to C int\n")]
    [TestCase("sys.set_int_max_str_digits()", "TypeError set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)\n")]
    [TestCase("sys.set_int_max_str_digits(x=1)", "TypeError set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)\n")]
    [TestCase("sys.set_int_max_str_digits(1, 2)", "TypeError set_int_max_str_digits() takes at most 1 argument (2 given)\n")]
    [TestCase("sys.get_int_max_str_digits(1)", "TypeError sys.get_int_max_str_digits() takes no arguments (1 given)\n")]
    [TestCase("sys.get_int_max_str_digits(x=1)", "TypeError sys.get_int_max_str_digits() takes no keyword arguments\n")]
    public void RejectsBadArguments(string expr, string expected)
        => Assert.That(Run($"t({Quote(expr)})"), Is.EqualTo(expected));

    [Test]
    public void LimitAppliesToStrReprFormattingAndInt()
    {
        const string body = """
            sys.set_int_max_str_digits(maxdigits=640)
            print(sys.get_int_max_str_digits())
            t("len(str(10**639)), len(repr(-10**639)), len('%d' % 10**639), len(int('1'*640).__str__())")
            t("str(10**640)")
            t("repr(-10**640)")
            t("'%d' % 10**700")
            t("format(10**700, ',')")
            t("f'{10**700}'")
            t("int('1'*641)")
            t("int(b'2'*700)")
            t("len(hex(10**700)), int('1'*700, 16) > 0")
            """;
        const string message = "ValueError Exceeds the limit (640 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit\n";
        Assert.That(Run(body), Is.EqualTo(
            "640\n(640, 641, 640, 640)\n" + message + message + message + message + message
            + "ValueError Exceeds the limit (640 digits) for integer string conversion: value has 641 digits; use sys.set_int_max_str_digits() to increase the limit\n"
            + "ValueError Exceeds the limit (640 digits) for integer string conversion: value has 700 digits; use sys.set_int_max_str_digits() to increase the limit\n"
            + "(584, True)\n"));
    }

    [Test]
    public void ZeroRemovesTheLimit()
        => Assert.That(Run("sys.set_int_max_str_digits(0)\nprint(len(str(10**5000)), len(str(int('7'*6000))), sys.get_int_max_str_digits())"),
            Is.EqualTo("5001 6000 0\n"));

    [Test]
    public void RaisedLimitAllowsLongerConversions()
        => Assert.That(Run("sys.set_int_max_str_digits(5000)\nprint(len(str(10**4500)))\nt('str(10**5000)')"),
            Is.EqualTo("4501\nValueError Exceeds the limit (5000 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit\n"));

    [Test]
    public void DefaultLimitBoundary()
        => Assert.That(Run("print(len(str(10**4300 - 1)))\nt('str(10**4300)')"),
            Is.EqualTo("4300\nValueError Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit\n"));

    /// <summary>The limit belongs to the interpreter: a fresh run starts from the default again.</summary>
    [Test]
    public void LimitIsPerInterpreter()
    {
        Run("sys.set_int_max_str_digits(700)");
        Assert.That(Run("print(sys.get_int_max_str_digits())"), Is.EqualTo("4300\n"));
    }

    private static string Quote(string expr) => "\"" + expr + "\"";
}
