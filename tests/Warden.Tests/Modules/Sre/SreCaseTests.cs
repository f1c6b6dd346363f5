using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using NUnit.Framework;
using Warden.Modules.Sre;

namespace Warden.Tests.Modules.Sre;

/// <summary>
/// Replays SreCases.txt (written by scripts/dev/gen-sre-cases.py from CPython 3.11's re) against
/// the engine: match spans, lastindex/lastgroup, finditer, sub, split, escape and error messages.
/// </summary>
public class SreCaseTests
{
    private static string DataPath([CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "SreCases.txt");

    public static IEnumerable<TestCaseData> Cases()
    {
        int line = 0;
        foreach (string text in File.ReadLines(DataPath()))
        {
            line++;
            if (text.Length == 0) continue;
            var node = JsonNode.Parse(text)!.AsObject();
            string name = $"{line:D4} {node["op"]} {Shorten((string)node["pattern"]!)}";
            yield return new TestCaseData(text).SetName(name);
        }
    }

    private static string Shorten(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s.Length > 30 ? s[..30] : s) sb.Append(c < 32 || c > 126 ? $"\\u{(int)c:x4}" : c.ToString());
        return sb.ToString().Replace("(", "[").Replace(")", "]").Replace(".", "·");
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesCPython(string json)
    {
        var c = JsonNode.Parse(json)!.AsObject();
        string expected = c["expect"]!.ToJsonString();
        string actual = Run(c).ToJsonString();
        Assert.That(actual, Is.EqualTo(expected), json);
    }

    private static int[] Codes(JsonObject c, string key, bool isBytes)
    {
        string s = (string)c[key]!;
        return isBytes ? s.Select(ch => (int)ch).ToArray() : SreText.ToCodePoints(s);
    }

    private static JsonNode Text(int[] codes, bool isBytes) =>
        JsonValue.Create(isBytes ? new string(codes.Select(x => (char)x).ToArray()) : SreText.FromCodePoints(codes))!;

    private static JsonNode? Spans(RegexMatch? m)
    {
        if (m == null) return null;
        var spans = new JsonArray();
        for (int g = 0; g <= m.GroupCount; g++) spans.Add(new JsonArray(m.Start(g), m.End(g)));
        return new JsonObject { ["spans"] = spans, ["lastindex"] = m.LastIndex, ["lastgroup"] = m.LastGroup };
    }

    private static JsonObject Run(JsonObject c)
    {
        try
        {
            return new JsonObject { ["ok"] = Evaluate(c) };
        }
        catch (RegexError e)
        {
            return new JsonObject { ["error"] = "error", ["msg"] = e.Msg, ["pos"] = e.Pos };
        }
        catch (RegexOverflowError e)
        {
            return new JsonObject { ["error"] = "OverflowError", ["msg"] = e.Message };
        }
        catch (RegexValueError e)
        {
            return new JsonObject { ["error"] = "ValueError", ["msg"] = e.Message };
        }
        catch (RegexIndexError e)
        {
            return new JsonObject { ["error"] = "IndexError", ["msg"] = e.Message };
        }
    }

    private static JsonNode? Evaluate(JsonObject c)
    {
        string op = (string)c["op"]!;
        bool isBytes = (bool)c["bytes"]!;
        if (op == "escape")
        {
            return JsonValue.Create(RegexPattern.Escape((string)c["subject"]!));
        }
        var pattern = RegexPattern.Compile(Codes(c, "pattern", isBytes), isBytes, (RegexFlags)(int)c["flags"]!);
        int[] subject = c["subject"] is null ? Array.Empty<int>() : Codes(c, "subject", isBytes);
        int pos = c["pos"] is null ? 0 : (int)c["pos"]!;
        int endPos = c["endpos"] is null ? int.MaxValue : (int)c["endpos"]!;
        switch (op)
        {
            case "compile":
                return JsonValue.Create(pattern.GroupCount);
            case "search":
                return Spans(pattern.Search(subject, pos, endPos));
            case "match":
                return Spans(pattern.Match(subject, pos, endPos));
            case "fullmatch":
                return Spans(pattern.FullMatch(subject, pos, endPos));
            case "finditer":
                return new JsonArray(pattern.FindIter(subject).Select(Spans).ToArray());
            case "sub":
                {
                    var (result, n) = pattern.Subn(Codes(c, "template", isBytes), subject, (int)c["count"]!);
                    return new JsonArray(Text(result, isBytes), n);
                }
            case "split":
                return new JsonArray(pattern.Split(subject, (int)c["maxsplit"]!).Select(p => p == null ? null : Text(p, isBytes)).ToArray());
            default:
                throw new InvalidOperationException(op);
        }
    }
}
