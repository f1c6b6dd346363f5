using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Objects;

/// <summary>object defaults: __new__/__init__ excess arguments, __init_subclass__ keywords, __set_name__ errors, __reduce_ex__/__getstate__/__sizeof__. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class ObjectDefaultProtocolTests
{
    [Test]
    public void NewAndInitArguments()
    {
        var result = PythonRunner.Run("""
            class OverridesNew:
                def __new__(cls, *args):
                    return super().__new__(cls)
            class OverridesInit:
                def __init__(self, x):
                    self.x = x
            class Plain: pass
            for f in [lambda: object.__new__(OverridesNew, 1), lambda: object(1), lambda: Plain(1),
                      lambda: object.__init__(OverridesInit(1), 2), lambda: object.__init__(Plain(), 1)]:
                try:
                    f()
                    print("ok")
                except TypeError as e:
                    print(e)
            print(type(object.__new__(OverridesInit, 1)).__name__, OverridesNew(1, 2).__class__.__name__)
            class Base:
                def __init_subclass__(cls, **kwargs):
                    super().__init_subclass__(**kwargs)
            try:
                class Bad(Base, unknown=1): pass
            except TypeError as e:
                print(e)
            class Raising:
                def __set_name__(self, owner, name):
                    raise ValueError("nope " + name)
            try:
                class Holder:
                    r = Raising()
            except RuntimeError as e:
                print(e, repr(e.__cause__))
            """);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("object.__new__() takes exactly one argument (the type to instantiate)\nobject() takes no arguments\nPlain() takes no arguments\nobject.__init__() takes exactly one argument (the instance to initialize)\nPlain.__init__() takes exactly one argument (the instance to initialize)\nOverridesInit OverridesNew\nBad.__init_subclass__() takes no keyword arguments\nError calling __set_name__ on 'Raising' instance 'r' in 'Holder' ValueError('nope r')\n"));
    }

    [Test]
    public void ReduceAndState()
    {
        var result = PythonRunner.Run("""
            class P:
                def __init__(self):
                    self.x = [1]
            p = P()
            r = p.__reduce_ex__(4)
            print(r[0].__name__, r[1:])
            q = r[0](*r[1])
            q.__dict__.update(r[2])
            print(q.x, type(q).__name__, P().__reduce_ex__(2)[2] is not None)
            class S:
                __slots__ = ("a", "b")
            s = S()
            print(s.__getstate__())
            s.a = 5
            print(s.__getstate__(), object().__getstate__())
            class L(list): pass
            r = L([1, 2]).__reduce_ex__(2)
            print(r[1], r[2], list(r[3]), r[4])
            class Custom:
                def __reduce__(self):
                    return (Custom, ())
            print(Custom().__reduce_ex__(4))
            print(len([n for n in dir(object) if n.startswith("__")]), object().__sizeof__(), S().__sizeof__(), P().__sizeof__())
            """);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("__newobj__ ((<class '__main__.P'>,), {'x': [1]}, None, None)\n[1] P True\nNone\n(None, {'a': 5}) None\n(<class '__main__.L'>,) None [1, 2] None\n(<class '__main__.Custom'>, ())\n24 16 32 24\n"));
    }
}
