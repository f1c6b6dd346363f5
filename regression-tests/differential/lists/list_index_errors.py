a = [10, 20, 30]
for i in [0, 2, -1, -3, 3, -4]:
    try:
        print(i, a[i])
    except IndexError as e:
        print(i, type(e).__name__, e)
try:
    a[3] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del a[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a["0"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[2**100]
except IndexError as e:
    print(type(e).__name__, e)
