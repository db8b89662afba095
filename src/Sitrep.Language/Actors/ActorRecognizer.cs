using Sitrep.Language.Text;

namespace Sitrep.Language.Actors;

/// <summary>
/// Finds actors in text: dictionary actors by their aliases (longest match over folded tokens), demonym phrases
/// ("Syrian troops", "Russian warplanes"), generic phrases given the country the article is about ("government
/// forces", "civilians"), descriptions ("the militants") resolved to the one armed group named earlier in the
/// paragraph, organisations recognised by their form, and named persons with their titles.
/// </summary>
/// <remarks>
/// A mention of a unit keeps the unit's own id and name (<c>tiger-forces</c>, "Tiger Forces"); ACLED coding wants
/// <see cref="ActorDictionary.TopLevelOf"/> of that id ("Military Forces of Syria").
/// </remarks>
public sealed class ActorRecognizer : IActorRecognizer
{
    private static readonly Lazy<ActorRecognizer> DefaultRecognizer = new(() => new ActorRecognizer(ActorDictionary.Default));

    private readonly ActorMatcher matcher;

    /// <summary>A recogniser over <paramref name="dictionary"/>.</summary>
    public ActorRecognizer(ActorDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        Dictionary = dictionary;
        matcher = dictionary.Matcher;
    }

    /// <summary>The dictionary it recognises.</summary>
    public ActorDictionary Dictionary { get; }

    /// <summary>The recogniser over <see cref="ActorDictionary.Default"/> (built-in plus user files), shared by the process.</summary>
    public static ActorRecognizer CreateDefault() => DefaultRecognizer.Value;

    /// <inheritdoc />
    public IReadOnlyList<ActorMention> Recognize(AnnotationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text;
        // An array, not the interface: the matcher indexes tokens millions of times per megabyte.
        var tokens = context.Tokens as Token[] ?? [.. context.Tokens];
        var n = tokens.Length;
        var ids = new int[n];
        var flags = new byte[n];
        matcher.Classify(text, tokens, ids, flags);
        var paragraphOf = ParagraphOf(tokens, context.Paragraphs);

        var selected = Select(text, tokens, ids, flags);
        AddCountedReferences(text, tokens, selected);
        var occupied = new byte[n];
        var countries = matcher.Dictionary.Countries.Count;
        var articleCounts = new int[countries];
        var paragraphCounts = new Dictionary<int, int[]>();
        foreach (var match in selected)
        {
            var mark = match.Main.Kind is TargetKind.CountryName or TargetKind.Demonym ? Occupancy.Country : Occupancy.Actor;
            for (var i = match.Start; i <= match.End; i++)
            {
                occupied[i] = mark;
            }

            if (CountryOf(match.Main) is var country and >= 0)
            {
                articleCounts[country]++;
                var paragraph = paragraphOf[match.Start];
                if (!paragraphCounts.TryGetValue(paragraph, out var counts))
                {
                    counts = new int[countries];
                    paragraphCounts[paragraph] = counts;
                }

                counts[country]++;
            }
        }

        if (!string.IsNullOrWhiteSpace(context.Title))
        {
            var title = context.Title;
            var titleTokens = Tokenizer.Tokenize(title).ToArray();
            var titleIds = new int[titleTokens.Length];
            var titleFlags = new byte[titleTokens.Length];
            matcher.Classify(title, titleTokens, titleIds, titleFlags);
            foreach (var match in Select(title, titleTokens, titleIds, titleFlags))
            {
                // The headline says what the article is about more reliably than any one body sentence.
                if (CountryOf(match.Main) is var country and >= 0)
                {
                    articleCounts[country] += 3;
                }
            }
        }

        var articleFocus = Leader(articleCounts, 1.5);
        var mentions = new List<ActorMention>();
        var armed = new List<(ActorMention Mention, ActorEntry Top)>();
        var currentParagraph = int.MinValue;
        for (var index = 0; index < selected.Count; index++)
        {
            var match = selected[index];
            var paragraph = paragraphOf[match.Start];
            if (paragraph != currentParagraph)
            {
                currentParagraph = paragraph;
                armed.Clear();
            }

            var end = tokens[match.End].End;
            if (tokens[match.End].Length == 1 && match.End + 1 < tokens.Length && tokens[match.End + 1].Start == end && text[end] == '.'
                && match.End > match.Start)
            {
                // The closing full stop of an initialism ("the U.S.") belongs to it.
                end++;
            }

            var span = new TextSpan(tokens[match.Start].Start, end - tokens[match.Start].Start);
            var main = match.Main;
            switch (main.Kind)
            {
                case TargetKind.Actor:
                {
                    var entry = matcher.Dictionary.Actors[main.Actor];
                    var mention = Known(text, span, entry);
                    if (main.FromDemonym)
                    {
                        AddCoordinated(text, tokens, selected, index, main.Role, mentions);
                    }

                    mentions.Add(mention);
                    var top = matcher.Dictionary.TopLevelOf(entry.Id);
                    if (top.Inter is 2 or 3 or 4)
                    {
                        armed.Add((mention, top));
                    }

                    break;
                }

                case TargetKind.Generic:
                {
                    var focus = FocusOf(paragraphCounts.GetValueOrDefault(paragraph), articleFocus);
                    if (focus >= 0 && matcher.Dictionary.ForCountry(matcher.Dictionary.Countries[focus].Code, main.Role) is { } entry)
                    {
                        mentions.Add(Known(text, span, entry));
                    }

                    break;
                }

                case TargetKind.Reference:
                    if (Resolve(match.Targets, WithoutSpeakers(armed, text, span, context.Sentences)) is { } antecedent)
                    {
                        mentions.Add(new ActorMention(span, span.Slice(text), ActorMentionKind.Reference, antecedent.Name, antecedent.ActorId,
                            antecedent.Inter, antecedent.Country, null, antecedent.Span));
                    }

                    break;
            }
        }

        var sentenceStart = new bool[n];
        MarkSentenceStarts(tokens, context.Sentences, sentenceStart);
        NameFinder.Find(text, tokens, occupied, sentenceStart, mentions);
        mentions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        return mentions;
    }

    private static ActorMention Known(string text, TextSpan span, ActorEntry entry)
        => new(span, span.Slice(text), ActorMentionKind.Known, entry.Name, entry.Id, entry.Inter, entry.Country);

    /// <summary>Longest dictionary phrases, overlaps settled in favour of the longer one.</summary>
    private List<Match> Select(string text, Token[] tokens, int[] ids, byte[] flags)
    {
        var candidates = new List<Match>();
        var path = new int[Math.Max(1, matcher.MaxDepth)];
        for (var i = 0; i < tokens.Length; i++)
        {
            if (matcher.LongestAt(text, tokens, ids, flags, i, path) is { } found)
            {
                candidates.Add(new Match(i, found.End, found.Targets, tokens[found.End].End - tokens[i].Start));
            }
        }

        if (candidates.Count <= 1)
        {
            return candidates;
        }

        var taken = new bool[tokens.Length];
        var ordered = candidates.ToArray();
        Array.Sort(ordered, (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start));
        var selected = new List<Match>(candidates.Count);
        foreach (var candidate in ordered)
        {
            var free = true;
            for (var i = candidate.Start; i <= candidate.End && free; i++)
            {
                free = !taken[i];
            }

            if (!free)
            {
                continue;
            }

            for (var i = candidate.Start; i <= candidate.End; i++)
            {
                taken[i] = true;
            }

            selected.Add(candidate);
        }

        selected.Sort((a, b) => a.Start.CompareTo(b.Start));
        return selected;
    }

    private static readonly HashSet<string> QuantityWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "several", "dozens", "hundreds", "thousands", "scores", "tens", "some", "many", "few", "two", "three", "four", "five",
        "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "fifty", "dozen",
    };

    private static readonly Target CountedReference = new(TargetKind.Reference, -1, default, -1, null, false);

    /// <summary>"killing several terrorists", "8 militants": a counted plural description refers back like "the militants".</summary>
    private void AddCountedReferences(string text, Token[] tokens, List<Match> selected)
    {
        var nouns = matcher.CountedReferenceNouns;
        if (nouns.Count == 0)
        {
            return;
        }

        var taken = new bool[tokens.Length];
        foreach (var match in selected)
        {
            for (var i = match.Start; i <= match.End; i++)
            {
                taken[i] = true;
            }
        }

        List<Match>? added = null;
        for (var i = 1; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (taken[i] || token.Kind != TokenKind.Word || token.Length < 6 || text[token.End - 1] != 's' || !char.IsLower(text[token.Start]))
            {
                continue;
            }

            var q = i - 1;
            if (q >= 1 && tokens[q].In(text).SequenceEqual("of"))
            {
                q--;
            }

            var quantity = tokens[q];
            if ((quantity.Kind == TokenKind.Number || QuantityWords.Contains(quantity.Of(text))) && nouns.Contains(token.Of(text)))
            {
                (added ??= []).Add(new Match(i, i, [CountedReference], token.Length));
            }
        }

        if (added is not null)
        {
            selected.AddRange(added);
            selected.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    private int CountryOf(Target target) => target.Kind switch
    {
        TargetKind.CountryName or TargetKind.Demonym => target.Country,
        TargetKind.Actor => target.Country >= 0 ? target.Country : -1,
        _ => -1,
    };

    /// <summary>The country the paragraph is clearly about when the article's focus is absent from it, else the article's.</summary>
    private static int FocusOf(int[]? paragraphCounts, int articleFocus)
    {
        if (paragraphCounts is null)
        {
            return articleFocus;
        }

        if (articleFocus >= 0 && paragraphCounts[articleFocus] > 0)
        {
            return articleFocus;
        }

        var local = Leader(paragraphCounts, 2);
        if (local >= 0 && (articleFocus < 0 || paragraphCounts[local] >= 2))
        {
            return local;
        }

        return articleFocus;
    }

    /// <summary>The country with the most mentions when it leads the next by <paramref name="margin"/> times, else -1.</summary>
    private static int Leader(int[] counts, double margin)
    {
        int best = -1, first = 0, second = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > first)
            {
                second = first;
                first = counts[i];
                best = i;
            }
            else if (counts[i] > second)
            {
                second = counts[i];
            }
        }

        return first > 0 && first >= margin * second && first > second ? best : -1;
    }

    /// <summary>"Russian and Syrian jets": the bare demonyms coordinated before a demonym phrase get the same role.</summary>
    private void AddCoordinated(string text, Token[] tokens, List<Match> selected, int index, CountryRole role, List<ActorMention> mentions)
    {
        var end = selected[index].Start;
        for (var k = index - 1; k >= 0; k--)
        {
            var previous = selected[k];
            if (previous.Main.Kind != TargetKind.Demonym || previous.End + 2 != end)
            {
                break;
            }

            var joiner = tokens[previous.End + 1].In(text);
            if (!joiner.SequenceEqual("and") && !joiner.SequenceEqual(",") && !joiner.SequenceEqual("or"))
            {
                break;
            }

            if (matcher.Dictionary.ForCountry(matcher.Dictionary.Countries[previous.Main.Country].Code, role) is not { } entry)
            {
                break;
            }

            var span = new TextSpan(tokens[previous.Start].Start, tokens[previous.End].End - tokens[previous.Start].Start);
            mentions.Add(Known(text, span, entry));
            end = previous.Start;
        }
    }

    /// <summary>
    /// The mention a description refers to: among the armed non-state groups named earlier in the paragraph, the one
    /// whose own descriptor it is, or else the only one; null when the paragraph names none or several.
    /// </summary>
    /// <summary>
    /// A group speaking in the reference's own sentence is not what the sentence calls "the militants" ("The SDF said
    /// nine militants had been killed"), so it is left out of the antecedents.
    /// </summary>
    private static List<(ActorMention Mention, ActorEntry Top)> WithoutSpeakers(
        List<(ActorMention Mention, ActorEntry Top)> armed, string text, TextSpan reference, IReadOnlyList<Sentence> sentences)
    {
        var sentence = sentences.FirstOrDefault(x => x.Span.Start <= reference.Start && reference.Start < x.Span.End);
        if (sentence is null)
        {
            return armed;
        }

        return armed.Where(a => !(a.Mention.Span.Start >= sentence.Span.Start && a.Mention.Span.End <= reference.Start
            && SpeechFollows(text, a.Mention.Span.End))).ToList();
    }

    private static bool SpeechFollows(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or ',')
        {
            at++;
        }

        var end = at;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(at, end - at) is "said" or "says" or "say" or "claimed" or "claims" or "reported" or "reports"
            or "announced" or "stated" or "told" or "added" or "confirmed" or "denied" or "insisted" or "accused" or "wrote";
    }

    private ActorMention? Resolve(Target[] targets, List<(ActorMention Mention, ActorEntry Top)> armed)
    {
        if (armed.Count == 0)
        {
            return null;
        }

        var owners = new HashSet<string>(StringComparer.Ordinal);
        var generic = false;
        foreach (var target in targets)
        {
            if (target.Kind != TargetKind.Reference)
            {
                continue;
            }

            if (target.Actor >= 0)
            {
                owners.Add(matcher.Dictionary.Actors[target.Actor].Id);
            }
            else
            {
                generic = true;
            }
        }

        if (owners.Count > 0)
        {
            var fitting = armed.Where(a => owners.Contains(a.Mention.ActorId!) || owners.Contains(a.Top.Id)).ToList();
            if (fitting.Select(a => a.Top.Id).Distinct(StringComparer.Ordinal).Count() == 1)
            {
                return fitting[^1].Mention;
            }
        }

        if (generic && armed.Select(a => a.Top.Id).Distinct(StringComparer.Ordinal).Count() == 1)
        {
            return armed[^1].Mention;
        }

        return null;
    }

    private static int[] ParagraphOf(Token[] tokens, IReadOnlyList<TextSpan> paragraphs)
    {
        var result = new int[tokens.Length];
        var p = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var start = tokens[i].Start;
            while (p < paragraphs.Count && paragraphs[p].End <= start)
            {
                p++;
            }

            // Tokens outside every paragraph get a paragraph of their own, so nothing resolves across them.
            result[i] = p < paragraphs.Count && paragraphs[p].Start <= start ? p : -1 - i;
        }

        return result;
    }

    private static void MarkSentenceStarts(Token[] tokens, IReadOnlyList<Sentence> sentences, bool[] starts)
    {
        var s = 0;
        var atStart = true;
        for (var i = 0; i < tokens.Length; i++)
        {
            while (s < sentences.Count && sentences[s].Span.End <= tokens[i].Start)
            {
                s++;
                atStart = true;
            }

            if (atStart && tokens[i].Kind != TokenKind.Symbol)
            {
                starts[i] = true;
                atStart = false;
            }
        }

        if (tokens.Length > 0 && sentences.Count == 0)
        {
            starts[0] = true;
        }
    }

    /// <summary>What the actor matching left on a token, for the name finder.</summary>
    internal static class Occupancy
    {
        public const byte Free = 0;
        public const byte Country = 1;
        public const byte Actor = 2;
    }

    private sealed record Match(int Start, int End, Target[] Targets, int Length)
    {
        public Target Main { get; } = Pick(Targets);

        private static Target Pick(Target[] targets)
        {
            foreach (var kind in (ReadOnlySpan<TargetKind>)[TargetKind.Actor, TargetKind.Generic, TargetKind.Reference, TargetKind.Demonym, TargetKind.CountryName])
            {
                foreach (var target in targets)
                {
                    if (target.Kind == kind)
                    {
                        return target;
                    }
                }
            }

            return targets[0];
        }
    }
}
