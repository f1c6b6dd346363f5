import re
print(re.findall(r"(?i)hello", "Hello HELLO hello"), re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"a.b", "a\nb", re.S))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b20 c300"), re.sub(r"(?<=a)b", "X", "ab cb ab"), re.findall(r"\w+(?=!)", "hi! there yes!"))
print(re.findall(r"(a|b)+", "abab cab"), re.findall(r"a*?b", "aaab"), re.match(r"(\w+) \1", "hey hey").group(1))
p = re.compile(r"""
    (?P<year>\d{4})-   # year
    (?P<month>\d{2})   # month
""", re.X)
print(p.search("on 2024-05-17").groupdict(), p.pattern.count("\n"), p.groups, sorted(p.groupindex.items()))
try:
    re.compile("(unclosed")
except re.error as e:
    print(type(e).__name__, e)
print(re.split(r"(\s)", "a b  c"), re.findall(r"[^\W\d_]+", "abc_123 déf"))
