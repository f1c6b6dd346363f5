using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Objects;

/// <summary>Class statements: PEP 560 __mro_entries__ and __orig_bases__, a metaclass __call__ that is not a function, a '__doc__' slot, % with tuple subclasses. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class ClassStatementProtocolTests
{
    [Test]
    public void MroEntriesAndMetaclassCall()
    {
        var result = PythonRunner.Run("""
            class Alias:
                def __mro_entries__(self, bases):
                    return (dict,)
            def factory():
                pass
            factory.__mro_entries__ = lambda bases: ()
            class D(Alias(), factory):
                pass
            print(D.__mro__, D.__orig_bases__[1] is factory, "__orig_bases__" in D.__dict__)
            class Bad:
                def __mro_entries__(self, bases):
                    return [int]
            try:
                class E(Bad()):
                    pass
            except TypeError as e:
                print(e)
            class Meta(type):
                __call__ = dict
            class C(metaclass=Meta):
                pass
            print(C(a=1), type(C(a=1)).__name__)
            class S:
                __slots__ = ("__doc__", "a")
            s = S()
            s.__doc__ = "x"
            print(type(S.__dict__["__doc__"]).__name__, s.__doc__)
            class T(tuple):
                pass
            print("%s-%s" % T((1, 2)))
            """);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("(<class '__main__.D'>, <class 'dict'>, <class 'object'>) True True\n__mro_entries__ must return a tuple\n{'a': 1} dict\nmember_descriptor x\n1-2\n"));
    }
}
