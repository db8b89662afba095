namespace Sitrep.Language.Text;

/// <summary>
/// Splits news text into word, number and symbol tokens. Apostrophes between letters stay inside the word, so
/// Arabic transliterations ("Hay'at", "Ba’ath", "Qur'an") are one token; hyphens are separate symbols, so matchers
/// can treat "Deir ez-Zor" and "Deir ez Zor" alike.
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokenises <paramref name="text"/>.</summary>
    public static List<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

    /// <summary>Tokenises the characters <c>[start, end)</c> of <paramref name="text"/>; offsets are into the whole text.</summary>
    public static List<Token> Tokenize(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(Math.Max(4, (end - start) / 5));
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var begin = i;
            if (char.IsDigit(c))
            {
                i++;
                while (i < end)
                {
                    if (char.IsDigit(text[i]))
                    {
                        i++;
                    }
                    else if ((text[i] == ',' || text[i] == '.') && i + 1 < end && char.IsDigit(text[i + 1]) && i > begin)
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                // "1990s", "22nd", "5km": letters glued to a number stay with it as a word.
                if (i < end && char.IsLetter(text[i]))
                {
                    while (i < end && char.IsLetterOrDigit(text[i]))
                    {
                        i++;
                    }

                    tokens.Add(new Token(begin, i - begin, TokenKind.Word));
                }
                else
                {
                    tokens.Add(new Token(begin, i - begin, TokenKind.Number));
                }

                continue;
            }

            if (IsWordChar(c))
            {
                i++;
                while (i < end)
                {
                    var d = text[i];
                    if (IsWordChar(d) || char.IsDigit(d))
                    {
                        i++;
                    }
                    else if (IsApostrophe(d) && i + 1 < end && IsWordChar(text[i + 1]) && !IsPossessiveS(text, i, end))
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                tokens.Add(new Token(begin, i - begin, TokenKind.Word));
                continue;
            }

            // Leading ʿ/ʾ/' before letters in transliterations ("'Ayn") stays with the word.
            if ((c == 'ʿ' || c == 'ʾ') && i + 1 < end && IsWordChar(text[i + 1]))
            {
                i++;
                while (i < end && (IsWordChar(text[i]) || char.IsDigit(text[i])))
                {
                    i++;
                }

                tokens.Add(new Token(begin, i - begin, TokenKind.Word));
                continue;
            }

            tokens.Add(new Token(begin, 1, TokenKind.Symbol));
            i++;
        }

        return tokens;
    }

    /// <summary>Letters and combining marks (so decomposed diacritics stay in the word).</summary>
    internal static bool IsWordChar(char c)
        => char.IsLetter(c) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is
            System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>Straight and typographic apostrophes and the Arabic transliteration marks ʿ and ʾ.</summary>
    internal static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʿ' or 'ʾ' or '‘' or '`';

    // "Syria's" splits as "Syria" + "'s" so that the name matches; "Hay'at" does not, since more than one letter follows.
    private static bool IsPossessiveS(string text, int apostrophe, int end)
    {
        if (apostrophe + 1 >= end || (text[apostrophe + 1] != 's' && text[apostrophe + 1] != 'S'))
        {
            return false;
        }

        return apostrophe + 2 >= end || !char.IsLetterOrDigit(text[apostrophe + 2]);
    }
}
