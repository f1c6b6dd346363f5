using System.Diagnostics;
using System.Text;
using Warden.Hosting;
using Warden.Runtime;

namespace Warden.Examples.Embedding;

/// <summary>
/// Embeds Warden in a .NET program: runs Python against host objects, calls Python functions as
/// delegates, catches Python errors, and shows that engines are isolated. <c>--bench</c> times
/// engine and scope creation instead.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Contains("--bench")) return CreationBenchmark.Run();

        // One engine: its own sys.modules, builtins and streams.
        var engine = Python.CreateEngine();
        var output = new StringWriter { NewLine = "\n" };
        engine.Runtime.IO.SetOutput(output);

        // Host objects are reachable from Python through their public members.
        var shop = new Inventory();
        shop.Add("apple", 3);
        shop.Add("pear", 0);
        var scope = engine.CreateScope();
        scope.SetVariable("inventory", shop);
        scope.SetVariable("threshold", 1);

        engine.Execute("""
            def low_stock(items):
                return sorted(name for name, count in items.items() if count < threshold)

            def price(quantity, unit=0.5):
                return round(quantity * unit, 2)

            inventory.Add("plum", 12)
            print("low:", low_stock(inventory.Snapshot()))
            """, scope);
        Console.Write(output.ToString());

        // A Python function becomes a typed .NET delegate.
        var price = scope.GetVariable<Func<int, double>>("price");
        Console.WriteLine($"price of 12: {price(12)}");

        // Compile once, run in many scopes.
        var code = engine.CreateScriptSourceFromString("total = sum(values) * factor").Compile();
        foreach (var factor in new[] { 1, 10 })
        {
            var run = engine.CreateScope(new Dictionary<string, object?> { ["values"] = new[] { 1, 2, 3 }, ["factor"] = factor });
            code.Execute(run);
            Console.WriteLine($"factor {factor}: total = {run.GetVariable<int>("total")}");
        }

        // A Python error reaching the host is a PythonException with the CPython traceback.
        try
        {
            engine.Execute("inventory.Add('fig', -1)", scope);
        }
        catch (PythonException e)
        {
            Console.WriteLine($"caught {e.PythonTypeName}: {e.PythonMessage}");
            Console.Write(e.FormatTraceback());
        }

        // Engines share nothing: a change to builtins in one is invisible in the other.
        var other = Python.CreateEngine();
        engine.Execute("import builtins; builtins.greeting = 'hello from the first engine'");
        Console.WriteLine($"first engine sees greeting: {engine.Execute("'greeting' in dir(__import__('builtins'))")}");
        Console.WriteLine($"second engine sees greeting: {other.Execute("'greeting' in dir(__import__('builtins'))")}");
        return 0;
    }
}

/// <summary>A host object handed to Python.</summary>
public sealed class Inventory
{
    private readonly Dictionary<string, int> _counts = new();

    /// <summary>Adds <paramref name="count"/> items (refuses negative counts with an ArgumentException, which Python sees as ValueError).</summary>
    public void Add(string name, int count)
    {
        if (count < 0) throw new ArgumentException($"count must not be negative, got {count}");
        _counts[name] = _counts.GetValueOrDefault(name) + count;
    }

    /// <summary>A copy of the counts (arrives in Python as a dict).</summary>
    public Dictionary<string, int> Snapshot() => new(_counts);
}

/// <summary>Times what an embedder pays per engine and per scope.</summary>
internal static class CreationBenchmark
{
    public static int Run()
    {
        const int Warmup = 200;
        const int Engines = 2000;
        for (int i = 0; i < Warmup; i++) Python.CreateEngine().CreateScope();

        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < Engines; i++) Python.CreateEngine();
        double engineMicros = clock.Elapsed.TotalMicroseconds / Engines;
        long engineBytes = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / Engines;

        var engine = Python.CreateEngine();
        const int Scopes = 100_000;
        allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        clock.Restart();
        for (int i = 0; i < Scopes; i++) engine.CreateScope();
        double scopeMicros = clock.Elapsed.TotalMicroseconds / Scopes;
        long scopeBytes = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / Scopes;

        clock.Restart();
        for (int i = 0; i < Engines; i++) Python.CreateEngine().Execute("1 + 1");
        double firstRunMicros = clock.Elapsed.TotalMicroseconds / Engines;

        var report = new StringBuilder();
        report.AppendLine($"engine creation:            {engineMicros,8:F1} us  {engineBytes,8} bytes");
        report.AppendLine($"scope creation:             {scopeMicros,8:F2} us  {scopeBytes,8} bytes");
        report.AppendLine($"engine + first expression:  {firstRunMicros,8:F1} us");
        Console.Write(report);
        return 0;
    }
}
