x = "outer"
result = [x for x in range(3)]
print(result, x)

gen = (y * 2 for y in range(3))
print(list(gen))
try:
    y
except NameError as e:
    print(type(e).__name__, e)

data = [[1, 2], [3, 4]]
print([v for row in data for v in row])
print({k: v for k, v in zip("abc", range(3))})
print(sorted({n % 3 for n in range(10)}))

def func():
    n = 10
    return [n + i for i in range(3)]
print(func())
