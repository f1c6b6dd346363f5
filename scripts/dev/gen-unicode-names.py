#!/usr/bin/python3.11
"""Generates src/Warden/Objects/Data/UnicodeNames.txt.gz from CPython 3.11's unicodedata
(Unicode 14), the database behind \\N{...} escapes and, later, the runtime's unicodedata.

Run with Debian's /usr/bin/python3.11 (its unicodedata is the reference).

Format (UTF-8 text, gzip-compressed), one entry per line:
  <delta>;<NAME>    a character name; delta is the code point minus the previous
                    name line's code point, in hex (delta coding keeps the file small)
  @<cp>;<ALIAS>     a formal name alias that unicodedata.lookup (and so \\N{}) accepts
Names that CPython computes algorithmically (CJK UNIFIED IDEOGRAPH-XXXX, HANGUL SYLLABLE ...)
are left out; Warden computes them the same way.

Usage: scripts/dev/gen-unicode-names.py
The alias candidates are the entries of Unicode's NameAliases.txt listed below; each is kept
only if this Python's unicodedata.lookup accepts it, so the result matches Unicode 14 as
CPython 3.11 sees it.
"""
import gzip
import os
import unicodedata

assert unicodedata.unidata_version == "14.0.0", unicodedata.unidata_version

# Formal name aliases of Unicode's NameAliases.txt: code point, then its aliases separated by '|'.
# Variation selectors VS1..VS256 are generated below. Each candidate is validated against
# unicodedata.lookup, so a name this Python does not accept is dropped.
ALIAS_CANDIDATES_TEXT = """\
0000 NULL|NUL
0001 START OF HEADING|SOH
0002 START OF TEXT|STX
0003 END OF TEXT|ETX
0004 END OF TRANSMISSION|EOT
0005 ENQUIRY|ENQ
0006 ACKNOWLEDGE|ACK
0007 ALERT|BEL
0008 BACKSPACE|BS
0009 CHARACTER TABULATION|HORIZONTAL TABULATION|HT|TAB
000A LINE FEED|NEW LINE|END OF LINE|LF|NL|EOL
000B LINE TABULATION|VERTICAL TABULATION|VT
000C FORM FEED|FF
000D CARRIAGE RETURN|CR
000E SHIFT OUT|LOCKING-SHIFT ONE|SO
000F SHIFT IN|LOCKING-SHIFT ZERO|SI
0010 DATA LINK ESCAPE|DLE
0011 DEVICE CONTROL ONE|DC1
0012 DEVICE CONTROL TWO|DC2
0013 DEVICE CONTROL THREE|DC3
0014 DEVICE CONTROL FOUR|DC4
0015 NEGATIVE ACKNOWLEDGE|NAK
0016 SYNCHRONOUS IDLE|SYN
0017 END OF TRANSMISSION BLOCK|ETB
0018 CANCEL|CAN
0019 END OF MEDIUM|EOM
001A SUBSTITUTE|SUB
001B ESCAPE|ESC
001C INFORMATION SEPARATOR FOUR|FILE SEPARATOR|FS
001D INFORMATION SEPARATOR THREE|GROUP SEPARATOR|GS
001E INFORMATION SEPARATOR TWO|RECORD SEPARATOR|RS
001F INFORMATION SEPARATOR ONE|UNIT SEPARATOR|US
0020 SP
007F DELETE|DEL
0080 PADDING CHARACTER|PAD
0081 HIGH OCTET PRESET|HOP
0082 BREAK PERMITTED HERE|BPH
0083 NO BREAK HERE|NBH
0084 INDEX|IND
0085 NEXT LINE|NEL
0086 START OF SELECTED AREA|SSA
0087 END OF SELECTED AREA|ESA
0088 CHARACTER TABULATION SET|HORIZONTAL TABULATION SET|HTS
0089 CHARACTER TABULATION WITH JUSTIFICATION|HORIZONTAL TABULATION WITH JUSTIFICATION|HTJ
008A LINE TABULATION SET|VERTICAL TABULATION SET|VTS
008B PARTIAL LINE FORWARD|PARTIAL LINE DOWN|PLD
008C PARTIAL LINE BACKWARD|PARTIAL LINE UP|PLU
008D REVERSE LINE FEED|REVERSE INDEX|RI
008E SINGLE SHIFT TWO|SINGLE-SHIFT-2|SS2
008F SINGLE SHIFT THREE|SINGLE-SHIFT-3|SS3
0090 DEVICE CONTROL STRING|DCS
0091 PRIVATE USE ONE|PRIVATE USE-1|PU1
0092 PRIVATE USE TWO|PRIVATE USE-2|PU2
0093 SET TRANSMIT STATE|STS
0094 CANCEL CHARACTER|CCH
0095 MESSAGE WAITING|MW
0096 START OF GUARDED AREA|START OF PROTECTED AREA|SPA
0097 END OF GUARDED AREA|END OF PROTECTED AREA|EPA
0098 START OF STRING|SOS
0099 SINGLE GRAPHIC CHARACTER INTRODUCER|SGC
009A SINGLE CHARACTER INTRODUCER|SCI
009B CONTROL SEQUENCE INTRODUCER|CSI
009C STRING TERMINATOR|ST
009D OPERATING SYSTEM COMMAND|OSC
009E PRIVACY MESSAGE|PM
009F APPLICATION PROGRAM COMMAND|APC
00A0 NBSP
00AD SHY
01A2 LATIN CAPITAL LETTER GHA
01A3 LATIN SMALL LETTER GHA
034F CGJ
061C ALM
0709 SYRIAC SUBLINEAR COLON SKEWED LEFT
0CDE KANNADA LETTER LLLA
0E9D LAO LETTER FO FON
0E9F LAO LETTER FO FAY
0EA3 LAO LETTER RO
0EA5 LAO LETTER LO
0FD0 TIBETAN MARK BKA- SHOG GI MGO RGYAN
180B FVS1
180C FVS2
180D FVS3
180E MVS
180F FVS4
200B ZWSP
200C ZWNJ
200D ZWJ
200E LRM
200F RLM
202A LRE
202B RLE
202C PDF
202D LRO
202E RLO
202F NNBSP
205F MMSP
2060 WJ
2066 LRI
2067 RLI
2068 FSI
2069 PDI
2118 WEIERSTRASS ELLIPTIC FUNCTION
2448 MICR ON US SYMBOL
2449 MICR DASH SYMBOL
2B7A LEFTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE
2B7C RIGHTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE
A015 YI SYLLABLE ITERATION MARK
FE18 PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET
FEFF BYTE ORDER MARK|BOM|ZWNBSP
122D4 CUNEIFORM SIGN NU11 TENU
122D5 CUNEIFORM SIGN NU11 OVER NU11 BUR OVER BUR
1D0C5 BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS
"""

# Aliases added after Unicode 8.
LATER_ALIAS_CANDIDATES = [
    (0x0616, "ARABIC SMALL HIGH LIGATURE ALEF WITH YEH BARREE"),
    (0x1B001, "HIRAGANA LETTER ARCHAIC YE"),
    (0x16E56, "MEDEFAIDRIN CAPITAL LETTER H"),
    (0x16E57, "MEDEFAIDRIN CAPITAL LETTER NG"),
    (0x16E76, "MEDEFAIDRIN SMALL LETTER H"),
    (0x16E77, "MEDEFAIDRIN SMALL LETTER NG"),
    (0x1B001, "HENTAIGANA LETTER E-1"),
    (0x11EC, "HANGUL JONGSEONG YESIEUNG-KIYEOK"),
    (0x11ED, "HANGUL JONGSEONG YESIEUNG-SSANGKIYEOK"),
    (0x11EE, "HANGUL JONGSEONG SSANGYESIEUNG"),
    (0x11EF, "HANGUL JONGSEONG YESIEUNG-KHIEUKH"),
    (0x0CDE, "KANNADA LETTER LLLA"),
    (0x1D0C5, "BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS"),
]


def is_algorithmic(name):
    return name.startswith("CJK UNIFIED IDEOGRAPH-") or name.startswith("HANGUL SYLLABLE ")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(here, "..", "..", "src", "Warden", "Objects", "Data", "UnicodeNames.txt.gz")
    lines = []
    previous = 0
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name is None or is_algorithmic(name):
            continue
        lines.append("%x;%s" % (cp - previous, name))
        previous = cp
    candidates = []
    for line in ALIAS_CANDIDATES_TEXT.splitlines():
        cp, names = line.split(" ", 1)
        candidates += [(int(cp, 16), alias) for alias in names.split("|")]
    candidates += [(0xFE00 + i, "VS%d" % (i + 1)) for i in range(16)]
    candidates += [(0xE0100 + i, "VS%d" % (i + 17)) for i in range(240)]
    candidates += LATER_ALIAS_CANDIDATES
    seen = set()
    for cp, alias in candidates:
        if alias in seen:
            continue
        try:
            found = unicodedata.lookup(alias)
        except KeyError:
            continue
        if found == chr(cp) and unicodedata.name(found, None) != alias:
            seen.add(alias)
            lines.append("@%x;%s" % (cp, alias))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(out_path, "wb") as f:
        f.write(gzip.compress(data, 9, mtime=0))
    print("%d entries, %d bytes raw, written %s" % (len(lines), len(data), out_path))


main()
