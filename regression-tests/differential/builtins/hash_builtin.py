print(hash(0), hash(1), hash(-1), hash(2**64), hash((1, 2)), hash(()), hash(1.5), hash(True), hash(None) == hash(None))
print(hash((1, (2, 3), frozenset({4}))) == hash((1, (2, 3), frozenset({4}))))
class H:
    def __hash__(self):
        return 2**100
print(hash(H()))
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash({})
except TypeError as e:
    print(type(e).__name__, e)
