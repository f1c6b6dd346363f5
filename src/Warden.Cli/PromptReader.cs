using System.Collections.Concurrent;

namespace Warden.Cli;

/// <summary>
/// Reads the REPL's input lines on a background thread, so that waiting at the prompt can be
/// interrupted (Ctrl-C). A line is read only when the prompt asks for one: nothing is read
/// ahead, so <c>input()</c> in the executed code still gets the lines that follow it. An
/// interrupted read stays pending and delivers the next line typed.
/// </summary>
internal sealed class PromptReader
{
    /// <summary>What waiting at the prompt produced.</summary>
    public enum Outcome { Line, EndOfInput, Interrupted }

    private readonly TextReader _input;
    private readonly SemaphoreSlim _requested = new(0);
    private readonly BlockingCollection<string?> _results = new();
    private CancellationTokenSource _interrupt = new();
    private Thread? _reader;
    private bool _readPending;

    public PromptReader(TextReader input) => _input = input;

    /// <summary>True while <see cref="Read"/> waits: only then does Ctrl-C mean "discard this input".</summary>
    public bool Waiting { get; private set; }

    /// <summary>Ctrl-C at the prompt: the waiting <see cref="Read"/> returns <see cref="Outcome.Interrupted"/>.</summary>
    public void Interrupt() => Volatile.Read(ref _interrupt).Cancel();

    /// <summary>Waits for the next line, end of input, or an interrupt.</summary>
    public Outcome Read(out string line)
    {
        line = "";
        StartReaderOnce();
        if (!_readPending)
        {
            _readPending = true;
            _requested.Release();
        }
        string? taken;
        Waiting = true;
        try
        {
            taken = _results.Take(Volatile.Read(ref _interrupt).Token);
        }
        catch (OperationCanceledException)
        {
            Volatile.Write(ref _interrupt, new CancellationTokenSource());
            return Outcome.Interrupted;
        }
        finally
        {
            Waiting = false;
        }
        _readPending = false;
        if (taken is null) return Outcome.EndOfInput;
        line = taken;
        return Outcome.Line;
    }

    private void StartReaderOnce()
    {
        if (_reader is not null) return;
        _reader = new Thread(() =>
        {
            while (true)
            {
                _requested.Wait();
                string? read;
                try
                {
                    read = _input.ReadLine();
                }
                catch (IOException)
                {
                    read = null;
                }
                _results.Add(read);
                if (read is null) return;
            }
        }) { IsBackground = true, Name = "warden-repl-input" };
        _reader.Start();
    }
}
