from dataclasses import dataclass, field, InitVar
@dataclass
class Rect:
    w: int
    h: int
    area: int = field(init=False)
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h
print(Rect(2, 3), Rect(2, 3, 10))
@dataclass(slots=True, kw_only=True)
class Slotted:
    a: int
    b: str = "x"
s = Slotted(a=1)
print(s, hasattr(s, "__dict__"), Slotted.__slots__)
@dataclass(repr=False, eq=False)
class Plain:
    x: int
print(Plain(1) == Plain(1))
