using System.Text;
using NUnit.Framework;
using Warden.Syntax;
using Warden.Syntax.Ast;

namespace Warden.Tests.Syntax;

/// <summary>
/// A check at scale, run by hand: parses every snippet of $WARDEN_SNIPPETS (UTF-8 sources
/// separated by NUL bytes) as a module from bytes and writes one result line per snippet to
/// $WARDEN_SNIPPETS_OUT: the dump, or "Type: msg (line:offset-endline:endoffset) text", for
/// comparison with CPython (scripts/dev/compare-string-snippets-with-cpython.py).
/// </summary>
public class StringLiteralSnippetDump
{
    [Test, Explicit("parses many snippets for comparison with CPython")]
    public void DumpSnippets()
    {
        string? input = Environment.GetEnvironmentVariable("WARDEN_SNIPPETS");
        string? outPath = Environment.GetEnvironmentVariable("WARDEN_SNIPPETS_OUT");
        if (input is null || outPath is null) NUnit.Framework.Assert.Ignore("WARDEN_SNIPPETS and WARDEN_SNIPPETS_OUT are not set");
        byte[] all = File.ReadAllBytes(input!);
        var output = new StringBuilder();
        int start = 0;
        while (start <= all.Length)
        {
            int end = Array.IndexOf(all, (byte)0, start);
            if (end < 0) end = all.Length;
            byte[] snippet = all.AsSpan(start, end - start).ToArray();
            string result;
            try
            {
                result = AstDumper.Dump(Parser.ParseModule(snippet));
            }
            catch (PythonSyntaxError e)
            {
                result = $"{e.PythonType}: {e.Msg} ({e.Lineno}:{e.Offset}-{e.EndLineno}:{e.EndOffset}) {Escape(e.Text)}";
            }
            catch (PythonFrontEndError e)
            {
                result = $"{e.PythonType}: {e.Message}";
            }
            output.Append(result.Replace("\n", "\\n")).Append('\n');
            start = end + 1;
        }
        File.WriteAllText(outPath!, output.ToString());
    }

    private static string Escape(string? text) => text is null ? "None" : text.Replace("\n", "\\n");
}
