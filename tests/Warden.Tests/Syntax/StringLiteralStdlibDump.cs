using System.Text;
using NUnit.Framework;
using Warden.Syntax;
using Warden.Syntax.Ast;

namespace Warden.Tests.Syntax;

/// <summary>
/// A check at scale, run by hand: dumps every string run of the files listed in
/// $WARDEN_STRING_FILES (one path a line) to $WARDEN_STRING_OUT as "path|line|col|endline|endcol|dump",
/// for comparison with the same dump made by CPython (scripts/dev/compare-strings-with-cpython.py).
/// </summary>
public class StringLiteralStdlibDump
{
    [Test, Explicit("dumps the string runs of many files for comparison with CPython")]
    public void DumpStringRuns()
    {
        string? list = Environment.GetEnvironmentVariable("WARDEN_STRING_FILES");
        string? outPath = Environment.GetEnvironmentVariable("WARDEN_STRING_OUT");
        if (list is null || outPath is null) NUnit.Framework.Assert.Ignore("WARDEN_STRING_FILES and WARDEN_STRING_OUT are not set");
        var output = new StringBuilder();
        foreach (string path in File.ReadAllLines(list!))
        {
            if (path.Length == 0) continue;
            byte[] raw = File.ReadAllBytes(path);
            byte[] decoded;
            string? encoding;
            try { decoded = SourceDecoder.Decode(raw, out encoding); }
            catch (Exception) { continue; }
            var tok = new Tokenizer(decoded, new TokenizerOptions { Filename = path, DeclaredEncoding = encoding is not null });
            for (int i = 0; i < tok.Count; i++)
            {
                if (tok.Tokens[i].Kind != TokenKind.String) continue;
                int count = 1;
                while (tok.Tokens[i + count].Kind == TokenKind.String) count++;
                ref Token first = ref tok.Tokens[i];
                ref Token last = ref tok.Tokens[i + count - 1];
                string dump;
                try
                {
                    dump = AstDumper.Dump(StringLiterals.Parse(tok, i, count));
                }
                catch (PythonSyntaxError e)
                {
                    dump = $"{e.PythonType}: {e.Msg} ({e.Lineno}:{e.Offset}-{e.EndLineno}:{e.EndOffset})";
                }
                output.Append(path).Append('|').Append(first.Line).Append('|').Append(first.Col).Append('|')
                    .Append(last.EndLine).Append('|').Append(last.EndCol).Append('|').Append(dump).Append('\n');
                i += count - 1;
            }
        }
        File.WriteAllText(outPath!, output.ToString());
    }
}
