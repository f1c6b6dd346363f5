using NUnit.Framework;

using Warden.Syntax;
using Warden.Syntax.Ast;

namespace Warden.Tests.Syntax;

/// <summary>
/// Parses the first run of STRING tokens of a one-statement source and dumps the result, or
/// describes the SyntaxError as "SyntaxError: msg (line:offset-endline:endoffset)".
/// </summary>
internal static class StringLiteralTestHarness
{
    public static string Dump(string source)
    {
        var tok = new Tokenizer(SourceDecoder.FromString(source), new TokenizerOptions { DeclaredEncoding = true });
        int first = 0;
        while (tok.Tokens[first].Kind != TokenKind.String) first++;
        int count = 0;
        while (tok.Tokens[first + count].Kind == TokenKind.String) count++;
        try
        {
            return AstDumper.Dump(StringLiterals.Parse(tok, first, count));
        }
        catch (PythonSyntaxError e)
        {
            return $"{e.PythonType}: {e.Msg} ({e.Lineno}:{e.Offset}-{e.EndLineno}:{e.EndOffset})";
        }
    }
}
