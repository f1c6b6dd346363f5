cases = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\tnew\nret\r", "back\\slash", "\x00\x01", "bell\a", "\u1234", "\u00ff", "\x7f", "\u2028", "\U0010ffff", "\ufeff", "é"]
for c in cases:
    print(repr(c), ascii(c), len(repr(c)))
print(str("x"), repr(repr("x")))
