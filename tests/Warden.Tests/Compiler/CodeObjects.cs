using NUnit.Framework;
using Warden.Compiler;
using Warden.Objects;
using Warden.Syntax;

namespace Warden.Tests.Compiler;

/// <summary>Compiles source and indexes every nested code object by its path of names (<c>&lt;module&gt;/outer/inner</c>).</summary>
internal static class CodeObjects
{
    public static Dictionary<string, CodeObject> ByPath(string source)
    {
        var code = CodeGenerator.Compile(Parser.ParseModule(source, "<test>"), "<test>");
        var result = new Dictionary<string, CodeObject>();
        Walk(code, "<module>", result);
        return result;
    }

    private static void Walk(CodeObject code, string path, Dictionary<string, CodeObject> into)
    {
        into[path] = code;
        foreach (var c in code.Constants)
            if (c is CodeObject inner) Walk(inner, path + "/" + inner.Name, into);
    }

    public static void AssertScope(Dictionary<string, CodeObject> codes, string path, string[] varNames, string[] cellVars, string[] freeVars)
    {
        Assert.That(codes.ContainsKey(path), Is.True, $"no code object {path}");
        var code = codes[path];
        Assert.That(code.VarNames.OrderBy(x => x, StringComparer.Ordinal), Is.EqualTo(varNames), $"{path} locals");
        Assert.That(code.CellVars.OrderBy(x => x, StringComparer.Ordinal), Is.EqualTo(cellVars), $"{path} cells");
        Assert.That(code.FreeVars.OrderBy(x => x, StringComparer.Ordinal), Is.EqualTo(freeVars), $"{path} frees");
    }
}
