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

    internal ScriptSource(ScriptEngine engine, string? text, string? path)
    {
        Engine = engine;
        _text = text;
        Path = path;
    }

    /// <summary>The engine the code will run in.</summary>
    public ScriptEngine Engine { get; }

    /// <summary>The file the source comes from (or the name given with the text), null for anonymous text.</summary>
    public string? Path { get; }

    /// <summary>The source text (read from the file for file sources).</summary>
    public string GetCode() => _text ?? File.ReadAllText(Path!);

    /// <summary>
    /// Compiles the source. Text that is a single expression compiles so that executing it returns
    /// its value; anything else runs as a module body. A syntax error is a <see cref="PythonException"/>
    /// carrying a Python <c>SyntaxError</c>; an unreadable file is the <see cref="IOException"/> itself.
    /// </summary>
    public CompiledCode Compile()
    {
        string filename = Path ?? "<string>";
        byte[] bytes = _text is not null ? Encoding.UTF8.GetBytes(_text) : File.ReadAllBytes(Path!);
        return Engine.Run(() =>
        {
            try
            {
                if (!filename.StartsWith('<')) SourceCache.Register(filename, Encoding.UTF8.GetString(SourceDecoder.Decode(bytes)));
                var module = Parser.ParseModule(bytes, filename);
                bool isExpression = _text is not null && module.Body is [ExprStmt];
                Mod tree = isExpression ? new Expression { Body = ((ExprStmt)module.Body[0]).Value } : module;
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

    /// <summary>Compiles and runs the source in <paramref name="scope"/>; see <see cref="CompiledCode.Execute(ScriptScope)"/>.</summary>
    public object? Execute(ScriptScope scope) => Compile().Execute(scope);

    /// <summary>Compiles and runs the source in a new scope.</summary>
    public object? Execute() => Compile().Execute();

    /// <summary>Compiles and runs the source in <paramref name="scope"/>, converting the result to <typeparamref name="T"/>.</summary>
    public T Execute<T>(ScriptScope scope) => Compile().Execute<T>(scope);
}
