using NUnit.Framework;
using Warden.Runtime;

namespace Warden.Tests.Runtime;

/// <summary>Several programs running at once share the builtin types; each must still see only its own state and output.</summary>
[TestFixture]
public class ConcurrencyTests
{
    [Test]
    public void ProgramsRunConcurrentlyWithoutInterference()
    {
        const string program = """
            class P:
                def __init__(self, i):
                    self.i = i
                    self.sq = i * i
            total = 0
            for i in range(20000):
                p = P(i)
                total += p.sq % 7
            d = {str(i): i for i in range(1000)}
            print(total, len(d), sorted({3, 1, 2}))
            """;
        // Expected from CPython 3.11 for the program above.
        const string expected = "39998 1000 [1, 2, 3]\n";
        var results = new string[6];
        Parallel.For(0, results.Length, i =>
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int rc = ScriptRunner.RunCode(program, [], stdout, stderr);
            results[i] = rc == 0 ? stdout.ToString() : stderr.ToString();
        });
        Assert.That(results, Is.All.EqualTo(expected));
    }
}
