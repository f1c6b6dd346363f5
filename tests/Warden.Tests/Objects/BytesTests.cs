using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Objects;

/// <summary>bytes, bytearray, memoryview, codecs and UnicodeError details. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class BytesTests
{
    [Test]
    public void BytesConstructionAndRepr()
    {
        var result = PythonRunner.Run("print(bytes(3), bytes([65, 66]), bytes(\"é\", \"utf-8\"), bytes(range(3)), bytearray(b\"ab\"), bytearray(2), repr(bytearray(b\"\\x00'\")))\nclass W:\n    def __bytes__(self): return b\"dunder\"\nprint(bytes(W()), bytes(bytearray(b\"x\")), bytes(memoryview(b\"mv\")))");
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("b'\\x00\\x00\\x00' b'AB' b'\\xc3\\xa9' b'\\x00\\x01\\x02' bytearray(b'ab') bytearray(b'\\x00\\x00') bytearray(b\"\\x00\\'\")\nb'dunder' b'x' b'mv'\n"));
    }

    [Test]
    public void BytesConstructionErrors()
    {
        var result = PythonRunner.Run("\ndef show(f):\n    try:\n        print(repr(f()))\n    except Exception as e:\n        print(type(e).__name__, e)\nfor f in [lambda: bytes([256]), lambda: bytes(\"x\"), lambda: bytes(-1), lambda: bytes(1.5), lambda: bytearray(1.5), lambda: bytes(1, \"utf-8\"), lambda: bytes(\"x\", \"bogus\")]:\n    show(f)");
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("ValueError bytes must be in range(0, 256)\nTypeError string argument without an encoding\nValueError negative count\nTypeError cannot convert 'float' object to bytes\nTypeError cannot convert 'float' object to bytearray\nTypeError encoding without a string argument\nLookupError unknown encoding: bogus\n"));
    }

    [Test]
    public void BytesIndexingAndSlicing()
    {
        var result = PythonRunner.Run("\ndef show(f):\n    try:\n        print(repr(f()))\n    except Exception as e:\n        print(type(e).__name__, e)\nb = b\"hello world\"\nprint(b[0], b[-1], b[1:5], b[::-1], bytearray(b\"abc\")[1:], list(b\"ab\"))\nfor f in [lambda: b[20], lambda: b[\"a\"], lambda: bytearray(b\"x\")[5], lambda: bytearray(b\"x\")[\"a\"]]:\n    show(f)");
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("104 100 b'ello' b'dlrow olleh' bytearray(b'bc') [97, 98]\nIndexError index out of range\nTypeError byte indices must be integers or slices, not str\nIndexError bytearray index out of range\nTypeError bytearray indices must be integers or slices, not str\n"));
    }

    [Test]
    public void BytesSearching()
    {
        var result = PythonRunner.Run("\ndef show(f):\n    try:\n        print(repr(f()))\n    except Exception as e:\n        print(type(e).__name__, e)\nb = b\"hello world\"\nprint(b.find(b\"o\"), b.rfind(b\"o\"), b.find(108), b.count(b\"o\"), b.index(b\"w\"), b.startswith(b\"he\"), b.endswith((b\"x\", b\"ld\")), 111 in b, b\"wor\" in b, b.find(b\"o\", 5, 8))\nfor f in [lambda: b.index(b\"z\"), lambda: b.find(\"a\"), lambda: 300 in b, lambda: \"a\" in b, lambda: b.startswith(\"h\")]:\n    show(f)");
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("4 7 2 2 6 True True True True 7\nValueError subsection not found\nTypeError argument should be integer or bytes-like object, not 'str'\nValueError byte must be in range(0, 256)\nTypeError a bytes-like object is required, not 'str'\nTypeError startswith first arg must be bytes or a tuple of bytes, not str\n"));
    }

    [Test]
    public void BytesSplitJoinStrip()
    {
        var result = PythonRunner.Run("print(b\"a,b\".split(b\",\"), b\"a b\\tc\\n\".split(), b\"  a  b \".split(None, 1), b\"  a  b \".rsplit(None, 1), b\"aXbXc\".rsplit(b\"X\", 1), b\"a\\r\\nb\\rc\\n\".splitlines(True))\nprint(b\"-\".join([b\"x\", bytearray(b\"y\"), memoryview(b\"z\")]), b\"xxabcxx\".strip(b\"x\"), b\"  s \".lstrip(), b\"x=1\".partition(b\"=\"), b\"a.b.c\".rpartition(b\".\"))");
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("[b'a', b'b'] [b'a', b'b', b'c'] [b'a', b'b '] [b'  a', b'b'] [b'aXb', b'c'] [b'a\\r\\n', b'b\\r', b'c\\n']\nb'x-y-z' b'abc' b's ' (b'x', b'=', b'1') (b'a.b', b'.', b'c')\n"));
    }

    [Test]
    public void BytesCaseAndPadding()
    {
        var result = PythonRunner.Run("print(b\"ab cd\\tef\".title(), b\"hello\".capitalize(), b\"HeLLo\".swapcase(), b\"abc\".upper(), b\"\\xe9A\".lower())\nprint(b\"ab\".center(7, b\"*\"), b\"abc\".center(6, b\"*\"), b\"abc\".ljust(5, b\"-\"), b\"abc\".rjust(5), b\"-7\".zfill(5), b\"a\\tb\".expandtabs(4))\nprint(b\"abc\".isalpha(), b\"123\".isdigit(), b\"  \".isspace(), b\"Ab\".islower(), b\"ABC\".isupper(), b\"a1\".isalnum(), b\"Ab Cd\".istitle(), b\"\\x80\".isascii(), b\"\".isalpha())");
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("b'Ab Cd\\tEf' b'Hello' b'hEllO' b'ABC' b'\\xe9a'\nb'***ab**' b'*abc**' b'abc--' b'  abc' b'-0007' b'a   b'\nTrue True True False True True True False False\n"));
    }

    [Test]
    public void BytesHexTranslateReplace()
    {
        var result = PythonRunner.Run("b = b\"hello world\"\nprint(b.hex(), b.hex(\":\"), b.hex(\"-\", 4), b.hex(\"-\", -4), bytes.fromhex(\"de ad be ef\"), bytearray.fromhex(\"00ff\"))\nprint(b\"abc\".translate(bytes.maketrans(b\"abc\", b\"xyz\")), b\"abcd\".translate(None, b\"bd\"), b.replace(b\"l\", b\"L\"), b.replace(b\"l\", b\"L\", 1), b\"a\".replace(b\"\", b\"-\"))\nprint(b\"pre_x\".removeprefix(b\"pre_\"), b\"n.txt\".removesuffix(b\".txt\"))");
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("68656c6c6f20776f726c64 68:65:6c:6c:6f:20:77:6f:72:6c:64 68656c-6c6f2077-6f726c64 68656c6c-6f20776f-726c64 b'\\xde\\xad\\xbe\\xef' bytearray(b'\\x00\\xff')\nb'xyz' b'ac' b'heLLo worLd' b'heLlo world' b'-a-'\nb'x' b'n'\n"));
    }

    [Test]
    public void BytesOperatorsAndComparisons()
    {
        var result = PythonRunner.Run("\ndef show(f):\n    try:\n        print(repr(f()))\n    except Exception as e:\n        print(type(e).__name__, e)\nprint(b\"ab\" * 2, 2 * bytearray(b\"x\"), b\"a\" + bytearray(b\"b\"), bytearray(b\"a\") + b\"b\", b\"abc\" == bytearray(b\"abc\"), b\"abc\" < bytearray(b\"abd\"), b\"a\" == \"a\", hash(b\"ab\") == hash(b\"ab\"))\nfor f in [lambda: b\"a\" + \"b\", lambda: bytearray(b\"a\") + 1, lambda: b\"a\" * \"b\", lambda: hash(bytearray()), lambda: b\"a\" < \"a\"]:\n    show(f)");
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("b'abab' bytearray(b'xx') b'ab' bytearray(b'ab') True True False True\nTypeError can't concat str to bytes\nTypeError can't concat int to bytearray\nTypeError can't multiply sequence by non-int of type 'str'\nTypeError unhashable type: 'bytearray'\nTypeError '<' not supported between instances of 'bytes' and 'str'\n"));
    }

    [Test]
    public void BytesPercentFormat()
    {
        var result = PythonRunner.Run("\ndef show(f):\n    try:\n        print(repr(f()))\n    except Exception as e:\n        print(type(e).__name__, e)\nprint(b\"%s %d %x %c %r %%\" % (b\"bytes\", 42, 255, 65, b\"r\"), b\"%5s|%-5s|%05d\" % (b\"ab\", b\"cd\", 7), b\"%(k)s\" % {b\"k\": b\"v\"}, b\"%b|%a\" % (b\"bin\", \"é\"), b\"%.1f\" % 2.25)\nfor f in [lambda: b\"%s\" % \"str\", lambda: b\"%c\" % 256, lambda: b\"%s %s\" % (b\"a\",), lambda: b\"%s\" % (b\"a\", b\"b\")]:\n    show(f)");
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("b\"bytes 42 ff A b'r' %\" b'   ab|cd   |00007' b'v' b\"bin|'\\\\xe9'\" b'2.2'\nTypeError %b requires a bytes-like object, or an object that implements __bytes__, not 'str'\nOverflowError %c arg not in range(256)\nTypeError not enough arguments for format string\nTypeError not all arguments converted during bytes formatting\n"));
    }

    [Test]
    public void ByteArrayMutation()
    {
        var result = PythonRunner.Run("\ndef show(f):\n    try:\n        print(repr(f()))\n    except Exception as e:\n        print(type(e).__name__, e)\nba = bytearray(b\"hello\")\nba[0] = 72\nba.append(33)\nba.extend(b\" ok\")\nba += b\"!\"\nba[1:3] = b\"EEEE\"\nprint(ba, len(ba))\ndel ba[0:2]\nba.insert(0, 74)\nprint(ba, ba.pop(), ba.pop(0), ba)\nba.remove(ord(\"E\"))\nba.reverse()\nprint(ba, ba.copy())\nb3 = bytearray(b\"0123456789\")\nb3[::2] = b\"abcde\"\ndel b3[::3]\nprint(b3)\nba.clear()\nprint(ba)\nfor f in [lambda: bytearray(b\"x\").__setitem__(0, 256), lambda: bytearray().pop(), lambda: bytearray(b\"a\").remove(98), lambda: bytearray(b\"a\").append(\"b\"), lambda: bytearray(b\"ab\").__setitem__(slice(None, None, 2), b\"xyz\"), lambda: bytearray(b\"a\").extend(1)]:\n    show(f)");
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("bytearray(b'HEEEElo! ok!') 12\nbytearray(b'EEElo! ok') 33 74 bytearray(b'EEElo! ok')\nbytearray(b'ko !olEE') bytearray(b'ko !olEE')\nbytearray(b'1bc57e')\nbytearray(b'')\nValueError byte must be in range(0, 256)\nIndexError pop from empty bytearray\nValueError value not found in bytearray\nTypeError 'str' object cannot be interpreted as an integer\nValueError attempt to assign bytes of size 3 to extended slice of size 1\nTypeError can't extend bytearray with int\n"));
    }

    [Test]
    public void MemoryViewBasics()
    {
        var result = PythonRunner.Run("\ndef show(f):\n    try:\n        print(repr(f()))\n    except Exception as e:\n        print(type(e).__name__, e)\ndata = bytearray(b\"abcdef\")\nmv = memoryview(data)\nprint(mv[0], bytes(mv[1:3]), mv.tobytes(), mv.tolist(), len(mv), mv.nbytes, mv.readonly, mv.format, mv.itemsize, mv.ndim, mv.shape, mv.strides)\nmv[0] = 65\nmv[1:3] = b\"BC\"\nprint(data, mv[2:5].obj is data, bytes(memoryview(b\"xyz\")[::-1]), memoryview(b\"xyz\") == b\"xyz\")\nmv.release()\nfor f in [lambda: mv[0], lambda: memoryview(b\"a\").__setitem__(0, 1), lambda: memoryview(\"s\"), lambda: memoryview(b\"ab\")[5]]:\n    show(f)");
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("97 b'bc' b'abcdef' [97, 98, 99, 100, 101, 102] 6 6 False B 1 1 (6,) (1,)\nbytearray(b'ABCdef') True b'zyx' True\nValueError operation forbidden on released memoryview object\nTypeError cannot modify read-only memory\nTypeError memoryview: a bytes-like object is required, not 'str'\nIndexError index out of bounds on dimension 1\n"));
    }

    [Test]
    public void Codecs()
    {
        var result = PythonRunner.Run("\ndef show(f):\n    try:\n        print(repr(f()))\n    except Exception as e:\n        print(type(e).__name__, e)\ns = \"héllo wörld €\"\nfor enc in [\"utf-8\", \"latin-1\", \"utf-16\", \"utf-16-be\", \"utf-32-le\", \"ascii\", \"cp1252\"]:\n    show(lambda: s.encode(enc))\nprint(s.encode(\"ascii\", \"replace\"), s.encode(\"ascii\", \"ignore\"), s.encode(\"ascii\", \"xmlcharrefreplace\"), s.encode(\"ascii\", \"backslashreplace\"))\nprint(b\"abc\\xff\".decode(\"utf-8\", \"replace\"), b\"abc\\xff\".decode(\"utf-8\", \"backslashreplace\"), b\"\\xff\".decode(\"utf-8\", \"surrogateescape\") == \"\\udcff\", str(b\"caf\\xe9\", \"latin-1\"))\nfor f in [lambda: b\"\\xff\".decode(), lambda: b\"\\xe2\\x82\".decode(), lambda: b\"\\xe2\\x28\\xa1\".decode(), lambda: b\"\\x80\".decode(\"ascii\"), lambda: \"\\ud800\".encode(), lambda: s.encode(\"no-such\")]:\n    show(f)");
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("b'h\\xc3\\xa9llo w\\xc3\\xb6rld \\xe2\\x82\\xac'\nUnicodeEncodeError 'latin-1' codec can't encode character '\\u20ac' in position 12: ordinal not in range(256)\nb'\\xff\\xfeh\\x00\\xe9\\x00l\\x00l\\x00o\\x00 \\x00w\\x00\\xf6\\x00r\\x00l\\x00d\\x00 \\x00\\xac '\nb'\\x00h\\x00\\xe9\\x00l\\x00l\\x00o\\x00 \\x00w\\x00\\xf6\\x00r\\x00l\\x00d\\x00  \\xac'\nb'h\\x00\\x00\\x00\\xe9\\x00\\x00\\x00l\\x00\\x00\\x00l\\x00\\x00\\x00o\\x00\\x00\\x00 \\x00\\x00\\x00w\\x00\\x00\\x00\\xf6\\x00\\x00\\x00r\\x00\\x00\\x00l\\x00\\x00\\x00d\\x00\\x00\\x00 \\x00\\x00\\x00\\xac \\x00\\x00'\nUnicodeEncodeError 'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)\nb'h\\xe9llo w\\xf6rld \\x80'\nb'h?llo w?rld ?' b'hllo wrld ' b'h&#233;llo w&#246;rld &#8364;' b'h\\\\xe9llo w\\\\xf6rld \\\\u20ac'\nabc� abc\\xff True café\nUnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte\nUnicodeDecodeError 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data\nUnicodeDecodeError 'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte\nUnicodeDecodeError 'ascii' codec can't decode byte 0x80 in position 0: ordinal not in range(128)\nUnicodeEncodeError 'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed\nLookupError unknown encoding: no-such\n"));
    }

    [Test]
    public void UnicodeErrorAttributes()
    {
        var result = PythonRunner.Run("e = UnicodeDecodeError(\"utf-8\", b\"\\xff\\xfe\", 0, 1, \"invalid start byte\")\nprint(e.encoding, e.object, e.start, e.end, e.reason, str(e))\ne = UnicodeEncodeError(\"ascii\", \"ab\\u2603\", 2, 3, \"bad\")\nprint(str(e), e.args)\nie = ImportError(\"msg\", name=\"mod\", path=\"/p\")\nprint(ie.name, ie.path, ie.msg, AttributeError(\"x\", name=\"n\", obj=5).obj, NameError(\"y\", name=\"z\").name)\ntry:\n    ImportError(\"m\", bad=1)\nexcept TypeError as t:\n    print(t)");
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("utf-8 b'\\xff\\xfe' 0 1 invalid start byte 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte\n'ascii' codec can't encode character '\\u2603' in position 2: bad ('ascii', 'ab☃', 2, 3, 'bad')\nmod /p msg 5 z\n'bad' is an invalid keyword argument for ImportError()\n"));
    }
}
