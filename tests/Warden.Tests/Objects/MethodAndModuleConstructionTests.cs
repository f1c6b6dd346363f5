using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Objects;

/// <summary>types.MethodType(function, instance) and types.ModuleType(name, doc) constructors. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class MethodAndModuleConstructionTests
{
    [Test]
    public void TypesMethodTypeAndModuleType()
    {
        var result = PythonRunner.Run("""
            import types
            m = types.ModuleType("dyn", "doc")
            print(sorted(vars(m).items(), key=str), repr(m))
            for f in [lambda: types.MethodType(1, 2), lambda: types.MethodType(len, None), lambda: types.ModuleType(), lambda: types.ModuleType(5)]:
                try:
                    print(f())
                except TypeError as e:
                    print(e)
            print(types.MethodType(lambda s: s, 5)())
            """);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("[('__doc__', 'doc'), ('__loader__', None), ('__name__', 'dyn'), ('__package__', None), ('__spec__', None)] <module 'dyn'>\nfirst argument must be callable\ninstance must not be None\nmodule() missing required argument 'name' (pos 1)\nmodule() argument 'name' must be str, not int\n5\n"));
    }
}
