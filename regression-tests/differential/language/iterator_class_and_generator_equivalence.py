class Range2:
    def __init__(self, start, stop):
        self.start, self.stop = start, stop
    def __iter__(self):
        cur = self.start
        while cur < self.stop:
            yield cur
            cur += 1
r = Range2(3, 7)
print(list(r), list(r), sum(r), [x * y for x in r for y in Range2(0, 2)])
it = iter(r)
print(next(it), next(it), list(it))
