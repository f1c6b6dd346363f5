line = b"  key1=val1; key2 = val2 ;key3=  "
pairs = [p.strip().split(b"=", 1) for p in line.split(b";")]
print(pairs)
print(b"a--b--c".split(b"--"), b"a b\tc\n".split(), b"xxabcxx".strip(b"x"), b"abc".lstrip(b"a"), b"abc".rstrip(b"c"))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(108), b"hello".index(b"lo"), b"hello".count(b"l"), b"hello".endswith(b"lo"))
try:
    b"hello".index(b"z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"x".split("x")
except TypeError as e:
    print(type(e).__name__, e)
