using System.Text;

namespace Warden.Syntax;

/// <summary>
/// Turns decoded source (UTF-8, newlines translated to \n) into the whole token array at once,
/// with CPython 3.11's token stream and positions (lines 1-based, columns 0-based UTF-8 bytes).
/// A tokenizer error does not throw here: it becomes a final <see cref="TokenKind.Error"/>
/// token and <see cref="Error"/>, so that a parser error earlier in the file wins, as in CPython.
/// INDENT, DEDENT and ENDMARKER carry column -1, as CPython's parser sees them.
/// </summary>
public sealed partial class Tokenizer
{
    private const int MaxIndentLevels = 100;
    private const int MaxParenLevels = 200;

    private readonly byte[] buf;
    private readonly string filename;
    private readonly int lineOffset;
    private readonly int firstLineColOffset;
    private readonly bool declaredEncoding;
    private Token[] tokens;
    private int count;

    /// <summary>The UTF-8 bytes every token's offsets point into (the input, plus a final \n when it lacked one).</summary>
    public byte[] Buffer => buf;

    /// <summary>The tokens; only the first <see cref="Count"/> entries are meaningful. The last is EndMarker or Error.</summary>
    public Token[] Tokens => tokens;

    /// <summary>Number of tokens in <see cref="Tokens"/>.</summary>
    public int Count => count;

    /// <summary>The error to raise when the parser reaches the <see cref="TokenKind.Error"/> token.</summary>
    public PythonSyntaxError? Error { get; private set; }

    /// <summary>File name used in errors.</summary>
    public string Filename => filename;

    /// <summary>Tokenizes <paramref name="utf8"/> completely.</summary>
    public Tokenizer(byte[] utf8, TokenizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        // CPython appends a newline to exec input that lacks one (also to empty input).
        if (utf8.Length == 0 || utf8[^1] != (byte)'\n')
        {
            var extended = new byte[utf8.Length + 1];
            utf8.CopyTo(extended, 0);
            extended[^1] = (byte)'\n';
            utf8 = extended;
        }
        buf = utf8;
        // Typical Python averages about 6 bytes per token; starting near that saves most regrowth.
        tokens = new Token[Math.Clamp(utf8.Length / 8, 64, 1 << 24)];
        filename = options?.Filename ?? "<unknown>";
        lineOffset = options?.LineOffset ?? 0;
        firstLineColOffset = options?.FirstLineColOffset ?? 0;
        declaredEncoding = options?.DeclaredEncoding ?? false;
        Scan();
        if (lineOffset != 0 || firstLineColOffset != 0) ShiftPositions();
    }

    private void ShiftPositions()
    {
        for (int i = 0; i < count; i++)
        {
            ref Token t = ref tokens[i];
            // CPython adds the offset even to the -1 column of INDENT/DEDENT/ENDMARKER.
            if (t.EndLine == 1)
            {
                t.Col += firstLineColOffset;
                t.EndCol += firstLineColOffset;
            }
            t.Line += lineOffset;
            t.EndLine += lineOffset;
        }
    }

    private void Add(TokenKind kind, int start, int end, int line, int col, int endLine, int endCol)
    {
        if (count == tokens.Length) Array.Resize(ref tokens, tokens.Length * 2);
        ref Token t = ref tokens[count++];
        t.Kind = kind;
        t.Start = start;
        t.End = end;
        t.Line = line;
        t.Col = col;
        t.EndLine = endLine;
        t.EndCol = endCol;
    }

    // ---- Names ----

    private NameEntry[] nameTable = new NameEntry[256];
    private int nameCount;

    private struct NameEntry
    {
        public int Hash;
        public int Start;
        public int Length;
        public string? Value;
    }

    /// <summary>The identifier text of a Name (or keyword) token; the same string instance for equal names; NFKC-normalized when non-ASCII.</summary>
    public string GetName(in Token t)
    {
        var span = new ReadOnlySpan<byte>(buf, t.Start, t.End - t.Start);
        int hash = HashBytes(span);
        int mask = nameTable.Length - 1;
        int slot = hash & mask;
        while (true)
        {
            ref NameEntry e = ref nameTable[slot];
            if (e.Value is null) break;
            if (e.Hash == hash && span.SequenceEqual(new ReadOnlySpan<byte>(buf, e.Start, e.Length))) return e.Value;
            slot = (slot + 1) & mask;
        }
        string value = MakeName(span);
        // Equal NFKC forms of different spellings share one instance too.
        if (!Ascii.IsValid(span)) value = string.Intern(value);
        nameTable[slot] = new NameEntry { Hash = hash, Start = t.Start, Length = span.Length, Value = value };
        if (++nameCount * 2 > nameTable.Length) GrowNameTable();
        return value;
    }

    private static string MakeName(ReadOnlySpan<byte> span)
    {
        if (Ascii.IsValid(span)) return Encoding.ASCII.GetString(span);
        return IdentifierCharsNfkc.Normalize(Encoding.UTF8.GetString(span));
    }

    private void GrowNameTable()
    {
        var old = nameTable;
        nameTable = new NameEntry[old.Length * 2];
        int mask = nameTable.Length - 1;
        foreach (var e in old)
        {
            if (e.Value is null) continue;
            int slot = e.Hash & mask;
            while (nameTable[slot].Value is not null) slot = (slot + 1) & mask;
            nameTable[slot] = e;
        }
    }

    private static int HashBytes(ReadOnlySpan<byte> span)
    {
        uint h = 2166136261;
        foreach (byte b in span) h = (h ^ b) * 16777619;
        return (int)(h & 0x7FFFFFFF);
    }

    // ---- Lines ----

    private int[]? lineStarts;
    private int lineCount;

    /// <summary>The text of 1-based line <paramref name="line"/> (relative to this buffer, without options' offset), including its newline; "" when out of range.</summary>
    public string GetLineText(int line)
    {
        if (lineStarts is null) BuildLineStarts();
        if (line < 1 || line > lineCount) return "";
        int start = lineStarts![line - 1];
        int end = buf.AsSpan(start).IndexOf((byte)'\n');
        end = end < 0 ? buf.Length : start + end + 1;
        return Encoding.UTF8.GetString(buf, start, end - start);
    }

    private void BuildLineStarts()
    {
        var starts = new List<int> { 0 };
        int pos = 0;
        while (true)
        {
            int nl = buf.AsSpan(pos).IndexOf((byte)'\n');
            if (nl < 0) break;
            pos += nl + 1;
            if (pos >= buf.Length) break;
            starts.Add(pos);
        }
        lineStarts = starts.ToArray();
        lineCount = lineStarts.Length;
    }
}
