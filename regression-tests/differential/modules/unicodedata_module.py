# unicodedata: names, categories, numeric values, normalization forms.
import unicodedata as ud

print(ud.unidata_version)
for ch in ["A", "é", "ß", "Ⅻ", "٣", "½", "\u00a0", "€", "\U0001F600", "\u0301", "中", "ﬁ", "\t"]:
    print(ascii(ch), ud.category(ch), ud.bidirectional(ch), ud.combining(ch),
          ud.east_asian_width(ch), ud.mirrored(ch), ud.decomposition(ch) or "-",
          ud.name(ch, "<no name>"), ud.numeric(ch, None), ud.digit(ch, None), ud.decimal(ch, None))
print(ud.lookup("LATIN SMALL LETTER E WITH ACUTE"), ascii(ud.lookup("GRINNING FACE")))
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    for s in ["e\u0301", "é", "ﬁ", "Å", "\u1e9b\u0323", "한국어", "①②"]:
        out = ud.normalize(form, s)
        print(form, ascii(s), ascii(out), ud.is_normalized(form, s))
for bad in [lambda: ud.name("\x00"), lambda: ud.lookup("NO SUCH CHARACTER NAME"),
            lambda: ud.numeric("a"), lambda: ud.normalize("NFX", "a"), lambda: ud.category("ab")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
