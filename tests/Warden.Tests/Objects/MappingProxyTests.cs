using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Objects;

/// <summary>mappingproxy: the read-only view returned by type.__dict__ and vars(cls). Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class MappingProxyTests
{
    [Test]
    public void TypeDictIsReadOnlyView()
    {
        var result = PythonRunner.Run("""
            class A:
                value = 1
            d = A.__dict__
            print(type(d).__name__, d["value"], "value" in d, d.get("missing", 0), len(d) > 0, vars(A) == A.__dict__)
            A.value = 2
            print(d["value"], sorted(k for k in d.keys() if not k.startswith("__")))
            try:
                hash(d)
            except TypeError as e:
                print(e)
            try:
                del d["value"]
            except TypeError as e:
                print(e)
            try:
                d["x"] = 1
            except TypeError as e:
                print(e)
            m = type(d)({"a": 1})
            print(m, str(m), m == {"a": 1}, m | {"b": 2}, m.copy(), list(m.items()))
            try:
                type(d)([1])
            except TypeError as e:
                print(e)
            """);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("mappingproxy 1 True 0 True True\n2 ['value']\nunhashable type: 'mappingproxy'\n'mappingproxy' object does not support item deletion\n'mappingproxy' object does not support item assignment\n{'a': 1} {'a': 1} True {'a': 1, 'b': 2} {'a': 1} [('a', 1)]\nmappingproxy() argument must be a mapping, not list\n"));
    }
}
