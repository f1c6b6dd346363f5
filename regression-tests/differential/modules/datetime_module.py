from datetime import date, datetime, timedelta, time, timezone
d = date(2024, 2, 28)
print(d, d + timedelta(days=2), d.weekday(), d.isoformat(), d.strftime("%A %d %B %Y"), d.replace(year=2023), d.toordinal())
dt = datetime(2024, 3, 10, 14, 30, 15, 123456)
print(dt, repr(dt), dt.isoformat(), dt.strftime("%Y/%m/%d %H:%M:%S.%f %j"), dt.date(), dt.time())
print(datetime(2024, 1, 1) - datetime(2023, 1, 1), timedelta(hours=25, seconds=61), timedelta(days=-1, seconds=5), str(timedelta(microseconds=1)))
print(datetime.fromisoformat("2020-05-17T08:09:10"), date.fromisoformat("1999-12-31"), datetime.strptime("03/04/2021", "%d/%m/%Y"))
tz = timezone(timedelta(hours=2))
aware = datetime(2024, 6, 1, 12, 0, tzinfo=tz)
print(aware, aware.astimezone(timezone.utc), aware.utcoffset(), time(9, 5).strftime("%I:%M %p"))
print(date(2024, 12, 31).isocalendar(), (date(2025, 1, 1) - date(2024, 1, 1)).days, date(2000, 2, 29).replace(year=2004))
try:
    date(2023, 2, 29)
except ValueError as e:
    print(type(e).__name__, e)
