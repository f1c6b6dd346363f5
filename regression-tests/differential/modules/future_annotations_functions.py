from __future__ import annotations


def plain(a: int, b: str = "x", *args: tuple[int, ...], c: float | None = None, **kw: dict[str, "Ref"]) -> list[int]:
    pass


def positional(a: A, /, b: B = 1, *, c: C, d: D = 2) -> None:
    pass


def unannotated(a, b=1, *c, **d):
    pass


def forward(x: NotDefinedAnywhere, y: "Quoted") -> AlsoUndefined[int]:
    return x


async def coroutine(x: Awaitable[int]) -> Coroutine[None, None, int]:
    return 1


def operators(
    a: -x ** 2,
    b: (a + b) * c,
    c: a if b else c,
    d: not a,
    e: a < b < c,
    f: a and b or not c,
    g: ~a | b & c ^ d << e >> f,
    h: a @ b // c % d / e,
    i: (x ** y) ** z,
    j: x ** -y,
    k: a is not b,
    l: a not in b,
) -> (a, b):
    pass


def literals(
    a: 1e10,
    b: 1_000,
    c: 0x1F,
    d: 1j,
    e: 1 + 2j,
    f: 1e400,
    g: b"bytes",
    h: "it's",
    i: 'say "hi"',
    j: ...,
    k: None,
    l: True,
    m: -1.5,
    n: u"unicode",
    o: "a" "b",
    p: 0.1,
    q: 123456789012345678901234567890,
) -> "nested 'quotes' \"here\"":
    pass


def containers(
    a: [int, str],
    b: {str: int},
    c: {int},
    d: {**base, "k": v},
    e: (),
    f: (int,),
    g: [*a, *b],
    h: Callable[[int, str], bool],
    i: Callable[..., int],
    j: x[1:2, ::3],
    k: x[::],
    l: x[*Ts],
    m: tuple[int, *Ts],
    n: x[(1, 2)],
    o: x[()],
) -> dict[str, list[tuple[int, ...]]]:
    pass


def comprehensions(
    a: [x for x in y if x],
    b: {k: v for k, v in items},
    c: {x for x in y for z in x},
    d: (x for x in y),
    e: f(x for x in y),
    f: f((x for x in y), 1),
    g: [x async for x in y],
    h: [(x, y) for (x, y) in z],
) -> sum(x for x in range(3)):
    pass


def calls_and_lambdas(
    a: f(1, *args, key=2, **kw),
    b: f(a=1)(b)[c].d,
    c: lambda: 1,
    d: lambda x, y=2, *a, z, w=3, **k: x,
    e: lambda *a: a,
    f: lambda *, k: k,
    g: lambda x, /: x,
    h: (lambda: 1)(),
    i: 1 .real,
    j: (-1).real,
    k: "s".join,
    l: lambda: (yield),
) -> obj.attr.chain:
    pass


def fstrings(
    a: f"{x}",
    b: f"{x!r:>{width}}",
    c: f"{x=}",
    d: f"a{x}b{{literal}}c",
    e: f"{'inner'}",
    f: f"{x, y}",
    g: f"{ {1: 2} }",
    h: f"{x:{w}.{p}}",
    i: f"{3.14:.2f}\n",
) -> f"{a!s}{b!a}":
    pass


for fn in (plain, positional, unannotated, forward, coroutine, operators, literals, containers, comprehensions, calls_and_lambdas, fstrings):
    print(fn.__name__)
    for key, value in fn.__annotations__.items():
        print("   ", key, repr(value))

print(forward(5, 6))
coroutine(1).close()

square = lambda x, y=lambda: 0: x * x
print(square.__annotations__, square(3), square.__defaults__[0].__annotations__)


def outer(seed: int):
    captured = seed

    def inner(x: captured, y: int = captured) -> captured:
        return y

    return inner


inner = outer(7)
print(inner.__annotations__, inner(1), outer.__code__.co_cellvars, inner.__code__.co_freevars)


def decorate(fn):
    fn.__annotations__["added"] = "by decorator"
    return fn


@decorate
def decorated(a: Later) -> Never:
    pass


print(decorated.__annotations__)
decorated.__annotations__ = {"x": int}
print(decorated.__annotations__)
