namespace Warden.Syntax;

/// <summary>
/// Token kinds. Keywords and every operator get a kind of their own so that the parser
/// switches on one byte instead of comparing text. Soft keywords (<c>match</c>, <c>case</c>,
/// <c>_</c>) are plain <see cref="Name"/> tokens; the parser recognises them by text.
/// </summary>
public enum TokenKind : byte
{
    EndMarker,
    Name,
    Number,
    String,
    Newline,
    Indent,
    Dedent,
    /// <summary>A tokenizer error; <see cref="Tokenizer.Error"/> holds the exception to raise when the parser reaches it.</summary>
    Error,

    // Operators and delimiters.
    LPar, RPar, LSqb, RSqb, LBrace, RBrace,
    Colon, Comma, Semi, Dot, Ellipsis, Arrow, ColonEqual, At,
    Plus, Minus, Star, Slash, VBar, Amper, Less, Greater, Equal, Percent,
    EqEqual, NotEqual, LessEqual, GreaterEqual, Tilde, Circumflex,
    LeftShift, RightShift, DoubleStar, DoubleSlash,
    PlusEqual, MinEqual, StarEqual, SlashEqual, PercentEqual, AmperEqual, VBarEqual,
    CircumflexEqual, LeftShiftEqual, RightShiftEqual, DoubleStarEqual, DoubleSlashEqual, AtEqual,
    /// <summary>The <c>!</c> character, which only appears inside f-string replacement fields.</summary>
    Exclamation,

    // Hard keywords.
    False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del,
    Elif, Else, Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal,
    Not, Or, Pass, Raise, Return, Try, While, With, Yield,
}
