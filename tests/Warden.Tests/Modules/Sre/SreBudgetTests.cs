using System;
using System.Linq;
using NUnit.Framework;
using Warden.Modules.Sre;

namespace Warden.Tests.Modules.Sre;

/// <summary>Runaway backtracking is interruptible (DESIGN.md invariant 5) and no input overflows the .NET stack.</summary>
public class SreBudgetTests
{
    private static int[] Text(string s) => SreText.ToCodePoints(s);

    [Test]
    public void CatastrophicBacktrackingStopsAtTheStepBudget()
    {
        var pattern = RegexPattern.Compile("(a*)*b");
        var budget = new RegexBudget(maxSteps: 1_000_000);
        Assert.Throws<RegexTimeoutException>(() => pattern.Search(Text(new string('a', 30)), budget: budget));
        Assert.That(budget.StepsUsed, Is.GreaterThan(1_000_000));
    }

    [Test]
    public void CatastrophicBacktrackingStopsWhenTheHookSaysSo()
    {
        var pattern = RegexPattern.Compile("(x+x+)+y");
        int calls = 0;
        var budget = new RegexBudget(shouldStop: () => ++calls >= 10);
        Assert.Throws<RegexTimeoutException>(() => pattern.Match(Text(new string('x', 40)), budget: budget));
        Assert.That(calls, Is.EqualTo(10));
    }

    [Test]
    public void DeadlineHookInterruptsInTime()
    {
        var pattern = RegexPattern.Compile("(a|aa)+$");
        var deadline = DateTime.UtcNow.AddMilliseconds(200);
        var budget = new RegexBudget(shouldStop: () => DateTime.UtcNow > deadline);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Throws<RegexTimeoutException>(() => pattern.Match(Text(new string('a', 60) + "b"), budget: budget));
        Assert.That(watch.ElapsedMilliseconds, Is.LessThan(5000));
    }

    [Test]
    public void BudgetIsNotSpentByCheapMatches()
    {
        var budget = new RegexBudget(maxSteps: 1_000_000);
        var m = RegexPattern.Compile("b+").Search(Text("aaabbbccc"), budget: budget);
        Assert.That(m!.Start(0), Is.EqualTo(3));
    }

    [Test]
    public void LongSubjectsDoNotUseTheDotNetStack()
    {
        string subject = string.Concat(Enumerable.Repeat("ab", 500_000));
        var m = RegexPattern.Compile("(?:(a)|b)*c|(?:a|b)*$").Match(Text(subject));
        Assert.That(m!.End(0), Is.EqualTo(1_000_000));
        var lazy = RegexPattern.Compile("(?:a|b)*?$").Match(Text(subject));
        Assert.That(lazy!.End(0), Is.EqualTo(1_000_000));
    }

    [Test]
    public void DeepNestingIsARecursionErrorNotACrash()
    {
        Assert.Throws<RegexRecursionError>(() => RegexPattern.Compile(new string('(', 5000) + new string(')', 5000)));
        Assert.That(RegexPattern.Compile(new string('(', 100) + "a" + new string(')', 100)).GroupCount, Is.EqualTo(100));
    }

    [Test]
    public void ErrorStrIncludesLineAndColumnForMultilinePatterns()
    {
        var e = Assert.Throws<RegexError>(() => RegexPattern.Compile("abc\n  def\n)"))!;
        Assert.That(e.Message, Is.EqualTo("unbalanced parenthesis at position 10 (line 3, column 1)"));
        Assert.That(e.LineNumber, Is.EqualTo(3));
    }

    [Test]
    public void SubWithCallback()
    {
        var (result, n) = RegexPattern.Compile(@"\d+").Subn(m => Text("<" + (m.End(0) - m.Start(0)) + ">"), Text("a1b22c333"));
        Assert.That(SreText.FromCodePoints(result), Is.EqualTo("a<1>b<2>c<3>"));
        Assert.That(n, Is.EqualTo(3));
    }
}
