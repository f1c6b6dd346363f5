using System.Text;
using NUnit.Framework;
using Warden.Syntax;

namespace Warden.Tests.Syntax;

/// <summary>
/// Source decoding facts from /usr/bin/python3.11: compile(source_bytes, 'f', 'exec') either
/// accepts the bytes (and str(source) decodes as shown) or raises the quoted error.
/// </summary>
[TestFixture]
public class SourceDecoderTests
{
    private static string Decoded(byte[] raw) => Encoding.UTF8.GetString(SourceDecoder.Decode(raw));

    private static byte[] Latin1(string s) => Encoding.Latin1.GetBytes(s);

    [Test]
    public void NewlinesAreTranslatedAndAFinalNewlineAdded()
    {
        Assert.That(Decoded(Latin1("x = 1\r\ny\rz")), Is.EqualTo("x = 1\ny\nz\n"));
        Assert.That(Decoded([]), Is.EqualTo("\n"));
    }

    [Test]
    public void BomIsRemovedAndCountsAsDeclaredUtf8()
    {
        var decoded = SourceDecoder.Decode(Latin1("\u00ef\u00bb\u00bfx = 1\n"), out string? encoding);
        Assert.That(Encoding.UTF8.GetString(decoded), Is.EqualTo("x = 1\n"));
        Assert.That(encoding, Is.EqualTo("utf-8"));
    }

    [Test]
    public void NoDeclarationMeansNoValidation()
    {
        // CPython accepts b"# \xff\nx = 1\n": invalid UTF-8 in a comment is never looked at.
        var raw = Latin1("# \u00ff\nx = 1\n");
        var decoded = SourceDecoder.Decode(raw, out string? encoding);
        Assert.That(decoded, Is.EqualTo(raw));
        Assert.That(encoding, Is.Null);
    }

    [TestCase("# coding: latin-1\r\nx = \"\u00e9\"\r", "# coding: latin-1\nx = \"\u00e9\"\n", "iso-8859-1")]
    [TestCase("# -*- coding: iso-8859-15 -*-\nx=\"\u00a4\"\n", "# -*- coding: iso-8859-15 -*-\nx=\"\u20ac\"\n", "iso-8859-15")]
    [TestCase("# vim: set fileencoding=latin9 :\nx=\"\u00a4\"\n", "# vim: set fileencoding=latin9 :\nx=\"\u20ac\"\n", "latin9")]
    [TestCase("# coding: koi8-r\nx = \"\u00c1\"\n", "# coding: koi8-r\nx = \"\u0430\"\n", "koi8-r")]
    [TestCase("# coding: cp437\nx = \"\u0080\"\n", "# coding: cp437\nx = \"\u00c7\"\n", "cp437")]
    [TestCase("# coding: ISO-8859-1\nx='\u00ff'\n", "# coding: ISO-8859-1\nx='\u00ff'\n", "iso-8859-1")]
    [TestCase("#!/usr/bin/python\n# -*- coding: latin-1 -*-\nx='\u00e9'\n", "#!/usr/bin/python\n# -*- coding: latin-1 -*-\nx='\u00e9'\n", "iso-8859-1")]
    [TestCase("# coding: latin-1 \u00ff\n", "# coding: latin-1 \u00ff\n", "iso-8859-1")]
    [TestCase("# coding: shift_jis\nx = \"\u0082\u00a0\"\n", "# coding: shift_jis\nx = \"\u3042\"\n", "shift_jis")]
    public void CookieSelectsTheCodec(string latin1Source, string expected, string encodingName)
    {
        var decoded = SourceDecoder.Decode(Latin1(latin1Source), out string? encoding);
        Assert.That(Encoding.UTF8.GetString(decoded), Is.EqualTo(expected));
        Assert.That(encoding, Is.EqualTo(encodingName));
    }

    [TestCase("x\n# coding: foo\n")]
    [TestCase("x=1 # coding: foo\n")]
    [TestCase("# codings: foo\n")]
    [TestCase("# coding:\n")]
    [TestCase("# coding=utf-8\n")]
    [TestCase("# coding: utf-8-foo\n")]
    [TestCase("# coding: latin-1-x\n")]
    [TestCase("# coding: UTF-8\n")]
    [TestCase("# coding: big5\n")]
    [TestCase("\u00ef\u00bb\u00bf# coding: utf-8\n")]
    public void AcceptedDeclarations(string latin1Source)
    {
        Assert.DoesNotThrow(() => SourceDecoder.Decode(Latin1(latin1Source)));
    }

    [TestCase("# coding: foo\n", "unknown encoding: foo")]
    [TestCase("#!x\n# coding: foo", "unknown encoding: foo")]
    [TestCase("  \n# coding: foo\n", "unknown encoding: foo")]
    [TestCase("#coding:foo", "unknown encoding: foo")]
    [TestCase("#xcoding:foo\n", "unknown encoding: foo")]
    [TestCase("\u000c# coding: foo\n", "unknown encoding: foo")]
    [TestCase("\r\n# coding: foo\r\n", "unknown encoding: foo")]
    [TestCase("# coding: foo\r", "unknown encoding: foo")]
    [TestCase("   # vim: set fileencoding=bar :\n", "unknown encoding: bar")]
    [TestCase("# coding: mbcs\n", "unknown encoding: mbcs")]
    [TestCase("# coding: uft-8\n", "unknown encoding: uft-8")]
    [TestCase("\u00ef\u00bb\u00bf# coding: latin-1\n", "encoding problem: iso-8859-1 with BOM")]
    [TestCase("\u00ef\u00bb\u00bf\n# coding: latin-1\n", "encoding problem: iso-8859-1 with BOM")]
    [TestCase("\u00ef\u00bb\u00bf# coding: utf8\n", "encoding problem: utf8 with BOM")]
    [TestCase("# coding: rot13\n", "'rot13' is not a text encoding; use codecs.decode() to handle arbitrary codecs")]
    [TestCase("# coding: hex\n", "'hex' is not a text encoding; use codecs.decode() to handle arbitrary codecs")]
    [TestCase("# coding: ascii\nx = '\u00c3\u00a9'\n", "'ascii' codec can't decode byte 0xc3 in position 21: ordinal not in range(128)")]
    [TestCase("# coding: cp1252\nx = '\u0081'\n", "'charmap' codec can't decode byte 0x81 in position 22: character maps to <undefined>")]
    [TestCase("# coding: utf8\n\u00ff\n", "'utf-8' codec can't decode byte 0xff in position 15: invalid start byte")]
    [TestCase("# coding: utf8\nx='\u00ff'\n", "'utf-8' codec can't decode byte 0xff in position 18: invalid start byte")]
    public void DeclarationErrors(string latin1Source, string message)
    {
        var error = Assert.Throws<PythonSyntaxError>(() => SourceDecoder.Decode(Latin1(latin1Source)))!;
        Assert.That(error.PythonType, Is.EqualTo("SyntaxError"));
        Assert.That(error.Msg, Is.EqualTo(message));
        Assert.That((error.Lineno, error.Offset), Is.EqualTo((0, -1)));
    }

    [Test]
    public void NulByteIsAValueError()
    {
        var error = Assert.Throws<PythonFrontEndError>(() => SourceDecoder.Decode(Latin1("x\0y\n")))!;
        Assert.That(error.PythonType, Is.EqualTo("ValueError"));
        Assert.That(error.Message, Is.EqualTo("source code string cannot contain null bytes"));
        var afterCookie = Assert.Throws<PythonFrontEndError>(() => SourceDecoder.Decode(Latin1("# coding: latin-1\nx = 1\0\n")))!;
        Assert.That(afterCookie.PythonType, Is.EqualTo("ValueError"));
    }

    [Test]
    public void FromStringEncodesUtf8AndTranslatesNewlines()
    {
        Assert.That(Encoding.UTF8.GetString(SourceDecoder.FromString("\u00e9 = '\U0001F600'\r\n")), Is.EqualTo("\u00e9 = '\U0001F600'\n"));
    }

    [Test]
    public void FromStringRejectsLoneSurrogates()
    {
        // compile("x = '\ud800'", 'f', 'exec') -> UnicodeEncodeError: 'utf-8' codec can't encode
        // character '\ud800' in position 5: surrogates not allowed
        var error = Assert.Throws<PythonFrontEndError>(() => SourceDecoder.FromString("x = '\ud800'"))!;
        Assert.That(error.PythonType, Is.EqualTo("UnicodeEncodeError"));
        Assert.That(error.Message, Is.EqualTo("'utf-8' codec can't encode character '\\ud800' in position 5: surrogates not allowed"));
    }

    [Test]
    public void FromStringReportsARunOfSurrogates()
    {
        // compile("x = '\udc00\udc01'", 'f', 'exec') -> "... can't encode characters in position 5-6: surrogates not allowed"
        var error = Assert.Throws<PythonFrontEndError>(() => SourceDecoder.FromString("x = '\udc00\udc01'"))!;
        Assert.That(error.Message, Is.EqualTo("'utf-8' codec can't encode characters in position 5-6: surrogates not allowed"));
    }

    [Test]
    public void FromStringRejectsNul()
    {
        var error = Assert.Throws<PythonFrontEndError>(() => SourceDecoder.FromString("x = 1\0"))!;
        Assert.That(error.PythonType, Is.EqualTo("ValueError"));
    }
}
