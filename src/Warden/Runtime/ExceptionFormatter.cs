using Warden.Builtins;
using System.Text;
using Warden.Objects;
using Warden.Syntax;
using Warden.Syntax.Ast;

namespace Warden.Runtime;

/// <summary>
/// Formats exceptions exactly as CPython 3.11 prints uncaught ones: chained exceptions with
/// their separator sentences, one entry per frame with the source line and the 3.11 position
/// markers (<c>^^^</c>, or <c>~~~^^^~~~</c> for binary operators and subscripts), collapsed
/// repetitions, and the final <c>Type: message</c> line.
/// </summary>
public static class ExceptionFormatter
{
    private const int RecursiveCutoff = 3;

    private const int MaxGroupWidth = 15;
    private const int MaxGroupDepth = 10;

    public static string Format(PyBaseException exc) => Format(exc, null, null);

    /// <summary>Namespaces searched for NameError suggestions while an uncaught exception is printed.</summary>
    [ThreadStatic] private static PyDict? t_suggestionGlobals, t_suggestionBuiltins;

    /// <summary>
    /// The full report of an uncaught exception, with "Did you mean" hints; <paramref name="globals"/> and
    /// <paramref name="builtins"/> are the namespaces NameError suggestions are drawn from.
    /// </summary>
    public static string Format(PyBaseException exc, PyDict? globals, PyDict? builtins)
    {
        t_suggestionGlobals = globals;
        t_suggestionBuiltins = builtins;
        try
        {
            return FormatCore(exc);
        }
        finally
        {
            t_suggestionGlobals = t_suggestionBuiltins = null;
        }
    }

    /// <summary>One exception's traceback and final line without its cause/context chain, as CPython's default unraisablehook prints it.</summary>
    public static string FormatWithoutChain(PyBaseException exc)
    {
        var sb = new StringBuilder();
        if (exc.Traceback is { } tb)
        {
            sb.Append("Traceback (most recent call last):\n");
            FormatTraceback(sb, tb);
        }
        sb.Append(FormatExceptionOnly(exc));
        return sb.ToString();
    }

    private static string FormatCore(PyBaseException exc)
    {
        var sb = new StringBuilder();
        FormatChain(sb, exc, new PrintContext(), new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance));
        return sb.ToString();
    }

    /// <summary>Nesting state while printing exception groups (their box-drawing margins).</summary>
    private sealed class PrintContext
    {
        public int GroupDepth;
        public bool NeedClose;
        public string Indent => new(' ', 2 * GroupDepth);
    }

    /// <summary>Appends <paramref name="text"/> with every line prefixed by the group margin.</summary>
    private static void Emit(StringBuilder sb, PrintContext ctx, string text, char margin = '|')
    {
        string prefix = ctx.Indent + (ctx.GroupDepth > 0 ? margin + " " : "");
        if (prefix.Length == 0)
        {
            sb.Append(text);
            return;
        }
        int start = 0;
        while (start < text.Length)
        {
            int nl = text.IndexOf('\n', start);
            int end = nl < 0 ? text.Length : nl + 1;
            sb.Append(prefix).Append(text, start, end - start);
            start = end;
        }
    }

    private static void FormatChain(StringBuilder sb, PyBaseException exc, PrintContext ctx, HashSet<PyBaseException> seen)
    {
        var chain = new List<(string? Message, PyBaseException Exception)>();
        string? message = null;
        for (PyBaseException? e = exc; e is not null;)
        {
            seen.Add(e);
            chain.Add((message, e));
            if (e.Cause is { } cause && !seen.Contains(cause))
            {
                message = "\nThe above exception was the direct cause of the following exception:\n\n";
                e = cause;
            }
            else if (e.Context is { } context && !e.SuppressContext && !seen.Contains(context))
            {
                message = "\nDuring handling of the above exception, another exception occurred:\n\n";
                e = context;
            }
            else e = null;
        }
        for (int k = chain.Count - 1; k >= 0; k--)
        {
            var e = chain[k].Exception;
            if (k < chain.Count - 1 && chain[k + 1].Message is { } chainMessage) Emit(sb, ctx, chainMessage);
            if (!ExceptionGroupMethods.IsGroup(e))
            {
                if (e.Traceback is not null)
                {
                    Emit(sb, ctx, "Traceback (most recent call last):\n");
                    var tb = new StringBuilder();
                    FormatTraceback(tb, e.Traceback);
                    Emit(sb, ctx, tb.ToString());
                }
                Emit(sb, ctx, FormatExceptionOnly(e));
                continue;
            }
            if (ctx.GroupDepth > MaxGroupDepth)
            {
                Emit(sb, ctx, $"... (max_group_depth is {MaxGroupDepth})\n");
                continue;
            }
            bool topLevel = ctx.GroupDepth == 0;
            if (topLevel) ctx.GroupDepth++;
            if (e.Traceback is not null)
            {
                Emit(sb, ctx, "Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
                var tb = new StringBuilder();
                FormatTraceback(tb, e.Traceback);
                Emit(sb, ctx, tb.ToString());
            }
            Emit(sb, ctx, FormatExceptionOnly(e));
            var members = ExceptionGroupMethods.Exceptions(e);
            int shown = members.Length <= MaxGroupWidth ? members.Length : MaxGroupWidth + 1;
            ctx.NeedClose = false;
            for (int i = 0; i < shown; i++)
            {
                bool last = i == shown - 1;
                if (last) ctx.NeedClose = true;
                bool truncated = i >= MaxGroupWidth;
                string title = truncated ? "..." : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                sb.Append(ctx.Indent).Append(i == 0 ? "+-" : "  ").Append($"+---------------- {title} ----------------\n");
                ctx.GroupDepth++;
                if (!truncated) FormatChain(sb, (PyBaseException)members[i], ctx, seen);
                else
                {
                    int remaining = members.Length - MaxGroupWidth;
                    Emit(sb, ctx, $"and {remaining} more exception{(remaining > 1 ? "s" : "")}\n");
                }
                if (last && ctx.NeedClose)
                {
                    sb.Append(ctx.Indent).Append("+------------------------------------\n");
                    ctx.NeedClose = false;
                }
                ctx.GroupDepth--;
            }
            if (topLevel) ctx.GroupDepth = 0;
        }
    }

    private static void FormatTraceback(StringBuilder sb, PyTraceback tb)
    {
        string? lastFile = null, lastName = null;
        int lastLine = -1, count = 0;
        for (var t = tb; t is not null; t = t.Next)
        {
            var code = t.Code;
            int line = t.Line;
            if (code.Filename != lastFile || line != lastLine || code.Name != lastName)
            {
                if (count > RecursiveCutoff) AppendRepeated(sb, count - RecursiveCutoff);
                lastFile = code.Filename;
                lastLine = line;
                lastName = code.Name;
                count = 0;
            }
            count++;
            if (count > RecursiveCutoff) continue;
            FormatEntry(sb, code, t.InstructionIndex);
        }
        if (count > RecursiveCutoff) AppendRepeated(sb, count - RecursiveCutoff);
    }

    private static void AppendRepeated(StringBuilder sb, int n)
        => sb.Append($"  [Previous line repeated {n} more time{(n > 1 ? "s" : "")}]\n");

    private static void FormatEntry(StringBuilder sb, CodeObject code, int index)
    {
        int line = code.LineOf(index);
        sb.Append($"  File \"{code.Filename}\", line {line}, in {code.Name}\n");
        var text = SourceCache.GetLine(code.Filename, line);
        if (text is null) return;
        string stripped = text.Trim(' ', '\t', '\f', '\n', '\r', '\v');
        if (stripped.Length == 0) return;
        sb.Append("    ").Append(stripped).Append('\n');

        int p = index * 4;
        int endLine = code.Positions[p + 1], col = code.Positions[p + 2], endCol = code.Positions[p + 3];
        if (col < 0 || endCol < 0) return;
        string lstripped = text.TrimStart(' ', '\t', '\f', '\v');
        int strippedChars = text.Length - lstripped.Length;
        int start = ByteToCharOffset(text, col);
        int end = ByteToCharOffset(text, endCol);
        (int LeftEnd, int RightStart)? anchors = null;
        if (endLine == line)
        {
            if (end > start && end <= text.Length) anchors = ExtractAnchors(text.Substring(start, end - start));
        }
        else end = strippedChars + stripped.Length;
        if (end - start < stripped.Length || (anchors is { } a0 && a0.RightStart - a0.LeftEnd > 0))
        {
            sb.Append("    ").Append(' ', Math.Max(0, start - strippedChars));
            if (anchors is { } a)
            {
                sb.Append('~', a.LeftEnd);
                sb.Append('^', a.RightStart - a.LeftEnd);
                sb.Append('~', Math.Max(0, end - start - a.RightStart));
            }
            else sb.Append('^', Math.Max(0, end - start));
            sb.Append('\n');
        }
    }

    /// <summary>Converts a UTF-8 byte column to a UTF-16 char offset within <paramref name="line"/>.</summary>
    private static int ByteToCharOffset(string line, int byteOffset)
    {
        int bytes = 0;
        for (int i = 0; i < line.Length; i++)
        {
            if (bytes >= byteOffset) return i;
            char c = line[i];
            if (c < 0x80) bytes += 1;
            else if (c < 0x800) bytes += 2;
            else if (char.IsHighSurrogate(c) && i + 1 < line.Length) { bytes += 4; i++; if (bytes >= byteOffset) return i + 1; continue; }
            else bytes += 3;
        }
        return line.Length;
    }

    /// <summary>Re-parses the marked segment: binary operators and subscripts get an anchored marker.</summary>
    private static (int, int)? ExtractAnchors(string segment)
    {
        Module tree;
        try
        {
            tree = Parser.ParseModule(segment, "<segment>");
        }
        catch (Exception)
        {
            return null;
        }
        if (tree.Body.Length != 1 || tree.Body[0] is not ExprStmt { Value: var expr }) return null;
        switch (expr)
        {
            case BinOp b:
            {
                int operatorStart = ByteToCharOffset(segment, b.Left.EndColOffset);
                int operatorEnd = ByteToCharOffset(segment, b.Right.ColOffset);
                string operatorText = segment.Substring(operatorStart, operatorEnd - operatorStart);
                int operatorOffset = operatorText.Length - operatorText.TrimStart().Length;
                int leftAnchor = b.Left.EndColOffset + operatorOffset;
                int rightAnchor = leftAnchor + 1;
                if (operatorOffset + 1 < operatorText.Length && !char.IsWhiteSpace(operatorText[operatorOffset + 1])) rightAnchor++;
                return (ByteToCharOffset(segment, leftAnchor), ByteToCharOffset(segment, rightAnchor));
            }
            case Subscript s:
                return (ByteToCharOffset(segment, s.Value.EndColOffset), ByteToCharOffset(segment, s.Slice.EndColOffset + 1));
        }
        return null;
    }

    /// <summary>CPython 3.11's hint for a NameError or AttributeError with a close candidate name.</summary>
    private static string? SuggestionFor(PyBaseException exc)
    {
        if (!exc.Dict.TryGetStr("name", out var n) || n is not PyStr name) return null;
        try
        {
            if (exc.Type.IsSubtypeOf(TypeObjects.AttributeError))
            {
                if (!exc.Dict.TryGetStr("obj", out var obj)) return null;
                var names = BuiltinFunctions.DirOf(obj).Select(s => s.Value).ToList();
                return NameSuggestions.Suggest(name.Value, names);
            }
            if (exc.Type.IsSubtypeOf(TypeObjects.NameError) && t_suggestionGlobals is not null)
            {
                // As CPython: the failing frame's variables are searched first, then its globals, then
                // the builtins; a closer name in a later namespace does not beat a match in an earlier one.
                var tb = exc.Traceback;
                while (tb?.Next is not null) tb = tb.Next;
                if (tb is not null && NameSuggestions.Suggest(name.Value, tb.Code.VarNames) is { } local) return local;
                if (NameSuggestions.Suggest(name.Value, KeysOf(t_suggestionGlobals)) is { } global) return global;
                return t_suggestionBuiltins is null ? null : NameSuggestions.Suggest(name.Value, KeysOf(t_suggestionBuiltins));
            }
        }
        catch (PythonException)
        {
        }
        return null;
    }

    private static List<string> KeysOf(PyDict namespace_)
    {
        var names = new List<string>(namespace_.Count);
        foreach (var (k, _) in namespace_.Items) if (k is PyStr ks) names.Add(ks.Value);
        return names;
    }

    /// <summary>The last line: <c>Type: message</c> (module-qualified for classes outside builtins and __main__).</summary>
    public static string FormatExceptionOnly(PyBaseException exc)
    {
        var type = exc.Type;
        string name = type.QualName;
        if (type.IsHeapType && type.Dict.TryGetStr("__module__", out var module) && module is PyStr ms
            && ms.Value != "__main__" && ms.Value != "builtins")
            name = ms.Value + "." + name;
        string message;
        try
        {
            message = PyOps.Str(exc);
        }
        catch (PythonException)
        {
            message = "<exception str() failed>";
        }
        var sb = new StringBuilder();
        if (type.IsSubtypeOf(TypeObjects.SyntaxError) && FormatSyntaxError(sb, exc, name)) { }
        else
        {
            sb.Append(name);
            if (message.Length > 0) sb.Append(": ").Append(message);
            if (SuggestionFor(exc) is { } suggestion) sb.Append(". Did you mean: '").Append(suggestion).Append("'?");
            sb.Append('\n');
        }
        if (exc.Dict.TryGetStr("__notes__", out var notes) && notes is PyList noteList)
        {
            foreach (var note in noteList.AsSpan()) sb.Append(PyOps.Str(note)).Append('\n');
        }
        return sb.ToString();
    }

    private static bool FormatSyntaxError(StringBuilder sb, PyBaseException exc, string name)
    {
        var d = exc.Dict;
        if (!d.TryGetStr("msg", out var msg)) return false;
        d.TryGetStr("filename", out var filename);
        d.TryGetStr("lineno", out var lineno);
        d.TryGetStr("text", out var text);
        d.TryGetStr("offset", out var offset);
        d.TryGetStr("end_offset", out var endOffset);
        if (filename is PyStr fs && lineno is PyInt ln)
            sb.Append($"  File \"{fs.Value}\", line {ln.Small}\n");
        if (text is PyStr ts)
        {
            string raw = ts.Value.TrimEnd('\n');
            string lstripped = raw.TrimStart(' ', '\t', '\f');
            int removed = raw.Length - lstripped.Length;
            sb.Append("    ").Append(lstripped.TrimEnd()).Append('\n');
            // No caret when it would point left of the stripped text (an unexpected indent).
            if (offset is PyInt off && off.Small > 0 && off.Small - 1 - removed >= 0)
            {
                long start = off.Small - 1 - removed;
                long end = endOffset is PyInt eo && eo.Small > off.Small ? eo.Small - 1 - removed : start + 1;
                sb.Append("    ").Append(' ', (int)start).Append('^', (int)Math.Max(1, end - start)).Append('\n');
            }
        }
        sb.Append(name).Append(": ").Append(PyOps.Str(msg)).Append('\n');
        return true;
    }
}
