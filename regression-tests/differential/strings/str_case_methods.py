samples = ["hello world", "HELLO", "mIxEd CaSe", "ß straße", "ǅungla", "123abc", "", "o'neil's dog", "ΣΑΣ"]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), s.casefold())
print("hello".istitle(), "Hello World".istitle(), "HELLO".isupper(), "hello1".islower(), "123".isupper())
