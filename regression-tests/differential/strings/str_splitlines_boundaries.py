s = "a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(s.splitlines())
print(len(s.splitlines(keepends=True)))
print("trailing\n\n".splitlines(), "".splitlines(True), "\n".splitlines())
print("a\r\nb".split("\n"))
