# tzinfo subclasses (validation messages), aware comparison and hashing, subclassing, pickle and copy.
import copy
import pickle
from datetime import datetime, date, time, timedelta, timezone, tzinfo

def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)

class TZ(tzinfo):
    def __init__(self, off=None, dst=None, name=None):
        self.off, self.d, self.n = off, dst, name
    def utcoffset(self, dt): return self.off
    def dst(self, dt): return self.d
    def tzname(self, dt): return self.n
    def __repr__(self): return 'TZ(%r)' % (self.off,)

h = lambda n: timedelta(hours=n)
for label, thunk in [
    ("24h", lambda: datetime(2024, 1, 1, tzinfo=TZ(h(24))).utcoffset()), ("int off", lambda: datetime(2024, 1, 1, tzinfo=TZ(5)).utcoffset()),
    ("dst none", lambda: datetime(2024, 1, 1, tzinfo=TZ(h(1))).dst()), ("dst int", lambda: datetime(2024, 1, 1, tzinfo=TZ(None, 5)).dst()),
    ("dst 25h", lambda: datetime(2024, 1, 1, tzinfo=TZ(None, h(-25))).dst()), ("name int", lambda: datetime(2024, 1, 1, tzinfo=TZ(None, None, 5)).tzname()),
    ("fractional", lambda: datetime(2024, 1, 1, tzinfo=TZ(timedelta(seconds=1.5))).utcoffset()),
    ("iso 24h", lambda: datetime(2024, 1, 1, tzinfo=TZ(h(24))).isoformat()), ("iso none", lambda: datetime(2024, 1, 1, tzinfo=TZ(None)).isoformat()),
    ("time neg", lambda: time(1, tzinfo=TZ(h(-1))).utcoffset()), ("time iso", lambda: time(1, tzinfo=TZ(timedelta(hours=-1, seconds=-1, microseconds=-3))).isoformat()),
    ("eq none", lambda: datetime(2024, 1, 1, tzinfo=TZ(h(1))) == datetime(2024, 1, 1, tzinfo=TZ(None))),
    ("lt none", lambda: datetime(2024, 1, 1, tzinfo=TZ(h(1))) < datetime(2024, 1, 1, tzinfo=TZ(None))),
    ("naive lt", lambda: datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc)),
    ("naive eq", lambda: datetime(2024, 1, 1) == datetime(2024, 1, 1, tzinfo=timezone.utc)),
    ("time naive lt", lambda: time(1) < time(1, tzinfo=timezone.utc)), ("time naive eq", lambda: time(1) == time(1, tzinfo=timezone.utc)),
    ("aware eq", lambda: datetime(2024, 1, 1, 12, tzinfo=timezone(h(2))) == datetime(2024, 1, 1, 10, tzinfo=timezone.utc)),
    ("aware lt", lambda: datetime(2024, 1, 1, 12, tzinfo=timezone(h(2))) < datetime(2024, 1, 1, 10, 0, 1, tzinfo=TZ(h(0)))),
    ("aware hash", lambda: hash(datetime(2024, 1, 1, 12, tzinfo=timezone(h(2)))) == hash(datetime(2024, 1, 1, 10, tzinfo=timezone.utc))),
    ("time aware hash", lambda: hash(time(12, tzinfo=timezone(h(2)))) == hash(time(10, tzinfo=TZ(h(0))))),
    ("time aware eq", lambda: time(12, tzinfo=timezone(h(2))) == time(10, tzinfo=TZ(h(0)))),
    ("edge eq", lambda: datetime(1, 1, 1, tzinfo=timezone(h(1))) == datetime(1, 1, 1, tzinfo=timezone.utc)),
    ("astimezone TZ", lambda: datetime(2024, 1, 1, tzinfo=TZ(h(1))).astimezone(timezone.utc)),
    ("astimezone none off", lambda: datetime(2024, 1, 1, tzinfo=TZ(None)).astimezone(timezone.utc).tzinfo),
    ("astimezone to TZ", lambda: datetime(2024, 1, 1, tzinfo=timezone.utc).astimezone(TZ(h(3), timedelta(0)))),
    ("astimezone dst none", lambda: datetime(2024, 1, 1, tzinfo=timezone.utc).astimezone(TZ(h(3), None))),
    ("fromutc not self", lambda: TZ(timedelta(1)).fromutc(datetime(2024, 1, 1))), ("fromutc int", lambda: tzinfo().fromutc(5)),
    ("fromutc ok", lambda: (lambda z: z.fromutc(datetime(2024, 1, 1, tzinfo=z)))(TZ(h(3), h(1)))),
    ("fromutc off none", lambda: (lambda z: z.fromutc(datetime(2024, 1, 1, tzinfo=z)))(TZ(None, h(1)))),
    ("timetuple dst1", lambda: datetime(2024, 1, 1, tzinfo=TZ(h(1), h(1))).timetuple()), ("timetuple dst0", lambda: datetime(2024, 1, 1, tzinfo=TZ(h(1), h(0))).timetuple()),
    ("timetuple none", lambda: datetime(2024, 1, 1, tzinfo=TZ(h(1))).timetuple()),
    ("strftime", lambda: datetime(2024, 1, 1, tzinfo=TZ(h(1), None, 'ABC')).strftime('%Z %z')),
    ("base utcoffset", lambda: tzinfo().utcoffset(None)), ("base dst", lambda: tzinfo().dst(None)), ("base tzname", lambda: tzinfo().tzname(None)),
    ("abstract use", lambda: datetime(2024, 1, 1, tzinfo=tzinfo()).utcoffset()),
    ("tz 24h", lambda: timezone(h(24))), ("tz 1us", lambda: timezone(timedelta(microseconds=1))), ("tz int", lambda: timezone(5)),
    ("tz name int", lambda: timezone(h(1), 5)), ("tz named", lambda: timezone(h(1), 'X')), ("tz zero", lambda: timezone(timedelta(0)) is timezone.utc),
    ("tz zero named", lambda: timezone(timedelta(0), 'UTC')), ("tz min", lambda: timezone.min), ("tz max", lambda: timezone.max),
    ("tz utc", lambda: (timezone.utc, str(timezone.utc), timezone.utc.tzname(None), timezone.utc.utcoffset(None), timezone.utc.dst(None))),
    ("tz str", lambda: (str(timezone(timedelta(hours=-3, minutes=-30))), timezone(timedelta(seconds=5415, microseconds=5)).tzname(None))),
    ("tz eq", lambda: (timezone(h(1)) == timezone(h(1), 'x'), timezone(h(1)) != timezone(h(2)), timezone.utc == 0)),
    ("tz lt", lambda: timezone(h(1)) < timezone(h(2))), ("tz hash", lambda: hash(timezone(h(1))) == hash(timezone(h(1), 'y'))),
    ("tz utcoffset int", lambda: timezone.utc.utcoffset(5)), ("tz fromutc", lambda: timezone.utc.fromutc(datetime(2024, 1, 1))),
    ("tz fromutc ok", lambda: timezone(h(2)).fromutc(datetime(2024, 1, 1, tzinfo=timezone(h(2))))),
    ("tz reduce", lambda: (timezone.utc.__reduce__(), timezone(h(1), 'a').__getinitargs__())), ("tzinfo reduce", lambda: tzinfo().__reduce__()),
    ("tz mro", lambda: timezone.__mro__),
]:
    show(label, thunk)

class D(date):
    def __new__(cls, *a, **k):
        print('D.__new__', a, k)
        return super().__new__(cls, *a, **k)
    def __init__(self, *a):
        print('D.__init__', a)

class DT(datetime):
    def __new__(cls, *a, **k):
        print('DT.__new__', a, k)
        return super().__new__(cls, *a, **k)

class T(time):
    pass

class TD(timedelta):
    def __new__(cls, *a, **k):
        print('TD.__new__', a, k)
        return super().__new__(cls, *a, **k)

d = D(2024, 1, 1)
dt = DT(2024, 1, 1, 5)
tt = T(1, 2)
td = TD(1)
d.extra = 5
for label, thunk in [
    ("d", lambda: d), ("d+td", lambda: d + timedelta(1)), ("td+d", lambda: timedelta(1) + d), ("d-td", lambda: d - timedelta(1)),
    ("d-date", lambda: d - date(2024, 1, 1)), ("d.replace", lambda: d.replace(day=2)), ("D.fromordinal", lambda: D.fromordinal(5)),
    ("D.fromisoformat", lambda: D.fromisoformat('2024-01-02')), ("D.fromisocalendar", lambda: D.fromisocalendar(2024, 1, 1)),
    ("D.today", lambda: type(D.today())), ("D.fromtimestamp", lambda: type(D.fromtimestamp(0))),
    ("dt", lambda: dt), ("dt+td", lambda: dt + timedelta(1)), ("dt-td", lambda: dt - timedelta(1)), ("dt.replace", lambda: dt.replace(hour=2)),
    ("dt.astimezone", lambda: dt.replace(tzinfo=timezone.utc).astimezone(timezone(h(1)))),
    ("DT.combine", lambda: DT.combine(date(2024, 1, 1), time(1))), ("DT.fromisoformat", lambda: DT.fromisoformat('2024-01-02')),
    ("DT.utcfromtimestamp", lambda: DT.utcfromtimestamp(0)), ("DT.fromtimestamp", lambda: DT.fromtimestamp(0, timezone.utc)),
    ("DT.strptime", lambda: DT.strptime('2024', '%Y')), ("dt.date", lambda: dt.date()), ("dt.timetz", lambda: dt.timetz()),
    ("tt", lambda: tt), ("tt.replace", lambda: tt.replace(hour=3)), ("T.fromisoformat", lambda: T.fromisoformat('10:00')),
    ("td", lambda: td), ("td+td", lambda: td + td), ("-td", lambda: -td), ("abs", lambda: abs(td)), ("+td", lambda: +td),
    ("td*2", lambda: td * 2), ("td//2", lambda: td // 2), ("td%td", lambda: td % td), ("td.__reduce__", lambda: td.__reduce__()),
    ("str(d)", lambda: (str(d), format(d, ''), d.isoformat(), d == date(2024, 1, 1), hash(d) == hash(date(2024, 1, 1)))),
    ("d.__dict__", lambda: d.__dict__),
    ("d.__reduce__", lambda: d.__reduce__()), ("dt.__reduce_ex__", lambda: dt.__reduce_ex__(2)),
    ("isinstance", lambda: (isinstance(dt, date), isinstance(d, datetime), issubclass(DT, date))),
]:
    show(label, thunk)

class Fixed(tzinfo):
    def __init__(self, hours=0):
        self.hours = hours
    def utcoffset(self, dt): return timedelta(hours=self.hours)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return 'F%+d' % self.hours
    def __repr__(self): return 'Fixed(%d)' % self.hours

values = [date(2024, 12, 31), datetime(2024, 3, 10, 14, 30, 15, 123456), datetime(2024, 1, 1, fold=1), time(1, 2, 3, 4),
          time(5, fold=1), timedelta(-1, 5, 7), timezone.utc, timezone(h(-5), 'EST'), datetime(2024, 1, 1, tzinfo=timezone(h(2))),
          time(1, tzinfo=timezone.utc), datetime(2024, 1, 1, 12, tzinfo=Fixed(3)), Fixed(4), date.max, datetime.min, timedelta.min]
for v in values:
    results = [copy.copy(v), copy.deepcopy(v)] + [pickle.loads(pickle.dumps(v, p)) for p in range(3, pickle.HIGHEST_PROTOCOL + 1)]
    print(repr(v), all(type(r) is type(v) for r in results),
          [r == v for r in results] if not isinstance(v, tzinfo) or isinstance(v, timezone) else [repr(r) for r in results],
          [getattr(r, 'fold', 0) for r in results])
print(pickle.dumps(date(2024, 1, 1), 4)[-20:], pickle.dumps(timedelta(1), 2))
print(date(2024, 1, 1).__reduce__(), datetime(2024, 1, 1, 1, 2, 3, 4, timezone.utc).__reduce__())
print(datetime(2024, 1, 1, fold=1).__reduce_ex__(2), datetime(2024, 1, 1, fold=1).__reduce_ex__(4), time(1, fold=1).__reduce_ex__(4))
print(time(1).__reduce__(), time(1, tzinfo=timezone.utc).__reduce__())
show("bad month state", lambda: date(b'\x07\xe8\x0d\x01'))
print(datetime(b'\x07\xe8\x01\x01\x01\x02\x03\x00\x00\x04', timezone.utc), repr(time(b'\x81\x00\x00\x00\x00\x00')))
