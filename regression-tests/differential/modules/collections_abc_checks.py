from collections.abc import Iterable, Iterator, Sequence, Mapping, MutableMapping, Hashable, Callable, Sized, Container, Generator, Set
print([isinstance([], c) for c in (Iterable, Iterator, Sequence, Mapping, Hashable, Sized)])
print(isinstance({}, MutableMapping), isinstance(iter([]), Iterator), isinstance(len, Callable), isinstance((x for x in []), Generator), isinstance(frozenset(), Set))
class MyMap(Mapping):
    def __init__(self, d):
        self._d = d
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
m = MyMap({"a": 1, "b": 2})
print(m.get("a"), m.get("z", 0), "b" in m, list(m.items()), m == {"a": 1, "b": 2}, list(m.keys()))
