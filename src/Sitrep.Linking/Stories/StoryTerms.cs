using System.Collections.Frozen;
using System.Text;

namespace Sitrep.Linking.Stories;

/// <summary>
/// Splits text into the terms story vectors are made of: lowercase words and numbers, stop words out, plurals and
/// common verb endings stripped so "strikes", "striking" and "struck"… at least the first two meet.
/// </summary>
internal static class StoryTerms
{
    /// <summary>Counts the terms of <paramref name="text"/> into <paramref name="counts"/>, each occurrence
    /// adding <paramref name="weight"/>.</summary>
    public static void Count(string? text, double weight, Dictionary<string, double> counts)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var word = new StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            // Keep "1,200" and "3.5" whole: a figure is a strong cue that tells two events of one kind apart.
            if ((c is ',' or '.') && word.Length > 0 && char.IsDigit(word[^1]) && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                continue;
            }

            if (word.Length > 0 && Term(word.ToString()) is { } term)
            {
                counts[term] = counts.GetValueOrDefault(term) + weight;
            }

            word.Clear();
        }
    }

    /// <summary>The term a lowercase word stands for, or null for a stop word or a stray letter.</summary>
    internal static string? Term(string word)
    {
        if (word.Length < 2 || StopWords.Contains(word))
        {
            return null;
        }

        // Figures and years stay as they are (a lone digit, "2 killed", is too common to tell events apart and was
        // dropped above with the stray letters).
        if (char.IsDigit(word[0]))
        {
            return word;
        }

        var stem = Stem(word);
        return stem.Length < 2 ? null : stem;
    }

    /// <summary>Light suffix stripping: plurals, -ing, -ed, then a final e, so "strike", "strikes" and "striking"
    /// meet. Only consistency matters, not real stems.</summary>
    internal static string Stem(string w)
    {
        var stem = StripSuffix(w);
        return stem.Length > 3 && stem[^1] == 'e' ? stem[..^1] : stem;
    }

    private static string StripSuffix(string w)
    {
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^3] + "y";
        }

        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            return Undouble(w[..^3]);
        }

        if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            return Undouble(w.EndsWith("ied", StringComparison.Ordinal) ? w[..^3] + "y" : w[..^2]);
        }

        if (w.Length > 4 && (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)
            || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)))
        {
            return w[..^2];
        }

        if (w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i'))
        {
            return w[..^1];
        }

        return w;
    }

    // "stopped" → "stop", but "shelled" → "shell" and "missing" → "miss", whose doubled letter is the word's own.
    private static string Undouble(string w)
    {
        if (w.Length > 2 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'z'))
        {
            return w[..^1];
        }

        return w;
    }

    private static readonly FrozenSet<string> StopWords = (
        "a about above after again against all also am an and any are aren as at be because been before being below " +
        "between both but by can cannot could did do does doing down during each few for from further had has have " +
        "having he her here hers herself him himself his how i if in into is it its itself just let me more most my " +
        "myself no nor not now of off on once only or other ought our ours ourselves out over own same she should so " +
        "some such than that the their theirs them themselves then there these they this those through to too under " +
        "until up upon very was we were what when where which while who whom why will with would you your yours " +
        "yourself yourselves may might must shall us one two three also however within without says said say saying " +
        "told tells tell according reported reports report reporting news today yesterday tomorrow monday tuesday " +
        "wednesday thursday friday saturday sunday week weeks year years month months day days time new last first " +
        "like get got go going went make made many much well back even still way since ago around another s t re ve " +
        "ll d don didn doesn isn wasn weren won wouldn couldn http https www com html htm").Split(' ').ToFrozenSet(StringComparer.Ordinal);

    /// <summary>For tests: the terms of a text in order of first occurrence.</summary>
    internal static IReadOnlyList<string> Of(string text)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        Count(text, 1, counts);
        return counts.Keys.ToList();
    }
}
