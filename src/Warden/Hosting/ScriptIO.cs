using System.Text;

namespace Warden.Hosting;

/// <summary>
/// An engine's standard streams: what <c>print()</c>, <c>sys.stdout</c>, <c>sys.stderr</c> and
/// <c>input()</c> use. By default they are the process console. Each engine has its own, so two
/// engines can print to different places.
/// </summary>
public sealed class ScriptIO
{
    private readonly ScriptEngine _engine;

    internal ScriptIO(ScriptEngine engine) => _engine = engine;

    /// <summary>Where standard output goes.</summary>
    public TextWriter OutputWriter => _engine.Context.Stdout;

    /// <summary>Where standard error goes.</summary>
    public TextWriter ErrorWriter => _engine.Context.Stderr;

    /// <summary>Where standard input comes from.</summary>
    public TextReader InputReader => _engine.Context.Stdin;

    /// <summary>Sends standard output to <paramref name="stream"/>, encoded with <paramref name="encoding"/> (no byte-order mark).</summary>
    public void SetOutput(Stream stream, Encoding encoding) => SetOutput(Writer(stream, encoding));

    /// <summary>Sends standard output to <paramref name="writer"/>.</summary>
    public void SetOutput(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _engine.Context.Stdout = writer;
    }

    /// <summary>Sends standard error to <paramref name="stream"/>, encoded with <paramref name="encoding"/> (no byte-order mark).</summary>
    public void SetErrorOutput(Stream stream, Encoding encoding) => SetErrorOutput(Writer(stream, encoding));

    /// <summary>Sends standard error to <paramref name="writer"/>.</summary>
    public void SetErrorOutput(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _engine.Context.Stderr = writer;
    }

    /// <summary>Reads standard input from <paramref name="stream"/>, decoded with <paramref name="encoding"/>.</summary>
    public void SetInput(Stream stream, Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(encoding);
        SetInput(new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, leaveOpen: true));
    }

    /// <summary>Reads standard input from <paramref name="reader"/>.</summary>
    public void SetInput(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _engine.Context.Stdin = reader;
    }

    /// <summary>Sends output and errors back to the console and reads input from it.</summary>
    public void RedirectToConsole()
    {
        _engine.Context.Stdout = Console.Out;
        _engine.Context.Stderr = Console.Error;
        _engine.Context.Stdin = Console.In;
    }

    /// <summary>
    /// A writer that flushes after every write (the host may read the stream at any time) and, as
    /// Python's streams, writes no byte-order mark and ends lines with "\n".
    /// </summary>
    private static StreamWriter Writer(Stream stream, Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(encoding);
        return new StreamWriter(stream, WithoutPreamble(encoding), bufferSize: 1024, leaveOpen: true) { AutoFlush = true, NewLine = "\n" };
    }

    private static Encoding WithoutPreamble(Encoding encoding) => encoding switch
    {
        UTF8Encoding => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        UnicodeEncoding u => new UnicodeEncoding(bigEndian: u.CodePage == 1201, byteOrderMark: false),
        UTF32Encoding u32 => new UTF32Encoding(bigEndian: u32.CodePage == 12001, byteOrderMark: false),
        _ => encoding,
    };
}
