using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Objects;

/// <summary>Metaclass calculation (explicit and from the bases), MRO and duplicate-base errors, metaclass __getattr__/__subclasscheck__/__init__. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class MetaclassCalculationTests
{
    [Test]
    public void MetaclassConflictAndMroErrors()
    {
        var result = PythonRunner.Run("""
            class M1(type): pass
            class M2(type): pass
            class A(metaclass=M1): pass
            class B(metaclass=M2): pass
            for make in [lambda: type("T", (1,), {}), lambda: type("T", (A, B), {}), lambda: M1("T", (B,), {})]:
                try:
                    make()
                except TypeError as e:
                    print(e)
            class X: pass
            class Y: pass
            class P(X, Y): pass
            class Q(Y, X): pass
            try:
                class R(P, Q): pass
            except TypeError as e:
                print(e)
            try:
                class Dup(X, X): pass
            except TypeError as e:
                print(e)
            class M3(M1): pass
            class C(A, metaclass=M3): pass
            print(type(C).__name__, type(type("D", (A,), {})).__name__)
            print(type("Dyn", (), {}).__module__)
            """);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases\nmetaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases\nmetaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases\nCannot create a consistent method resolution\norder (MRO) for bases X, Y\nduplicate base class X\nM3 M1\n__main__\n"));
    }

    [Test]
    public void MetaclassHooksForClasses()
    {
        var result = PythonRunner.Run("""
            class Meta(type):
                def __getattr__(cls, name):
                    return "meta " + name
                def __subclasscheck__(cls, sub):
                    return sub is bool
            class C(metaclass=Meta):
                real = 1
            print(C.real, C.virtual, getattr(C, "other"), issubclass(bool, C), issubclass(int, C))
            try:
                C().virtual
            except AttributeError as e:
                print(e)
            class WithInit(type):
                def __init__(cls, name, bases, ns, **kw):
                    super().__init__(name, bases, ns)
                    cls.kw = kw
            class K(metaclass=WithInit):
                pass
            print(K.kw, type(K).__name__)
            """);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("1 meta virtual meta other True False\n'C' object has no attribute 'virtual'\n{} WithInit\n"));
    }
}
