# timedelta construction (float components, round-half-even), normalisation, arithmetic and text.
from datetime import timedelta

def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("mixed", lambda: timedelta(1, 2, 3, 4, 5, 6, 7))
show("floats", lambda: timedelta(hours=1.5, microseconds=0.5))
show("half-even 1.5us", lambda: timedelta(microseconds=1.5))
show("half-even 2.5us", lambda: timedelta(microseconds=2.5))
show("neg half", lambda: timedelta(microseconds=-1.5))
show("tiny days", lambda: timedelta(days=1e-7))
show("big float days", lambda: timedelta(days=999999999.9))
show("weeks", lambda: timedelta(weeks=-1.5))
show("neg seconds", lambda: timedelta(seconds=-1))
show("too big", lambda: timedelta(days=1000000000))
show("way too big", lambda: timedelta(days=1e10))
show("us overflow", lambda: timedelta(microseconds=1e20))
show("bad type", lambda: timedelta(days='a'))
show("bad kw", lambda: timedelta(foo=1))
show("too many", lambda: timedelta(1, 2, 3, 4, 5, 6, 7, 8))
show("nan", lambda: timedelta(seconds=float('nan')))

a = timedelta(days=1, hours=3, microseconds=7)
b = timedelta(hours=5)
for label, thunk in [
    ("add", lambda: a + b), ("sub", lambda: b - a), ("neg", lambda: -a), ("pos", lambda: +a), ("abs", lambda: abs(-a)),
    ("mul int", lambda: a * 3), ("rmul", lambda: 3 * a), ("mul float", lambda: a * 0.5), ("mul 1.1", lambda: b * 1.1),
    ("us*0.5", lambda: timedelta(microseconds=1) * 0.5), ("3us*0.5", lambda: timedelta(microseconds=3) * 0.5),
    ("div int", lambda: timedelta(microseconds=5) / 2), ("div int 7", lambda: timedelta(microseconds=7) / 2),
    ("div float", lambda: b / 1.1), ("div td", lambda: a / b), ("floordiv td", lambda: a // b), ("floordiv int", lambda: b // 7),
    ("mod", lambda: a % b), ("divmod", lambda: divmod(a, b)), ("neg divmod", lambda: divmod(-a, b)),
    ("div zero", lambda: a / 0), ("div 0.0", lambda: a / 0.0), ("floordiv 0", lambda: a // 0), ("div td0", lambda: a / timedelta(0)),
    ("floordiv td0", lambda: a // timedelta(0)), ("mod td0", lambda: a % timedelta(0)), ("divmod td0", lambda: divmod(a, timedelta(0))),
    ("mul nan", lambda: a * float('nan')), ("mul inf", lambda: a * float('inf')), ("div nan", lambda: a / float('nan')),
    ("mod int", lambda: a % 5), ("floordiv float", lambda: a // 2.0), ("add int", lambda: a + 1), ("mul str", lambda: a * 'x'),
    ("mul complex", lambda: a * 1j), ("rtruediv", lambda: 1 / a), ("mul bool", lambda: a * True),
    ("max+1", lambda: timedelta.max + timedelta.resolution), ("max*2", lambda: timedelta.max * 2), ("-max", lambda: -timedelta.max),
    ("-min", lambda: -timedelta.min), ("total_seconds", lambda: a.total_seconds()), ("big total", lambda: timedelta.max.total_seconds()),
]:
    show(label, thunk)

for d in [timedelta(0), timedelta(-1, 5), timedelta(2, 3661, 5), timedelta(microseconds=-1), timedelta(days=1), timedelta(days=-2),
          timedelta.min, timedelta.max, timedelta.resolution]:
    print(repr(d), str(d), d.days, d.seconds, d.microseconds, bool(d))

print(timedelta(hours=24) == timedelta(days=1), timedelta(1) != timedelta(1), timedelta(1) < timedelta(2), timedelta(1) >= timedelta(2))
print(timedelta(1) == 1, timedelta(0) == 0)
show("lt int", lambda: timedelta(1) < 5)
print(hash(timedelta(0)), hash(timedelta(1, 2, 3)), hash(timedelta(hours=24)) == hash(timedelta(days=1)))
print(timedelta(1, 2, 3).__reduce__())
print(sorted([timedelta(3), timedelta(-1), timedelta(seconds=5)]))
print(sum([timedelta(hours=1)] * 30, timedelta()))
print(f"{timedelta(minutes=90)}", "{!r}".format(timedelta(seconds=1)))
