using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Modules;

/// <summary><c>_weakref.proxy</c>. Expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class NativeWeakProxyTests
{
    /// <summary>Attributes, operators, items and calls reach the referent; proxies are unhashable.</summary>
    [Test]
    public void ProxyForwards()
    {
        const string source = """
            import _weakref
            class C:
                def __init__(self): self.v = 1
                def __call__(self, x): return x * 2
                def __len__(self): return 3
                def __add__(self, o): return 10 + o
                def __getitem__(self, k): return k
            c = C()
            p = _weakref.proxy(c)
            p.w = 5
            print(p.v, c.w, p(4), len(p), p + 1, p['k'], p.__class__.__name__, type(p).__name__, bool(p))
            print(type(_weakref.proxy([].append)).__name__ if False else type(p) is _weakref.CallableProxyType)
            try:
                hash(p)
            except TypeError as e:
                print(type(e).__name__)
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo("1 5 8 3 11 k C CallableProxyType True\nTrue\nTypeError\n"));
    }
}
