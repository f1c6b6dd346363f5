using NUnit.Framework;

namespace Warden.Tests.Hosting;

/// <summary>examples/Embedding runs and prints what its Python code computes.</summary>
[TestFixture]
public class EmbeddingExampleTests
{
    [Test]
    public void ExampleRuns()
    {
        var saved = Console.Out;
        var captured = new StringWriter { NewLine = "\n" };
        Console.SetOut(captured);
        int rc;
        try
        {
            rc = Warden.Examples.Embedding.Program.Main([]);
        }
        finally
        {
            Console.SetOut(saved);
        }
        Assert.That(rc, Is.EqualTo(0));
        // Values worked out from the example's Python code (CPython semantics).
        Assert.That(captured.ToString(), Is.EqualTo(
            "low: ['pear']\n" +
            "price of 12: 6\n" +
            "factor 1: total = 6\n" +
            "factor 10: total = 60\n" +
            "caught ValueError: count must not be negative, got -1\n" +
            "Traceback (most recent call last):\n" +
            "  File \"<string>\", line 1, in <module>\n" +
            "ValueError: count must not be negative, got -1\n" +
            "first engine sees greeting: True\n" +
            "second engine sees greeting: False\n"));
    }
}
