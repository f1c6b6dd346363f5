using System.Text;

namespace Warden.Cli;

/// <summary>
/// Writes the text of <see cref="StringBuilder"/>s to a stream as UTF-8 through one large
/// buffer, without first turning each (possibly multi-megabyte) line into a string.
/// </summary>
internal sealed class Utf8LineWriter : IDisposable
{
    private const int StreamBufferBytes = 1 << 20;
    // A StringBuilder chunk holds at most 8000 chars; 4 bytes per char is always enough.
    private const int ChunkByteBufferBytes = 32 * 1024;

    private readonly BufferedStream _stream;
    // The encoder keeps a surrogate pair that straddles two chunks together.
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private readonly byte[] _bytes = new byte[ChunkByteBufferBytes];

    public Utf8LineWriter(Stream destination) => _stream = new BufferedStream(destination, StreamBufferBytes);

    public void Write(StringBuilder text)
    {
        foreach (ReadOnlyMemory<char> chunk in text.GetChunks())
        {
            ReadOnlySpan<char> chars = chunk.Span;
            while (!chars.IsEmpty)
            {
                _encoder.Convert(chars, _bytes, flush: false, out int charsUsed, out int bytesUsed, out _);
                _stream.Write(_bytes, 0, bytesUsed);
                chars = chars[charsUsed..];
            }
        }
    }

    public void Dispose()
    {
        _encoder.Convert(ReadOnlySpan<char>.Empty, _bytes, flush: true, out _, out int bytesUsed, out _);
        _stream.Write(_bytes, 0, bytesUsed);
        _stream.Dispose();
    }
}
