big = 10 ** 5000
try:
    s = str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
ok = 10 ** 4299
print(len(str(ok)))
print(len(str(10 ** 4300 - 1)))
print(hex(big)[:10], len(hex(big)))
print(int("1" * 4300) % 1000)
try:
    print(f"{big}")
except ValueError as e:
    print("fstring", type(e).__name__)
try:
    repr(big)
except ValueError as e:
    print("repr", type(e).__name__)
