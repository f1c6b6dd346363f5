e = ""
print(e.split(), e.split("x"), e.splitlines(), e.partition("x"), e.strip(), e.upper(), e.title(), e.isalpha(), e.isdigit(), e.isspace(), e.istitle(), e.islower(), e.isidentifier())
print(e.find(""), e.count(""), e.replace("", "x"), e.center(3, "-"), e.zfill(3), e.join(["a", "b"]), e * 5, e[::-1], e[5:])
print(max("", "a"), min(["", "b"]))
try:
    max("")
except ValueError as e2:
    print(type(e2).__name__, e2)
