using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Objects;

/// <summary>str.format errors for replacement fields left open, and thousands separators allowed per presentation type. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class FormatFieldValidationTests
{
    [Test]
    public void OpenFieldsAndGrouping()
    {
        var result = PythonRunner.Run("""
            for f in ["{", "a{", "{0", "{0:", "{0!r", "{!", "{0:{", "{}{", "{0[}"]:
                try:
                    f.format(1)
                except ValueError as e:
                    print(repr(f), e)
            for spec in [",b", "_b", ",x", ",c", "_n", ",s", "_d"]:
                try:
                    print(spec, format(1234567, spec))
                except ValueError as e:
                    print(spec, e)
            print("{0[}]}".format({"}": 5}))
            """);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("'{' Single '{' encountered in format string\n'a{' Single '{' encountered in format string\n'{0' expected '}' before end of string\n'{0:' unmatched '{' in format spec\n'{0!r' unmatched '{' in format spec\n'{!' end of string while looking for conversion specifier\n'{0:{' unmatched '{' in format spec\n'{}{' Single '{' encountered in format string\n'{0[}' expected '}' before end of string\n,b Cannot specify ',' with 'b'.\n_b 1_0010_1101_0110_1000_0111\n,x Cannot specify ',' with 'x'.\n,c Cannot specify ',' with 'c'.\n_n Cannot specify '_' with 'n'.\n,s Cannot specify ',' with 's'.\n_d 1_234_567\n5\n"));
    }
}
