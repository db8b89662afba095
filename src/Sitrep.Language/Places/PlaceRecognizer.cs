using System.Text.RegularExpressions;
using System.Collections.Frozen;
using Sitrep.Language.Text;

namespace Sitrep.Language.Places;

/// <summary>
/// Finds place names and resolves them to gazetteer places. Candidates are capitalised token sequences whose lookup
/// key is in the gazetteer ("Deir Ezzor", "al-Bukamal", "Eastern Ghouta"), plus names introduced by a place word
/// ("the village of X") even when the gazetteer lacks them. Each candidate is resolved by a score that weighs
/// population, feature type (a country over a building), the article's country focus, an administrative area named
/// beside it ("Alexandria, Louisiana"), trigger words ("the province of X" wants a province) and closeness to the
/// other places of the article. One name that cannot be resolved never stops the others.
/// </summary>
public sealed class PlaceRecognizer : IPlaceRecognizer
{
    private static readonly Lazy<PlaceRecognizer> BuiltIn = new(() => new PlaceRecognizer(Gazetteer.Default));

    private readonly Gazetteer _gazetteer;
    private readonly string?[] _nameKeys;

    /// <summary>Creates a recogniser over <paramref name="gazetteer"/>.</summary>
    public PlaceRecognizer(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
        _nameKeys = new string?[gazetteer.PlaceCount];
    }

    /// <summary>The recogniser over the built-in gazetteer, created once per process.</summary>
    public static PlaceRecognizer CreateDefault() => BuiltIn.Value;

    /// <summary>The gazetteer it resolves against.</summary>
    public Gazetteer Gazetteer => _gazetteer;

    // Capitalised words that begin sentences or titles far more often than they name a place.
    private static readonly FrozenSet<string> CommonWords = new[]
    {
        "the", "a", "an", "and", "or", "but", "if", "in", "on", "at", "to", "of", "for", "by", "with", "from", "as", "is",
        "it", "its", "this", "that", "these", "those", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
        "my", "your", "there", "here", "when", "where", "what", "who", "why", "how", "which", "after", "before", "during",
        "since", "while", "although", "however", "meanwhile", "also", "then", "now", "today", "yesterday", "tomorrow",
        "according", "some", "many", "most", "all", "both", "each", "every", "no", "not", "one", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "first", "second", "third", "last", "next", "new", "old", "more",
        "other", "such", "so", "only", "just", "even", "still", "yet", "about", "over", "under", "between", "against",
        "into", "through", "across", "around", "near", "up", "down", "out", "off", "again", "further", "once", "later",
        "earlier", "may", "can", "will", "would", "should", "could", "must", "might", "said", "says", "report", "reports",
        "read", "reading", "update", "updated", "photo", "video", "image", "source", "sources", "home", "news", "world",
        "opinion", "analysis", "comment", "comments", "share", "like", "follow", "subscribe", "support", "donate", "page",
        "president", "minister", "general", "colonel", "captain", "officer", "king", "queen", "prince", "god", "allah",
        "army", "police", "forces", "force", "government", "state", "states", "military", "islamic", "union", "party",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "june", "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms", "dr",
        "center", "centre", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "best", "hope", "victory", "liberty", "independence", "freedom", "peace", "justice", "unity", "progress", "mobile",
        "chance", "nice", "bath", "orange", "wedding", "university", "college", "school", "hospital", "church", "museum",
        "mount", "lake", "river", "sea", "ocean", "gulf", "bay", "island", "islands", "valley", "city", "town", "village",
        "county", "district", "province", "region", "street", "road", "avenue", "square", "park", "bridge", "airport",
        "station", "port", "media", "press", "times", "post", "herald", "tribune", "journal", "daily", "sun", "star",
        "mail", "guardian", "observer", "telegraph", "independent", "express", "mirror", "globe", "chronicle", "gazette",
        "english", "arabic", "french", "russian", "american", "british", "syrian", "iraqi", "turkish", "kurdish",
        "man", "woman", "men", "women", "people", "family", "children", "child", "boy", "girl", "officials", "official",
        "federal", "national", "international", "council", "committee", "department", "ministry", "office", "agency",
        "senate", "congress", "parliament", "court", "police", "fire", "sheriff", "deputy", "mayor", "governor",
        "democrats", "republicans", "democrat", "republican", "christian", "muslim", "jewish", "catholic", "ap",
        "reuters", "afp", "cnn", "bbc", "sana", "tass", "us", "un", "eu", "uk", "nato", "isis", "isil", "daesh",
        "abu", "umm", "bin", "ibn", "al", "el", "sheikh", "shaykh", "imam", "emir", "haji", "hajji", "mullah",
        "arab", "arabs", "free", "marines", "troops", "soldiers", "fighters", "rebels", "militants", "africa", "europe",
        "asia", "oceania", "antarctica", "levant", "maghreb", "sahel", "caucasus", "balkans", "west", "western",
        "house", "web", "mart", "wal", "passover", "christmas", "easter", "ramadan", "eid", "earth", "jesus", "christ",
        "section", "commerce", "chamber", "area", "bank", "main", "day", "law", "time", "war", "border", "part", "room",
        "secretary", "reserve", "parkway", "trees", "forest", "hill", "grand", "green", "white", "black", "red", "blue",
        "much", "none", "any", "along", "give", "electricity", "titan", "courthouse", "sen", "sens", "rev", "gov", "lt",
        "gen", "lane", "duma", "internet", "facebook", "twitter", "google", "youtube", "telegram", "iphone", "honda",
        "ford", "toyota", "obama", "clinton", "bush", "trump", "putin", "assad", "erdogan", "bank", "trust", "fund",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> FeatureWords = new[]
    {
        "oil", "gas", "field", "fields", "air", "base", "airbase", "airport", "dam", "camp", "crossing", "border",
        "refugee", "military", "power", "plant", "bridge", "valley", "mountains", "terminal", "refinery", "hospital",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Directions = new[]
    {
        "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern",
        "north-eastern", "north-western", "south-eastern", "south-western", "central", "northeast", "northwest",
        "southeast", "southwest", "north", "south", "east", "west", "upper", "lower",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> AdminWordsAfter = new[]
    {
        "province", "governorate", "region", "district", "oblast", "state", "county", "parish", "countryside",
        "prefecture", "department", "municipality",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PlaceWordsBefore = new[]
    {
        "village", "villages", "town", "towns", "city", "cities", "district", "districts", "province", "governorate",
        "neighbourhood", "neighborhood", "suburb", "area", "region", "camp", "hamlet", "settlement", "outskirts",
        "countryside", "county", "municipality", "oblast",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public IReadOnlyList<PlaceMention> Recognize(AnnotationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var candidates = FindCandidates(context);
        return Resolve(context, candidates);
    }

    /// <summary>Resolves given toponym spans (for scoring resolution on gold spans), one mention per span.</summary>
    public IReadOnlyList<PlaceMention> ResolveSpans(AnnotationContext context, IReadOnlyList<TextSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(spans);
        var candidates = new List<Candidate>();
        foreach (var span in spans)
        {
            var text = span.Slice(context.Text);
            var key = GazetteerFormat.KeyOf(text);
            var demonym = false;
            IReadOnlyList<int> places;
            if (StateAbbreviations.TryGetValue(text.Replace(" ", string.Empty, StringComparison.Ordinal).TrimEnd('.'), out var state) && (text.EndsWith('.') || text.Length == 2))
            {
                places = _gazetteer.Find(state).Where(p => _gazetteer.PlaceAt(p).FeatureCode == "A.ADM1").ToList();
            }
            else
            {
                places = _gazetteer.FindKey(key);
                if (text.Length <= 4 && text.All(char.IsUpper))
                {
                    places = places.Where(p => _gazetteer.PlaceAt(p).FeatureCode == "A.PCLI").ToList();
                }

                // "Israeli", "Sri Lankan": an adjective given as a toponym means its country.
                var adjective = _gazetteer.FindKey(GazetteerFormat.DemonymMarker + key);
                if (adjective.Count > 0)
                {
                    places = adjective;
                    demonym = true;
                }
            }

            if (places.Count == 0)
            {
                var trimmed = TrimAdminWord(text);
                if (trimmed != text)
                {
                    places = _gazetteer.FindKey(GazetteerFormat.KeyOf(trimmed));
                }
            }

            var (first, last) = TokenRange(context.Tokens, span);
            var candidate = new Candidate(span, key, places, first, last) { Demonym = demonym };
            Describe(context, candidate);
            candidates.Add(candidate);
        }

        return Resolve(context, candidates);
    }

    private static string TrimAdminWord(string text)
    {
        foreach (var word in (string[])[" County", " Parish", " Province", " Governorate", " State", " City", " District", " Region"])
        {
            if (text.EndsWith(word, StringComparison.OrdinalIgnoreCase) && text.Length > word.Length + 1)
            {
                return text[..^word.Length];
            }
        }

        return text;
    }

    private static (int First, int Last) TokenRange(IReadOnlyList<Token> tokens, TextSpan span)
    {
        var first = -1;
        var last = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].End <= span.Start)
            {
                continue;
            }

            if (tokens[i].Start >= span.End)
            {
                break;
            }

            if (first < 0)
            {
                first = i;
            }

            last = i;
        }

        return (Math.Max(first, 0), Math.Max(last, Math.Max(first, 0)));
    }

    private sealed class Candidate(TextSpan span, string key, IReadOnlyList<int> places, int firstToken, int lastToken)
    {
        public TextSpan Span { get; } = span;

        public string Key { get; } = key;

        public IReadOnlyList<int> Places { get; } = places;

        public int FirstToken { get; } = firstToken;

        public int LastToken { get; } = lastToken;

        /// <summary>A direction or part before the name ("southern", "outskirts").</summary>
        public string? Qualifier { get; set; }

        /// <summary>The text names an administrative area ("the province of X", "X governorate").</summary>
        public bool WantsAdmin { get; set; }

        /// <summary>The text names a settlement ("the village of X", "X city").</summary>
        public bool WantsSettlement { get; set; }

        /// <summary>The name after a comma or in parentheses that may be its administrative area ("Alexandria, La.").</summary>
        public IReadOnlyList<Place> AdminHint { get; set; } = [];

        public int? Chosen { get; set; }

        /// <summary>The span is a country adjective ("Israeli").</summary>
        public bool Demonym { get; init; }

        /// <summary>The gazetteer's only readings are small places abroad; the name is treated as unknown.</summary>
        public bool Implausible { get; set; }

        /// <summary>Not in the text: the outlet's home town read from its web address, a clue for the others.</summary>
        public bool Hidden { get; init; }

        /// <summary>The gazetteer lacks the name; <see cref="Chosen"/> is the province it lies in, read from the places around it.</summary>
        public bool ByContext { get; set; }

        public double Score { get; set; }
    }

    private List<Candidate> FindCandidates(AnnotationContext context)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var blocked = BlockedSpans(context);
        var candidates = new List<Candidate>();
        var sentenceStarts = new HashSet<int>(context.Sentences.Select(s => s.Span.Start));
        var nameWords = PersonNameWords(context);
        var i = 0;
        while (i < tokens.Count)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || IsBlocked(blocked, t.Start, t.End))
            {
                i++;
                continue;
            }

            var startsName = char.IsUpper(text[t.Start]) || IsArticle(t.In(text)) && i + 2 < tokens.Count && tokens[i + 1].Of(text) == "-" && char.IsUpper(text[tokens[i + 2].Start]);
            if (!startsName)
            {
                i++;
                continue;
            }

            Candidate? found = null;
            var limit = Math.Min(tokens.Count, i + 7);
            var end = i;
            var ends = new List<int>();

            // The longest run of name-like tokens: capitalised words, lower-case particles inside ("Deir ez-Zor",
            // "Bosnia and Herzegovina"), hyphens and apostrophes glued to words.
            for (var k = i; k < limit; k++)
            {
                var tk = tokens[k];
                if (IsBlocked(blocked, tk.Start, tk.End) || k > i && text.AsSpan(tokens[k - 1].End, tk.Start - tokens[k - 1].End).ContainsAny("\n\r"))
                {
                    break;
                }

                if (tk.Kind == TokenKind.Word)
                {
                    if (char.IsUpper(text[tk.Start]) || k == i)
                    {
                        ends.Add(k);
                        continue;
                    }

                    if (IsParticle(tk.In(text)))
                    {
                        continue;
                    }

                    // Feature words complete a supplement name ("al-Omar oil field", "Tabqa dam", "Rukban camp").
                    if (FeatureWords.Contains(tk.Of(text)))
                    {
                        ends.Add(k);
                        continue;
                    }

                    break;
                }

                var symbol = text[tk.Start];
                var glued = k > i && tokens[k - 1].End == tk.Start && k + 1 < tokens.Count && tokens[k + 1].Start == tk.End;
                if ((symbol is '-' or '\'' or '’') && glued)
                {
                    continue;
                }

                // Dotted abbreviations: "U.S.", "D.C.", "W.Va.", "Ill." — the full stop after a short capitalised
                // piece belongs to the name.
                if (symbol == '.' && k > i && tokens[k - 1].End == tk.Start && char.IsUpper(text[tokens[k - 1].Start])
                    && (tokens[k - 1].Length <= 2 || k - 1 == i && StateAbbreviations.ContainsKey(tokens[k - 1].Of(text))))
                {
                    ends.Add(k);
                    continue;
                }

                break;
            }

            for (var e = ends.Count - 1; e >= 0; e--)
            {
                var last = ends[e];
                var span = new TextSpan(tokens[i].Start, tokens[last].End - tokens[i].Start);
                var surface = span.Slice(text);
                if (last == i && (!Acceptable(context, i, surface, sentenceStarts) || nameWords.Contains(surface)) || InsideGroupName(context, span))
                {
                    continue;
                }

                // "A UN team" is not a place called "A UN"; only "the" may open a longer name ("The Hague").
                var opener = tokens[i].Of(text).ToLowerInvariant();
                if (last > i && opener != "the" && !IsParticle(opener) && !Directions.Contains(opener) && CommonWords.Contains(opener))
                {
                    continue;
                }

                var key = GazetteerFormat.KeyOf(surface);
                if (last == i && _gazetteer.HasKey(GazetteerFormat.DemonymMarker + key))
                {
                    // "Malian", "Syrian": an adjective of a country, not the village of the same spelling.
                    continue;
                }

                var places = _gazetteer.FindKey(key);
                if (surface.EndsWith('.') || surface.Contains('.', StringComparison.Ordinal) && surface.Length <= 6)
                {
                    // An abbreviation is a US state after a comma ("Springfield, Ill.") or a known short form ("U.S.").
                    var bare = surface.TrimEnd('.');
                    if (StateAbbreviations.TryGetValue(bare, out var state) && Is(context, i - 1, ",") && bare.Length >= 2)
                    {
                        places = _gazetteer.Find(state).Where(p => _gazetteer.PlaceAt(p).FeatureCode == "A.ADM1" && _gazetteer.PlaceAt(p).CountryCode == "US").ToList();
                    }
                    else
                    {
                        places = places.Where(p => _gazetteer.PlaceAt(p).FeatureCode is "A.PCLI" or "A.ADM1").ToList();
                    }
                }
                else if (last == i && surface.Length <= 4 && surface.All(char.IsUpper))
                {
                    // A short all-capital word is a place only as a country code ("US", "UK", "UAE").
                    places = places.Where(p => _gazetteer.PlaceAt(p).FeatureCode == "A.PCLI").ToList();
                }

                if (places.Count > 0)
                {
                    found = new Candidate(span, key, places, i, last);
                    end = last;
                    break;
                }
            }

            if (found is null)
            {
                // A name the gazetteer lacks, introduced by a place word: "the village of Ramlah" (and "… and Abisan").
                if ((UnknownNamedPlace(context, i, sentenceStarts) ?? (candidates.Count > 0 ? ListedUnknownPlace(context, i, candidates[^1]) : null)) is { } unknown)
                {
                    candidates.Add(unknown);
                    i = unknown.LastToken + 1;
                    continue;
                }

                i++;
                continue;
            }

            Describe(context, found);
            candidates.Add(found);
            i = end + 1;
        }

        return candidates;
    }

    /// <summary>
    /// Words that name people in this article: the words of every person the actor recogniser found, and both words
    /// of capitalised pairs that are not places ("Michael Keenan" → later bare "Keenan" is a person, not a town).
    /// </summary>
    private HashSet<string> PersonNameWords(AnnotationContext context)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var text = context.Text;
        foreach (var actor in context.Actors)
        {
            if (actor.Kind == ActorMentionKind.Person)
            {
                foreach (var token in Tokenizer.Tokenize(text, actor.Span.Start, actor.Span.End))
                {
                    if (token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]))
                    {
                        words.Add(token.Of(text));
                    }
                }
            }
        }

        var tokens = context.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!IsNameWord(context, i) || !IsNameWord(context, i + 1) || tokens[i].End + 1 != tokens[i + 1].Start)
            {
                continue;
            }

            var first = tokens[i].Of(text);
            var second = tokens[i + 1].Of(text);
            var firstLower = first.ToLowerInvariant();
            var secondLower = second.ToLowerInvariant();
            if (CommonWords.Contains(firstLower) || CommonWords.Contains(secondLower) || PlaceContinuations.Contains(secondLower)
                || Directions.Contains(firstLower) || IsNameWord(context, i + 2) || i > 0 && IsNameWord(context, i - 1))
            {
                // Three capitalised words in a row are more often an organisation or a place than a person.
                continue;
            }

            if (_gazetteer.FindKey(GazetteerFormat.KeyOf(first + " " + second)).Count > 0)
            {
                continue;
            }

            // A well-known place keeps its name even beside another capitalised word ("Georgia Power", "Dublin Jerome").
            if (!IsStrongPlace(first))
            {
                words.Add(first);
            }

            if (!IsStrongPlace(second))
            {
                words.Add(second);
            }
        }

        return words;
    }

    private bool IsStrongPlace(string word)
        => _gazetteer.FindKey(GazetteerFormat.KeyOf(word)).Any(i => _gazetteer.PlaceAt(i) is { } p
            && (p.FeatureCode is "A.PCLI" or "A.ADM1" || p.FeatureCode.StartsWith("P.", StringComparison.Ordinal) && p.Population >= 20_000));

    private Candidate? UnknownNamedPlace(AnnotationContext context, int i, HashSet<int> sentenceStarts)
    {
        var tokens = context.Tokens;
        var text = context.Text;
        if (i < 2 || !Is(context, i - 1, "of") || !PlaceWordsBefore.Contains(Lower(context, i - 2)) || Lower(context, i - 2) is "outskirts" or "countryside" or "area" or "region")
        {
            return null;
        }

        var word = tokens[i].In(text);
        if (word.Length < 3 || CommonWords.Contains(word.ToString().ToLowerInvariant()) || sentenceStarts.Contains(tokens[i].Start))
        {
            return null;
        }

        var last = NameEnd(context, i);
        var span = new TextSpan(tokens[i].Start, tokens[last].End - tokens[i].Start);
        return new Candidate(span, GazetteerFormat.KeyOf(span.Slice(text)), [], i, last) { WantsSettlement = true };
    }

    /// <summary>The last token of a place name starting at <paramref name="i"/>: "Qarrat al-Foo", "Tal Abyad", "Kafr-Nabl".</summary>
    private static int NameEnd(AnnotationContext context, int i)
    {
        var tokens = context.Tokens;
        var text = context.Text;
        var last = i;
        while (last - i < 6 && last + 1 < tokens.Count)
        {
            var next = tokens[last + 1];
            var sameLine = !text.AsSpan(tokens[last].End, next.Start - tokens[last].End).ContainsAny("\n\r");
            if (!sameLine)
            {
                break;
            }

            if (next.Kind == TokenKind.Word && char.IsUpper(text[next.Start]) && !CommonWords.Contains(next.Of(text).ToLowerInvariant()))
            {
                last++;
            }
            else if (next.Kind == TokenKind.Word && IsArticle(next.In(text)) && last + 3 < tokens.Count && tokens[last + 2].Of(text) == "-"
                && char.IsUpper(text[tokens[last + 3].Start]))
            {
                last += 3;
            }
            else if (next.Of(text) == "-" && tokens[last].End == next.Start && last + 2 < tokens.Count && char.IsUpper(text[tokens[last + 2].Start]))
            {
                last += 2;
            }
            else
            {
                break;
            }
        }


        return last;
    }

    /// <summary>"the villages of Ramlah and Abisan": names listed after a plural place word.</summary>
    private static Candidate? ListedUnknownPlace(AnnotationContext context, int i, Candidate previous)
    {
        var tokens = context.Tokens;
        var text = context.Text;
        var articleStart = IsArticle(tokens[i].In(text)) && i + 2 < tokens.Count && tokens[i + 1].Of(text) == "-" && char.IsUpper(text[tokens[i + 2].Start]);
        if (!previous.WantsSettlement || i - previous.LastToken > 2 || Lower(context, i - 1) is not ("and" or ",")
            || !char.IsUpper(text[tokens[i].Start]) && !articleStart || tokens[i].Kind != TokenKind.Word || CommonWords.Contains(Lower(context, i)) && !articleStart)
        {
            return null;
        }

        var word = Lower(context, previous.FirstToken - 2);
        if (!word.EndsWith('s') || !PlaceWordsBefore.Contains(word))
        {
            return null;
        }

        var last = articleStart ? NameEnd(context, i + 2) : NameEnd(context, i);
        var span = new TextSpan(tokens[i].Start, tokens[last].End - tokens[i].Start);
        return new Candidate(span, GazetteerFormat.KeyOf(span.Slice(text)), [], i, last) { WantsSettlement = true };
    }

    private static bool IsArticle(ReadOnlySpan<char> word)
        => word is "al" or "as" or "ad" or "ar" or "at" or "az" or "an" or "ash" or "el" or "ad-";

    private static bool IsParticle(ReadOnlySpan<char> word)
        => word is "al" or "as" or "ad" or "ar" or "at" or "az" or "an" or "ash" or "el" or "ez" or "es" or "ed" or "en"
            or "de" or "del" or "la" or "le" or "di" or "da" or "do" or "dos" or "das" or "of" or "and" or "upon" or "on"
            or "sur" or "am" or "im" or "bin" or "ibn" or "bani" or "abu" or "umm" or "wadi" or "tal" or "tell" or "ras";

    private bool Acceptable(AnnotationContext context, int i, string surface, HashSet<int> sentenceStarts)
    {
        var lower = surface.ToLowerInvariant();
        if (surface.Length < 3 && !surface.All(char.IsUpper))
        {
            return false;
        }

        if (surface.Contains('\'', StringComparison.Ordinal) || surface.Contains('’', StringComparison.Ordinal))
        {
            // "We're", "I've", "O'Connor": contractions and Irish surnames, not places.
            return false;
        }

        if (CommonWords.Contains(lower))
        {
            // "Mobile", "Reading", "Victoria": common words stay out unless a place word or comma-admin follows.
            return Lower(context, i + 1) is "county" or "province" or "governorate" || Is(context, i + 1, ",") && context.Tokens.Count > i + 2 && char.IsUpper(context.Text[context.Tokens[i + 2].Start]) && !sentenceStarts.Contains(context.Tokens[i].Start) && lower is not ("the" or "a" or "and");
        }

        // Part of a personal name: "Michael Keenan", "Terry Cooper", "Mr. Gerber". A capitalised word right before or
        // after (that is not a place word, a direction or an ordinary sentence opener) makes a name, not a place.
        if (IsNameWord(context, i + 1) && !PlaceContinuations.Contains(Lower(context, i + 1)))
        {
            return false;
        }

        if (i > 0 && !sentenceStarts.Contains(context.Tokens[i].Start) && IsNameWord(context, i - 1)
            && !CommonWords.Contains(Lower(context, i - 1)) && !Directions.Contains(Lower(context, i - 1)))
        {
            return false;
        }

        if (Lower(context, i - 1) is "." && Lower(context, i - 2) is "mr" or "mrs" or "ms" or "dr" or "sen" or "rep" or "gov" or "gen" or "col" or "lt" or "sgt" or "capt" or "maj")
        {
            return false;
        }

        return true;
    }

    // Words that may follow a place name inside a longer capitalised phrase without making it a person's name.
    private static readonly FrozenSet<string> PlaceContinuations = new[]
    {
        "county", "city", "province", "governorate", "state", "river", "valley", "district", "region", "township",
        "parish", "borough", "village", "town", "airport", "base", "airbase", "camp", "crossing", "dam", "island",
        "islands", "mountains", "lake", "bay", "countryside", "desert", "front", "border", "police", "council",
        "university", "hospital", "school", "high", "street", "road", "avenue", "drive", "boulevard", "bridge", "park",
        "square", "center", "centre", "international", "municipality", "oblast", "area", "the", "and", "of",
        // Organisation words: "Texas Department of …", "Ohio State University", "Gainesville Times".
        "department", "office", "agency", "ministry", "service", "services", "health", "college", "company",
        "corporation", "association", "commission", "board", "authority", "news", "times", "tribune", "herald", "post",
        "daily", "register", "journal", "gazette", "chamber", "club", "church", "museum", "library", "academy",
        "institute", "foundation", "society", "union", "league", "team", "court", "hall", "assembly", "legislature",
        "senate", "house", "division", "brigade", "army", "forces", "guard", "national", "federal", "public", "community",
        "regional", "general", "memorial", "medical", "bar", "water", "power", "electric", "energy", "gas", "oil",
        "airlines", "railway", "transit", "sheriff", "fire", "rescue", "emergency", "county's", "state's",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool IsNameWord(AnnotationContext context, int i)
        => i >= 0 && i < context.Tokens.Count && context.Tokens[i].Kind == TokenKind.Word && context.Tokens[i].Length > 1
            && char.IsUpper(context.Text[context.Tokens[i].Start]) && !context.Tokens[i].In(context.Text).ToString().All(char.IsUpper)
            && (i == 0 || context.Text.AsSpan(context.Tokens[i - 1].End, context.Tokens[i].Start - context.Tokens[i - 1].End).IndexOfAny('\n', '\r') < 0);

    private static string Lower(AnnotationContext context, int i)
        => i >= 0 && i < context.Tokens.Count ? context.Tokens[i].Of(context.Text).ToLowerInvariant() : string.Empty;

    private static bool Is(AnnotationContext context, int i, string word) => Lower(context, i) == word;

    /// <summary>Reads the words around a candidate: qualifiers, trigger words and an administrative hint.</summary>
    private void Describe(AnnotationContext context, Candidate candidate)
    {
        var i = candidate.FirstToken;
        var after = candidate.LastToken + 1;
        var before = Lower(context, i - 1);
        var k = i - 1;
        if (before == "the")
        {
            k--;
            before = Lower(context, k);
        }

        if (Directions.Contains(before) || before is "-" && Directions.Contains(Lower(context, k - 1) + "-" + Lower(context, k + 1)))
        {
            candidate.Qualifier = before;
            candidate.WantsAdmin = true;
        }
        else if (before == "of" && PlaceWordsBefore.Contains(Lower(context, k - 1)))
        {
            var word = Lower(context, k - 1);
            if (word is "province" or "governorate" or "region" or "district" or "county" or "oblast" or "municipality")
            {
                candidate.WantsAdmin = true;
            }
            else if (word is "outskirts" or "countryside")
            {
                candidate.Qualifier = word;
            }
            else
            {
                candidate.WantsSettlement = true;
            }

            if (Directions.Contains(Lower(context, k - 2)))
            {
                candidate.Qualifier = Lower(context, k - 2);
            }
        }
        else if (before is "near" or "outside" or "around")
        {
            candidate.Qualifier = before;
        }

        var next = Lower(context, after);
        if (next is "'" or "’" && Lower(context, after + 1) == "s")
        {
            next = Lower(context, after + 2);
            after += 2;
        }

        if (AdminWordsAfter.Contains(next))
        {
            if (next == "countryside")
            {
                candidate.Qualifier ??= "countryside";
            }
            else
            {
                candidate.WantsAdmin = true;
            }
        }
        else if (next is "city" or "town" or "village")
        {
            candidate.WantsSettlement = true;
        }

        // "Alexandria, Louisiana", "Springfield, Ill.", "Hajin (Deir Ezzor)".
        if (next is "," or "(" && after + 1 < context.Tokens.Count)
        {
            var start = after + 1;
            var end = start;
            while (end < context.Tokens.Count && end < start + 4 && context.Tokens[end].Kind == TokenKind.Word && char.IsUpper(context.Text[context.Tokens[end].Start]))
            {
                end++;
            }

            if (end > start)
            {
                var hint = new TextSpan(context.Tokens[start].Start, context.Tokens[end - 1].End - context.Tokens[start].Start).Slice(context.Text);
                var places = _gazetteer.Find(hint);
                if (places.Count == 0 && StateAbbreviations.TryGetValue(hint.TrimEnd('.'), out var state))
                {
                    places = _gazetteer.Find(state);
                }

                // Only areas that can contain a place count as hints: countries, provinces, counties.
                candidate.AdminHint = places.Take(50).Select(_gazetteer.PlaceAt)
                    .Where(p => p.FeatureCode is "A.PCLI" or "A.ADM1" or "A.ADM2").ToList();
            }
        }
    }

    // AP-style and postal abbreviations of US states, common in local news datelines.
    private static readonly FrozenDictionary<string, string> StateAbbreviations = new Dictionary<string, string>
    {
        ["Ala"] = "Alabama", ["AL"] = "Alabama", ["Ariz"] = "Arizona", ["AZ"] = "Arizona", ["Ark"] = "Arkansas", ["AR"] = "Arkansas",
        ["Calif"] = "California", ["CA"] = "California", ["Colo"] = "Colorado", ["CO"] = "Colorado", ["Conn"] = "Connecticut",
        ["CT"] = "Connecticut", ["Del"] = "Delaware", ["DE"] = "Delaware", ["Fla"] = "Florida", ["FL"] = "Florida", ["Ga"] = "Georgia",
        ["GA"] = "Georgia", ["Ill"] = "Illinois", ["IL"] = "Illinois", ["Ind"] = "Indiana", ["IN"] = "Indiana", ["Kan"] = "Kansas",
        ["Kans"] = "Kansas", ["KS"] = "Kansas", ["Ky"] = "Kentucky", ["KY"] = "Kentucky", ["La"] = "Louisiana", ["LA"] = "Louisiana",
        ["Md"] = "Maryland", ["MD"] = "Maryland", ["Mass"] = "Massachusetts", ["MA"] = "Massachusetts", ["Mich"] = "Michigan",
        ["MI"] = "Michigan", ["Minn"] = "Minnesota", ["MN"] = "Minnesota", ["Miss"] = "Mississippi", ["MS"] = "Mississippi",
        ["Mo"] = "Missouri", ["MO"] = "Missouri", ["Mont"] = "Montana", ["MT"] = "Montana", ["Neb"] = "Nebraska", ["Nebr"] = "Nebraska",
        ["NE"] = "Nebraska", ["Nev"] = "Nevada", ["NV"] = "Nevada", ["N.H"] = "New Hampshire", ["NH"] = "New Hampshire",
        ["N.J"] = "New Jersey", ["NJ"] = "New Jersey", ["N.M"] = "New Mexico", ["NM"] = "New Mexico", ["N.Y"] = "New York",
        ["NY"] = "New York", ["N.C"] = "North Carolina", ["NC"] = "North Carolina", ["N.D"] = "North Dakota", ["ND"] = "North Dakota",
        ["Okla"] = "Oklahoma", ["OK"] = "Oklahoma", ["Ore"] = "Oregon", ["Oreg"] = "Oregon", ["OR"] = "Oregon", ["Pa"] = "Pennsylvania",
        ["PA"] = "Pennsylvania", ["R.I"] = "Rhode Island", ["RI"] = "Rhode Island", ["S.C"] = "South Carolina", ["SC"] = "South Carolina",
        ["S.D"] = "South Dakota", ["SD"] = "South Dakota", ["Tenn"] = "Tennessee", ["TN"] = "Tennessee", ["Tex"] = "Texas",
        ["TX"] = "Texas", ["Vt"] = "Vermont", ["VT"] = "Vermont", ["Va"] = "Virginia", ["VA"] = "Virginia", ["Wash"] = "Washington",
        ["WA"] = "Washington", ["W.Va"] = "West Virginia", ["WV"] = "West Virginia", ["Wis"] = "Wisconsin", ["Wisc"] = "Wisconsin",
        ["WI"] = "Wisconsin", ["Wyo"] = "Wyoming", ["WY"] = "Wyoming", ["IA"] = "Iowa", ["ME"] = "Maine", ["NH."] = "New Hampshire",
        ["UT"] = "Utah", ["ID"] = "Idaho", ["HI"] = "Hawaii", ["AK"] = "Alaska", ["OH"] = "Ohio", ["D.C"] = "District of Columbia",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static List<TextSpan> BlockedSpans(AnnotationContext context)
    {
        var spans = new List<TextSpan>();
        foreach (var actor in context.Actors)
        {
            // Persons and organisations are not places ("Maria Zakharova", "Damascus University"); a dictionary actor
            // blocks only its own exact words ("Hezbollah"), so "the Damascus government" still names Damascus.
            if (actor.Kind is ActorMentionKind.Person)
            {
                spans.Add(actor.Span);
            }
        }

        foreach (var date in context.Dates)
        {
            if (date.Kind is TemporalKind.Date or TemporalKind.Time)
            {
                spans.Add(date.Span);
            }
        }

        return spans;
    }

    /// <summary>
    /// Inside a named group only a name at its first capitalised word may be a place ("Damascus government", "Texas
    /// Department of Public Safety", "U.S. forces"), never one further in (the "Sham" of "Hayat Tahrir al-Sham", the
    /// "Arab" of "Syrian Arab Army").
    /// </summary>
    private static bool InsideGroupName(AnnotationContext context, TextSpan candidate)
    {
        foreach (var actor in context.Actors)
        {
            if (actor.Kind is not (ActorMentionKind.Known or ActorMentionKind.Organisation)
                || candidate.Start < actor.Span.Start || candidate.End > actor.Span.End)
            {
                continue;
            }

            var first = actor.Span.Start;
            while (first < actor.Span.End && !char.IsUpper(context.Text[first]))
            {
                first++;
            }

            if (candidate.Start != first)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBlocked(List<TextSpan> blocked, int start, int end)
    {
        foreach (var span in blocked)
        {
            if (start < span.End && span.Start < end)
            {
                return true;
            }
        }

        return false;
    }

    private List<PlaceMention> Resolve(AnnotationContext context, List<Candidate> candidates)
    {
        if (OutletHome(context) is { } home)
        {
            candidates.Insert(0, home);
        }

        var knownActorSpans = context.Actors.Where(a => a.Kind == ActorMentionKind.Known).Select(a => a.Span).ToHashSet();
        var focus = InitialFocus(context);
        var regions = new Dictionary<string, double>(StringComparer.Ordinal);
        var contributions = new Dictionary<string, (string? Country, string? Region, double Weight)>(StringComparer.Ordinal);

        // Pass 1: priors only; pass 2: with the article's country focus and closeness to the other places.
        var support = MutualSupport(candidates);
        const int Passes = 3;
        for (var pass = 0; pass < Passes; pass++)
        {
            // Each other name once, with the place pass 1 chose for it.
            var others = pass == 0 ? [] : candidates.Where(c => c.Chosen is not null).DistinctBy(c => c.Key)
                .Select(c => (c, Place: _gazetteer.PlaceAt(c.Chosen!.Value))).ToList();
            foreach (var candidate in candidates)
            {
                double best = double.NegativeInfinity;
                int? chosen = null;
                var countryFocus = Without(focus, contributions, candidate.Key, region: false);
                var regionFocus = Without(regions, contributions, candidate.Key, region: true);
                foreach (var index in candidate.Places)
                {
                    var place = _gazetteer.PlaceAt(index);
                    var score = Score(candidate, place, NameKey(index, place), countryFocus, regionFocus, others)
                        + support.GetValueOrDefault((candidate.Key, index));
                    if (score > best)
                    {
                        best = score;
                        chosen = index;
                    }
                }

                candidate.Chosen = chosen;
                candidate.Score = best;
            }

            if (pass < Passes - 1)
            {
                // The focus is recounted from this pass's choices, so a correction in one pass informs the next.
                focus = InitialFocus(context);
                regions.Clear();
                contributions.Clear();
                foreach (var candidate in candidates)
                {
                    // Each distinct name votes once (a name repeated twenty times is still one clue), unambiguous names
                    // fully and names shared by many places little.
                    if (candidate.Chosen is not { } c || !contributions.TryAdd(candidate.Key, default))
                    {
                        continue;
                    }

                    var place = _gazetteer.PlaceAt(c);
                    var weight = (place.FeatureCode is "A.PCLI" or "A.ADM1" ? 2.0 : 1.0) / Math.Sqrt(candidate.Places.Count);
                    focus[place.CountryCode] = focus.GetValueOrDefault(place.CountryCode) + weight;
                    string? region = null;
                    if (place.Admin1 is { } admin1 && place.FeatureCode != "A.PCLI")
                    {
                        region = place.CountryCode + "|" + admin1;
                        regions[region] = regions.GetValueOrDefault(region) + weight;
                    }

                    contributions[candidate.Key] = (place.CountryCode, region, weight);
                }
            }
        }

        DropImplausibleForeignVillages(context, candidates, focus, contributions);
        DropGroupModifiers(context, candidates, contributions);
        KeepPartsInsideTheirWhole(context, candidates);
        LocateByContext(context, candidates);
        var mentions = new List<PlaceMention>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (candidate.Hidden)
            {
                continue;
            }

            // A dictionary actor spelled like a place ("Hezbollah" is a village in GeoNames) is the actor.
            if (knownActorSpans.Contains(candidate.Span) && (candidate.Chosen is null || _gazetteer.PlaceAt(candidate.Chosen.Value).FeatureCode is not "A.PCLI"))
            {
                continue;
            }

            var place = candidate.Chosen is { } index ? _gazetteer.PlaceAt(index) : null;
            mentions.Add(new PlaceMention(
                candidate.Span, candidate.Span.Slice(context.Text), place, candidate.ByContext ? 3 : Precision(candidate, place),
                candidate.ByContext ? "not in the gazetteer; province from the places around it" : candidate.Qualifier,
                place is null ? 0 : candidate.ByContext ? 0.3 : Confidence(candidate.Score)));
        }

        return mentions;
    }

    /// <summary>
    /// A small village abroad is not what an article squarely about one country means by a name the gazetteer only
    /// knows there ("al-Shafa" near Hajin is not Ash Shafa in Saudi Arabia): such readings are dropped, and the name
    /// is placed in the province of the places around it instead.
    /// </summary>
    private void DropImplausibleForeignVillages(AnnotationContext context, List<Candidate> candidates, Dictionary<string, double> allFocus,
        Dictionary<string, (string? Country, string? Region, double Weight)> contributions)
    {
        // Rebels, militias and local armed groups fight at home (unlike state forces and coalitions, which fight abroad):
        // naming one is as good a clue to the article's country as a second place name.
        var localGroupCountries = context.Actors.Where(a => a.Inter is 2 or 3 or 4 && a.Country is not null).Select(a => a.Country!).ToHashSet(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (candidate.Chosen is not { } index || candidate.Hidden)
            {
                continue;
            }

            // The places' own focus without this name's vote: actors' countries do not count here ("the US-led
            // coalition" fights abroad), nor does the outlet's domain.
            _ = allFocus;
            var focus = new Dictionary<string, double>(StringComparer.Ordinal);
            var names = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (key, vote) in contributions)
            {
                if (key != candidate.Key && vote.Country is { } votedCountry)
                {
                    focus[votedCountry] = focus.GetValueOrDefault(votedCountry) + vote.Weight;
                    names[votedCountry] = names.GetValueOrDefault(votedCountry) + 1;
                }
            }

            var total = focus.Values.Sum();
            if (total <= 0)
            {
                continue;
            }

            var (main, weight) = focus.MaxBy(f => f.Value);
            var place = _gazetteer.PlaceAt(index);
            // One other name is not yet an article "squarely about one country".
            // With only a local group for a clue, the village's own country must be named by nobody in the text either.
            var secondClue = names.GetValueOrDefault(main) >= 2
                || localGroupCountries.Contains(main) && !context.Actors.Any(a => a.Country == place.CountryCode) && OutletCountry(context.Outlet) != place.CountryCode;
            if (weight / total >= 0.8 && secondClue && place.CountryCode != main && place.Population < 100_000
                && place.FeatureCode.StartsWith("P.", StringComparison.Ordinal) && focus.GetValueOrDefault(place.CountryCode) <= 0
                && !candidate.Places.Any(i => _gazetteer.PlaceAt(i).CountryCode == main))
            {
                candidate.Chosen = null;
                candidate.WantsSettlement = true;
                candidate.Implausible = true;
            }
        }
    }

    // Nouns for armed or social groups: a name right before one usually names the group ("Liya police", "Abala
    // herdsmen"), not where the event happened. "Residents" and "villagers" are left out: "Kumasi residents" live there.
    private static readonly HashSet<string> GroupNouns = new(StringComparer.Ordinal)
    {
        "police", "policemen", "herdsmen", "herders", "pastoralists", "militia", "militias", "militiamen", "fighters",
        "forces", "youths", "youth", "gunmen", "troops", "rebels", "farmers", "community", "communities", "clan", "clans",
        "tribe", "tribesmen", "cadres", "supporters", "members", "vigilantes", "group", "groups", "army", "traders",
    };

    private static readonly string[] PlacePrepositions = ["in", "near", "at", "from", "of", "to", "into", "outside", "around", "towards", "toward"];

    /// <summary>
    /// A name that only qualifies a group ("Liya police allegedly attacked pastoralists", "Abala militia attack Tur")
    /// is not read as a small place abroad when nothing else in the text points to that country.
    /// </summary>
    private void DropGroupModifiers(AnnotationContext context, List<Candidate> candidates,
        Dictionary<string, (string? Country, string? Region, double Weight)> contributions)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.Chosen is not { } index || candidate.Hidden)
            {
                continue;
            }

            var place = _gazetteer.PlaceAt(index);
            if (place.Population >= 100_000 || place.FeatureCode is "A.PCLI" or "A.ADM1")
            {
                continue;
            }

            var text = context.Text;
            var next = NextWord(text, candidate.Span.End);
            var previous = PreviousWord(text, candidate.Span.Start);
            if (next is null || !GroupNouns.Contains(next) || previous is not null && PlacePrepositions.Contains(previous.ToLowerInvariant()))
            {
                continue;
            }

            var supported = contributions.Any(c => c.Key != candidate.Key && c.Value.Country == place.CountryCode)
                || context.Actors.Any(a => a.Country == place.CountryCode)
                || OutletCountry(context.Outlet) == place.CountryCode;
            if (!supported)
            {
                candidate.Chosen = null;
            }
        }
    }

    private static readonly Regex PartOf = new(@"^\s+(?:area|district|neighbou?rhood|suburb|outskirts|part|quarter|township|locality|sub-city|municipality)\s+of\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// "El Manar area of Tunis", "Hanna Furi area of Lafto": the part lies in the whole. A reading of the part far
    /// from the whole's is a namesake elsewhere; the part is then placed by the places around it (the whole's
    /// province), as an unlisted neighbourhood.
    /// </summary>
    private void KeepPartsInsideTheirWhole(AnnotationContext context, List<Candidate> candidates)
    {
        for (var c = 0; c + 1 < candidates.Count; c++)
        {
            var part = candidates[c];
            var whole = candidates[c + 1];
            if (part.Chosen is not { } partIndex || whole.Chosen is not { } wholeIndex || whole.Span.Start <= part.Span.End
                || !PartOf.IsMatch(context.Text[part.Span.End..whole.Span.Start]))
            {
                continue;
            }

            var partPlace = _gazetteer.PlaceAt(partIndex);
            var wholePlace = _gazetteer.PlaceAt(wholeIndex);
            if (partPlace.CountryCode != wholePlace.CountryCode || Geo.DistanceKm(partPlace.Latitude, partPlace.Longitude, wholePlace.Latitude, wholePlace.Longitude) > 100)
            {
                part.Chosen = null;
                part.WantsSettlement = true;
                part.Implausible = true;
            }
        }
    }

    private static string? NextWord(string text, int from)
    {
        var i = from;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var start = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return i > start ? text[start..i] : null;
    }

    private static string? PreviousWord(string text, int before)
    {
        var i = before;
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }

        var end = i;
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        return end > i ? text[i..end] : null;
    }

    /// <summary>
    /// Places the gazetteer lacks ("the village of Ramlah") are put in the province of the nearest place resolved before
    /// them in the same or the previous paragraph, as ACLED codes an unlocatable village at its province.
    /// </summary>
    private void LocateByContext(AnnotationContext context, List<Candidate> candidates)
    {
        for (var c = 0; c < candidates.Count; c++)
        {
            var candidate = candidates[c];
            if (candidate.Places.Count > 0 && !candidate.Implausible || !candidate.WantsSettlement)
            {
                continue;
            }

            var paragraph = ParagraphOf(context, candidate.Span.Start);

            // A place named later in the same sentence ("the village of X near Hama") is the best clue, then earlier ones.
            var sentence = context.Sentences.FirstOrDefault(x => x.Span.Start <= candidate.Span.Start && candidate.Span.Start < x.Span.End);
            var order = Enumerable.Range(c + 1, candidates.Count - c - 1)
                .Where(n => sentence is not null && candidates[n].Span.Start < sentence.Span.End)
                .Concat(Enumerable.Range(0, c).Reverse());
            foreach (var p in order)
            {
                var previous = candidates[p];
                if (previous.Chosen is not { } index || previous.ByContext || previous.Hidden)
                {
                    continue;
                }

                if (paragraph - ParagraphOf(context, previous.Span.Start) > 1)
                {
                    break;
                }

                var place = _gazetteer.PlaceAt(index);
                if (place.Admin1 is null)
                {
                    continue;
                }

                var province = _gazetteer.Find(place.Admin1).Select(i => (Index: i, Place: _gazetteer.PlaceAt(i)))
                    .FirstOrDefault(x => x.Place.FeatureCode == "A.ADM1" && x.Place.CountryCode == place.CountryCode && x.Place.Admin1 == place.Admin1);
                if (province.Place is not null)
                {
                    candidate.Chosen = province.Index;
                    candidate.ByContext = true;
                    candidate.Score = 0;
                }

                break;
            }
        }
    }

    private static int ParagraphOf(AnnotationContext context, int offset)
    {
        for (var p = 0; p < context.Paragraphs.Count; p++)
        {
            if (offset < context.Paragraphs[p].End)
            {
                return p;
            }
        }

        return context.Paragraphs.Count;
    }

    private static double Confidence(double score) => Math.Round(1 / (1 + Math.Exp(-(score - 8) / 3)), 3);

    private static int Precision(Candidate candidate, Place? place)
    {
        if (place is null)
        {
            return 2;
        }

        if (place.FeatureCode is "A.PCLI" or "A.ADM1" || place.FeatureCode.StartsWith("L.RGN", StringComparison.Ordinal))
        {
            return 3;
        }

        if (place.FeatureCode is "A.ADM2" || candidate.Qualifier is not null)
        {
            return 2;
        }

        return 1;
    }

    private Dictionary<string, double> InitialFocus(AnnotationContext context)
    {
        var focus = new Dictionary<string, double>(StringComparer.Ordinal);
        if (context.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            var tld = uri.Host[(uri.Host.LastIndexOf('.') + 1)..].ToUpperInvariant();
            if (tld.Length == 2 && tld is not ("IO" or "CO" or "TV" or "ME" or "FM" or "AI"))
            {
                focus[tld == "UK" ? "GB" : tld] = 1;
            }
        }

        foreach (var actor in context.Actors)
        {
            if (actor.Country is { } country)
            {
                focus[country] = focus.GetValueOrDefault(country) + 0.5;
            }
        }

        if (OutletCountry(context.Outlet) is { } home)
        {
            focus[home] = focus.GetValueOrDefault(home) + 1;
        }

        return focus;
    }

    // Outlets whose name carries a country but which report on the whole world ("Agence France Presse").
    private static readonly string[] InternationalOutletWords = ["presse", "international", "internationale", "world", "global", "worldwide"];

    /// <summary>
    /// The country an outlet's name places it in: "Libya Herald", "Daily Nation (Kenya)", "The Guardian (Lagos)",
    /// "Zambian Watchdog". National and local outlets mostly report on their own country.
    /// </summary>
    internal string? OutletCountry(string? outlet)
    {
        if (string.IsNullOrWhiteSpace(outlet) || outlet.Contains("://", StringComparison.Ordinal))
        {
            return null;
        }

        var words = Tokenizer.Tokenize(outlet).Where(t => t.Kind == TokenKind.Word).Select(t => t.Of(outlet)).ToList();
        if (words.Any(w => InternationalOutletWords.Contains(w.ToLowerInvariant())))
        {
            return null;
        }

        (string Country, long Rank)? best = null;
        for (var n = Math.Min(3, words.Count); n >= 1; n--)
        {
            for (var i = 0; i + n <= words.Count; i++)
            {
                if (!char.IsUpper(words[i][0]))
                {
                    continue;
                }

                var name = string.Join(' ', words.Skip(i).Take(n));
                var found = _gazetteer.Find("~" + name).Select(index => (Place: _gazetteer.PlaceAt(index), Demonym: true))
                    .Concat(_gazetteer.Find(name).Select(index => (Place: _gazetteer.PlaceAt(index), Demonym: false)));
                foreach (var (place, demonym) in found)
                {
                    // A country or province named outright ranks first, then big cities; villages sharing a word
                    // with a newspaper's title ("Herald", "Tribune") are no clue.
                    long rank = demonym || place.FeatureCode is "A.PCLI" ? long.MaxValue : place.FeatureCode == "A.ADM1" ? long.MaxValue / 2
                        : place.FeatureCode.StartsWith("P.PPLC", StringComparison.Ordinal) || place.FeatureCode.StartsWith("P.", StringComparison.Ordinal) && place.Population >= 250_000 ? place.Population : -1;
                    if (rank >= 0 && (best is null || rank > best.Value.Rank))
                    {
                        best = (place.CountryCode, rank);
                    }
                }
            }

            if (best is not null)
            {
                break;
            }
        }

        return best?.Country;
    }

    private static readonly string[] HostNoise =
    [
        "www", "news", "local", "daily", "times", "online", "register", "herald", "tribune", "journal", "gazette", "post",
        "star", "press", "dispatch", "courier", "observer", "record", "review", "sun", "telegraph", "chronicle", "today",
        "the", "weekly", "mail", "express", "bulletin", "independent", "citizen", "leader", "advocate", "democrat",
    ];

    /// <summary>
    /// A town named in the outlet's web address ("gainesvilletimes.com", "columbuslocalnews.com"): local news is about
    /// the outlet's home, so it is a clue for resolving the article's other names.
    /// </summary>
    private Candidate? OutletHome(AnnotationContext context)
    {
        if (context.Url is not { } url || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var labels = uri.Host.Split('.');
        if (labels.Length < 2)
        {
            return null;
        }

        var label = labels[^2] is "co" or "com" or "org" or "net" && labels.Length >= 3 ? labels[^3] : labels[^2];
        label = label.Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        IReadOnlyList<int> best = [];
        var bestLength = 0;
        for (var start = 0; start < label.Length; start++)
        {
            for (var length = label.Length - start; length >= 5 && length > bestLength; length--)
            {
                var piece = label.Substring(start, length);
                if (HostNoise.Contains(piece))
                {
                    continue;
                }

                var places = _gazetteer.FindKey(GazetteerFormat.KeyOf(piece))
                    .Where(i => _gazetteer.PlaceAt(i) is { } p && (p.FeatureCode.StartsWith("P.", StringComparison.Ordinal) && p.Population >= 5_000 || p.FeatureCode is "A.PCLI" or "A.ADM1"))
                    .ToList();
                if (places.Count > 0)
                {
                    best = places;
                    bestLength = length;
                }
            }
        }

        return best.Count == 0 ? null : new Candidate(new TextSpan(0, 0), "@" + label, best, 0, 0) { Hidden = true };
    }

    /// <summary>
    /// Spatial coherence: a reading of an ambiguous name gains when the article's other names have a reading close to
    /// it ("Paris" with "Henry County": Paris, Tennessee is the seat of a Henry County; Paris, France has none nearby).
    /// Computed once over the candidates' possible places, not just the chosen ones, so it cannot lock in an early
    /// mistake.
    /// </summary>
    private Dictionary<(string Key, int Index), double> MutualSupport(List<Candidate> candidates)
    {
        const int MaxPlaces = 25;
        const int MaxNames = 20;
        var result = new Dictionary<(string, int), double>();
        var names = candidates.Where(c => c.Places.Count > 0).DistinctBy(c => c.Key).Take(MaxNames)
            .Select(c => (c.Key, Places: c.Places.Select(i => (Index: i, Place: _gazetteer.PlaceAt(i)))
                .OrderByDescending(x => x.Place.Population).Take(MaxPlaces).ToList()))
            .ToList();
        if (names.Count < 2)
        {
            return result;
        }

        foreach (var (key, places) in names)
        {
            if (places.Count < 2)
            {
                continue;
            }

            foreach (var (index, place) in places)
            {
                var bonus = 0.0;
                foreach (var (otherKey, otherPlaces) in names)
                {
                    if (otherKey == key)
                    {
                        continue;
                    }

                    var nearest = double.MaxValue;
                    foreach (var (_, other) in otherPlaces)
                    {
                        // Countries and provinces contain their places rather than lying near them.
                        if (other.FeatureCode is "A.PCLI")
                        {
                            continue;
                        }

                        nearest = Math.Min(nearest, FastKm(place, other));
                    }

                    bonus += nearest < 50 ? 1.5 : nearest < 150 ? 0.7 : 0;
                }

                if (bonus > 0)
                {
                    result[(key, index)] = Math.Min(bonus, 4.5);
                }
            }
        }

        return result;
    }

    // Equirectangular distance: accurate enough under a few hundred kilometres and much cheaper than haversine.
    private static double FastKm(Place a, Place b)
    {
        var x = (b.Longitude - a.Longitude) * Math.Cos((a.Latitude + b.Latitude) * Math.PI / 360);
        var y = b.Latitude - a.Latitude;
        return Math.Sqrt((x * x) + (y * y)) * 111.195;
    }

    /// <summary>The focus without the vote of the name being resolved, so that a name cannot confirm itself.</summary>
    private static Dictionary<string, double> Without(Dictionary<string, double> focus, Dictionary<string, (string? Country, string? Region, double Weight)> contributions, string key, bool region)
    {
        if (!contributions.TryGetValue(key, out var own) || (region ? own.Region : own.Country) is not { } target || !focus.ContainsKey(target))
        {
            return focus;
        }

        var copy = new Dictionary<string, double>(focus, StringComparer.Ordinal);
        copy[target] -= own.Weight;
        return copy;
    }

    private string NameKey(int index, Place place) => _nameKeys[index] ??= GazetteerFormat.KeyOf(place.Name);

    private static double Score(Candidate candidate, Place place, string nameKey, Dictionary<string, double> focus, Dictionary<string, double> regions, List<(Candidate Candidate, Place Place)> others)
    {
        var score = Math.Log10(place.Population + 10);
        var feature = place.FeatureCode;
        score += feature switch
        {
            "A.PCLI" => 7,
            "A.ADM1" => 2,
            "A.ADM2" => 1,
            "P.PPLC" => 3,
            "P.PPLA" => 2,
            "P.PPLA2" => 1,
            "P.PPLX" => 0.5,
            _ => 0,
        };

        if (place.GeoNameId is < 0 and > -100_000)
        {
            // Sitrep's own supplement is small and deliberate: a name there is what conflict news means by it.
            score += 6;
        }

        // A place called by its own name beats one that only lists it among alternates (Lakewood, Ohio was once
        // "Arlington").
        if (nameKey == candidate.Key)
        {
            score += 3;
        }

        if (candidate.WantsAdmin)
        {
            score += feature is "A.ADM1" ? 6 : feature is "A.ADM2" or "A.PCLI" ? 3 : -2;
        }

        if (candidate.WantsSettlement && feature.StartsWith("P.", StringComparison.Ordinal))
        {
            score += 3;
        }

        foreach (var hint in candidate.AdminHint)
        {
            // The name after the comma is this place's province or country: strong evidence.
            if (hint.CountryCode == place.CountryCode && (hint.FeatureCode == "A.PCLI" || hint.Admin1 == place.Admin1 && hint.FeatureCode == "A.ADM1"))
            {
                score += hint.FeatureCode == "A.PCLI" ? 5 : 8;
                break;
            }
        }

        if (candidate.Demonym && feature == "A.PCLI")
        {
            score += 10;
        }

        // The article's country focus, then its province focus (local news stays in one state or governorate).
        var total = focus.Values.Sum();
        if (total > 0 && focus.TryGetValue(place.CountryCode, out var weight))
        {
            score += 6 * weight / total;
        }

        var regionTotal = regions.Values.Sum();
        if (regionTotal > 0 && place.Admin1 is { } placeAdmin1 && regions.TryGetValue(place.CountryCode + "|" + placeAdmin1, out var regionWeight))
        {
            score += 4 * regionWeight / regionTotal;
        }

        // Closeness to the article's other places; a name never supports itself, and the bonus is capped so that a
        // long list of places cannot outweigh everything else.
        var nearby = 0.0;
        foreach (var (other, otherPlace) in others)
        {
            if (other.Key == candidate.Key)
            {
                continue;
            }

            if (otherPlace.FeatureCode is "A.PCLI" or "A.ADM1" && otherPlace.CountryCode == place.CountryCode
                && (otherPlace.FeatureCode == "A.PCLI" || otherPlace.Admin1 == place.Admin1))
            {
                nearby += 0.5;
                continue;
            }

            var km = Geo.DistanceKm(place.Latitude, place.Longitude, otherPlace.Latitude, otherPlace.Longitude);
            if (km < 100)
            {
                nearby += 1;
            }
            else if (km < 300)
            {
                nearby += 0.4;
            }
        }

        return score + Math.Min(nearby, 3);
    }
}
