from __future__ import annotations

module_level: Undefined[int]
with_value: dict[str, int] = {"a": 1}
(parenthesized): NotStored = 3
print(__annotations__)
print(with_value, parenthesized)

if True:
    in_if: InIf
for _ in range(1):
    in_for: InFor
try:
    in_try: InTry
except Exception:
    pass
print(list(__annotations__))


class Plain:
    x: int
    y: "list[int]" = None
    z: ClassVar[Mapping[str, Any]] = {}
    __private: __Mangled
    _single: _Single
    __dunder__: Dunder

    def method(self, other: Plain, *, flag: bool = False) -> Plain | None:
        pass

    @staticmethod
    def static(a: Static) -> None:
        pass

    @classmethod
    def cls(cls, a: type[Plain]) -> Plain:
        pass

    @property
    def prop(self) -> PropType:
        return 1

    class Nested:
        inner: Plain.Nested
        deeper: Deeper = 2

        def nested_method(self, a: Outer.Nested) -> __Priv:
            pass

        class Deepest:
            d: Deepest


print(Plain.__annotations__)
print(Plain.method.__annotations__)
print(Plain.static.__annotations__, Plain.cls.__annotations__)
print(Plain.prop.fget.__annotations__)
print(Plain.Nested.__annotations__, Plain.Nested.deeper)
print(Plain.Nested.nested_method.__annotations__)
print(Plain.Nested.Deepest.__annotations__)
print(Plain.y, "x" in Plain.__dict__)


class Child(Plain):
    w: Child


print(Child.__annotations__, Plain.__annotations__ is not Child.__annotations__)




class Events:
    log = []

    def __getattr__(self, name):
        Events.log.append("getattr " + name)
        return self

    def __getitem__(self, key):
        Events.log.append("getitem " + repr(key))
        return self

    def __setattr__(self, name, value):
        Events.log.append("setattr " + name + " " + repr(value))


def note(value):
    Events.log.append("eval " + repr(value))
    return value


e = Events()
note(e).attribute: NeverEvaluated
note(e)[note(1)]: NeverEvaluated
note(e)[note(1):note(2), note(3)]: NeverEvaluated
note(e).assigned: NeverEvaluated = note(42)


def in_function():
    local: NeverEvaluated
    note(e).inside: NeverEvaluated
    (paren): NeverEvaluated
    return "local" in locals()


print(in_function())
for entry in Events.log:
    print(entry.replace(repr(e), "<e>"))
print(list(__annotations__))


class Dynamic:
    for i in range(2):
        loop_var: LoopType


print(Dynamic.__annotations__)


def make_class():
    captured = 1

    class Local:
        a: captured
        b: int = captured

    return Local


Local = make_class()
print(Local.__annotations__, Local.b, make_class.__code__.co_cellvars)
