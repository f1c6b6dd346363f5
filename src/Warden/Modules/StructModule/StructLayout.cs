using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules;

/// <summary>Byte order and size/alignment rules chosen by a struct format's first character.</summary>
internal enum StructMode
{
    /// <summary>'@' (or none): native sizes and alignment (x86-64 Linux, little-endian).</summary>
    Native,
    /// <summary>'=' and '&lt;': standard sizes, little-endian, no alignment.</summary>
    Little,
    /// <summary>'&gt;' and '!': standard sizes, big-endian, no alignment.</summary>
    Big,
}

/// <summary>One run of a format character: <paramref name="Count"/> items (or bytes for s/p) at <paramref name="Offset"/>.</summary>
internal readonly record struct StructItem(char Code, int Count, int Offset, int Size);

/// <summary>
/// A parsed struct format: the items with their offsets and the total size, following CPython's
/// rules (native alignment only in '@' mode, counts before codes, whitespace between items).
/// </summary>
internal sealed class StructLayout
{
    private StructLayout(string format, StructMode mode, StructItem[] items, int size, int argumentCount)
    {
        Format = format;
        Mode = mode;
        Items = items;
        Size = size;
        ArgumentCount = argumentCount;
    }

    /// <summary>The format as given (bytes decoded as ASCII).</summary>
    public string Format { get; }

    public StructMode Mode { get; }

    public StructItem[] Items { get; }

    /// <summary>calcsize(format).</summary>
    public int Size { get; }

    /// <summary>How many values pack() expects.</summary>
    public int ArgumentCount { get; }

    /// <summary>Size of one item of <paramref name="code"/>, or -1 for an unknown code.</summary>
    public static int ItemSize(char code, StructMode mode) => code switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'f' => 4,
        'l' or 'L' => mode == StructMode.Native ? 8 : 4,
        'q' or 'Q' or 'd' => 8,
        'n' or 'N' or 'P' => mode == StructMode.Native ? 8 : -1,
        _ => -1,
    };

    /// <summary>Parses <paramref name="format"/>; struct.error for bad formats, as CPython.</summary>
    public static StructLayout Parse(string format)
    {
        int i = 0;
        var mode = StructMode.Native;
        if (format.Length > 0)
        {
            switch (format[0])
            {
                case '@': i = 1; break;
                case '=': case '<': mode = StructMode.Little; i = 1; break;
                case '>': case '!': mode = StructMode.Big; i = 1; break;
            }
        }
        var items = new List<StructItem>();
        long offset = 0;
        int arguments = 0;
        while (i < format.Length)
        {
            char c = format[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            long count = 1;
            if (c >= '0' && c <= '9')
            {
                count = 0;
                while (i < format.Length && format[i] >= '0' && format[i] <= '9')
                {
                    count = count * 10 + (format[i] - '0');
                    if (count > int.MaxValue) throw StructModule.Error("total struct size too long");
                    i++;
                }
                if (i >= format.Length) throw StructModule.Error("repeat count given without format specifier");
                c = format[i];
            }
            i++;
            int size = ItemSize(c, mode);
            if (size < 0) throw StructModule.Error("bad char in struct format");
            if (mode == StructMode.Native && c is not ('s' or 'p' or 'x' or 'c'))
                offset = (offset + size - 1) / size * size;
            long bytes = c is 's' or 'p' ? count : count * size;
            if (offset + bytes > int.MaxValue) throw StructModule.Error("total struct size too long");
            items.Add(new StructItem(c, (int)count, (int)offset, size));
            offset += bytes;
            if (c is 's' or 'p') arguments++;
            else if (c != 'x') arguments += (int)count;
        }
        return new StructLayout(format, mode, items.ToArray(), (int)offset, arguments);
    }
}
