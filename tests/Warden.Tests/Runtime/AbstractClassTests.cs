using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Runtime;

/// <summary>What <c>abc</c> relies on: abstract instantiation, metaclass checks, namespaces from __prepare__. Expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class AbstractClassTests
{
    /// <summary>object.__new__ refuses a class whose __abstractmethods__ is non-empty.</summary>
    [Test]
    public void AbstractMethodsBlockInstantiation()
    {
        const string source = """
            class Meta(type):
                pass
            class A(metaclass=Meta):
                pass
            A.__abstractmethods__ = frozenset({'f', 'g'})
            try:
                A()
            except TypeError as e:
                print(e)
            A.__abstractmethods__ = frozenset()
            print(type(A()).__name__)
            def f(): pass
            f.__isabstractmethod__ = True
            print(property(f).__isabstractmethod__, classmethod(f).__isabstractmethod__, staticmethod(f).__isabstractmethod__, property(len).__isabstractmethod__)
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo("Can't instantiate abstract class A with abstract methods f, g\nA\nTrue True True False\n"));
    }

    /// <summary>issubclass consults the metaclass; __prepare__ may return a dict subclass; type() defers to the derived metaclass.</summary>
    [Test]
    public void MetaclassHooks()
    {
        const string source = """
            class Meta(type):
                @classmethod
                def __prepare__(mcls, name, bases):
                    class Recording(dict):
                        def __setitem__(self, k, v):
                            print('store', k)
                            super().__setitem__(k, v)
                    return Recording()
                def __subclasscheck__(cls, sub):
                    return sub is int
            class A(metaclass=Meta):
                x = 1
            print(issubclass(int, A), issubclass(str, A), A.x)
            B = type('B', (A,), {})
            print(type(B).__name__, isinstance(len, object), '__call__' in type(len).__dict__, '__call__' in type(f := lambda: 0).__dict__)
            class Slotted:
                __slots__ = ('a', 'b', 'a')
            print(sorted(k for k in Slotted.__dict__ if k in 'ab'))
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo("store __module__\nstore __qualname__\nstore x\nTrue False 1\nMeta True True True\n['a', 'b']\n"));
    }
}
