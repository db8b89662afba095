using System.Globalization;
using System.Text;

namespace Sitrep.Language.Text;

/// <summary>
/// Folds names to a matching key: lower case, diacritics removed, apostrophes and transliteration marks dropped,
/// hyphens and runs of white space turned into single spaces ("Ba’ath" → "baath", "Deir ez-Zor" → "deir ez zor").
/// </summary>
public static class TextFolding
{
    /// <summary>The matching key of <paramref name="name"/>.</summary>
    public static string Fold(ReadOnlySpan<char> name)
    {
        var builder = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var c in name)
        {
            if (Tokenizer.IsApostrophe(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c is '-' or '‐' or '‑' or '–' or '—' or '_' or '.' or ',' or '/')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            var folded = FoldChar(c);
            if (folded.Length == 0)
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(folded);
        }

        return builder.ToString();
    }

    /// <summary>Folds one character: lower case without diacritics; empty for combining marks.</summary>
    public static string FoldChar(char c)
    {
        if (c < 128)
        {
            return char.ToLowerInvariant(c).ToString();
        }

        switch (c)
        {
            case 'ß': return "ss";
            case 'æ': case 'Æ': return "ae";
            case 'ø': case 'Ø': return "o";
            case 'đ': case 'Đ': return "d";
            case 'ł': case 'Ł': return "l";
            case 'ı': return "i";
            case 'ḥ': case 'Ḥ': return "h";
            case 'ṣ': case 'Ṣ': return "s";
            case 'ṭ': case 'Ṭ': return "t";
            case 'ḍ': case 'Ḍ': return "d";
            case 'ẓ': case 'Ẓ': return "z";
        }

        if (char.IsSurrogate(c))
        {
            // Characters outside the Basic Multilingual Plane (emoji, rare scripts) never belong to a matchable name.
            return string.Empty;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format)
        {
            return string.Empty;
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(2);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(d));
            }
        }

        return builder.ToString();
    }
}
