from string import Template, Formatter
class Percent(Template):
    delimiter = "%"
print(Percent("%who owes %amt").substitute(who="Bo", amt="$5"))
print(list(Formatter().parse("a{0}b{name!r:>5}c")))
print(Template("$$literal $x").substitute(x=1), Template("${a}b").substitute(a="A"))
try:
    Template("$").substitute()
except ValueError as e:
    print(type(e).__name__, e)
