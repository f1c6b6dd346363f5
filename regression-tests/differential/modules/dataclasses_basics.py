from dataclasses import dataclass, field, asdict, astuple, replace, fields
@dataclass(order=True)
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
a = Item("a", 2.0)
b = Item("b", 1.0, ["x"])
print(a, b, a < b, a == Item("a", 2.0), asdict(b), astuple(a), replace(a, price=9))
print([f.name for f in fields(Item)], Item.__match_args__)
@dataclass(frozen=True)
class Frozen:
    v: int
try:
    Frozen(1).v = 2
except Exception as e:
    print(type(e).__name__, e)
print(hash(Frozen(1)) == hash(Frozen(1)))
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print(type(e).__name__, e)
