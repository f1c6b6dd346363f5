print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Bo", age=5))
print("{0[0]} {0[key]} {1.real}".format({0: "zero", "key": "val"}, 3 + 4j))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "mid"))
print("{:08.3f} {:+,} {:x} {:#b} {:e}".format(3.14159, 1234567, 255, 5, 12345.678))
print("{!r} {!s} {!a}".format("q", "q", "ü"))
print("{{literal}} {}".format("x"))
print("{0:{1}}|{0:>{w}.{p}f}".format(3.14159, "8.2f", w=10, p=3))
print("{:%}".format(0.25), "{:.0%}".format(0.256))
for fmt, args, kwargs in [("{} {}", (1,), {}), ("{0} {}", (1, 2), {}), ("{x}", (), {}), ("{:d}", ("s",), {}), ("{", (), {}), ("}", (), {}), ("{0!z}", (1,), {}), ("{0[1]}", ([0],), {})]:
    try:
        print(fmt.format(*args, **kwargs))
    except (IndexError, KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("{0.__class__.__name__}".format(5))
print("x{:}y".format(""), "{:10}|{:<10}|".format(5, 5))
print("{a[x]}".format(a={"x": 1}))
