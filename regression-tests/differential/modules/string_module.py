import string
print(string.ascii_letters, string.digits, string.hexdigits, string.punctuation)
print(repr(string.whitespace), string.ascii_uppercase, string.octdigits)
print(string.capwords("hello   wide world"), string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"))
t = string.Template("$a and $b")
print(t.safe_substitute(a="x"))
try:
    t.substitute(a="x")
except KeyError as e:
    print(type(e).__name__, e)
print(string.Formatter().format("{0}-{x}", 1, x=2))
