data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)

filtered = [y for x in data if (y := x * 2) > 6]
print(filtered, y)

def f():
    total = 0
    partial = [total := total + v for v in range(5)]
    return partial, total

print(f())

while (chunk := data[:2]):
    print(chunk)
    data = data[2:]
