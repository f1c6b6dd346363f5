using NUnit.Framework;

namespace Warden.Tests.Runtime;

/// <summary>"Did you mean" hints of uncaught NameError/AttributeError. Expected last lines were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class NameSuggestionTests
{
    [Test]
    public void Case1()
    {
        var result = PythonRunner.Run("import sys\nclass A:\n    def __init__(self): self.balance = 1; self.Value = 2\ndef f():\n    local_thing = 1\n    return local_thng\nwhich = \"1\"\nif which == \"1\": A().balanse\nif which == \"2\": A().value\nif which == \"3\": f()\nif which == \"4\": prnt(\"x\")\nif which == \"5\": A().zzzzzzz\nif which == \"6\": [].apend(1)\nif which == \"7\": A.balanse\n", asFile: true);
        Assert.That(result.Stderr.TrimEnd('\n').Split('\n')[^1], Is.EqualTo("AttributeError: 'A' object has no attribute 'balanse'. Did you mean: 'balance'?"));
    }

    [Test]
    public void Case2()
    {
        var result = PythonRunner.Run("import sys\nclass A:\n    def __init__(self): self.balance = 1; self.Value = 2\ndef f():\n    local_thing = 1\n    return local_thng\nwhich = \"2\"\nif which == \"1\": A().balanse\nif which == \"2\": A().value\nif which == \"3\": f()\nif which == \"4\": prnt(\"x\")\nif which == \"5\": A().zzzzzzz\nif which == \"6\": [].apend(1)\nif which == \"7\": A.balanse\n", asFile: true);
        Assert.That(result.Stderr.TrimEnd('\n').Split('\n')[^1], Is.EqualTo("AttributeError: 'A' object has no attribute 'value'. Did you mean: 'Value'?"));
    }

    [Test]
    public void Case3()
    {
        var result = PythonRunner.Run("import sys\nclass A:\n    def __init__(self): self.balance = 1; self.Value = 2\ndef f():\n    local_thing = 1\n    return local_thng\nwhich = \"3\"\nif which == \"1\": A().balanse\nif which == \"2\": A().value\nif which == \"3\": f()\nif which == \"4\": prnt(\"x\")\nif which == \"5\": A().zzzzzzz\nif which == \"6\": [].apend(1)\nif which == \"7\": A.balanse\n", asFile: true);
        Assert.That(result.Stderr.TrimEnd('\n').Split('\n')[^1], Is.EqualTo("NameError: name 'local_thng' is not defined. Did you mean: 'local_thing'?"));
    }

    [Test]
    public void Case4()
    {
        var result = PythonRunner.Run("import sys\nclass A:\n    def __init__(self): self.balance = 1; self.Value = 2\ndef f():\n    local_thing = 1\n    return local_thng\nwhich = \"4\"\nif which == \"1\": A().balanse\nif which == \"2\": A().value\nif which == \"3\": f()\nif which == \"4\": prnt(\"x\")\nif which == \"5\": A().zzzzzzz\nif which == \"6\": [].apend(1)\nif which == \"7\": A.balanse\n", asFile: true);
        Assert.That(result.Stderr.TrimEnd('\n').Split('\n')[^1], Is.EqualTo("NameError: name 'prnt' is not defined. Did you mean: 'print'?"));
    }

    [Test]
    public void Case5()
    {
        var result = PythonRunner.Run("import sys\nclass A:\n    def __init__(self): self.balance = 1; self.Value = 2\ndef f():\n    local_thing = 1\n    return local_thng\nwhich = \"5\"\nif which == \"1\": A().balanse\nif which == \"2\": A().value\nif which == \"3\": f()\nif which == \"4\": prnt(\"x\")\nif which == \"5\": A().zzzzzzz\nif which == \"6\": [].apend(1)\nif which == \"7\": A.balanse\n", asFile: true);
        Assert.That(result.Stderr.TrimEnd('\n').Split('\n')[^1], Is.EqualTo("AttributeError: 'A' object has no attribute 'zzzzzzz'"));
    }

    [Test]
    public void Case6()
    {
        var result = PythonRunner.Run("import sys\nclass A:\n    def __init__(self): self.balance = 1; self.Value = 2\ndef f():\n    local_thing = 1\n    return local_thng\nwhich = \"6\"\nif which == \"1\": A().balanse\nif which == \"2\": A().value\nif which == \"3\": f()\nif which == \"4\": prnt(\"x\")\nif which == \"5\": A().zzzzzzz\nif which == \"6\": [].apend(1)\nif which == \"7\": A.balanse\n", asFile: true);
        Assert.That(result.Stderr.TrimEnd('\n').Split('\n')[^1], Is.EqualTo("AttributeError: 'list' object has no attribute 'apend'. Did you mean: 'append'?"));
    }

    [Test]
    public void Case7()
    {
        var result = PythonRunner.Run("import sys\nclass A:\n    def __init__(self): self.balance = 1; self.Value = 2\ndef f():\n    local_thing = 1\n    return local_thng\nwhich = \"7\"\nif which == \"1\": A().balanse\nif which == \"2\": A().value\nif which == \"3\": f()\nif which == \"4\": prnt(\"x\")\nif which == \"5\": A().zzzzzzz\nif which == \"6\": [].apend(1)\nif which == \"7\": A.balanse\n", asFile: true);
        Assert.That(result.Stderr.TrimEnd('\n').Split('\n')[^1], Is.EqualTo("AttributeError: type object 'A' has no attribute 'balanse'"));
    }
}
