using System.Diagnostics;
using System.Text;
using NUnit.Framework;
using Warden.Syntax;
using Warden.Syntax.Ast;
using Assert = NUnit.Framework.Assert;

namespace Warden.Tests.Syntax;

/// <summary>
/// Deep, long and large inputs must end quickly in the exception CPython 3.11's ast.parse raises
/// for them (or parse, when CPython parses them) and never take the process down. Expected
/// outcomes were measured with /usr/bin/python3.11 calling ast.parse at module level.
/// </summary>
public class ParserHostileInputTests
{
    // A guard against hangs and quadratic blow-ups, not a benchmark (those are scripts): each
    // input takes well under a second alone, but CI machines may be loaded.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private static string Repeat(string s, int n)
    {
        var sb = new StringBuilder(s.Length * n);
        for (int i = 0; i < n; i++) sb.Append(s);
        return sb.ToString();
    }

    /// <summary>Parses and returns "ok" or the Python exception class name, asserting the time limit.</summary>
    private static string Outcome(string source)
    {
        var watch = Stopwatch.StartNew();
        string outcome;
        try
        {
            Parser.ParseModule(source);
            outcome = "ok";
        }
        catch (PythonSyntaxError e)
        {
            outcome = e.PythonType;
        }
        catch (PythonFrontEndError e)
        {
            outcome = e.PythonType;
        }
        Assert.That(watch.Elapsed, Is.LessThan(Limit));
        return outcome;
    }

    [Test]
    public void HundredThousandNestedParenthesesAreTooManyForTheTokenizer()
        => Assert.That(Outcome(Repeat("(", 100_000) + Repeat(")", 100_000)), Is.EqualTo("SyntaxError"));

    [Test]
    public void HundredThousandNestedBracketsAreTooManyForTheTokenizer()
        => Assert.That(Outcome(Repeat("[", 100_000) + Repeat("]", 100_000)), Is.EqualTo("SyntaxError"));

    [Test]
    public void DeeplyNestedBlocksAreAnIndentationError()
    {
        // CPython stops at 100 levels; 5,000 levels of one-space indentation are 12.5 M characters
        // (50,000 would be 1.25 G, so the test stops earlier: the outcome is decided at level 100).
        var sb = new StringBuilder();
        for (int i = 0; i < 5_000; i++) sb.Append(' ', i).Append("if 1:\n");
        sb.Append(' ', 5_000).Append("pass\n");
        Assert.That(Outcome(sb.ToString()), Is.EqualTo("IndentationError"));
    }

    [TestCase("-", 100_000, "1", "MemoryError")]
    [TestCase("~", 100_000, "1", "MemoryError")]
    [TestCase("not ", 100_000, "x", "MemoryError")]
    [TestCase("lambda:", 100_000, "1", "MemoryError")]
    [TestCase("2**", 100_000, "1", "MemoryError")]
    [TestCase("1 if 1 else ", 100_000, "1", "MemoryError")]
    [TestCase("1+", 100_000, "1", "RecursionError")]
    [TestCase("a.", 100_000, "b", "RecursionError")]
    [TestCase("a and ", 100_000, "b", "ok")]
    [TestCase("a < ", 100_000, "b", "ok")]
    [TestCase("a = ", 100_000, "1", "ok")]
    [TestCase("'a' ", 100_000, "", "ok")]
    public void LongChains(string unit, int count, string tail, string expected)
        => Assert.That(Outcome(Repeat(unit, count) + tail), Is.EqualTo(expected));

    [Test]
    public void DeepSubscriptChainIsARecursionError()
        => Assert.That(Outcome("x" + Repeat("[0]", 100_000)), Is.EqualTo("RecursionError"));

    [Test]
    public void DeepCallChainIsARecursionError()
        => Assert.That(Outcome("x" + Repeat("()", 100_000)), Is.EqualTo("RecursionError"));

    // The thresholds themselves: the same inputs succeed and fail on both sides.
    [TestCase("-", 2988, "1", "ok")]
    [TestCase("-", 2989, "1", "RecursionError")]
    [TestCase("-", 5969, "1", "RecursionError")]
    [TestCase("-", 5970, "1", "MemoryError")]
    [TestCase("lambda:", 2984, "1", "ok")]
    [TestCase("lambda:", 2985, "1", "MemoryError")]
    [TestCase("2**", 2984, "1", "ok")]
    [TestCase("2**", 2985, "1", "MemoryError")]
    public void DepthThresholdsMatchCPython(string unit, int count, string tail, string expected)
        => Assert.That(Outcome(Repeat(unit, count) + tail), Is.EqualTo(expected));

    [TestCase("(", ")", 150, 1815, "ok")]
    [TestCase("(", ")", 150, 1816, "MemoryError")]
    [TestCase("[", "]", 150, 1638, "ok")]
    [TestCase("[", "]", 150, 1639, "MemoryError")]
    [TestCase("f(", ")", 150, 2388, "ok")]
    [TestCase("f(", ")", 150, 2389, "MemoryError")]
    public void BracketsAndUnaryChainsShareCPythonsParserStack(string open, string close, int brackets, int minuses, string expected)
        => Assert.That(Outcome(Repeat(open, brackets) + Repeat("-", minuses) + "1" + Repeat(close, brackets)), Is.EqualTo(expected));

    [Test]
    public void CallWithKeywordCountsTheKeywordNodeInTheTreeDepth()
    {
        Assert.That(Outcome("f(" + Repeat("-", 2987) + "1)"), Is.EqualTo("ok"));
        Assert.That(Outcome("f(x=" + Repeat("-", 2987) + "1)"), Is.EqualTo("RecursionError"));
    }

    [TestCase(2988, "ok")]
    [TestCase(2989, "RecursionError")]
    [TestCase(5966, "RecursionError")]
    [TestCase(5967, "MemoryError")]
    [TestCase(100_000, "MemoryError")]
    public void LongElifChains(int count, string expected)
        => Assert.That(Outcome("if x: pass\n" + Repeat("elif x: pass\n", count)), Is.EqualTo(expected));

    [TestCase(2986, "ok")]
    [TestCase(2987, "RecursionError")]
    public void DeepTreesInsideFStringFieldsCountForTheWholeTree(int count, string expected)
        => Assert.That(Outcome("f'{" + Repeat("-", count) + "1}'"), Is.EqualTo(expected));

    [Test]
    public void TwentyMegabyteLineParses()
    {
        string source = "x = [" + Repeat("0,", 10_000_000) + "]\n";
        Assert.That(Outcome(source), Is.EqualTo("ok"));
    }

    [Test]
    public void FiftyMegabyteFileParses()
    {
        string line = "x = '" + new string('a', 1000) + "'\n";
        Assert.That(Outcome(Repeat(line, 50_000)), Is.EqualTo("ok"));
    }

    [Test]
    public void DeepNestingOnASmallStackThreadFailsCleanly()
    {
        // The parser moves to a large-stack thread when the current one runs short.
        string outcome = "";
        var thread = new Thread(() => outcome = Outcome(Repeat("-", 5000) + "1"), 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.That(outcome, Is.EqualTo("RecursionError"));
    }

    [Test]
    public void MemoryErrorHasAnEmptyMessageAndRecursionErrorCPythonsMessage()
    {
        var memory = Assert.Throws<PythonFrontEndError>(() => Parser.ParseModule(Repeat("-", 100_000) + "1"))!;
        Assert.That((memory.PythonType, memory.Message), Is.EqualTo(("MemoryError", "")));
        var recursion = Assert.Throws<PythonFrontEndError>(() => Parser.ParseModule(Repeat("1+", 100_000) + "1"))!;
        Assert.That((recursion.PythonType, recursion.Message),
            Is.EqualTo(("RecursionError", "maximum recursion depth exceeded during ast construction")));
    }

    [Test]
    public void TwoHundredNestedParenthesesParse()
    {
        Module m = Parser.ParseModule(Repeat("(", 199) + "1" + Repeat(")", 199));
        Assert.That(m.Body, Has.Length.EqualTo(1));
    }
}
