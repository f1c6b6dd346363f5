using NUnit.Framework;
using Warden.Hosting;
using Warden.Runtime;

namespace Warden.Tests.Runtime;

/// <summary>
/// Ctrl-C forwarded by a host (<see cref="InterruptRequests"/>): the program thread handles it at
/// its next loop iteration, with its SIGINT handler. Expected tracebacks are CPython's for the
/// same programs interrupted by SIGINT (python3.11 -c ...).
/// </summary>
[TestFixture]
[NonParallelizable]
public class InterruptRequestsTests
{
    [TearDown]
    public void ForgetRequests() => InterruptRequests.Clear();

    /// <summary>
    /// Runs <paramref name="source"/> and requests an interrupt once it has created the file named
    /// by its <c>READY</c> placeholder (a program with no placeholder is interrupted at once: the
    /// request waits for the first backward jump, so its timing does not matter).
    /// </summary>
    private static PythonRunner.Result RunInterrupted(string source)
    {
        string ready = Path.Combine(Path.GetTempPath(), $"warden_ready_{Guid.NewGuid():N}");
        var run = Task.Run(() => PythonRunner.Run(source.Replace("READY", ready)));
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (source.Contains("READY") && !File.Exists(ready) && !run.IsCompleted && DateTime.UtcNow < deadline) Thread.Sleep(10);
            InterruptRequests.Request();
            Assert.That(run.Wait(TimeSpan.FromSeconds(30)), Is.True, "the program did not stop");
            return run.Result;
        }
        finally
        {
            File.Delete(ready);
        }
    }

    [Test]
    public void AnEndlessLoopEndsWithKeyboardInterrupt()
    {
        var result = RunInterrupted("n = 0\nwhile True:\n    n += 1\n");
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nKeyboardInterrupt\n"));
        Assert.That(result.ExitCode, Is.EqualTo(ScriptRunner.KeyboardInterruptExitCode));
    }

    [Test]
    public void KeyboardInterruptCanBeCaughtAndTheProgramGoesOn()
    {
        var result = RunInterrupted("try:\n    while True:\n        pass\nexcept KeyboardInterrupt as e:\n    print('caught', repr(e))\nprint('after')\n");
        Assert.That(result.Stdout, Is.EqualTo("caught KeyboardInterrupt()\nafter\n"));
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void TheProgramsOwnSigintHandlerRunsInstead()
    {
        var result = RunInterrupted(
            "import signal\nseen = []\n" +
            "signal.signal(signal.SIGINT, lambda signum, frame: seen.append((signum, type(frame).__name__)))\n" +
            "open('READY', 'w').close()\nwhile not seen:\n    pass\nprint('handled', seen)\n");
        Assert.That(result.Stdout, Is.EqualTo("handled [(2, 'frame')]\n"));
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void AnIgnoredSigintLeavesTheLoopRunning()
    {
        var result = RunInterrupted(
            "import signal, time\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nopen('READY', 'w').close()\n" +
            "end = time.monotonic() + 1\nwhile time.monotonic() < end:\n    pass\nprint('not interrupted')\n");
        Assert.That(result.Stdout, Is.EqualTo("not interrupted\n"));
        Assert.That(result.Stderr, Is.Empty);
    }

    [Test]
    public void SleepEndsAtOnceWithKeyboardInterrupt()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = RunInterrupted("import time\nopen('READY', 'w').close()\ntime.sleep(60)\nprint('slept')\n");
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
        Assert.That(result.Stdout, Is.Empty);
        Assert.That(result.Stderr, Does.EndWith("KeyboardInterrupt\n"));
        Assert.That(result.ExitCode, Is.EqualTo(ScriptRunner.KeyboardInterruptExitCode));
    }

    [Test]
    public void SleepGoesOnAfterAHandlerReturns()
    {
        // PEP 475: the handler runs, then the sleep resumes for the time left.
        var result = RunInterrupted(
            "import signal, time\nseen = []\nsignal.signal(signal.SIGINT, lambda s, f: seen.append(s))\n" +
            "open('READY', 'w').close()\nstart = time.monotonic()\ntime.sleep(1.5)\n" +
            "print(seen, time.monotonic() - start >= 1.4)\n");
        Assert.That(result.Stdout, Is.EqualTo("[2] True\n"));
    }

    [Test]
    public void ThreadsThatDoNotHandleInterruptsIgnoreRequests()
    {
        // An embedding host's engine thread has not opted in: a pending request is not its business.
        InterruptRequests.Request();
        var engine = Python.CreateEngine();
        var scope = engine.CreateScope();
        Exception? failure = null;
        var host = new Thread(() =>
        {
            try
            {
                engine.Execute("t = 0\nfor i in range(100000):\n    t += 1\n", scope);
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        host.Start();
        host.Join();
        Assert.That(failure, Is.Null);
        Assert.That(scope.GetVariable<int>("t"), Is.EqualTo(100000));
        Assert.That(InterruptRequests.Pending, Is.True);
    }
}
