vals = [None, True, [1, 2], (3,), {"a": 1}, {4}, b"by", 1.0, 2j, range(3), slice(1, 2), ...]
for v in vals:
    print(f"{v!s:>15}|{v!r:<20}|")
