lines = ["key=value", "noequals", "a=b=c", "=empty", "trailing="]
for line in lines:
    k, sep, v = line.partition("=")
    print(repr(k), repr(sep), repr(v))
url = "https://example.com/path/to/page?x=1&y=2#frag"
scheme, _, rest = url.partition("://")
host, _, path = rest.partition("/")
path, _, fragment = path.partition("#")
path, _, query = path.partition("?")
print(scheme, host, path, fragment, [p.split("=") for p in query.split("&")])
