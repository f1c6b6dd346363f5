# date construction errors, ordinals, ISO calendar, arithmetic, comparisons and formatting.
from datetime import date, timedelta, datetime, MINYEAR, MAXYEAR
import datetime as datetime_module

def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(MINYEAR, MAXYEAR, date.min, date.max, repr(date.resolution))
print(sorted(n for n in dir(datetime_module) if not n.startswith('_')), type(datetime_module.datetime_CAPI).__name__)
for label, thunk in [
    ("feb29", lambda: date(2023, 2, 29)), ("leap", lambda: date(2024, 2, 29)), ("year0", lambda: date(0, 1, 1)),
    ("year10000", lambda: date(10000, 1, 1)), ("month13", lambda: date(2023, 13, 1)), ("day0", lambda: date(2023, 1, 0)),
    ("str year", lambda: date('a', 1, 1)), ("float year", lambda: date(2023.0, 1, 1)), ("missing", lambda: date(2023)),
    ("too many", lambda: date(2023, 1, 1, 1)), ("kw missing", lambda: date(year=2023, month=1)), ("bad kw", lambda: date(foo=1)),
    ("dup", lambda: date(2024, 1, 1, year=3)), ("huge", lambda: date(2**40, 1, 1)), ("neg huge", lambda: date(-2**40, 1, 1)),
    ("enormous", lambda: date(2**70, 1, 1)), ("kwargs", lambda: date(day=5, month=6, year=2007)),
    ("fromordinal 0", lambda: date.fromordinal(0)), ("fromordinal max+1", lambda: date.fromordinal(3652060)),
    ("fromordinal 1", lambda: date.fromordinal(1)), ("fromordinal str", lambda: date.fromordinal('a')),
    ("toordinal", lambda: date(2024, 1, 1).toordinal()), ("max ordinal", lambda: date.max.toordinal()),
    ("fromisocalendar", lambda: date.fromisocalendar(2020, 53, 7)), ("bad week", lambda: date.fromisocalendar(2024, 53, 1)),
    ("bad day", lambda: date.fromisocalendar(2024, 1, 8)), ("bad year", lambda: date.fromisocalendar(10000, 1, 1)),
    ("fromtimestamp args", lambda: date.fromtimestamp(0, 1)), ("fromtimestamp str", lambda: date.fromtimestamp('a')),
    ("add", lambda: date(2024, 12, 31) + timedelta(days=1)), ("radd", lambda: timedelta(hours=25) + date(2024, 1, 1)),
    ("sub td", lambda: date(2024, 3, 1) - timedelta(days=1)), ("sub hours", lambda: date(2024, 1, 1) - timedelta(hours=1)),
    ("sub date", lambda: date(2024, 3, 1) - date(2024, 2, 1)), ("sub neg", lambda: date(2000, 1, 1) - date(2024, 2, 1)),
    ("overflow", lambda: date.max + timedelta(1)), ("underflow", lambda: date.min - timedelta(1)),
    ("add int", lambda: date(2024, 1, 1) + 1), ("sub datetime", lambda: date(2024, 1, 1) - datetime(2024, 1, 1)),
    ("lt int", lambda: date(2024, 1, 1) < 5), ("lt datetime", lambda: date(2024, 1, 1) < datetime(2024, 1, 1)),
    ("eq datetime", lambda: date(2024, 1, 1) == datetime(2024, 1, 1)), ("dunder eq", lambda: date(2024, 1, 1).__eq__(datetime(2024, 1, 1))),
    ("ne int", lambda: date(2024, 1, 1).__ne__(5)), ("replace", lambda: date(2024, 1, 31).replace(month=2, day=29)),
    ("replace bad", lambda: date(2024, 1, 1).replace(day=31, month=2)), ("replace kw", lambda: date(2024, 1, 1).replace(foo=1)),
    ("replace pos", lambda: date(2024, 1, 1).replace(2025, 2, 3)), ("isoformat arg", lambda: date(2024, 1, 1).isoformat(1)),
    ("strftime none", lambda: date(2024, 1, 1).strftime()), ("strftime int", lambda: date(2024, 1, 1).strftime(5)),
    ("format int", lambda: format(date(2024, 1, 1), 5)),
]:
    show(label, thunk)

for d in [date(2024, 12, 31), date(2004, 2, 29), date(2021, 1, 3), date(2020, 12, 31), date(1, 1, 1), date(9999, 12, 31), date(2026, 6, 15)]:
    ic = d.isocalendar()
    print(repr(d), str(d), d.isoformat(), d.weekday(), d.isoweekday(), ic, ic.year, ic.week, ic.weekday, tuple(ic), ic[1],
          type(ic).__name__, d.ctime(), d.timetuple(), d.toordinal() == date.fromordinal(d.toordinal()).toordinal(),
          date.fromisocalendar(*ic) == d)
print(type(date(2024, 1, 1).isocalendar()).__mro__, date(2024, 1, 1).isocalendar().__reduce__())
print(date(2024, 3, 5).strftime('%Y %m %d %a %A %b %B %j %U %W %w %y %f %z %Z %% %H:%M:%S %p'))
print(format(date(2024, 1, 1), '%d/%m/%Y'), format(date(2024, 1, 1), ''), f"{date(2024, 7, 4):%B %d}")
print(date(2024, 1, 1) == date(2024, 1, 1), date(2024, 1, 1) < date(2024, 1, 2), date(2024, 1, 2) >= date(2024, 1, 1))
print(hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)), hash(date(2024, 1, 1)) == hash(datetime(2024, 1, 1)))
print(len({date(2024, 1, 1), date(2024, 1, 1), date(2024, 1, 2)}), bool(date.min))
print(type(date.today()).__name__, date.today() > date(2020, 1, 1), type(date.fromtimestamp(0)).__name__)
print(date.__name__, date.__qualname__, date.__module__, date.__doc__, type(date.year).__name__)
print(repr(date), repr(datetime), date.__mro__, datetime.__mro__)
print(date(2024, 1, 1).__reduce__(), date(b'\x07\xe8\x01\x01'), date('\x07\xe8\x01\x01'))
