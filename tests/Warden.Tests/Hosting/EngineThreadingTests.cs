using NUnit.Framework;
using Warden.Hosting;

namespace Warden.Tests.Hosting;

/// <summary>One engine used from several threads at once, each with its own scope.</summary>
[TestFixture]
public class EngineThreadingTests
{
    [Test]
    public void SeparateScopesOnSeparateThreads()
    {
        var engine = Python.CreateEngine();
        var code = engine.CreateScriptSourceFromString("""
            import math
            class Acc:
                def __init__(self):
                    self.total = 0
                def add(self, v):
                    self.total += v
            acc = Acc()
            for i in range(2000):
                acc.add(int(math.sqrt(i * i)) % seed)
            result = acc.total
            """).Compile();
        var results = new long[6];
        var errors = new string?[results.Length];
        var threads = Enumerable.Range(0, results.Length).Select(t => new Thread(() =>
        {
            try
            {
                var scope = engine.CreateScope();
                scope.SetVariable("seed", t + 2);
                code.Execute(scope);
                results[t] = scope.GetVariable<long>("result");
            }
            catch (Exception e)
            {
                // An exception on a raw thread would end the test process.
                errors[t] = e.Message;
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        // Expected: sum(i % seed for i in range(2000)) for seed = 2..7, computed by CPython 3.11.
        Assert.That(errors, Is.All.Null);
        Assert.That(results, Is.EqualTo(new long[] { 1000, 1999, 3000, 4000, 4996, 5995 }));
    }

    [Test]
    public void SharedFunctionsCalledFromManyThreads()
    {
        var engine = Python.CreateEngine();
        var module = engine.CreateScope();
        engine.Execute("""
            class Box:
                def __init__(self, v):
                    self.v = v
            def work(n):
                boxes = [Box(i) for i in range(n)]
                return sum(b.v for b in boxes)
            """, module);
        var work = module.GetVariable<Func<int, long>>("work");
        var results = new long[4];
        Parallel.For(0, results.Length, i => results[i] = work(1000 + i));
        Assert.That(results, Is.EqualTo(new long[] { 499500, 500500, 501501, 502503 }));
    }

    [Test]
    public void ConcurrentImportsRunTheModuleOnce()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"warden_threads_{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "slowmod.py"), "import sys\nsys.loads = getattr(sys, 'loads', 0) + 1\nvalue = sum(range(20000))\n");
            var engine = Python.CreateEngine(new EngineOptions { SearchPaths = [dir] });
            var values = new object?[4];
            Parallel.For(0, values.Length, i => values[i] = engine.Execute("__import__('slowmod').value"));
            Assert.That(values, Is.All.EqualTo(199990000));
            Assert.That(engine.Execute("__import__('sys').loads"), Is.EqualTo(1));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
