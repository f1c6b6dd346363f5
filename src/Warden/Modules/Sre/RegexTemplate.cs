using System.Collections.Generic;

namespace Warden.Modules.Sre;

/// <summary>CPython raises IndexError for an unknown group name in a replacement template.</summary>
public sealed class RegexIndexError : System.Exception
{
    /// <summary>Creates the error with CPython's message.</summary>
    public RegexIndexError(string message) : base(message) { }
}

/// <summary>
/// A parsed replacement template for sub()/subn()/Match.expand(): literal pieces and group
/// references (\1, \g&lt;1&gt;, \g&lt;name&gt;), with CPython 3.11's escapes and errors.
/// </summary>
public sealed class RegexTemplate
{
    // Each item: a literal (Group == -1) or a group reference.
    private readonly List<(int Group, int[] Literal)> items;

    private RegexTemplate(List<(int, int[])> items) { this.items = items; }

    /// <summary>Parses <paramref name="template"/> for <paramref name="pattern"/>.</summary>
    /// <exception cref="RegexError">Bad escape or group reference.</exception>
    /// <exception cref="RegexIndexError">Unknown group name.</exception>
    public static RegexTemplate Parse(RegexPattern pattern, int[] template)
    {
        var items = new List<(int, int[])>();
        var literal = new List<int>();
        void Flush()
        {
            if (literal.Count > 0) { items.Add((-1, literal.ToArray())); literal.Clear(); }
        }
        RegexError Error(string msg, int pos) => new(msg, template, pos);
        string Text(int s, int e) => SreText.FromCodePoints(template[s..e]);
        int i = 0;
        while (i < template.Length)
        {
            int c = template[i];
            if (c != '\\') { literal.Add(c); i++; continue; }
            int start = i;
            i++;
            if (i >= template.Length) throw Error("bad escape (end of pattern)", start);
            c = template[i++];
            if (c == 'g')
            {
                if (i >= template.Length || template[i] != '<') throw Error("missing <", i);
                i++;
                int nameStart = i;
                while (i < template.Length && template[i] != '>') i++;
                if (i >= template.Length)
                {
                    if (i == nameStart) throw Error("missing group name", nameStart);
                    throw Error("missing >, unterminated name", nameStart);
                }
                string name = Text(nameStart, i);
                i++;
                if (name.Length == 0) throw Error("missing group name", nameStart);
                int group;
                if (IsDigits(name))
                {
                    group = name.Length > 9 ? int.MaxValue : int.Parse(name);
                    if (group > pattern.GroupCount) throw Error($"invalid group reference {name.TrimStart('0').PadLeft(1, '0')}", nameStart);
                }
                else if (SreIdentifiers.IsIdentifier(name) && (!pattern.IsBytes || IsAscii(name)))
                {
                    if (!pattern.GroupIndex.TryGetValue(name, out group)) throw new RegexIndexError($"unknown group name '{name}'");
                }
                else throw Error($"bad character in group name '{name}'", nameStart);
                Flush();
                items.Add((group, System.Array.Empty<int>()));
                continue;
            }
            if (c == '0')
            {
                int value = 0;
                for (int k = 0; k < 2 && i < template.Length && IsOctal(template[i]); k++) value = value * 8 + (template[i++] - '0');
                literal.Add(value);
                continue;
            }
            if (c >= '1' && c <= '9')
            {
                if (i < template.Length && template[i] >= '0' && template[i] <= '9')
                {
                    if (IsOctal(c) && IsOctal(template[i]) && i + 1 < template.Length && IsOctal(template[i + 1]))
                    {
                        int value = (c - '0') * 64 + (template[i] - '0') * 8 + (template[i + 1] - '0');
                        i += 2;
                        if (value > 0xFF) throw Error($"octal escape value {Text(start, i)} outside of range 0-0o377", start);
                        literal.Add(value);
                        continue;
                    }
                    i++;
                }
                int group = int.Parse(Text(start + 1, i));
                if (group > pattern.GroupCount) throw Error($"invalid group reference {group}", start + 1);
                Flush();
                items.Add((group, System.Array.Empty<int>()));
                continue;
            }
            int simple = c switch
            {
                'a' => 7, 'b' => 8, 'f' => 12, 'n' => 10, 'r' => 13, 't' => 9, 'v' => 11, '\\' => '\\', _ => -1,
            };
            if (simple >= 0) { literal.Add(simple); continue; }
            if (c < 128 && ((c | 32) >= 'a' && (c | 32) <= 'z')) throw Error($"bad escape {Text(start, i)}", start);
            literal.Add('\\');
            literal.Add(c);
        }
        Flush();
        return new RegexTemplate(items);
    }

    private static bool IsOctal(int c) => c >= '0' && c <= '7';

    private static bool IsDigits(string s)
    {
        foreach (char ch in s) if (ch < '0' || ch > '9') return false;
        return s.Length > 0;
    }

    private static bool IsAscii(string s)
    {
        foreach (char ch in s) if (ch > 127) return false;
        return true;
    }

    /// <summary>The replacement for one match (groups that did not take part give nothing).</summary>
    public int[] Expand(RegexMatch match)
    {
        var output = new List<int>();
        foreach (var (group, literal) in items)
        {
            if (group < 0) output.AddRange(literal);
            else if (match.Start(group) >= 0)
                output.AddRange(match.Subject.AsSpan(match.Start(group), match.End(group) - match.Start(group)).ToArray());
        }
        return output.ToArray();
    }
}
