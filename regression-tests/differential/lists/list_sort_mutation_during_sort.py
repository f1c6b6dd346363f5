lst = [5, 3, 1, 4, 2]
def key(v):
    lst.append(v)
    return v
try:
    lst.sort(key=key)
except ValueError as e:
    print(type(e).__name__, e)
print(len(lst) >= 5)
class Weird:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        raise RuntimeError("comparison failed")
try:
    sorted([Weird(1), Weird(2)])
except RuntimeError as e:
    print(type(e).__name__, e)
data = [3, 1, 2]
try:
    data.sort(key=lambda v: 1 / (v - 2))
except ZeroDivisionError as e:
    print(type(e).__name__, e, sorted(data))
