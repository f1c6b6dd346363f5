using Warden.Tests.Runtime;
using NUnit.Framework;

namespace Warden.Tests.Modules;

/// <summary>The native <c>_codecs</c> module; expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class NativeCodecsTests
{
    /// <summary>The encoder/decoder primitives return (result, consumed).</summary>
    [Test]
    public void Primitives()
    {
        const string source = """
            import _codecs
            print(_codecs.utf_8_decode(b"ab\xc3", "strict", False), _codecs.utf_8_decode(b"ab\xc3\xa9", "strict", True))
            print(_codecs.utf_8_encode("\u00e9"), _codecs.latin_1_encode("\u00e9"), _codecs.ascii_decode(b"ab"), _codecs.charmap_build("abc"))
            print(_codecs.escape_decode(b"a\\n\\x41"), _codecs.escape_encode(b"a\n\x00'"), _codecs.unicode_escape_decode(b"\\u00e9\\n\\N{BULLET}"))
            print(_codecs.unicode_escape_encode("\u00e9\n'"), _codecs.raw_unicode_escape_encode("\u00e9\u1234"), _codecs.utf_16_encode("a"))
            print(_codecs.charmap_decode(b"\x00\x02", "strict", "xyz"), _codecs.charmap_encode("zx", "strict", {ord("x"): 1, ord("z"): b"ZZ"}))
            try:
                _codecs.utf_8_decode(b"ab\xc3", "strict", True)
            except UnicodeDecodeError as e:
                print(e)
            try:
                _codecs.charmap_decode(b"\x05", "strict", "xyz")
            except UnicodeDecodeError as e:
                print(e)
            """;
        Assert.That(PythonRunner.Output(source + "\n"), Is.EqualTo("('ab', 2) ('abé', 4)\n(b'\\xc3\\xa9', 1) (b'\\xe9', 1) ('ab', 2) {97: 0, 98: 1, 99: 2}\n(b'a\\nA', 7) (b\"a\\\\n\\\\x00\\\\'\", 4) ('é\\n•', 18)\n(b\"\\\\xe9\\\\n'\", 3) (b'\\xe9\\\\u1234', 2) (b'\\xff\\xfea\\x00', 1)\n('xz', 2) (b'ZZ\\x01', 2)\n'utf-8' codec can't decode byte 0xc3 in position 2: unexpected end of data\n'charmap' codec can't decode byte 0x05 in position 0: character maps to <undefined>\n"));
    }

    /// <summary>The builtin error handlers and the registry.</summary>
    [Test]
    public void ErrorHandlers()
    {
        const string source = """
            import _codecs
            e = UnicodeEncodeError("ascii", "a\u00e9\u20acb", 1, 3, "no")
            for name in ("ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"):
                print(name, _codecs.lookup_error(name)(e))
            d = UnicodeDecodeError("utf-8", b"a\xff\xfe", 1, 3, "bad")
            print(_codecs.lookup_error("replace")(d), _codecs.lookup_error("backslashreplace")(d), _codecs.lookup_error("surrogateescape")(d))
            _codecs.register_error("mine", lambda exc: ("?", exc.end))
            print(_codecs.lookup_error("mine")(e))
            try:
                _codecs.lookup_error("nope")
            except LookupError as err:
                print(err)
            try:
                _codecs.lookup_error("strict")(e)
            except UnicodeEncodeError as err:
                print(err)
            """;
        Assert.That(PythonRunner.Output(source + "\n"), Is.EqualTo("ignore ('', 3)\nreplace ('??', 3)\nbackslashreplace ('\\\\xe9\\\\u20ac', 3)\nxmlcharrefreplace ('&#233;&#8364;', 3)\nnamereplace ('\\\\N{LATIN SMALL LETTER E WITH ACUTE}\\\\N{EURO SIGN}', 3)\n('�', 3) ('\\\\xff\\\\xfe', 3) ('\\udcff\\udcfe', 3)\n('?', 3)\nunknown error handler name 'nope'\n'ascii' codec can't encode characters in position 1-2: no\n"));
    }
}
