from operator import attrgetter, itemgetter
from functools import cmp_to_key
class P:
    def __init__(self, n, a):
        self.name, self.age = n, a
    def __repr__(self):
        return f"{self.name}:{self.age}"
people = [P("ann", 30), P("bob", 25), P("cy", 30)]
print(sorted(people, key=attrgetter("age", "name")), sorted([(1, "b"), (1, "a"), (0, "c")], key=itemgetter(1)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
