lst = [3, 1, 4, 1, 5, 9, 2, 6]
lst.append(5)
lst.extend([3, 5])
lst.insert(0, 0)
lst.insert(100, 99)
lst.insert(-1, 98)
print(lst, len(lst))
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(1)
print(lst, lst.index(5), lst.index(5, 5), lst.count(5), lst.count(42))
lst.reverse()
print(lst)
c = lst.copy()
c.clear()
print(c, lst[:3])
for bad in [lambda: lst.remove(42), lambda: lst.index(42), lambda: [].pop(), lambda: [1].pop(5), lambda: lst.insert(), lambda: lst.index(1, "a")]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
