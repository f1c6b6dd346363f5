s = "Hello, World"
print(s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], s[-5:-1], s[100:], s[3:1], s[1:10:3], s[-1:-8:-2])
print(s[:], s[:] is s, s[slice(2, 5)], s[slice(None, None, -3)])
try:
    s[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s["x"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = "h"
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
