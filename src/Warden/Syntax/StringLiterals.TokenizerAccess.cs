namespace Warden.Syntax;

public sealed partial class Tokenizer
{
    /// <summary>
    /// True when CPython would report error offsets in characters rather than bytes (the source
    /// declared its encoding); string errors are located with the same rule as tokenizer errors.
    /// </summary>
    internal bool StringErrorsUseCharacterOffsets => ErrorOffsetsInCharacters;
}
