from datetime import date, timedelta, datetime
start = date(2023, 12, 25)
days = [start + timedelta(days=7 * i) for i in range(5)]
print([d.isoformat() for d in days], [d.strftime("%a") for d in days])
print(timedelta(weeks=1, days=1, hours=1).total_seconds(), timedelta(seconds=3661), timedelta(days=1) / timedelta(hours=1))
print(datetime(2024, 2, 29, 23, 59) + timedelta(minutes=2), date(2024, 3, 1) - timedelta(days=1), date.max, date.min)
print(sorted([date(2024, 5, 1), date(2023, 5, 1), date(2024, 1, 1)]), date(2024, 1, 1) < date(2024, 1, 2))
