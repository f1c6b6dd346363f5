using System.Text;
using Warden.Compiler;
using Warden.Objects;
using Warden.Runtime;
using Warden.Syntax;
using Warden.Syntax.Ast;

namespace Warden.Hosting;

/// <summary>
/// Python source given to an engine, as text or as a file. <see cref="Compile"/> parses and
/// compiles it once into a <see cref="CompiledCode"/> that can run any number of times.
/// </summary>
public sealed class ScriptSource
{
    private readonly string? _text;

    internal ScriptSource(ScriptEngine engine, string? text, string? path, SourceCodeKind kind)
    {
        Engine = engine;
        _text = text;
        Path = path;
        Kind = kind;
    }

    /// <summary>The engine the code will run in.</summary>
    public ScriptEngine Engine { get; }

    /// <summary>The file the source comes from (or the name given with the text), null for anonymous text.</summary>
    public string? Path { get; }

    /// <summary>How the source is compiled.</summary>
    public SourceCodeKind Kind { get; }

    private string Filename => Path ?? (Kind == SourceCodeKind.InteractiveCode ? "<stdin>" : "<string>");

    /// <summary>The source text (read from the file for file sources).</summary>
    public string GetCode() => _text ?? File.ReadAllText(Path!);

    /// <summary>
    /// Compiles the source. With <see cref="SourceCodeKind.AutoDetect"/>, text that is a single
    /// expression compiles so that executing it returns its value; anything else runs as a module
    /// body. A syntax error is a <see cref="PythonException"/> carrying a Python <c>SyntaxError</c>;
    /// an unreadable file is the <see cref="IOException"/> itself.
    /// </summary>
    public CompiledCode Compile()
    {
        string filename = Filename;
        byte[] bytes = _text is not null ? Encoding.UTF8.GetBytes(_text) : File.ReadAllBytes(Path!);
        return Engine.Run(() =>
        {
            try
            {
                if (!filename.StartsWith('<')) SourceCache.Register(filename, Encoding.UTF8.GetString(SourceDecoder.Decode(bytes)));
                Mod tree;
                bool isExpression = false;
                switch (Kind)
                {
                    case SourceCodeKind.Expression:
                        tree = Parser.ParseExpression(bytes, filename);
                        isExpression = true;
                        break;
                    case SourceCodeKind.InteractiveCode:
                        tree = Parser.ParseInteractive(bytes, filename);
                        break;
                    default:
                        var module = Parser.ParseModule(bytes, filename);
                        isExpression = Kind == SourceCodeKind.AutoDetect && _text is not null && module.Body is [ExprStmt];
                        tree = isExpression ? new Expression { Body = ((ExprStmt)module.Body[0]).Value } : module;
                        break;
                }
                return new CompiledCode(Engine, CodeGenerator.Compile(tree, filename), isExpression);
            }
            catch (PythonSyntaxError e)
            {
                throw new PythonException(ExceptionMethods.FromSyntaxError(e));
            }
            catch (PythonFrontEndError e)
            {
                throw PyExc.Create(TypeObjects.ExceptionByName(e.PythonType), e.Message);
            }
        });
    }

    /// <summary>
    /// Whether the text is complete, for a prompt deciding between running it and asking for another
    /// line, with CPython's interactive rules: an open bracket or string waits for more; a compound
    /// statement waits for a blank line; an error that moves when more blank lines are added is the
    /// end of input talking (incomplete), one that stays put is real (invalid).
    /// </summary>
    public ScriptCodeParseResult GetCodeProperties()
    {
        string text = GetCode();
        if (IsBlank(text)) return ScriptCodeParseResult.Empty;
        var once = TryParse(text + "\n");
        if (once is null)
        {
            bool waitsForBlankLine = !text.EndsWith('\n') && HasCompoundStatement(text);
            return waitsForBlankLine ? ScriptCodeParseResult.IncompleteStatement : ScriptCodeParseResult.Complete;
        }
        if (once.Msg.Contains("was never closed") || once.Msg.StartsWith("unterminated triple-quoted") || once.Msg == "unexpected EOF while parsing")
            return ScriptCodeParseResult.IncompleteToken;
        // A blank line ends a block: after one, an error no longer means "more to come".
        if (text.EndsWith('\n')) return ScriptCodeParseResult.Invalid;
        var twice = TryParse(text + "\n\n");
        bool moved = twice is null || twice.Msg != once.Msg || twice.Lineno != once.Lineno || twice.Offset != once.Offset;
        return moved ? ScriptCodeParseResult.IncompleteStatement : ScriptCodeParseResult.Invalid;
    }

    private static PythonSyntaxError? TryParse(string text)
    {
        try
        {
            Parser.ParseInteractive(text, "<stdin>");
            return null;
        }
        catch (PythonSyntaxError e)
        {
            return e;
        }
        catch (PythonFrontEndError e)
        {
            return new PythonSyntaxError(e.PythonType, e.Message);
        }
    }

    private static bool HasCompoundStatement(string text)
    {
        try
        {
            return Parser.ParseInteractive(text + "\n", "<stdin>").Body.Any(s =>
                s is If or For or AsyncFor or While or Try or TryStar or With or AsyncWith or FunctionDef or AsyncFunctionDef or ClassDef or Match);
        }
        catch (Exception e) when (e is PythonSyntaxError or PythonFrontEndError)
        {
            return false;
        }
    }

    private static bool IsBlank(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimStart(' ', '\t', '\f', '\r');
            if (trimmed.Length > 0 && trimmed[0] != '#') return false;
        }
        return true;
    }

    /// <summary>Compiles and runs the source in <paramref name="scope"/>; see <see cref="CompiledCode.Execute(ScriptScope)"/>.</summary>
    public object? Execute(ScriptScope scope) => Compile().Execute(scope);

    /// <summary>Compiles and runs the source in a new scope.</summary>
    public object? Execute() => Compile().Execute();

    /// <summary>Compiles and runs the source in <paramref name="scope"/>, converting the result to <typeparamref name="T"/>.</summary>
    public T Execute<T>(ScriptScope scope) => Compile().Execute<T>(scope);
}
