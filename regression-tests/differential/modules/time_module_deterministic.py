# time: the deterministic parts (struct_time, gmtime, strftime on fixed times, monotonicity).
import time

t = time.gmtime(1234567890)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(tuple(t), len(t), t[0], t[-1])
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %%", t))
print(time.asctime(t))
print(time.gmtime(0))
print(time.mktime(time.localtime(1000000000)) == 1000000000.0)
print(time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)))
a = time.monotonic(); b = time.monotonic(); print(b >= a)
a = time.perf_counter(); b = time.perf_counter(); print(b >= a)
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__)
print(abs(time.time() - time.time_ns() / 1e9) < 1.0)
time.sleep(0.001)
print(isinstance(time.process_time(), float))
for bad in [lambda: time.sleep(-1), lambda: time.gmtime("x"), lambda: time.strftime("%Y", (1, 2))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
