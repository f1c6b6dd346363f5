# time.struct_time is a tuple subclass: nine sequence fields plus tm_zone/tm_gmtoff outside the
# tuple. Only fixed instants (gmtime) and constructed values: nothing depends on now or the zone.
import copy
import json
import operator
import pickle
import time


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as e:
        print(label, type(e).__name__, e)


t = time.gmtime(1700000000)
print(t)
print(isinstance(t, tuple), issubclass(time.struct_time, tuple), time.struct_time.__mro__)
print(time.struct_time.__module__, time.struct_time.__name__, time.struct_time.__qualname__)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(time.struct_time.__match_args__)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t.tm_zone, t.tm_gmtoff, len(t), t[0], t[-1], t[2:5], t[::-3])

# Every tuple operation.
print(t + (1,), (0,) + t, t * 2 == tuple(t) * 2, 2 * t == tuple(t) * 2, type(t * 1))
print(t.count(0), t.index(14), 318 in t, 99 in t, bool(t), list(t), tuple(t), type(tuple(t)))
print(t == tuple(t), t == list(t), t != tuple(t), t < (2024,), t > (2023, 11), (2023,) < t, t <= t)
print(hash(t) == hash(tuple(t)), {t: "x"}[tuple(t)], tuple(t) in {t}, sorted([time.gmtime(5), time.gmtime(3)])[0].tm_sec)
print(min(t), max(t), sum(t), operator.itemgetter(0, 2)(t), list(reversed(t)), [x * 2 for x in t][:3])
year, month, *rest = t
print(year, month, rest)
print("%d-%02d-%02d %02d:%02d:%02d wday=%d yday=%d dst=%d" % t)
print(json.dumps(t), json.dumps({"t": t[:3]}))
print(str(t) == repr(t), f"{t!r:.30}", tuple.__repr__(t))
match t:
    case time.struct_time(tm_year=y, tm_mon=m):
        print("matched by name", y, m)
match t:
    case time.struct_time(y, m, d):
        print("matched by position", y, m, d)
match t:
    case (2023, 11, *others):
        print("matched as a sequence", others)

# Read-only, no __dict__.
attempt("set field:", lambda: setattr(t, "tm_year", 5))
attempt("del field:", lambda: delattr(t, "tm_year"))
attempt("set zone:", lambda: setattr(t, "tm_zone", "X"))
attempt("vars:", lambda: vars(t))
print(hasattr(t, "__dict__"))
attempt("descriptor on int:", lambda: time.struct_time.tm_year.__get__(5))

# Construction.
c = time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0))
print(c, c.tm_zone, c.tm_gmtoff, c == (2024, 1, 2, 3, 4, 5, 6, 7, 0))
c11 = time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0, "XYZ", 3600))
print(c11, len(c11), c11.tm_zone, c11.tm_gmtoff)
c10 = time.struct_time([2024, 1, 2, 3, 4, 5, 6, 7, 0, "ABC"])
print(c10.tm_zone, c10.tm_gmtoff)
cd = time.struct_time(range(9), {"tm_zone": "Q", "tm_gmtoff": -60, "other": 1})
print(cd, cd.tm_zone, cd.tm_gmtoff)
print(time.struct_time(sequence=range(9), dict={"tm_zone": "K"}).tm_zone, time.struct_time(x for x in range(9)))
print(time.struct_time(t) == t, time.struct_time(t).tm_zone)
attempt("3 items:", lambda: time.struct_time((1, 2, 3)))
attempt("str:", lambda: time.struct_time("abc"))
attempt("12 items:", lambda: time.struct_time(range(12)))
attempt("int:", lambda: time.struct_time(5))
attempt("None:", lambda: time.struct_time(None))
attempt("no args:", lambda: time.struct_time())
attempt("dict not dict:", lambda: time.struct_time(range(9), 5))
attempt("three args:", lambda: time.struct_time(range(9), {}, 1))
attempt("__new__ int:", lambda: time.struct_time.__new__(int, range(9)))
attempt("__new__ 5:", lambda: time.struct_time.__new__(5))
attempt("__new__ none:", lambda: time.struct_time.__new__())
attempt("__new__ ok:", lambda: time.struct_time.__new__(time.struct_time, range(9)))

# __reduce__, pickle and copy keep the non-sequence fields.
print(t.__reduce__())
print(c.__reduce__())
for protocol in range(1, pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(t, protocol))
    print(protocol, back == t, type(back) is time.struct_time, back.tm_zone, back.tm_gmtoff)
print(copy.copy(c11).tm_zone, copy.deepcopy(c11).tm_gmtoff, copy.copy(t) == t)

# The time functions take a struct_time or any 9-tuple.
nine = (2024, 2, 29, 13, 5, 9, 3, 60, 0)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", t), time.strftime("%Y-%m-%d %A %B", nine))
print(time.strftime("%Z|%z", c11), time.strftime("%Z|%z", time.struct_time(range(9), {"tm_zone": "Q", "tm_isdst": 0})))
print(time.asctime(t), time.asctime(nine), time.asctime(time.struct_time(nine)))
print(time.mktime(time.gmtime(10 ** 9)) - time.mktime(time.localtime(10 ** 9)) == time.mktime(time.gmtime(10 ** 9)) - 10 ** 9)
print(time.mktime(nine) == time.mktime(time.struct_time(nine)))
attempt("strftime short:", lambda: time.strftime("%Y", (1, 2, 3)))
attempt("strftime list:", lambda: time.strftime("%Y", list(nine)))
attempt("asctime short:", lambda: time.asctime((1, 2)))
attempt("mktime short:", lambda: time.mktime(tuple(range(10))))
attempt("mktime float:", lambda: time.mktime((2024.0, 1, 1, 0, 0, 0, 0, 1, 0)))
try:
    type("S", (time.struct_time,), {})
except TypeError:
    print("struct_time cannot be subclassed")

# struct_times made by the stdlib: strptime (sliced to time._STRUCT_TM_ITEMS), datetime, calendar.
import calendar
import datetime

parsed = time.strptime("2024-03-05 10:20:30", "%Y-%m-%d %H:%M:%S")
print(parsed, type(parsed) is time.struct_time, parsed.tm_zone, time._STRUCT_TM_ITEMS)
with_offset = time.strptime("2024-03-05 10:20:30 +0130", "%Y-%m-%d %H:%M:%S %z")
print(with_offset.tm_gmtoff, with_offset.tm_zone, len(with_offset))
moment = datetime.datetime(2024, 3, 5, 10, 20, 30)
tt = moment.timetuple()
print(tt, tt.tm_zone, tt.tm_gmtoff, type(tt) is time.struct_time, moment.utctimetuple())
print(datetime.date(2020, 2, 29).timetuple(), time.strftime("%Y %j", tt))
print(datetime.datetime(*time.gmtime(10 ** 9)[:6]), calendar.timegm(time.gmtime(10 ** 9)), calendar.timegm(tuple(time.gmtime(10 ** 9))))

# Messages name module-defined builtin types by their full name, as CPython's tp_name.
import collections
for obj in (collections.deque(), time.gmtime(0)):
    try:
        obj.no_such_attribute
    except AttributeError as e:
        print("AttributeError", e)
    try:
        obj.no_such_attribute = 1
    except AttributeError as e:
        print("AttributeError", e)
try:
    class Sub(time.struct_time):
        pass
except TypeError as e:
    print("TypeError", e)
