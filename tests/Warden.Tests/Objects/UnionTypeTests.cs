using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Objects;

/// <summary>X | Y unions (types.UnionType): flattening, repr, equality, hash and isinstance/issubclass. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class UnionTypeTests
{
    [Test]
    public void UnionBasics()
    {
        var result = PythonRunner.Run("""
            class C: pass
            u = int | str
            print(u, int | None, None | int, int | list[int], C | None, (int | str) | (float | int), int | int, type(u), type(u).__module__)
            print(u.__args__, u == (str | int), u == (int | float), hash(u) == hash(str | int), u.__parameters__)
            print(isinstance(1, u), isinstance(1.0, u), issubclass(bool, u), isinstance(None, int | None), isinstance(1, (float, int | str)))
            for f in [lambda: isinstance("", int | list[int]), lambda: issubclass(1, int | str), lambda: int | "x", lambda: type(u)()]:
                try:
                    print(f())
                except TypeError as e:
                    print(e)
            print(list[int] | None, u | u, u.__or__(5), u.__ror__(float))
            """);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("int | str int | None None | int int | list[int] __main__.C | None int | str | float <class 'int'> <class 'types.UnionType'> types\n(<class 'int'>, <class 'str'>) True False True ()\nTrue False True True True\nisinstance() argument 2 cannot be a parameterized generic\nissubclass() arg 1 must be a class\nunsupported operand type(s) for |: 'type' and 'str'\ncannot create 'types.UnionType' instances\nlist[int] | None int | str NotImplemented float | int | str\n"));
    }

    [Test]
    public void UnionsFlattenAndCheck()
    {
        const string source = """
            u = int | str
            print(u, type(u), u.__args__, int | None, None | int, int | int, (int | str) | (str | float), list[int] | None)
            print(isinstance(3, u), isinstance(3.0, u), issubclass(bool, u), u == (str | int), hash(u) == hash(str | int))
            for bad in (lambda: int | 3, lambda: isinstance(1, int | list[int])):
                try:
                    bad()
                except TypeError as e:
                    print(e)
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo("int | str <class 'types.UnionType'> (<class 'int'>, <class 'str'>) int | None None | int <class 'int'> int | str | float list[int] | None\nTrue False True True True\nunsupported operand type(s) for |: 'type' and 'int'\n"));
    }
}
