using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Objects;

/// <summary>types.GenericAlias from __class_getitem__ of builtin containers. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class GenericAliasTests
{
    [Test]
    public void GenericAliasBasics()
    {
        var result = PythonRunner.Run("alias = list[int]\nprint(alias, dict[str, list[int]], tuple[int, ...], tuple[()], dict[str, None], dict[str, \"x\"], type(alias).__name__)\nprint(alias.__origin__, alias.__args__, alias.__parameters__, alias([1, 2]), alias == list[int], hash(alias) == hash(list[int]), isinstance(alias, type))\nfor bad in [lambda: int[str], lambda: isinstance([], list[int])]:\n    try:\n        bad()\n    except TypeError as e:\n        print(e)");
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("list[int] dict[str, list[int]] tuple[int, ...] tuple[()] dict[str, None] dict[str, 'x'] GenericAlias\n<class 'list'> (<class 'int'>,) () [1, 2] True True False\ntype 'int' is not subscriptable\nisinstance() argument 2 cannot be a parameterized generic\n"));
    }
}
