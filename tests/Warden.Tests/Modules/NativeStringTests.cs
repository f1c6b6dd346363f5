using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Modules;

/// <summary>The native <c>_string</c> module (string.Formatter's parser). Expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class NativeStringTests
{
    /// <summary>Literal text, fields, conversions and specs; escaped braces end a literal chunk.</summary>
    [Test]
    public void FormatterParser()
    {
        const string source = """
            import _string
            print(list(_string.formatter_parser('a{0!r:>{w}}b{{c}}d{x.y[z]}e{}')))
            for s in ['{', '}', 'a{0', '{0!rr}']:
                try:
                    print(list(_string.formatter_parser(s)))
                except ValueError as e:
                    print(e)
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo("[('a', '0', '>{w}', 'r'), ('b{', None, None, None), ('c}', None, None, None), ('d', 'x.y[z]', '', None), ('e', '', '', None)]\nSingle '{' encountered in format string\nSingle '}' encountered in format string\nexpected '}' before end of string\nexpected ':' after conversion specifier\n"));
    }

    /// <summary>Attribute and index lookups, numeric keys as ints.</summary>
    [Test]
    public void FieldNameSplit()
    {
        const string source = """
            import _string
            for name in ['a.b[0][c].d', '10[x]', '']:
                first, rest = _string.formatter_field_name_split(name)
                print(repr(first), list(rest))
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo("'a' [(True, 'b'), (False, 0), (False, 'c'), (True, 'd')]\n10 [(False, 'x')]\n'' []\n"));
    }
}
