def make_counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(5))
print(c2(), c2(10))
