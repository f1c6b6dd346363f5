using System.Collections.Concurrent;
using NUnit.Framework;
using Warden.Cli;

namespace Warden.Tests.Hosting;

/// <summary>Ctrl-C at the interactive prompt: the pending input is dropped with KeyboardInterrupt and the session goes on.</summary>
[TestFixture]
public class ReplInterruptTests
{
    /// <summary>A keyboard: lines arrive when the test types them, as from a terminal.</summary>
    private sealed class Keyboard : TextReader
    {
        private readonly BlockingCollection<string?> _lines = new();
        private string? _partial;
        public void Type(string? line) => _lines.Add(line);

        public override string? ReadLine()
        {
            if (_partial is { } rest)
            {
                _partial = null;
                return rest.TrimEnd('\n');
            }
            return _lines.Take();
        }

        // Block reads (sys.stdin under input()) get at most one typed line, newline included, as from a terminal.
        public override int Read(char[] buffer, int index, int count)
        {
            if (_partial is null or "")
            {
                var line = _lines.Take();
                if (line is null) return 0;
                _partial = line + "\n";
            }
            int n = Math.Min(count, _partial.Length);
            _partial.CopyTo(0, buffer, index, n);
            _partial = _partial[n..];
            return n;
        }

        public override int Read(Span<char> buffer)
        {
            var array = new char[buffer.Length];
            int n = Read(array, 0, array.Length);
            array.AsSpan(0, n).CopyTo(buffer);
            return n;
        }

        public override int Read()
        {
            var one = new char[1];
            return Read(one, 0, 1) == 0 ? -1 : one[0];
        }
    }

    private sealed class SyncWriter : StringWriter
    {
        public SyncWriter() => NewLine = "\n";
        public string Text { get { lock (this) return ToString(); } }
        public override void Write(string? value) { lock (this) base.Write(value); }
        public override void Write(char value) { lock (this) base.Write(value); }
    }

    private static void WaitFor(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("the session did not reach the expected prompt");
            Thread.Sleep(10);
        }
    }

    [Test]
    public void CtrlCAtThePromptDiscardsTheBlockAndTheSessionContinues()
    {
        var keyboard = new Keyboard();
        var prompt = new PromptReader(keyboard);
        var stdout = new SyncWriter();
        var stderr = new SyncWriter();
        var session = Task.Run(() => Repl.Run(prompt, keyboard, stdout, stderr));

        keyboard.Type("if True:");
        WaitFor(() => prompt.Waiting && stderr.Text.EndsWith("... "));
        prompt.Interrupt();
        WaitFor(() => prompt.Waiting && stderr.Text.EndsWith("KeyboardInterrupt\n>>> "));
        keyboard.Type("1+1");
        WaitFor(() => prompt.Waiting && stdout.Text == "2\n");
        prompt.Interrupt();
        WaitFor(() => prompt.Waiting && stderr.Text.Split("KeyboardInterrupt").Length == 3);
        keyboard.Type(null);

        Assert.That(session.Wait(TimeSpan.FromSeconds(30)), Is.True);
        Assert.That(session.Result, Is.EqualTo(0));
        string afterBanner = string.Join("\n", stderr.Text.Split('\n').Skip(2));
        // Expected: what python3.11 prints at a terminal for the same keys (its echo of ^C aside).
        Assert.That(afterBanner, Is.EqualTo(">>> ... \nKeyboardInterrupt\n>>> >>> \nKeyboardInterrupt\n>>> \n"));
        Assert.That(stdout.Text, Is.EqualTo("2\n"));
    }

    [Test]
    public void InputReadByCodeIsNotReadAheadByThePrompt()
    {
        var keyboard = new Keyboard();
        var stdout = new SyncWriter();
        var stderr = new SyncWriter();
        foreach (var line in new[] { "x = input()", "typed for input", "x", null }) keyboard.Type(line);
        int rc = Repl.Run(new PromptReader(keyboard), keyboard, stdout, stderr);
        Assert.That(rc, Is.EqualTo(0));
        Assert.That(stdout.Text, Is.EqualTo("'typed for input'\n"));
    }
}
