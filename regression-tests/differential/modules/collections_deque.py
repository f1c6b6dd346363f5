from collections import deque
d = deque([1, 2, 3], maxlen=5)
d.append(4); d.appendleft(0); d.append(5)
print(d, d.maxlen, len(d))
d.rotate(2)
print(d, d.popleft(), d.pop(), d)
d.extendleft([9, 8])
print(d, d.count(9), d.index(2), d[1], list(reversed(d)))
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
