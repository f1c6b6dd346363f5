values = [5, 12, 7, 20, 3]
big = [y for x in values if (y := x * 2) > 15]
print(big)
if (count := len(values)) > 3:
    print("count is", count)
data = iter(["a", "b", "", "c"])
while (item := next(data)):
    print("item", item)
print((z := 10) + z)
