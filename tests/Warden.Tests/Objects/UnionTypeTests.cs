using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Objects;

/// <summary><c>types.UnionType</c> made by <c>|</c> on types. Expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class UnionTypeTests
{
    /// <summary>Flattening, deduplication, None, equality and isinstance.</summary>
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
