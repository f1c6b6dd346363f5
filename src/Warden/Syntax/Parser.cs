using System.Runtime.CompilerServices;
using Warden.Syntax.Ast;
using Attribute = Warden.Syntax.Ast.Attribute;
using Tuple = Warden.Syntax.Ast.Tuple;

namespace Warden.Syntax;

/// <summary>
/// A hand-written recursive-descent parser for the Python 3.11 grammar that produces the same
/// tree, with the same positions, as CPython 3.11's PEG parser. It is predictive: it decides
/// by the current token(s) and only backtracks in the two places the grammar is genuinely
/// ambiguous at a bounded cost (a parenthesized <c>with</c> item list and the soft keyword
/// <c>match</c>). Assignment targets are parsed as expressions and then converted.
/// </summary>
public sealed partial class Parser
{
    private readonly Tokenizer _tok;
    private readonly Token[] _t;
    private readonly int _n;
    /// <summary>Index of the current token.</summary>
    private int _p;
    /// <summary>The furthest token index that the parser has looked at, where CPython reports "invalid syntax".</summary>
    private int _furthest;

    private readonly Scratch<Expr> _exprs = new();
    private readonly Scratch<Stmt> _stmts = new();

    /// <summary>True when the decoded source had no bytes at all (the tokenizer adds a newline).</summary>
    private readonly bool _emptySource;

    private Parser(Tokenizer tokenizer, bool emptySource = false)
    {
        _emptySource = emptySource;
        _tok = tokenizer;
        _t = tokenizer.Tokens;
        _n = tokenizer.Count;
    }

    /// <summary>Parses a whole file as <c>ast.parse(source)</c> does (mode "exec").</summary>
    /// <exception cref="PythonSyntaxError">The source is not valid Python.</exception>
    /// <exception cref="PythonFrontEndError">MemoryError/RecursionError for nesting too deep, ValueError from decoding.</exception>
    public static Module ParseModule(byte[] rawSource, string filename = "<unknown>")
    {
        byte[] utf8 = SourceDecoder.Decode(rawSource, out string? declared);
        return (Module)Run(utf8, new TokenizerOptions { Filename = filename, DeclaredEncoding = declared is not null }, ParseMode.Module);
    }

    /// <summary>Parses a whole file given as a .NET string (mode "exec").</summary>
    public static Module ParseModule(string source, string filename = "<unknown>")
    {
        byte[] utf8 = SourceDecoder.Decode(SourceDecoder.FromString(source));
        return (Module)Run(utf8, new TokenizerOptions { Filename = filename, DeclaredEncoding = true }, ParseMode.Module);
    }

    /// <summary>Parses one expression as <c>ast.parse(source, mode="eval")</c> does.</summary>
    public static Expression ParseExpression(byte[] rawSource, string filename = "<unknown>")
    {
        byte[] utf8 = SourceDecoder.Decode(rawSource, out string? declared);
        return (Expression)Run(utf8, new TokenizerOptions { Filename = filename, DeclaredEncoding = declared is not null }, ParseMode.Expression);
    }

    /// <summary>Parses one expression given as a .NET string (mode "eval").</summary>
    public static Expression ParseExpression(string source, string filename = "<unknown>")
    {
        byte[] utf8 = SourceDecoder.Decode(SourceDecoder.FromString(source));
        return (Expression)Run(utf8, new TokenizerOptions { Filename = filename, DeclaredEncoding = true }, ParseMode.Expression);
    }

    /// <summary>Parses one interactive statement as <c>ast.parse(source, mode="single")</c> does.</summary>
    public static Interactive ParseInteractive(byte[] rawSource, string filename = "<unknown>")
    {
        byte[] utf8 = SourceDecoder.Decode(rawSource, out string? declared);
        return (Interactive)Run(utf8, new TokenizerOptions { Filename = filename, DeclaredEncoding = declared is not null }, ParseMode.Interactive, rawSource.Length == 0);
    }

    /// <summary>Parses one interactive statement given as a .NET string (mode "single").</summary>
    public static Interactive ParseInteractive(string source, string filename = "<unknown>")
    {
        byte[] utf8 = SourceDecoder.Decode(SourceDecoder.FromString(source));
        return (Interactive)Run(utf8, new TokenizerOptions { Filename = filename, DeclaredEncoding = true }, ParseMode.Interactive, source.Length == 0);
    }

    /// <summary>
    /// Parses the expression of an f-string replacement field (already UTF-8, positions shifted
    /// by <paramref name="options"/>): <c>star_expressions</c> followed by the end of input.
    /// </summary>
    internal static Expr ParseFStringExpression(byte[] utf8, TokenizerOptions options)
        => (Expr)Run(utf8, options, ParseMode.FStringExpression);

    private enum ParseMode { Module, Expression, Interactive, FStringExpression }

    private static object Run(byte[] utf8, TokenizerOptions options, ParseMode mode, bool emptySource = false)
    {
        var tokenizer = new Tokenizer(utf8, options);
        try
        {
            return new Parser(tokenizer, emptySource).ParseTop(mode);
        }
        catch (InsufficientStackException)
        {
            // Only reachable for pathological nesting on a thread with a small stack: redo the
            // work on a thread whose stack is large enough for the deepest nesting we accept.
            return RunOnLargeStack(tokenizer, mode, emptySource);
        }
    }

    private static object RunOnLargeStack(Tokenizer tokenizer, ParseMode mode, bool emptySource)
    {
        object? result = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { result = new Parser(tokenizer, emptySource).ParseTop(mode); }
            catch (Exception e) { failure = e; }
        }, LargeStackBytes);
        thread.Start();
        thread.Join();
        if (failure is InsufficientStackException)
            throw new PythonFrontEndError("MemoryError", "");
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }
        return result!;
    }

    private const int LargeStackBytes = 256 * 1024 * 1024;

    private object ParseTop(ParseMode mode)
    {
        try
        {
            return ParseTopUnchecked(mode);
        }
        catch (PythonSyntaxError e) when (e != _tok.Error && _tok.Error is not null && mode != ParseMode.FStringExpression
            && !_failedOnIndentation)
        {
            throw PreferTokenizerError(e, _tok.Error);
        }
    }

    /// <summary>
    /// CPython tokenizes the rest of the file after a parser error; a tokenizer error found
    /// there replaces the parser's, and an unclosed bracket does when the parser failed on a
    /// later line than the bracket's.
    /// </summary>
    /// <summary>
    /// Set when the parser stopped at an unexpected INDENT/DEDENT: CPython reports that
    /// without looking at the rest of the file.
    /// </summary>
    private bool _failedOnIndentation;

    private PythonSyntaxError PreferTokenizerError(PythonSyntaxError parserError, PythonSyntaxError tokenizerError)
    {
        if (tokenizerError.Msg.EndsWith("was never closed", StringComparison.Ordinal))
        {
            int failedIndex = Math.Min(Math.Max(_p, _furthest), _n - 1);
            // Any rule trying an opening bracket reads the token after it.
            if (_t[failedIndex].Kind is TokenKind.LPar or TokenKind.LSqb or TokenKind.LBrace && failedIndex + 1 < _n)
                failedIndex++;
            ref Token failed = ref _t[failedIndex];
            return failed.Kind == TokenKind.Error || failed.Line > tokenizerError.Lineno ? tokenizerError : parserError;
        }
        // Indentation errors are raised from the tokenizer's state by the parser, so CPython's
        // look-ahead tokenization does not see them.
        bool raisedByTokenizer = tokenizerError.PythonType == "SyntaxError"
            && tokenizerError.Msg is not ("invalid syntax" or "unexpected character after line continuation character"
                or "unexpected EOF while parsing");
        return raisedByTokenizer ? tokenizerError : parserError;
    }

    /// <summary>The largest nesting bound of f-string fields parsed on this thread for the current file.</summary>
    [ThreadStatic]
    private static int t_fstringNest;

    /// <summary>JoinedStr and FormattedValue sit between a field's tree and the string's position.</summary>
    private const int FStringFieldNodes = 2;

    private object ParseTopUnchecked(ParseMode mode)
    {
        if (mode != ParseMode.FStringExpression) t_fstringNest = 0;
        object result;
        switch (mode)
        {
            case ParseMode.Module:
                result = new Module { Body = ParseFile() };
                break;
            case ParseMode.Expression:
                result = new Expression { Body = ParseEvalInput() };
                break;
            case ParseMode.Interactive:
                result = new Interactive { Body = ParseInteractiveInput() };
                break;
            default:
                result = ParseFStringInput();
                break;
        }
        if (mode == ParseMode.FStringExpression)
        {
            // The enclosing parse cannot see how deep a replacement field's tree is.
            t_fstringNest = Math.Max(t_fstringNest, _maxNest + FStringFieldNodes);
        }
        else if (_maxNest + t_fstringNest >= AstDepthCheckThreshold)
        {
            CheckAstDepth((Node)result);
        }
        return result;
    }

    private Stmt[] ParseFile()
    {
        int mark = _stmts.Count;
        while (K != TokenKind.EndMarker)
            ParseStatement();
        return _stmts.Pop(mark);
    }

    private Expr ParseEvalInput()
    {
        Expr body = ParseExpressions();
        while (K == TokenKind.Newline) _p++;
        if (K != TokenKind.EndMarker) Fail();
        return body;
    }

    private Stmt[] ParseInteractiveInput()
    {
        int mark = _stmts.Count;
        // ast.parse(mode="single") rejects input without a statement.
        if (K == TokenKind.Newline || K == TokenKind.EndMarker) throw EmptyInteractiveInput();
        if (IsCompoundStart()) { ParseStatement(); }
        else ParseSimpleStatements();
        int end = _p - 1;
        while (K == TokenKind.Newline) _p++;
        if (K != TokenKind.EndMarker)
        {
            if (K == TokenKind.Error || K == TokenKind.Indent) Fail();
            throw SyntaxErrorAt("multiple statements found while compiling a single statement", end, end);
        }
        return _stmts.Pop(mark);
    }

    private PythonSyntaxError EmptyInteractiveInput()
    {
        bool hasLine = !_emptySource;
        return new PythonSyntaxError("SyntaxError", "invalid syntax")
        {
            Filename = _tok.Filename,
            Lineno = hasLine ? 1 : 0,
            Offset = 0,
            EndLineno = hasLine ? 1 : 0,
            EndOffset = 0,
            Text = hasLine ? LineText(1) : null,
        };
    }

    private Expr ParseFStringInput()
    {
        Expr e = ParseStarExpressions();
        while (K == TokenKind.Newline) _p++;
        if (K != TokenKind.EndMarker) Fail();
        return e;
    }

    // ---- token access ------------------------------------------------------------------

    private TokenKind K
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _t[_p].Kind;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TokenKind Peek(int ahead)
    {
        int i = _p + ahead;
        return i < _n ? _t[i].Kind : _t[_n - 1].Kind;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Expect(TokenKind kind)
    {
        if (_t[_p].Kind != kind) Fail();
        _p++;
    }

    /// <summary>True when the current token is the NAME <paramref name="softKeyword"/>.</summary>
    private bool IsSoftKeyword(string softKeyword)
        => K == TokenKind.Name && _tok.GetName(in _t[_p]) == softKeyword;

    private string ExpectName()
    {
        if (K != TokenKind.Name) Fail();
        return _tok.GetName(in _t[_p++]);
    }

    /// <summary>
    /// Sets the node's start to token <paramref name="startToken"/> and its end to the last
    /// consumed token that is not NEWLINE/INDENT/DEDENT, as CPython's rule actions do.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private T Fin<T>(T node, int startToken) where T : PositionedNode
    {
        ref Token s = ref _t[startToken];
        node.Lineno = s.Line;
        node.ColOffset = s.Col;
        int e = _p - 1;
        while (e > startToken)
        {
            var k = _t[e].Kind;
            if (k != TokenKind.Newline && k != TokenKind.Indent && k != TokenKind.Dedent) break;
            e--;
        }
        ref Token last = ref _t[e];
        node.EndLineno = last.EndLine;
        node.EndColOffset = last.EndCol;
        return node;
    }

    // ---- depth accounting ----------------------------------------------------------------

    /// <summary>
    /// Mimics CPython's parser stack counter, which raises MemoryError past its limit. Our
    /// rules are coarser than CPython's, so each recursive construct adds the number of
    /// CPython rule levels it costs (measured with /usr/bin/python3.11).
    /// </summary>
    private int _level;
    /// <summary>An upper bound of the AST depth along the current parse path.</summary>
    private int _nest;
    private int _maxNest;

    private const int MaxParserLevel = 5969;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Enter(int weight)
    {
        _level += weight;
        if (_level > MaxParserLevel) throw new PythonFrontEndError("MemoryError", "");
        if (++_nest > _maxNest) _maxNest = _nest;
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw new InsufficientStackException();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Leave(int weight)
    {
        _level -= weight;
        _nest--;
    }

    /// <summary>Records one more AST level built by a loop (left-associative operators, trailers).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void NestStep()
    {
        if (++_nest > _maxNest) _maxNest = _nest;
    }

    private sealed class InsufficientStackException : Exception { }

    /// <summary>
    /// A growable stack of list elements shared by all rules: a rule remembers the count on
    /// entry, pushes its elements and pops them as an array, so no List is allocated per rule.
    /// </summary>
    private sealed class Scratch<T>
    {
        private T[] _items = new T[32];
        public int Count;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Push(T item)
        {
            if (Count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
            _items[Count++] = item;
        }

        public T this[int index] => _items[index];

        public T[] Pop(int mark)
        {
            int n = Count - mark;
            Count = mark;
            if (n == 0) return Array.Empty<T>();
            var result = new T[n];
            Array.Copy(_items, mark, result, 0, n);
            return result;
        }
    }
}
