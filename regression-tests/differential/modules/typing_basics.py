from typing import List, Dict, Optional, Union, Any, Callable, TypeVar, Generic, NamedTuple, TypedDict, get_type_hints
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
print(Box[int](5).item, Box.__parameters__, Optional[int], Union[int, str], List[int], Dict[str, int])
class P(NamedTuple):
    x: int
    y: int = 0
print(P(1), P._fields, P.__annotations__)
class TD(TypedDict):
    a: int
print(TD(a=1), TD.__annotations__ if hasattr(TD, "__annotations__") else None)
def f(a: int, b: "str" = "x") -> Optional[float]:
    return None
print(get_type_hints(f))
print(Callable[[int], str], Any, int | None)
