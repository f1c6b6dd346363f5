import re
print(re.match(r"\d+", "123abc").group(), re.match(r"\d+", "abc"), re.search(r"[a-z]+", "123abc456").span())
print(re.findall(r"\b\w{3}\b", "the cat sat on a mat"), re.findall(r"(\w)(\d)", "a1 b2 c"), re.split(r"[,;]\s*", "a, b;c,d"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "user@host and me@there"), re.subn("a", "b", "banana"))
print(re.fullmatch(r"[0-9a-f]+", "deadbeef") is not None, re.fullmatch(r"[0-9a-f]+", "xyz"))
m = re.match(r"(?P<key>\w+)=(?P<value>\w*)", "name=warden")
print(m.group("key"), m["value"], m.groups(), m.groupdict(), m.start(2), m.end(), m.lastgroup)
print([m.group() for m in re.finditer(r"\d+", "a1b22c333")])
print(re.escape("a.b*c"), re.compile(r"x", re.I).match("X") is not None)
