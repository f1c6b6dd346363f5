using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Objects;

/// <summary>Argument-count messages of builtin methods by calling convention (METH_NOARGS/METH_O name the type; tuple-parsed and Argument Clinic wordings). Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class MethodArityMessageTests
{
    [Test]
    public void CallingConventions()
    {
        var result = PythonRunner.Run("""
            tests = [
                lambda: "abc".upper(1), lambda: "abc".join(), lambda: "abc".join("x", "y"), lambda: "abc".startswith(),
                lambda: "abc".find(1, 2, 3, 4), lambda: "abc".count(), lambda: "abc".replace("a"), lambda: "abc".strip(1, 2),
                lambda: "abc".split(1, 2, 3), lambda: [].append(), lambda: [].sort(1), lambda: [].insert(1), lambda: {}.get(),
                lambda: {}.keys(1), lambda: set().add(), lambda: b"ab".find(), lambda: (1).bit_length(2), lambda: bytes.fromhex(),
                lambda: "abc".upper(x=1), lambda: pow(1), lambda: int.from_bytes(), lambda: [].sort(1, 2, 3),
            ]
            for t in tests:
                try:
                    t()
                except TypeError as e:
                    print(e)
            """);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("str.upper() takes no arguments (1 given)\nstr.join() takes exactly one argument (0 given)\nstr.join() takes exactly one argument (2 given)\nstartswith() takes at least 1 argument (0 given)\nfind() takes at most 3 arguments (4 given)\ncount() takes at least 1 argument (0 given)\nreplace expected at least 2 arguments, got 1\nstrip expected at most 1 argument, got 2\nsplit() takes at most 2 arguments (3 given)\nlist.append() takes exactly one argument (0 given)\nsort() takes no positional arguments\ninsert expected 2 arguments, got 1\nget expected at least 1 argument, got 0\ndict.keys() takes no arguments (1 given)\nset.add() takes exactly one argument (0 given)\nfind() takes at least 1 argument (0 given)\nint.bit_length() takes no arguments (1 given)\nbytes.fromhex() takes exactly one argument (0 given)\nstr.upper() takes no keyword arguments\npow() missing required argument 'exp' (pos 2)\nfrom_bytes() missing required argument 'bytes' (pos 1)\nsort() takes at most 2 arguments (3 given)\n"));
    }
}
