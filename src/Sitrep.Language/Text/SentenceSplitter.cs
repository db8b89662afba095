using System.Collections.Frozen;

namespace Sitrep.Language.Text;

/// <summary>
/// Splits body text into sentences. Each body block is split on its own, so headlines and list items without full
/// stops stay separate; inside a block a sentence ends at <c>. ! ? …</c> (after any closing quotes or brackets)
/// followed by space and a capital, digit or opening quote, unless the full stop belongs to an abbreviation
/// ("Gen.", "Nov.", "U.S."), an initial ("J. Smith") or a number.
/// </summary>
public sealed class SentenceSplitter
{
    /// <summary>A splitter with the built-in English news abbreviations.</summary>
    public static SentenceSplitter Default { get; } = new();

    // Abbreviations that are never a sentence's last word in news text: titles, months, "No." and the like.
    private static readonly FrozenSet<string> NeverFinal = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "brig",
        "cmdr", "cdr", "gov", "sen", "rep", "pres", "rev", "hon", "amb", "sec", "gens", "lt.col", "st", "mt", "ft",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "nos", "vol", "art", "para", "fig", "vs", "v", "approx", "est", "ca", "cf", "al", "op", "pp", "p",
        "e.g", "i.e", "etc.,", "dept", "univ", "assn", "bros", "messrs", "mme", "mlle", "sr", "jr", "sh", "sheikh",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Abbreviations that often end a sentence too ("… in the U.S. The …"): a boundary only before a typical
    // sentence opener.
    private static readonly FrozenSet<string> SometimesFinal = new[]
    {
        "u.s", "u.k", "u.n", "e.u", "u.a.e", "d.c", "a.m", "p.m", "inc", "corp", "ltd", "co", "etc", "jr", "sr", "km",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Openers = new[]
    {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there", "his",
        "her", "their", "its", "our", "in", "on", "at", "but", "and", "however", "meanwhile", "according", "after",
        "before", "earlier", "later", "when", "while", "as", "if", "some", "many", "most", "officials", "one", "two",
        "since", "both", "no", "so", "yet", "also", "for", "with", "what", "who", "why", "how", "last", "today",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Splits <paramref name="text"/> into sentences, block by block.</summary>
    /// <param name="text">The body text.</param>
    /// <param name="paragraphs">The body blocks' spans in <paramref name="text"/>, in order.</param>
    public IReadOnlyList<Sentence> Split(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(paragraphs);
        var sentences = new List<Sentence>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var span = paragraphs[p];
            SplitBlock(text, span.Start, span.End, p, sentences);
        }

        return sentences;
    }

    /// <summary>Blocks of <paramref name="text"/> separated by blank lines, trimmed.</summary>
    public static IReadOnlyList<TextSpan> ParagraphsOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<TextSpan>();
        var i = 0;
        while (i < text.Length)
        {
            var next = text.IndexOf("\n\n", i, StringComparison.Ordinal);
            var end = next < 0 ? text.Length : next;
            AddTrimmed(text, i, end, spans);
            i = next < 0 ? text.Length : next + 2;
        }

        return spans;
    }

    private static void AddTrimmed(string text, int start, int end, List<TextSpan> spans)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(new TextSpan(start, end - start));
        }
    }

    private static void SplitBlock(string text, int start, int end, int paragraph, List<Sentence> sentences)
    {
        var sentenceStart = start;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(text, sentenceStart, i, paragraph, sentences);
                sentenceStart = i + 1;
                i++;
                continue;
            }

            if (c is '.' or '!' or '?' or '…')
            {
                var afterPunct = i + 1;
                while (afterPunct < end && text[afterPunct] is '.' or '!' or '?' or '…')
                {
                    afterPunct++;
                }

                var afterClose = afterPunct;
                while (afterClose < end && IsClosing(text[afterClose]))
                {
                    afterClose++;
                }

                if (afterClose >= end)
                {
                    break;
                }

                if (!char.IsWhiteSpace(text[afterClose]))
                {
                    i = afterPunct;
                    continue;
                }

                var next = afterClose;
                while (next < end && char.IsWhiteSpace(text[next]) && text[next] != '\n')
                {
                    next++;
                }

                if (next < end && text[next] != '\n' && IsBoundary(text, start, i, afterPunct, next, end))
                {
                    Add(text, sentenceStart, afterClose, paragraph, sentences);
                    sentenceStart = next;
                }

                i = next;
                continue;
            }

            i++;
        }

        Add(text, sentenceStart, end, paragraph, sentences);
    }

    private static bool IsBoundary(string text, int blockStart, int punct, int afterPunct, int next, int end)
    {
        var following = text[next];
        var nextStartsSentence = char.IsUpper(following) || char.IsDigit(following) || IsOpening(following)
            || following is '-' or '–' or '—' or '•' or '*';
        if (!nextStartsSentence)
        {
            return false;
        }

        if (text[punct] != '.' || afterPunct - punct > 1)
        {
            // "!", "?", "…" and "..." end a sentence before a capital.
            return true;
        }

        // The word before the full stop, including internal dots ("U.S", "e.g").
        var wordEnd = punct;
        var wordStart = wordEnd;
        while (wordStart > blockStart && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        if (wordStart == wordEnd)
        {
            return true;
        }

        var word = text.AsSpan(wordStart, wordEnd - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            // An initial ("J. Smith", "Abu Bakr al-B."), unless it is a one-letter sentence end like "Plan B."
            return false;
        }

        if (char.IsDigit(word[^1]) && char.IsDigit(following))
        {
            return false;
        }

        var lookup = NeverFinal.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(word))
        {
            return false;
        }

        var sometimes = SometimesFinal.GetAlternateLookup<ReadOnlySpan<char>>();
        if (sometimes.Contains(word) || word.Contains('.'))
        {
            var nextWordEnd = next;
            while (nextWordEnd < end && char.IsLetter(text[nextWordEnd]))
            {
                nextWordEnd++;
            }

            var openers = Openers.GetAlternateLookup<ReadOnlySpan<char>>();
            return openers.Contains(text.AsSpan(next, nextWordEnd - next));
        }

        return true;
    }

    private static bool IsClosing(char c) => c is '"' or '\'' or '’' or '”' or ')' or ']' or '»';

    private static bool IsOpening(char c) => c is '"' or '\'' or '‘' or '“' or '(' or '[' or '«';

    private static void Add(string text, int start, int end, int paragraph, List<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(sentences.Count, new TextSpan(start, end - start), paragraph));
        }
    }
}
