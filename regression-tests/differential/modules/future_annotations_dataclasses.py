from __future__ import annotations

import dataclasses
import inspect
import typing
from dataclasses import dataclass, field, fields, KW_ONLY, InitVar
from typing import ClassVar, Optional, get_type_hints


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list[str] = field(default_factory=list)
    registry: ClassVar[dict[str, int]] = {}
    scale: InitVar[float] = 1.0

    def __post_init__(self, scale: float) -> None:
        self.x = int(self.x * scale)


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    _: KW_ONLY
    label: Optional[str] = None


@dataclass
class Node:
    value: int
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None


print(Point.__annotations__)
print([(f.name, f.type) for f in fields(Point)])
p = Point(3, 4, scale=2.0)
print(p, Point.registry)
print(Version(1, 2, label="x") < Version(1, 3), Version(2))
print([(f.name, f.type, f.kw_only) for f in fields(Version)])
n = Node(1, [Node(2)])
print(n)
print(get_type_hints(Node))
print(get_type_hints(Point))
print({k: v for k, v in get_type_hints(Version).items() if k != "_"})


def func(a: int, b: list[int] | None = None, *args: str, key: Optional[Node] = None, **kw: float) -> dict[str, Node]:
    return {}


print(func.__annotations__)
print(get_type_hints(func))
sig = inspect.signature(func)
print(sig)
for name, param in sig.parameters.items():
    print(name, repr(param.annotation), param.kind)
print(repr(sig.return_annotation))
print(inspect.signature(func, eval_str=True))
print(inspect.get_annotations(func, eval_str=True))
print(inspect.signature(Point))
print(inspect.signature(Version))


class Tree(typing.NamedTuple):
    left: Optional[Tree]
    right: Optional[Tree] = None


print(Tree.__annotations__, Tree(None))
print(get_type_hints(Tree))


class Config(typing.TypedDict, total=False):
    name: str
    depth: int


print(Config.__annotations__, sorted(Config.__optional_keys__))
print(get_type_hints(Config))


def forward(x: Missing) -> Missing:
    return x


try:
    get_type_hints(forward)
except NameError as e:
    print(type(e).__name__, e)
print(forward.__annotations__, forward(5))
print(dataclasses.asdict(Point(1, 2, ["a"])))
