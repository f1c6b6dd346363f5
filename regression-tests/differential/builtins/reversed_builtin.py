print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
class Custom:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Custom())))
for bad in [5, {1, 2}, iter([])]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(type(reversed([])).__name__, type(reversed(range(1))).__name__)
