from typing import Protocol, runtime_checkable, Literal, Final, cast, overload, get_origin, get_args
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self):
        pass
print(isinstance(F(), Closer), isinstance(1, Closer))
Mode = Literal["r", "w"]
print(get_origin(Mode), get_args(Mode), get_args(dict[str, int]), get_origin(list[int]))
print(cast(int, "not really"))
MAX: Final = 10
print(MAX)
