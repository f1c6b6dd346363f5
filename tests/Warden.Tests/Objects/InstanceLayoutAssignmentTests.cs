using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Objects;

/// <summary>Assignment to __class__ (layout compatibility) and __dict__, and which classes expose __dict__/__weakref__. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class InstanceLayoutAssignmentTests
{
    [Test]
    public void ClassAssignment()
    {
        var result = PythonRunner.Run("""
            class Base: pass
            class Derived(Base): pass
            class Slotted:
                __slots__ = ("x",)
            d = Derived()
            d.__class__ = Base
            print(type(d).__name__)
            for value in [Slotted, int, 5]:
                try:
                    d.__class__ = value
                except TypeError as e:
                    print(e)
            try:
                (1).__class__ = bool
            except TypeError as e:
                print(e)
            """);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("Base\n__class__ assignment: 'Slotted' object layout differs from 'Base'\n__class__ assignment only supported for mutable types or ModuleType subclasses\n__class__ must be set to a class, not 'int' object\n__class__ assignment only supported for mutable types or ModuleType subclasses\n"));
    }

    [Test]
    public void DictAssignment()
    {
        var result = PythonRunner.Run("""
            class P:
                def __init__(self):
                    self.a = 1
            p = P()
            p.__dict__ = {"z": 26}
            print(p.z, hasattr(p, "a"), vars(p))
            p.b = 2
            print(p.__dict__)
            try:
                p.__dict__ = [1]
            except TypeError as e:
                print(e)
            try:
                vars(5)
            except TypeError as e:
                print(e)
            class E(Exception): pass
            class I(int): pass
            class L(list): pass
            for c in (E, I, L, P):
                print(c.__name__, sorted(k for k in c.__dict__ if k in ("__dict__", "__weakref__")))
            print(sorted(set(dir(P())) - set(dir(object))))
            """);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("26 False {'z': 26}\n{'z': 26, 'b': 2}\n__dict__ must be set to a dictionary, not a 'list'\nvars() argument must have __dict__ attribute\nE ['__weakref__']\nI ['__dict__']\nL ['__dict__', '__weakref__']\nP ['__dict__', '__weakref__']\n['__dict__', '__module__', '__weakref__', 'a']\n"));
    }
}
