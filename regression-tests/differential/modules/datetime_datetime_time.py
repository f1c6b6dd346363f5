# datetime and time: construction errors, reprs, str, isoformat/timespec, arithmetic, fold, replace, combine, timestamps.
from datetime import datetime, date, time, timedelta, timezone

def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)

utc = timezone.utc
plus2 = timezone(timedelta(hours=2))
for label, thunk in [
    ("full", lambda: datetime(2024, 3, 10, 14, 30, 15, 123456)), ("secs", lambda: datetime(2024, 3, 10, 14, 30, 15)),
    ("mins", lambda: datetime(2024, 3, 10)), ("fold", lambda: datetime(2024, 1, 1, fold=1)),
    ("fold tz", lambda: datetime(2024, 1, 1, 1, 2, 3, 4, utc, fold=1)), ("tz", lambda: datetime(2024, 1, 1, 1, 2, 3, tzinfo=utc)),
    ("hour25", lambda: datetime(2024, 1, 1, 25)), ("minute60", lambda: datetime(2024, 1, 1, 1, 60)), ("second60", lambda: datetime(2024, 1, 1, 1, 1, 60)),
    ("us", lambda: datetime(2024, 1, 1, 1, 1, 1, 1000000)), ("fold2", lambda: datetime(2024, 1, 1, fold=2)),
    ("tz int", lambda: datetime(2024, 1, 1, tzinfo=5)), ("missing", lambda: datetime(2024)), ("none", lambda: datetime()),
    ("positional fold", lambda: datetime(2024, 1, 1, 0, 0, 0, 0, None, 1)),
    ("time", lambda: time(1, 2, 3, 4, utc)), ("time fold", lambda: time(1, 2, 3, fold=1)), ("time0", lambda: time()),
    ("time25", lambda: time(25)), ("time str", lambda: time('a')), ("time too many", lambda: time(1, 2, 3, 4, None, 5)),
    ("time bad kw", lambda: time(hour=1, foo=2)), ("time tz int", lambda: time(tzinfo=5)),
    ("min", lambda: datetime.min), ("max", lambda: datetime.max), ("tmin", lambda: time.min), ("tmax", lambda: time.max),
    ("add", lambda: datetime(2024, 1, 1) + timedelta(hours=25, microseconds=1)), ("radd", lambda: timedelta(days=-1) + datetime(2024, 3, 1, tzinfo=plus2)),
    ("sub", lambda: datetime(2024, 3, 1) - datetime(2024, 2, 28, 12)), ("sub td", lambda: datetime(2024, 1, 1) - timedelta(microseconds=1)),
    ("sub aware", lambda: datetime(2024, 1, 1, 12, tzinfo=plus2) - datetime(2024, 1, 1, 12, tzinfo=utc)),
    ("sub mixed", lambda: datetime(2024, 1, 1, tzinfo=utc) - datetime(2024, 1, 1)), ("sub date", lambda: datetime(2024, 1, 1) - date(2024, 1, 1)),
    ("overflow", lambda: datetime.max + timedelta(microseconds=1)), ("underflow", lambda: datetime.min - timedelta(microseconds=1)),
    ("time add", lambda: time(1) + timedelta(1)), ("fold add", lambda: datetime(2024, 1, 1, fold=1) + timedelta(0)),
    ("replace", lambda: datetime(2024, 1, 1).replace(2025, 2, 3, 4, 5, 6, 7, utc, fold=1)), ("replace tz none", lambda: datetime(2024, 1, 1, tzinfo=utc).replace(tzinfo=None)),
    ("replace tz int", lambda: datetime(2024, 1, 1).replace(tzinfo=5)), ("replace bad day", lambda: datetime(2024, 1, 31).replace(month=2)),
    ("time replace", lambda: time(1).replace(2, 3, 4, 5, None, fold=1)), ("time replace tz", lambda: time(1, tzinfo=utc).replace(minute=30)),
    ("combine", lambda: datetime.combine(date(2024, 1, 1), time(1, tzinfo=utc))), ("combine tz", lambda: datetime.combine(date(2024, 1, 1), time(1, tzinfo=utc), tzinfo=None)),
    ("combine bad", lambda: datetime.combine(1, 2)), ("combine bad time", lambda: datetime.combine(date(2024, 1, 1), 2)),
    ("combine datetime", lambda: datetime.combine(datetime(2024, 1, 1, 5), time(1))),
    ("date()", lambda: datetime(2024, 1, 1, 1, tzinfo=utc).date()), ("time()", lambda: datetime(2024, 1, 1, 1, fold=1, tzinfo=utc).time()),
    ("timetz()", lambda: datetime(2024, 1, 1, 1, tzinfo=utc).timetz()),
    ("utcfromtimestamp", lambda: datetime.utcfromtimestamp(0)), ("fromtimestamp utc", lambda: datetime.fromtimestamp(0, utc)),
    ("fromtimestamp +2", lambda: datetime.fromtimestamp(1700000000.5, plus2)), ("fromtimestamp kw", lambda: datetime.fromtimestamp(timestamp=86400, tz=utc)),
    ("huge ts", lambda: datetime.fromtimestamp(1e20)), ("nan ts", lambda: datetime.fromtimestamp(float('nan'))),
    ("old ts", lambda: datetime.fromtimestamp(-1e10, utc)), ("round 1.5us", lambda: datetime.utcfromtimestamp(1.5e-6)),
    ("round 2.5us", lambda: datetime.utcfromtimestamp(2.5e-6)), ("round -1.5us", lambda: datetime.utcfromtimestamp(-1.5e-6)),
    ("ts tz int", lambda: datetime.fromtimestamp(0, 5)), ("ts missing", lambda: datetime.fromtimestamp()),
    ("ts str", lambda: datetime.utcfromtimestamp('x')), ("timestamp", lambda: datetime(2024, 1, 1, tzinfo=utc).timestamp()),
    ("timestamp +2", lambda: datetime(2024, 1, 1, 0, 0, 0, 500, tzinfo=plus2).timestamp()),
    ("timestamp max", lambda: datetime.max.replace(tzinfo=timezone(-timedelta(hours=1))).timestamp()),
    ("timestamp 1", lambda: datetime(1, 1, 1, tzinfo=utc).timestamp()),
    ("now tz int", lambda: datetime.now(tz=5)), ("now type", lambda: type(datetime.now())), ("now utc tz", lambda: datetime.now(utc).tzinfo),
    ("utcnow naive", lambda: datetime.utcnow().tzinfo), ("today type", lambda: type(datetime.today())),
    ("astimezone", lambda: datetime(2024, 1, 1, 12, tzinfo=plus2).astimezone(utc)), ("astimezone same", lambda: datetime(2024, 1, 1, tzinfo=utc).astimezone(utc)),
    ("astimezone int", lambda: datetime(2024, 1, 1).astimezone(5)), ("astimezone overflow", lambda: datetime(1, 1, 1, tzinfo=plus2).astimezone(utc)),
    ("naive astimezone aware", lambda: datetime(2024, 6, 1, 12).astimezone().tzinfo is not None),
    ("round trip local", lambda: datetime.fromtimestamp(datetime(2024, 6, 1, 12, 30).timestamp()) == datetime(2024, 6, 1, 12, 30)),
    ("local ts", lambda: datetime.fromtimestamp(1700000000).astimezone(utc)),
    ("timetuple", lambda: datetime(2024, 1, 1, 5, 6, 7).timetuple()), ("utctimetuple", lambda: datetime(2024, 1, 1, 1, tzinfo=plus2).utctimetuple()),
    ("utctimetuple naive", lambda: datetime(2024, 1, 1, 1).utctimetuple()), ("ctime", lambda: datetime(2024, 1, 1, 5, 6, 7).ctime()),
]:
    show(label, thunk)

dt = datetime(2024, 3, 10, 14, 30, 15, 123456)
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds', 'bad']:
    show("isoformat " + spec, lambda: (dt.isoformat(timespec=spec), dt.replace(microsecond=0).isoformat(' ', spec), time(1, 2, 3, 4, plus2).isoformat(spec)))
show("sep XX", lambda: dt.isoformat(sep='XX'))
show("sep int", lambda: dt.isoformat(sep=1))
show("sep e-acute", lambda: dt.isoformat(sep='\u00e9'))
show("timespec int", lambda: dt.isoformat(timespec=1))
print(str(dt), str(dt.replace(tzinfo=plus2)), str(time(1, 2, 3, 4, utc)), str(time(0)), format(dt, ''), format(time(5), ''))
print(dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold, dt.year, dt.month, dt.day)
print(time(12).hour, time(12, 30, fold=1).fold, bool(time(0)), bool(time(0, tzinfo=utc)))
print(datetime(2024, 1, 1) == datetime(2024, 1, 1, fold=1), hash(datetime(2024, 1, 1)) == hash(datetime(2024, 1, 1, fold=1)))
print(time(1) == time(1, fold=1), time(1) < time(2), time(23) > time(1, tzinfo=None))
