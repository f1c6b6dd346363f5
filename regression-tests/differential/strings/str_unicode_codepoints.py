s = "a\u00e9\U0001F600z"
print(len(s), [ord(c) for c in s], s[2] == "\U0001F600", s[::-1] == "z\U0001F600\u00e9a")
print(repr("\U0001F600"), ascii("\U0001F600"), ascii("é"), repr("\x00\x1f\x7f\x80\xa0"))
print("😀".encode("utf-8"), "😀".encode("utf-16-le"), len("😀".encode("utf-16-le")))
print(chr(0x1F600) == "😀", hex(ord("€")), "\N{EURO SIGN}", "\N{LATIN SMALL LETTER A WITH ACUTE}")
print("ÀÉÎ".lower(), "straße".upper(), len("straße".upper()), "ﬁ".upper())
print(sorted(["b", "á", "a", "B", "😀", "Z"]))
print(repr("\ud800"), len("\ud800"))
