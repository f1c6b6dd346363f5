# Local-time conversions of fixed instants (naive fromtimestamp/timestamp, fold, astimezone()); the
# output depends on the machine's zone, which both interpreters share.
from datetime import datetime, timedelta, timezone, date

for ts in [1699160400 - 3600, 1699160400 - 1, 1699160400, 1699160400 + 1800, 1710054000, 1710054000 - 1, 1720000000.25]:
    d = datetime.fromtimestamp(ts)
    print(ts, repr(d), d.timestamp(), repr(d.astimezone()), d.astimezone().tzname(), date.fromtimestamp(ts))
for fold in (0, 1):
    for dt in [datetime(2023, 11, 5, 1, 30, fold=fold), datetime(2024, 3, 10, 2, 30, fold=fold), datetime(2024, 10, 27, 1, 30, fold=fold),
               datetime(2024, 3, 31, 1, 30, fold=fold), datetime(2024, 7, 1, 12, fold=fold)]:
        print(repr(dt), dt.timestamp(), repr(dt.astimezone(timezone.utc)), repr(dt.astimezone()))
print(repr(datetime(2024, 7, 1, 12, tzinfo=timezone.utc).astimezone()))
print(repr(datetime(2024, 1, 1, 12, tzinfo=timezone(timedelta(hours=9))).astimezone()))
print(datetime.fromtimestamp(1700000000).isoformat(), datetime(2024, 5, 5, 5, 5, 5).timetuple())
