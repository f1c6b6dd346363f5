# fromisoformat (3.11 extended forms) for date, datetime and time, and strftime/format with %f %z %Z.
from datetime import datetime, date, time, timedelta, timezone, tzinfo

def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ['10:20', '10', '1020', '102030', '10:20:30', '10:20:30.1', '10:20:30,5', '10:20:30.123456789', '10.5', '10:20.5', '1020.5',
          '10:2030', '102030.', '10:20:30.', '1', '10:', '10:20:', '102', '10:20:30.123Z', '10:20:30Z+01', '10:20:30+', '10:20:30+1',
          '10:20:30+01:3', '10:20:30+0130', '10:20:30+01:30:', '10:20:30-00:00', '10:20:30+00:00:00.000001', '1020+01', '10Z',
          '10:20:30 ', '10:20:30+01.5', '10:20:30+013015', '10:20:30+01:30:15.123456789', '10:20:30z', 'T10', 't10', '10-05',
          '10:20:30+01:30Z', '1:2:3', '10:20:3', '24:00', '23:60', '', 'T']:
    show("time " + repr(s), lambda: time.fromisoformat(s))
for s in ['2024-01-01T10', '2024-01-0110', '20240101T10', '2024W01', '2024W0110', '2024W011T10', '2024-W01', '2024-W011', '2024-W01T10',
          '2024-W01-1T10', '2024W01-1', '2024-W53-1', '2020-W53-7', '2024-W00-1', '2024-W01-0', '2024-W01-8', '2024-01-01T', '2024-1-01',
          '2024-01-01T10:20:30+01:00:00', '2024-01-01t10', '2024-01-01\u00e910', '+2024-01-01', '2025-W01-2', '20241301', '2024',
          '2024-01-01T10:20:30.123+05:30', '2024-01-01 10:20:30,5Z', '20240101T102030', '2024-01-01T24:00', '2024-01-01T10:20:30.1234567',
          '2024-01-01T10:20:30+24:00', '2024-02-30', '2024-01-01T25:00', '2024-01-01 ', '2024-01-01T10:20:30.', '2024-01-01T1',
          '2024-01-01x10', '2024-001', '2024-01', '2024-01-01T10:20:30.5+0000', '0000-01-01', '9999-12-31T23:59:59.999999-23:59']:
    show("datetime " + repr(s), lambda: datetime.fromisoformat(s))
for s in ['2024-W01', '2024W01', '2024W012', '2024-W01-2', '2024-01-01', '20240101', '2024-0101', '2024-01-0', '2024-W011', '202401-01',
          '2024-01-01T00', '2024-02-30', 'bad', '']:
    show("date " + repr(s), lambda: date.fromisoformat(s))
show("date int", lambda: date.fromisoformat(5))
show("datetime bytes", lambda: datetime.fromisoformat(b'2024-01-01'))
for d in [datetime(2024, 1, 1, 1, 2, 3, 4), datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=-3, minutes=-30))),
          datetime(2024, 12, 31, 23, 59, 59, 999999, timezone(timedelta(seconds=1, microseconds=5))), time(7, 8, 9, 10, timezone.utc)]:
    print(type(d).fromisoformat(d.isoformat()) == d, d.isoformat())

dt = datetime(2024, 3, 5, 1, 2, 3, 45, timezone(timedelta(hours=5, minutes=30, seconds=15)))
print(dt.strftime('%H:%M:%S.%f %z %Z :%:z %%z %Y-%j %a %b %%'))
print(datetime(2024, 3, 5).strftime('%Z|%z|%f|'), time(1, 2, 3).strftime('%Y %H %f %z'), time(1, 2, 3, 9, timezone.utc).strftime('%z %Z %f'))
print(datetime(2024, 3, 5, tzinfo=timezone(-timedelta(hours=1), 'A%dB')).strftime('[%Z] [%z]'))
print(format(dt, '%Y'), format(time(4, 5), '%H-%M'), f"{datetime(2024, 1, 2, 3, 4):%d.%m.%Y %H:%M}", "{:%j}".format(date(2024, 12, 31)))
print(datetime(2024, 1, 1).strftime(''), date(2024, 1, 1).strftime('no directives'), datetime(2024, 1, 1).strftime('%'))
show("strptime", lambda: datetime.strptime('2024-01-02 03:04:05.678', '%Y-%m-%d %H:%M:%S.%f'))
show("strptime tz", lambda: datetime.strptime('2024-01-02 +0130', '%Y-%m-%d %z'))
show("strptime bad", lambda: datetime.strptime('x', '%Y'))
show("strptime int", lambda: datetime.strptime(5, '%Y'))
