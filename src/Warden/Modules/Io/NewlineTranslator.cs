using System.Text;
using Warden.Objects;

namespace Warden.Modules.Io;

/// <summary>
/// Universal-newline translation of decoded text (CPython's IncrementalNewlineDecoder core):
/// "\r\n" and "\r" become "\n" when translating, a trailing "\r" is held back until the next
/// chunk shows whether a "\n" follows, and the kinds of newline seen are recorded.
/// </summary>
internal sealed class NewlineTranslator
{
    private const int SeenLF = 1, SeenCR = 2, SeenCRLF = 4;
    private int _seen;
    private bool _pendingCR;

    /// <summary>When false, newlines are only recorded, not rewritten.</summary>
    public bool Translating { get; init; } = true;

    public bool PendingCR => _pendingCR;

    public void Reset()
    {
        _seen = 0;
        _pendingCR = false;
    }

    /// <summary>Restores the held-back "\r" (IncrementalNewlineDecoder.setstate).</summary>
    public void SetPendingCR(bool pending) => _pendingCR = pending;

    public string Translate(string text, bool final)
    {
        if (_pendingCR && (text.Length > 0 || final))
        {
            text = "\r" + text;
            _pendingCR = false;
        }
        if (!final && text.Length > 0 && text[^1] == '\r')
        {
            text = text[..^1];
            _pendingCR = true;
        }
        if (text.IndexOf('\r') < 0)
        {
            if (text.IndexOf('\n') >= 0) _seen |= SeenLF;
            return text;
        }
        var sb = Translating ? new StringBuilder(text.Length) : null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    _seen |= SeenCRLF;
                    i++;
                    if (sb is null) continue;
                }
                else _seen |= SeenCR;
                sb?.Append('\n');
                continue;
            }
            if (c == '\n') _seen |= SeenLF;
            sb?.Append(c);
        }
        return sb?.ToString() ?? text;
    }

    /// <summary>The <c>newlines</c> attribute: None, one string, or a tuple in CPython's order.</summary>
    public PyObject SeenNewlines()
    {
        var kinds = new List<PyObject>();
        if ((_seen & SeenCR) != 0) kinds.Add(PyStr.From("\r"));
        if ((_seen & SeenLF) != 0) kinds.Add(PyStr.From("\n"));
        if ((_seen & SeenCRLF) != 0) kinds.Add(PyStr.From("\r\n"));
        return kinds.Count switch
        {
            0 => PyNone.Instance,
            1 => kinds[0],
            _ => new PyTuple(kinds.ToArray()),
        };
    }
}

/// <summary>Finds where a line ends under the newline rules of text streams.</summary>
internal static class NewlineScanner
{
    /// <summary>
    /// The index just past the line starting at <paramref name="start"/>: universal mode ends lines
    /// at "\r", "\n" or "\r\n"; otherwise only at <paramref name="newline"/>. The end of the text
    /// when no terminator follows.
    /// </summary>
    public static int LineEnd(StringBuilder text, int start, bool universal, string newline)
    {
        int n = text.Length;
        if (universal)
        {
            for (int i = start; i < n; i++)
            {
                char c = text[i];
                if (c == '\n') return i + 1;
                if (c == '\r') return i + 1 < n && text[i + 1] == '\n' ? i + 2 : i + 1;
            }
            return n;
        }
        if (newline.Length == 1)
        {
            char nl = newline[0];
            for (int i = start; i < n; i++)
                if (text[i] == nl) return i + 1;
            return n;
        }
        for (int i = start; i + 1 < n; i++)
            if (text[i] == '\r' && text[i + 1] == '\n') return i + 2;
        return n;
    }

    /// <summary>The same over a string.</summary>
    public static int LineEnd(string text, int start, bool universal, string newline)
    {
        int n = text.Length;
        if (universal)
        {
            for (int i = start; i < n; i++)
            {
                char c = text[i];
                if (c == '\n') return i + 1;
                if (c == '\r') return i + 1 < n && text[i + 1] == '\n' ? i + 2 : i + 1;
            }
            return n;
        }
        int at = text.IndexOf(newline, start, StringComparison.Ordinal);
        return at < 0 ? n : at + newline.Length;
    }
}
