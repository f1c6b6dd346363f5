using NUnit.Framework;

using Warden.Syntax;
using Warden.Syntax.Ast;

namespace Warden.Tests.Syntax;

/// <summary>
/// Parses the first run of STRING tokens of a one-statement source and dumps the result, or
/// describes the SyntaxError as "SyntaxError: msg (line:offset-endline:endoffset)".
/// Until the parser exists, replacement-field expressions may only be a single name: a
/// stand-in parser builds the Name node from the sub-tokenizer's NAME token, which is enough
/// to check the positions the string parser hands to the real parser.
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
            return AstDumper.Dump(StringLiterals.Parse(tok, first, count, ParseNameOnly));
        }
        catch (PythonSyntaxError e)
        {
            return $"{e.PythonType}: {e.Msg} ({e.Lineno}:{e.Offset}-{e.EndLineno}:{e.EndOffset})";
        }
    }

    private static Expr ParseNameOnly(byte[] utf8, TokenizerOptions options)
    {
        var tok = new Tokenizer(utf8, options);
        if (tok.Tokens[1].Kind == TokenKind.Name && tok.Tokens[2].Kind == TokenKind.RPar)
        {
            ref Token t = ref tok.Tokens[1];
            return new Name
            {
                Id = tok.GetName(t), Ctx = ExprContext.Load,
                Lineno = t.Line, ColOffset = t.Col, EndLineno = t.EndLine, EndColOffset = t.EndCol,
            };
        }
        throw new NotSupportedException("the stand-in parser only knows names");
    }
}
