class Evens:
    def __contains__(self, item):
        print("checking", item)
        return item % 2 == 0
e = Evens()
print(4 in e, 5 in e, 3 not in e)

class ByIter:
    def __iter__(self):
        yield from [1, 2, 3]
print(2 in ByIter(), 9 in ByIter())

class TruthyResult:
    def __contains__(self, item):
        return "non-empty string"
print(1 in TruthyResult())
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
