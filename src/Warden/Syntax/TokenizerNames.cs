using System.Text;

namespace Warden.Syntax;

// Identifiers, keywords and string prefixes.
public sealed partial class Tokenizer
{
    private bool ScanNameOrPrefixedString(int start)
    {
        byte[] b = buf;
        int p = start;
        byte c = b[p];
        // The prefix combinations CPython accepts before a quote: b, r, u, f, br/rb, fr/rf, any case.
        bool sawB = false, sawR = false, sawU = false, sawF = false;
        while (true)
        {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) sawB = true;
            else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) sawU = true;
            else if (!(sawR || sawU) && (c == 'r' || c == 'R')) sawR = true;
            else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) sawF = true;
            else break;
            c = b[++p];
            if (c == '"' || c == '\'') return ScanString(start, p);
        }
        bool nonAscii = false;
        while (true)
        {
            c = b[p];
            if (c < 0x80)
            {
                if (!IsAsciiIdentifierChar(c)) break;
            }
            else nonAscii = true;
            p++;
        }
        if (nonAscii && !VerifyIdentifier(start, p)) return false;
        int col = start - lineStart;
        Add(nonAscii ? TokenKind.Name : KeywordKind(new ReadOnlySpan<byte>(b, start, p - start)), start, p, line, col, line, p - lineStart);
        pos = p;
        return true;
    }

    /// <summary>Checks a name with non-ASCII bytes against Python's identifier rules, recording CPython's error when it fails.</summary>
    private bool VerifyIdentifier(int start, int end)
    {
        var span = new ReadOnlySpan<byte>(buf, start, end - start);
        string? decodeError = Utf8Errors.Describe(span);
        if (decodeError is not null)
        {
            Fail(new PythonSyntaxError("SyntaxError", "(unicode error) " + decodeError)
            {
                Filename = filename, Lineno = line + lineOffset, Offset = ParserOffset(lineStart, end - lineStart),
                EndLineno = line + lineOffset, EndOffset = -1, Text = BufferText(),
            }, end);
            return false;
        }
        int i = start;
        bool first = true;
        while (i < end)
        {
            int cp = DecodeCodePoint(ref i);
            bool ok = first ? IdentifierChars.IsStart(cp) : IdentifierChars.IsContinue(cp);
            first = false;
            if (ok) continue;
            string hex = cp.ToString("X4");
            string msg = IdentifierChars.IsPrintable(cp)
                ? $"invalid character '{char.ConvertFromUtf32(cp)}' (U+{hex})"
                : $"invalid non-printable character U+{hex}";
            FailAtCursor(msg, i);
            return false;
        }
        return true;
    }

    /// <summary>Decodes one code point of already validated UTF-8 at <paramref name="i"/> and advances past it.</summary>
    private int DecodeCodePoint(ref int i)
    {
        byte[] b = buf;
        int lead = b[i];
        if (lead < 0x80) { i++; return lead; }
        if (lead < 0xE0) { int cp2 = ((lead & 0x1F) << 6) | (b[i + 1] & 0x3F); i += 2; return cp2; }
        if (lead < 0xF0) { int cp3 = ((lead & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F); i += 3; return cp3; }
        int cp4 = ((lead & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6) | (b[i + 3] & 0x3F);
        i += 4;
        return cp4;
    }

    private static TokenKind KeywordKind(ReadOnlySpan<byte> s)
    {
        switch (s.Length)
        {
            case 2:
                if (s.SequenceEqual("if"u8)) return TokenKind.If;
                if (s.SequenceEqual("in"u8)) return TokenKind.In;
                if (s.SequenceEqual("is"u8)) return TokenKind.Is;
                if (s.SequenceEqual("or"u8)) return TokenKind.Or;
                if (s.SequenceEqual("as"u8)) return TokenKind.As;
                break;
            case 3:
                if (s.SequenceEqual("def"u8)) return TokenKind.Def;
                if (s.SequenceEqual("for"u8)) return TokenKind.For;
                if (s.SequenceEqual("not"u8)) return TokenKind.Not;
                if (s.SequenceEqual("and"u8)) return TokenKind.And;
                if (s.SequenceEqual("try"u8)) return TokenKind.Try;
                if (s.SequenceEqual("del"u8)) return TokenKind.Del;
                break;
            case 4:
                if (s.SequenceEqual("None"u8)) return TokenKind.None;
                if (s.SequenceEqual("True"u8)) return TokenKind.True;
                if (s.SequenceEqual("else"u8)) return TokenKind.Else;
                if (s.SequenceEqual("elif"u8)) return TokenKind.Elif;
                if (s.SequenceEqual("from"u8)) return TokenKind.From;
                if (s.SequenceEqual("pass"u8)) return TokenKind.Pass;
                if (s.SequenceEqual("with"u8)) return TokenKind.With;
                break;
            case 5:
                if (s.SequenceEqual("False"u8)) return TokenKind.False;
                if (s.SequenceEqual("class"u8)) return TokenKind.Class;
                if (s.SequenceEqual("raise"u8)) return TokenKind.Raise;
                if (s.SequenceEqual("while"u8)) return TokenKind.While;
                if (s.SequenceEqual("yield"u8)) return TokenKind.Yield;
                if (s.SequenceEqual("break"u8)) return TokenKind.Break;
                if (s.SequenceEqual("async"u8)) return TokenKind.Async;
                if (s.SequenceEqual("await"u8)) return TokenKind.Await;
                break;
            case 6:
                if (s.SequenceEqual("return"u8)) return TokenKind.Return;
                if (s.SequenceEqual("import"u8)) return TokenKind.Import;
                if (s.SequenceEqual("lambda"u8)) return TokenKind.Lambda;
                if (s.SequenceEqual("except"u8)) return TokenKind.Except;
                if (s.SequenceEqual("assert"u8)) return TokenKind.Assert;
                if (s.SequenceEqual("global"u8)) return TokenKind.Global;
                break;
            case 7:
                if (s.SequenceEqual("finally"u8)) return TokenKind.Finally;
                break;
            case 8:
                if (s.SequenceEqual("continue"u8)) return TokenKind.Continue;
                if (s.SequenceEqual("nonlocal"u8)) return TokenKind.Nonlocal;
                break;
        }
        return TokenKind.Name;
    }

    // ---- Strings ----

    /// <summary>Scans a string literal whose prefix starts at <paramref name="start"/> and whose first quote is at <paramref name="quotePos"/>.</summary>
    private bool ScanString(int start, int quotePos)
    {
        byte[] b = buf;
        byte quote = b[quotePos];
        int firstLine = line, firstLineStart = lineStart;
        int p = quotePos + 1;
        int quoteSize = 1;
        if (b[p] == quote && p + 1 < b.Length && b[p + 1] == quote)
        {
            quoteSize = 3;
            p += 2;
        }
        else if (b[p] == quote)
        {
            return FinishString(start, p + 1, firstLine, firstLineStart);
        }

        if (quoteSize == 1)
        {
            while (true)
            {
                int rel = b.AsSpan(p).IndexOfAny(quote, (byte)'\\', (byte)'\n');
                if (rel < 0) return UnterminatedString(start, firstLine, firstLineStart, false);
                p += rel;
                byte c = b[p];
                if (c == quote) return FinishString(start, p + 1, firstLine, firstLineStart);
                if (c == '\n') { pos = p; return UnterminatedString(start, firstLine, firstLineStart, false); }
                // Backslash: skip the escaped byte, which may be a newline.
                p++;
                if (b[p] == '\n')
                {
                    StepOverNewline(p, insideToken: true);
                    p = pos;
                    if (p >= b.Length) return UnterminatedString(start, firstLine, firstLineStart, false);
                }
                else p++;
            }
        }
        int quotesSeen = 0;
        while (true)
        {
            int rel = b.AsSpan(p).IndexOfAny(quote, (byte)'\\', (byte)'\n');
            if (rel < 0) return UnterminatedString(start, firstLine, firstLineStart, true);
            if (rel > 0) quotesSeen = 0;
            p += rel;
            byte c = b[p];
            if (c == quote)
            {
                p++;
                if (++quotesSeen == 3) return FinishString(start, p, firstLine, firstLineStart);
                continue;
            }
            quotesSeen = 0;
            if (c == '\n')
            {
                StepOverNewline(p, insideToken: true);
                p = pos;
                if (p >= b.Length) return UnterminatedString(start, firstLine, firstLineStart, true);
                continue;
            }
            p++;
            if (b[p] == '\n')
            {
                StepOverNewline(p, insideToken: true);
                p = pos;
                if (p >= b.Length) return UnterminatedString(start, firstLine, firstLineStart, true);
            }
            else p++;
        }
    }

    private bool FinishString(int start, int end, int firstLine, int firstLineStart)
    {
        Add(TokenKind.String, start, end, firstLine, start - firstLineStart, line, end - lineStart);
        pos = end;
        return true;
    }

    private bool UnterminatedString(int start, int firstLine, int firstLineStart, bool triple)
    {
        int detectedAt = line + lineOffset;
        line = firstLine;
        lineStart = firstLineStart;
        string msg = triple
            ? $"unterminated triple-quoted string literal (detected at line {detectedAt})"
            : $"unterminated string literal (detected at line {detectedAt})";
        FailAtCursor(msg, start + 1);
        return false;
    }
}
