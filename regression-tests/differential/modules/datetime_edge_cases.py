# Edge cases: getters applied to the wrong type, huge values and timestamps (OverflowError, ValueError,
# OSError(EOVERFLOW) as glibc reports), calendar ends, IsoCalendarDate construction.
from datetime import *
import datetime as D
ic = date(2024,1,1).isocalendar()
tests = ['type(ic).year.__get__((1,2,3))', 'date.year.__get__(5)', 'datetime.hour.__get__(date(2024,1,1))', 'timedelta.days.__get__(5)', 'date.__new__(int, 1, 2, 3)', 'date.__new__(5)', 'date.__new__()', 'timedelta(days=10**100)', 'timedelta(1) * 10**1000', 'timedelta(1) / 10**1000', 'datetime.fromtimestamp(1e18)', 'datetime.utcfromtimestamp(-1e18)', 'datetime.fromtimestamp(9e18)', 'date.fromtimestamp(-9.3e18)', 'datetime(9999,12,31,23,tzinfo=timezone(timedelta(hours=-5))).timestamp()', 'datetime.max.timestamp() > 0', 'datetime(9999,12,31,23).astimezone(timezone.utc)', 'datetime(1,1,1).astimezone(timezone.utc)', "datetime.fromisoformat('2024-01-01T10:20:30+23:59:59.999999')", "time.fromisoformat('10:00:00\\ud800')", "datetime.fromisoformat('\\ud800' * 12)", 'IsoCal(ic)', 'type(ic)(5)', 'type(ic)((1,2,3))', 'type(ic)((1,2,3)).year', 'date.fromisocalendar(9999, 52, 7)', 'date.fromisocalendar(1, 1, 1)', 'date.fromordinal(2**31-1)', 'date.fromordinal(-5)', "timedelta(seconds=float('inf'))", "timedelta(seconds=float('nan'))", 'timedelta(seconds=1e300)', 'date(2024,1,1).__reduce_ex__(2)', 'datetime(2024,1,1).__reduce_ex__(2**100)', "datetime(2024,1,1).__reduce_ex__('a')"]
for s in tests:
    try: r = repr(eval(s, {**globals(), 'IsoCal': type(ic)}))
    except Exception as e: r = f"{type(e).__name__}: {e}"
    print(s, '->', r)
