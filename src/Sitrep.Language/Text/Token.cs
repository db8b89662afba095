namespace Sitrep.Language.Text;

/// <summary>What a token is made of.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with internal apostrophes or digits ("Hay'at", "Ba’ath", "T-90" is three tokens).</summary>
    Word,

    /// <summary>Digits, possibly with internal thousands separators or a decimal point ("5,000", "3.5").</summary>
    Number,

    /// <summary>Any other single non-space character (punctuation, hyphens, quotes, symbols).</summary>
    Symbol,
}

/// <summary>A token: a span of text and its kind. Tokens never include white space.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Kind">What the token is made of.</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The token as a span of characters of <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);

    /// <summary>The token as a string.</summary>
    public string Of(string text) => text.Substring(Start, Length);
}
