using System.IO;
using Warden.Tests.Runtime;
using NUnit.Framework;

namespace Warden.Tests.Modules;

/// <summary>
/// The native <c>_sre</c> module driven by CPython's own <c>re._parser</c>/<c>re._compiler</c>.
/// A small shim package stands in for <c>re/__init__.py</c> (which needs <c>enum</c>) so that these
/// tests exercise only <c>_sre</c>; expected outputs are CPython 3.11's.
/// </summary>
[TestFixture]
public class NativeSreTests
{
    private const string Shim = """
        __path__.append(STDLIB_RE)
        from . import _compiler as C, _parser as P
        error = P.error
        def compile(p, flags=0):
            return C.compile(p, flags)
        def _subx(pattern, template):
            template = P.parse_template(template, pattern)
            if not template[0] and len(template[1]) == 1:
                return template[1][0]
            return lambda match: P.expand_template(template, match)
        def _expand(pattern, match, template):
            return P.expand_template(P.parse_template(template, pattern), match)
        """;

    private static string s_directory = "";

    [OneTimeSetUp]
    public void WriteShim()
    {
        s_directory = Path.Combine(Path.GetTempPath(), "warden-sre-shim-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(s_directory, "re"));
        // The shim's package path continues into the stdlib's real re/ folder (found by StandardLibrarySetup).
        string stdlibRe = Path.Combine(Warden.Runtime.Import.SearchPaths.StandardLibrary ?? "", "re");
        File.WriteAllText(Path.Combine(s_directory, "re", "__init__.py"), Shim.Replace("STDLIB_RE", "r'" + stdlibRe + "'"));
    }

    [OneTimeTearDown]
    public void RemoveShim() => Directory.Delete(s_directory, recursive: true);

    private static string Run(string source) =>
        PythonRunner.Output($"import sys\nsys.path.insert(0, {s_directory.Replace("\\", "\\\\")!.Insert(0, "'")}')\nfrom re import compile, error\n" + source);

    [TestCase("m = compile(r'(?P<y>\\d{4})-(\\d\\d)?').search('on 2024-05 and 1999-')\nprint(m, m.groups(), m.groupdict(), m.span(2), m.lastindex, m.lastgroup)",
        "<re.Match object; span=(3, 10), match='2024-05'> ('2024', '05') {'y': '2024'} (8, 10) 2 None\n")]
    [TestCase("m = compile(r'(?P<y>\\d{4})-(\\d\\d)?').search('on 2024-05')\nprint(m.regs, m['y'], m.group(0, 'y', 2), m.pos, m.endpos, m.string)",
        "((3, 10), (3, 7), (8, 10)) 2024 ('2024-05', '2024', '05') 0 10 on 2024-05\n")]
    [TestCase("p = compile(r'(\\d{4})-(\\d\\d)?')\nprint(p.findall('2024-05 1999- 2000-01'), [x.span() for x in p.finditer('2024-05 1999- 2000-01')])",
        "[('2024', '05'), ('1999', ''), ('2000', '01')] [(0, 7), (8, 13), (14, 21)]\n")]
    [TestCase("print(compile(r'\\d+').sub(lambda m: str(int(m.group()) * 2), 'a1 b20 c300'), compile(r'(\\w+)@(\\w+)').sub(r'\\2 at \\1', 'joe@x bob@y'))",
        "a2 b40 c600 x at joe y at bob\n")]
    [TestCase("print(compile('x*').subn('-', 'abxd'), compile(r'(\\s)').split('a b  c'), compile('x*').split('axbc'))",
        "('-a-b--d-', 5) ['a', ' ', 'b', ' ', '', ' ', 'c'] ['', 'a', '', 'b', 'c', '']\n")]
    [TestCase("print(compile('a', 2 | 8), compile(b'a+').findall(b'caaab'), compile('a').match('a' * 80), compile('(?x)a'))",
        "re.compile('a', re.IGNORECASE|re.MULTILINE) [b'aaa'] <re.Match object; span=(0, 1), match='a'> re.compile('(?x)a', re.VERBOSE)\n")]
    [TestCase("s = compile(r'\\d+|\\s+|\\w+').scanner('12 ab 3')\nprint(s.match(), s.match(), s.search())",
        "<re.Match object; span=(0, 2), match='12'> <re.Match object; span=(2, 3), match=' '> <re.Match object; span=(3, 5), match='ab'>\n")]
    [TestCase("print(compile(r'(?i)straße').match('STRASSE'), compile('(?i)k').match('\\u212a'), compile('a*').match('a' * 80))",
        "None <re.Match object; span=(0, 1), match='\u212a'> <re.Match object; span=(0, 80), match='aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa>\n")]
    [TestCase("m = compile(r'(?P<y>\\d+)').match('42')\nprint(m.expand(r'<\\g<y>>'), type(compile('').finditer('')).__name__, type(compile('').scanner('')))",
        "<42> callable_iterator <class '_sre.SRE_Scanner'>\n")]
    [TestCase("print(compile('a') == compile('a'), compile('a') == compile('a', 2), hash(compile('a')) == hash(compile('a')))",
        "True False True\n")]
    public void BehavesAsCPython(string code, string expected) => Assert.That(Run(code), Is.EqualTo(expected));

    [TestCase("compile('(unclosed')", "error missing ), unterminated subpattern at position 0")]
    [TestCase("compile(r'(a)').sub(r'\\2', 'a')", "error invalid group reference 2 at position 1")]
    [TestCase("compile('a').match(1)", "TypeError expected string or bytes-like object, got 'int'")]
    [TestCase("compile('a').match(b'a')", "TypeError cannot use a string pattern on a bytes-like object")]
    [TestCase("compile(b'a').match('a')", "TypeError cannot use a bytes pattern on a string-like object")]
    [TestCase("compile('a').match('a').group(3)", "IndexError no such group")]
    [TestCase("compile('a').match('a').start('x')", "IndexError no such group")]
    [TestCase("compile('a').sub(lambda m: 3, 'a')", "TypeError sequence item 0: expected str instance, int found")]
    [TestCase("type(compile('a'))()", "TypeError cannot create 're.Pattern' instances")]
    [TestCase("compile('a').match()", "TypeError match() missing required argument 'string' (pos 1)")]
    public void RaisesCPythonErrors(string call, string expected)
        => Assert.That(Run($"try:\n    {call}\nexcept Exception as e:\n    print(type(e).__name__, e)\n"), Is.EqualTo(expected + "\n"));

    [Test]
    public void CatastrophicBacktrackingEndsInTimeoutError()
    {
        // CPython would run for hours; Warden's step budget turns this into an ordinary exception.
        string output = Run("try:\n    compile('(a*)*b').match('a' * 40)\nexcept TimeoutError as e:\n    print('TimeoutError', e)\n");
        Assert.That(output, Is.EqualTo("TimeoutError regular expression step budget exceeded\n"));
    }
}
