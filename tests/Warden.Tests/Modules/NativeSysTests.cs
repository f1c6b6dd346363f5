using Warden.Tests.Runtime;
using NUnit.Framework;

namespace Warden.Tests.Modules;

/// <summary>The <c>sys</c> attributes the stdlib reads at import time; expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class NativeSysTests
{
    private static string Run(string source) => PythonRunner.Output("import sys\n" + source);

    [TestCase("print(sys.flags.optimize, sys.flags.dev_mode, len(sys.flags), sys.flags[4])", "0 False 18 1\n")]
    [TestCase("print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.mant_dig, sys.float_info.dig)",
        "1.7976931348623157e+308 2.220446049250313e-16 53 15\n")]
    [TestCase("print(sys.int_info)",
        "sys.int_info(bits_per_digit=30, sizeof_digit=4, default_max_str_digits=4300, str_digits_check_threshold=640)\n")]
    [TestCase("print(sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.imag)", "2305843009213693951 314159 1000003\n")]
    [TestCase("print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, sys.version_info < (3, 12))",
        "True (3, 11) 3 True\n")]
    [TestCase("print(sys.maxsize, sys.maxunicode, sys.byteorder, sys.platform, sys.warnoptions, sys.dont_write_bytecode)",
        "9223372036854775807 1114111 little linux [] True\n")]
    [TestCase("print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.intern('ab'))", "utf-8 utf-8 ab\n")]
    [TestCase("print(sys.implementation.version == sys.version_info, type(sys.implementation).__name__)", "True SimpleNamespace\n")]
    public void MatchesCPython(string code, string expected) => Assert.That(Run(code), Is.EqualTo(expected));

    /// <summary>Warden reports its own implementation name and writes no bytecode caches (a documented difference).</summary>
    [Test]
    public void ImplementationNamesWarden()
        => Assert.That(Run("print(sys.implementation.name, sys.implementation.cache_tag)"), Is.EqualTo("warden None\n"));
}
