namespace Warden.Modules.Sre;

/// <summary>The flags of CPython's <c>re</c> module, with the same numeric values.</summary>
[System.Flags]
public enum RegexFlags
{
    /// <summary>No flag.</summary>
    None = 0,
    /// <summary>re.TEMPLATE (accepted, no effect).</summary>
    Template = 1,
    /// <summary>re.IGNORECASE.</summary>
    IgnoreCase = 2,
    /// <summary>re.LOCALE (bytes patterns only; treated like ASCII case rules).</summary>
    Locale = 4,
    /// <summary>re.MULTILINE.</summary>
    Multiline = 8,
    /// <summary>re.DOTALL.</summary>
    DotAll = 16,
    /// <summary>re.UNICODE (implied for str patterns).</summary>
    Unicode = 32,
    /// <summary>re.VERBOSE.</summary>
    Verbose = 64,
    /// <summary>re.DEBUG (accepted, no effect).</summary>
    Debug = 128,
    /// <summary>re.ASCII.</summary>
    Ascii = 256,
}
