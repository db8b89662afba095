using System.Collections.Frozen;
using System.Globalization;
using Sitrep.Language.Text;

namespace Sitrep.Language.Quantities;

/// <summary>
/// Finds counts and measures with what they count: "around 5,000 fighters" (≈5000), "5,000 to 6,000 fighters"
/// (5000–6000), "up to 10", "at least 30 women and children", "hundreds of Syrians", "a dozen", "450,000 US-made
/// bullets". Dates, ordinals ("4th Division"), model numbers ("T-90") and identifiers ("Resolution 2254") are not
/// quantities.
/// </summary>
public sealed class QuantityRecognizer : IQuantityRecognizer
{
    /// <summary>A recogniser with the built-in English vocabulary.</summary>
    public static QuantityRecognizer Default { get; } = new();

    private static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, decimal> Scales = new Dictionary<string, decimal>
    {
        ["hundred"] = 100m, ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m,
        ["trillion"] = 1_000_000_000_000m, ["mln"] = 1_000_000m, ["bn"] = 1_000_000_000m, ["m"] = 1_000_000m,
        ["k"] = 1_000m,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Magnitude words: plural scales and vague counts. Values are ACLED's conventions where it has one.</summary>
    private static readonly FrozenSet<string> VagueWords = new[]
    {
        "several", "dozens", "hundreds", "thousands", "millions", "tens", "scores", "handful", "few", "dozen",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that end the search for the counted noun.
    private static readonly FrozenSet<string> Stops = new[]
    {
        "and", "or", "but", "to", "in", "on", "at", "by", "for", "from", "with", "were", "was", "are", "is", "had",
        "have", "has", "will", "would", "who", "which", "that", "the", "a", "an", "as", "than", "per", "into", "near",
        "across", "after", "before", "during", "since", "while", "when", "according", "said", "says", "reportedly",
        "of", "percent", "per", "been",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Capitalised words before a number that make it an identifier ("Resolution 2254", "Route 4").
    private static readonly FrozenSet<string> IdentifierHeads = new[]
    {
        "resolution", "route", "highway", "road", "article", "no", "number", "flight", "chapter", "section", "room",
        "building", "gate", "sector", "zone", "checkpoint", "camp", "phase", "station", "line", "hill", "point", "unit",
        "brigade", "battalion", "division", "regiment", "corps", "squadron", "base", "level", "grade", "block",
        "district", "paragraph", "protocol", "convention", "operation", "code", "model", "type", "series", "version",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Nouns = new[]
    {
        "people", "men", "women", "children", "police", "personnel", "militia", "staff", "crew", "infantry",
        "cattle", "livestock", "equipment", "ammunition", "artillery", "aircraft", "fire", "footage", "kilometres",
        "kilometers", "miles", "km", "metres", "meters", "tons", "tonnes", "dollars", "euros", "pounds", "rounds",
        "family", "families", "youth", "clergy", "cavalry",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public IReadOnlyList<QuantityMention> Recognize(AnnotationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var results = new List<QuantityMention>();
        var tokens = context.Tokens;
        var text = context.Text;
        var blocked = BlockedSpans(context);
        var sentenceIndex = 0;
        var sentences = context.Sentences;
        var i = 0;
        while (i < tokens.Count)
        {
            while (sentenceIndex < sentences.Count && sentences[sentenceIndex].Span.End <= tokens[i].Start)
            {
                sentenceIndex++;
            }

            var sentenceEnd = sentenceIndex < sentences.Count ? LastTokenBefore(tokens, i, sentences[sentenceIndex].Span.End) : tokens.Count;
            var scanner = new Scanner(text, tokens, i, sentenceEnd, blocked);
            if (scanner.TryRead(out var mention, out var next))
            {
                results.Add(mention);
                i = next;
            }
            else
            {
                i++;
            }
        }

        return results;
    }

    /// <summary>Recognises quantities in plain text.</summary>
    public IReadOnlyList<QuantityMention> Recognize(string text) => Recognize(AnnotationContext.ForText(text));

    private static int LastTokenBefore(IReadOnlyList<Token> tokens, int from, int end)
    {
        var k = from;
        while (k < tokens.Count && tokens[k].Start < end)
        {
            k++;
        }

        return k;
    }

    private static List<TextSpan> BlockedSpans(AnnotationContext context)
    {
        var spans = new List<TextSpan>();
        foreach (var date in context.Dates)
        {
            // Calendar dates and clock times are not counts; durations ("over 3 months") are measures and stay.
            if (date.Kind is TemporalKind.Date or TemporalKind.Time)
            {
                spans.Add(date.Span);
            }
        }

        return spans;
    }

    private ref struct Scanner(string text, IReadOnlyList<Token> tokens, int start, int end, List<TextSpan> blocked)
    {
        private string W(int i) => i < end && i >= 0 ? Lower(tokens[i]) : string.Empty;

        private readonly string Lower(Token t) => t.Of(text).ToLowerInvariant();

        private bool IsNumber(int i) => i < end && tokens[i].Kind == TokenKind.Number;

        private bool Glued(int i) => i + 1 < tokens.Count && tokens[i].End == tokens[i + 1].Start;

        private bool Blocked(int i)
        {
            var t = tokens[i];
            foreach (var span in blocked)
            {
                if (t.Start < span.End && span.Start < t.End)
                {
                    return true;
                }
            }

            return false;
        }

        public bool TryRead(out QuantityMention mention, out int next)
        {
            mention = null!;
            next = start;
            var i = start;
            if (Blocked(i))
            {
                return false;
            }

            // Hedges and bounds before the figure.
            var approximate = false;
            var bound = Bound.Exact;
            var hedgeEnd = ReadHedge(i, ref approximate, ref bound);
            var numberStart = hedgeEnd;
            if (numberStart >= end || Blocked(numberStart))
            {
                return false;
            }

            decimal? low;
            decimal? high;
            string? vagueWord = null;
            int afterNumber;
            if (Is(numberStart, "between") && ReadNumber(numberStart + 1) is { } a && W(a.End) == "and" && ReadNumber(a.End + 1) is { } b)
            {
                low = a.Value;
                high = b.Value;
                afterNumber = b.End;
            }
            else if (ReadNumber(numberStart) is { } first)
            {
                low = first.Value;
                high = first.Value;
                afterNumber = first.End;
                if (first.Vague is not null)
                {
                    vagueWord = first.Vague;
                    low = null;
                    high = null;
                    approximate = true;
                }
                else if (W(afterNumber) is "to" or "-" or "–" or "or" && ReadNumber(afterNumber + 1) is { Vague: null } second && second.Value > first.Value)
                {
                    high = second.Value;
                    afterNumber = second.End;
                }
            }
            else
            {
                return false;
            }

            if (!LooksLikeCount(numberStart, afterNumber))
            {
                return false;
            }

            switch (bound)
            {
                case Bound.AtLeast:
                    high = vagueWord is null ? null : high;
                    break;
                case Bound.AtMost:
                    high = low ?? high;
                    low = null;
                    break;
            }

            // The counted noun: "of" after a vague word or a partitive ("hundreds of Syrians", "13 of his top supporters").
            var unitStart = afterNumber;
            if (W(unitStart) == "of" && (vagueWord is not null || W(unitStart + 1) is "them" or "his" or "her" or "their" or "its" or "the" or "whom" || IsCapitalised(unitStart + 1)))
            {
                unitStart++;
            }

            var gluedToken = tokens[numberStart].Kind == TokenKind.Word && afterNumber == numberStart + 1 && char.IsDigit(W(numberStart)[0]) && GluedUnit(W(numberStart)) is not null;
            var (unitFrom, unitTo) = gluedToken ? (unitStart, unitStart) : ReadUnit(unitStart);
            if (unitTo <= unitFrom && W(unitStart) is "\"" or "”" or "’" or "'" && afterNumber > numberStart)
            {
                // A quoted figure: "Several thousand" additional fighters.
                (unitFrom, unitTo) = ReadUnit(unitStart + 1);
            }
            if (vagueWord is not null && (unitTo <= unitFrom || IsTimeUnit(unitTo - 1)))
            {
                // A bare "several" or "dozens" with nothing counted is not a quantity, nor is "several weeks".
                return false;
            }

            if (unitTo <= unitFrom && tokens[numberStart].Kind != TokenKind.Number && low is 1)
            {
                // A lone "one" is a pronoun.
                return false;
            }

            if (unitTo <= unitFrom && vagueWord is null && low is null && high is null)
            {
                return false;
            }

            var spanEnd = unitTo > unitFrom ? tokens[unitTo - 1].End : tokens[afterNumber - 1].End;
            var spanStart = tokens[start].Start;
            string? unit = null;
            TextSpan? unitSpan = null;
            if (unitTo <= unitFrom && tokens[numberStart].Kind == TokenKind.Word && GluedUnit(W(numberStart)) is { } gluedUnit)
            {
                unit = gluedUnit.Unit;
                unitSpan = new TextSpan(tokens[numberStart].Start, tokens[numberStart].Length);
            }
            else if (unitTo > unitFrom)
            {
                var head = unitTo - 1;
                unitSpan = new TextSpan(tokens[unitFrom].Start, tokens[head].End - tokens[unitFrom].Start);
                unit = HeadOf(unitFrom, unitTo);
            }

            mention = new QuantityMention(
                new TextSpan(spanStart, spanEnd - spanStart), text[spanStart..spanEnd], low, high,
                approximate, vagueWord is not null, unit, unitSpan, vagueWord);
            next = unitTo > unitFrom ? unitTo : afterNumber;
            return true;
        }

        private bool Is(int i, string word) => W(i) == word;

        private bool IsTimeUnit(int i) => W(i) is "seconds" or "minutes" or "hours" or "days" or "weeks" or "months" or "years" or "decades" or "centuries";

        private bool IsCapitalised(int i) => i < end && char.IsUpper(text[tokens[i].Start]);

        private int ReadHedge(int i, ref bool approximate, ref Bound bound)
        {
            var w = W(i);
            switch (w)
            {
                case "around" or "about" or "approximately" or "roughly" or "some" or "circa" or "nearly" or "almost" or "estimated":
                    approximate = true;
                    if (w is "nearly" or "almost")
                    {
                        bound = Bound.AtMost;
                    }

                    return i + 1;
                case "an" when Is(i + 1, "estimated"):
                    approximate = true;
                    return i + 2;
                case "close" when Is(i + 1, "to"):
                    approximate = true;
                    return i + 2;
                case "up" when Is(i + 1, "to"):
                    bound = Bound.AtMost;
                    return i + 2;
                case "at" when Is(i + 1, "least"):
                    bound = Bound.AtLeast;
                    return i + 2;
                case "at" when Is(i + 1, "most"):
                    bound = Bound.AtMost;
                    return i + 2;
                case "more" or "over" or "upwards" or "fewer" or "less" or "under":
                    if (w is "more" or "fewer" or "less" && !Is(i + 1, "than") || w == "upwards" && !Is(i + 1, "of"))
                    {
                        return i;
                    }

                    bound = w is "fewer" or "less" or "under" ? Bound.AtMost : Bound.AtLeast;
                    return w is "over" or "under" ? i + 1 : i + 2;
                case "as" when Is(i + 1, "many") && Is(i + 2, "as"):
                    bound = Bound.AtMost;
                    return i + 3;
                case "just" or "well" when W(i + 1) is "over" or "under":
                    bound = W(i + 1) == "over" ? Bound.AtLeast : Bound.AtMost;
                    return i + 2;
                default:
                    return i;
            }
        }

        private readonly record struct Number(decimal? Value, int End, string? Vague);

        private Number? ReadNumber(int i)
        {
            if (i >= end || Blocked(i))
            {
                return null;
            }

            var w = W(i);
            if (tokens[i].Kind == TokenKind.Word && char.IsDigit(w[0]) && GluedUnit(w) is { } glued)
            {
                // "2km", "155mm": the number and its unit in one token; the unit is read from the same token.
                return new Number(glued.Value, i + 1, null);
            }

            if (IsNumber(i))
            {
                // "T-90", "Shahed-129", "Su-24": a word glued by a hyphen before the number makes a model name.
                if (i >= 2 && W(i - 1) == "-" && Glued(i - 2) && Glued(i - 1) && tokens[i - 2].Kind == TokenKind.Word)
                {
                    return null;
                }

                if (!decimal.TryParse(w.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                {
                    return null;
                }

                var j = i + 1;
                if (Scales.TryGetValue(W(j), out var scale) && (W(j).Length > 2 || Glued(i)))
                {
                    value *= scale;
                    j++;
                }

                return new Number(value, j, null);
            }

            if (w is "a" or "an" && W(i + 1) is "dozen" or "hundred" or "thousand" or "million" or "few" or "handful" or "couple")
            {
                var next = W(i + 1);
                return next switch
                {
                    "dozen" => new Number(12, i + 2, null),
                    "few" => new Number(null, i + 2, "a few"),
                    "handful" => new Number(null, i + 2, "a handful"),
                    "couple" => new Number(2, i + 2, null),
                    _ => new Number(Scales[next], i + 2, null),
                };
            }

            if (VagueWords.Contains(w) && w is not ("few" or "handful" or "dozen"))
            {
                // "tens of thousands", "hundreds of thousands".
                if (W(i + 1) == "of" && W(i + 2) is "thousands" or "millions")
                {
                    return new Number(null, i + 3, w + " of " + W(i + 2));
                }

                if (w == "tens" && W(i + 1) != "of")
                {
                    return null;
                }

                if (w == "several" && W(i + 1) is "hundred" or "thousand" or "million" or "dozen")
                {
                    return new Number(null, i + 2, w + " " + W(i + 1));
                }

                return new Number(null, i + 1, w);
            }

            if (w == "dozen" && i > start)
            {
                return new Number(12, i + 1, null);
            }

            if (!Units.TryGetValue(w, out var small))
            {
                return null;
            }

            decimal total = small;
            var k = i + 1;
            if (small >= 20 && small < 100)
            {
                var h = W(k) == "-" && Glued(k - 1) ? k + 1 : k;
                if (Units.TryGetValue(W(h), out var ones) && ones is > 0 and < 10)
                {
                    total += ones;
                    k = h + 1;
                }
            }

            while (Scales.TryGetValue(W(k), out var scaleWord) && W(k).Length > 2)
            {
                total *= scaleWord;
                k++;
            }

            // "one" is usually a pronoun ("one of the"), kept only before a noun or as the object of a killing ("killed one").
            if (w == "one" && k == i + 1 && W(i - 1) is not ("killed" or "killing") && (W(k) is "of" or "another" or "side" or "day" or "time" or "way" || !char.IsLetter(W(k).FirstOrDefault())))
            {
                return null;
            }

            return new Number(total, k, null);
        }

        private static (decimal Value, string Unit)? GluedUnit(string word)
        {
            var digits = 0;
            while (digits < word.Length && (char.IsDigit(word[digits]) || word[digits] is '.' or ','))
            {
                digits++;
            }

            var unit = word[digits..];
            if (unit is not ("km" or "m" or "kg" or "mm" or "cm" or "mi" or "t" or "kt" or "bn" or "k")
                || !decimal.TryParse(word.AsSpan(0, digits).ToString().Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }

            return unit switch
            {
                "bn" => (value * 1_000_000_000m, unit),
                "k" => (value * 1_000m, unit),
                _ => (value, unit),
            };
        }

        private bool LooksLikeCount(int numberStart, int afterNumber)
        {
            var first = tokens[numberStart];
            var before = numberStart > 0 ? Lower(tokens[numberStart - 1]) : string.Empty;

            // Identifiers and ordinals: "Resolution 2254", "No. 5", "4th", "#3".
            if (numberStart > start || numberStart == start)
            {
                if (IdentifierHeads.Contains(before) && numberStart > 0 && char.IsUpper(text[tokens[numberStart - 1].Start]) || before is "#" or "no")
                {
                    return false;
                }
            }

            // "2:30", "1/2", "5%": clock times, fractions written with a slash and percentages are not counts.
            var after = afterNumber < tokens.Count ? Lower(tokens[afterNumber]) : string.Empty;
            if (first.Kind == TokenKind.Number && (after is ":" or "/" || before is ":" or "/" && numberStart > 0 && Glued(numberStart - 1)))
            {
                return false;
            }

            if (after is "%" or "percent" or "per" && W(afterNumber + 1) != "cent" || after == "percent")
            {
                // Percentages are measures, but not counts of anything the event coder uses.
                return false;
            }

            // A year standing alone is a date the tagger left out ("the 2011 uprising").
            if (first.Kind == TokenKind.Number && first.Length == 4 && !text.AsSpan(first.Start, first.Length).Contains(',')
                && int.TryParse(text.AsSpan(first.Start, first.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                && year is >= 1900 and <= 2100 && afterNumber == numberStart + 1)
            {
                return false;
            }

            return true;
        }

        /// <summary>The counted noun phrase after a figure: up to four modifiers, then a noun, optionally "X and Y".</summary>
        private (int From, int To) ReadUnit(int i)
        {
            if (i >= end)
            {
                return (i, i);
            }

            // Determiner-led partitives: "of his top supporters", "of them".
            var from = i;
            if (W(i) is "his" or "her" or "their" or "its" or "the" or "them" or "whom")
            {
                if (W(i) is "them" or "whom")
                {
                    return (i, i + 1);
                }

                i++;
            }

            var last = -1;
            var k = i;
            for (var steps = 0; k < end && steps < 7; steps++)
            {
                var t = tokens[k];
                var w = W(k);
                if (t.Kind == TokenKind.Symbol)
                {
                    // "US-made", "vehicle-borne": a glued hyphen joins modifier words and does not count as a step.
                    if (w == "-" && k > i && Glued(k - 1) && Glued(k))
                    {
                        k++;
                        steps--;
                        continue;
                    }

                    break;
                }

                if (t.Kind == TokenKind.Number || Stops.Contains(w) && !(w == "and" && last >= 0 && LooksPlural(k + 1)))
                {
                    break;
                }

                if (w == "and")
                {
                    // "women and children": a second plural noun joins the unit.
                    k++;
                    continue;
                }

                if (LooksPlural(k) || Nouns.Contains(w))
                {
                    last = k;
                    k++;

                    // An acronym may be a modifier ("ISIS fighters"): keep going when a word follows.
                    if (IsAcronym(tokens[k - 1].In(text)) && k < end && tokens[k].Kind == TokenKind.Word && !Stops.Contains(W(k)))
                    {
                        continue;
                    }

                    if (k < end && (LooksPlural(k) || Nouns.Contains(W(k))) && tokens[k].Kind == TokenKind.Word)
                    {
                        continue;
                    }

                    if (W(k) == "and" && (LooksPlural(k + 1) || Nouns.Contains(W(k + 1))))
                    {
                        continue;
                    }

                    break;
                }

                k++;
            }

            if (last < 0)
            {
                // A singular count noun right after the figure ("one soldier", "a dozen militant").
                if (i < end && tokens[i].Kind == TokenKind.Word && !Stops.Contains(W(i)) && char.IsLower(text[tokens[i].Start])
                    && !W(i).EndsWith("ed", StringComparison.Ordinal) && !W(i).EndsWith("ing", StringComparison.Ordinal) && !W(i).EndsWith("ly", StringComparison.Ordinal))
                {
                    return (from, i + 1);
                }

                return (from, from);
            }

            return (from, last + 1);
        }

        private bool LooksPlural(int i)
        {
            if (i >= end || tokens[i].Kind != TokenKind.Word)
            {
                return false;
            }

            var w = W(i);
            var raw = tokens[i].In(text);
            if (raw.Length >= 3 && IsAcronym(raw))
            {
                // "VBIED", "ATGMs", "MANPADS".
                return true;
            }

            return w.Length > 3 && w[^1] == 's' && w[^2] != 's' && w is not ("this" or "was" or "has" or "his" or "its" or "is" or "us" or "as" or "does" or "yes" or "perhaps" or "whereas" or "various" or "previous" or "famous" or "serious" or "numerous")
                || Nouns.Contains(w);
        }

        private static bool IsAcronym(ReadOnlySpan<char> word)
        {
            var upper = 0;
            foreach (var c in word)
            {
                if (char.IsUpper(c))
                {
                    upper++;
                }
                else if (c != 's')
                {
                    return false;
                }
            }

            return upper >= 3 && upper >= word.Length - 1;
        }

        private string HeadOf(int from, int to)
        {
            var k = from;
            if (W(k) is "his" or "her" or "their" or "its" or "the")
            {
                k++;
            }

            // The unit is the noun (or "X and Y") at the end of the phrase, without modifiers ("US-made bullets" → "bullets").
            var headStart = to - 1;
            if (headStart - 2 >= k && W(headStart - 1) == "and")
            {
                headStart -= 2;
            }

            return text[tokens[headStart].Start..tokens[to - 1].End].ToLowerInvariant();
        }
    }

    private enum Bound
    {
        Exact,
        AtLeast,
        AtMost,
    }
}
