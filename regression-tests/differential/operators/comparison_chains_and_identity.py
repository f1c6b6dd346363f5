a = [1]
b = a
print(a is b, a is not [1], None is None, 1 < 2 < 3 < 4, 1 < 3 < 2, "a" < "b" <= "b" != "c")
x = 5
print(0 <= x < 10, not 0 <= x < 5, x == 5.0 == 5 + 0j)
print((1, 2) == [1, 2], [] == (), {} == [], 1 == "1", None == 0, None == None)
print(type(1 < 2).__name__, (1 < 2) + (2 < 3))
