using System.Collections.Frozen;
using Sitrep.Language.Text;

namespace Sitrep.Language.Actors;

/// <summary>
/// Organisations and persons that are not in the dictionary, recognised by form only. Without a gazetteer a bare
/// capitalised sequence may be a place ("Deir Ezzor"), so this asks for evidence: an organisation's head word
/// ("Brigade", "Council", "Operations Room"), a person's title, an appositive role, or a speech verb.
/// </summary>
internal static class NameFinder
{
    private const int MaxNameWords = 6;

    private static readonly FrozenSet<string> OrganisationHeads = Set(
        "brigade", "brigades", "battalion", "battalions", "front", "army", "armies", "movement", "council", "committee", "committees",
        "party", "forces", "force", "division", "ministry", "agency", "organisation", "organization", "observatory", "regiment",
        "corps", "union", "alliance", "coalition", "command", "directorate", "service", "services", "guard", "guards", "militia",
        "network", "office", "commission", "authority", "institute", "centre", "center", "group", "legion", "league", "mission",
        "department", "administration", "assembly", "parliament", "brotherhood", "cartel", "federation", "association",
        "foundation", "crescent", "cross", "bureau", "unit", "units", "squadron", "fleet", "news", "times", "post", "television",
        "radio", "helmets", "gendarmerie", "police", "tribunal", "court");

    private static readonly FrozenSet<string> Connectors = Set("of", "for", "in", "against", "and", "the", "de", "du", "des", "la", "al", "el");

    private static readonly FrozenSet<string> Particles = Set(
        "al", "el", "bin", "ibn", "bint", "abu", "abd", "abdul", "umm", "ould", "ag", "de", "del", "della", "da", "di", "van", "von",
        "der", "den", "ben", "le", "la", "ul", "ad", "ar", "as", "ash", "at", "az", "an", "ud");

    // Capitalised words that begin sentences or dates rather than names.
    private static readonly FrozenSet<string> Stopwords = Set(
        "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "his", "her", "its",
        "their", "our", "my", "in", "on", "at", "by", "for", "from", "with", "as", "but", "and", "or", "if", "when", "while",
        "after", "before", "since", "during", "meanwhile", "however", "also", "then", "now", "according", "earlier", "later",
        "last", "next", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "members", "member",
        "reports", "report", "sources", "there", "here", "what", "who", "why", "how", "where", "which", "both", "all", "some",
        "many", "most", "several", "other", "another", "each", "every", "no", "not", "yes", "so", "thus", "yet", "still", "even",
        "just", "only", "over", "under", "about", "into", "against", "between", "without", "within", "among", "amid", "despite",
        "although", "though", "because", "unless", "until", "once", "twice", "one", "two", "three", "first", "second", "third",
        "new", "old", "former", "late", "breaking", "update", "updated", "photo", "video", "read", "more", "click", "share",
        "screenshot", "map", "source", "image", "via", "said", "says", "told", "mr", "mrs", "ms", "dr", "sir", "st", "mount",
        "lake", "river", "city", "province", "district", "village", "town", "camp", "base", "desert", "valley", "north", "south",
        "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater", "islamic", "arab",
        "kurdish", "muslim", "christian", "shia", "shiite", "sunni", "druze", "alawite", "western", "pro", "anti", "god", "allah");

    private static readonly FrozenSet<string> SpeechVerbs = Set(
        "said", "says", "told", "stated", "added", "noted", "warned", "announced", "claimed", "confirmed", "explained", "wrote",
        "declared", "insisted", "argued", "tweeted", "stressed", "emphasized", "emphasised", "asserted", "denied", "alleged",
        "commented", "replied", "responded", "urged", "vowed", "threatened", "admitted", "acknowledged", "revealed");

    // Titles and roles, folded; a name must follow them.
    private static readonly FrozenSet<string> Titles = Set(
        "president", "vice president", "prime minister", "deputy prime minister", "foreign minister", "defense minister",
        "defence minister", "interior minister", "minister", "deputy minister", "deputy foreign minister", "minister of defense",
        "minister of defence", "minister of foreign affairs", "secretary of state", "secretary of defense", "defense secretary",
        "defence secretary", "foreign secretary", "home secretary", "secretary general", "secretary", "general", "brigadier general",
        "brig gen", "brigadier", "major general", "maj gen", "lieutenant general", "lt gen", "lieutenant colonel", "lt col", "colonel",
        "col", "gen", "major", "maj", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "admiral", "adm", "vice admiral",
        "rear admiral", "marshal", "field marshal", "commander", "chief of staff", "chief", "spokesman", "spokeswoman", "spokesperson",
        "ambassador", "envoy", "special envoy", "senator", "sen", "congressman", "congresswoman", "governor", "gov", "mayor", "king",
        "queen", "prince", "crown prince", "emir", "amir", "sheikh", "shaikh", "sheik", "imam", "ayatollah", "grand ayatollah",
        "supreme leader", "leader", "mullah", "cleric", "chairman", "chairwoman", "director", "mr", "mrs", "ms", "dr", "prof",
        "professor", "pope", "patriarch", "chancellor", "premier", "official", "journalist", "correspondent", "reporter", "analyst",
        "activist", "founder", "caliph", "field commander", "deputy commander", "military commander", "commander in chief",
        "field commanders", "commanders", "leaders", "officials", "spokesmen");

    private static readonly FrozenSet<string> PluralTitles = Set("field commanders", "commanders", "leaders", "officials", "spokesmen");

    // Role words an appositive may end in ("Maria Zakharova, the spokeswoman of ...").
    private static readonly FrozenSet<string> AppositiveRoles = Set(
        "spokeswoman", "spokesman", "spokesperson", "commander", "leader", "minister", "president", "general", "ambassador", "chief",
        "head", "director", "envoy", "official", "founder", "emir", "governor", "mayor", "colonel", "officer", "chairman", "secretary",
        "analyst", "journalist", "correspondent", "researcher", "activist", "member", "cleric", "advisor", "adviser");

    // Lower-case role nouns whose printed title includes the capitalised words before them ("Foreign Ministry spokeswoman").
    private static readonly FrozenSet<string> ExtendableTitles = Set(
        "spokesman", "spokeswoman", "spokesperson", "leader", "commander", "minister", "official", "chief", "ambassador", "envoy",
        "commanders", "leaders", "officials", "director", "field commander", "field commanders", "military commander");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleFirstWords =
        Titles.Select(t => t.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Find(string text, Token[] tokens, byte[] occupied, bool[] sentenceStart, List<ActorMention> mentions)
    {
        var persons = new List<ActorMention>();
        var used = new bool[tokens.Length];
        FindPersons(text, tokens, occupied, sentenceStart, used, persons);
        FindOrganisations(text, tokens, occupied, sentenceStart, used, mentions);
        FindSurnames(text, tokens, occupied, used, persons);
        foreach (var person in persons)
        {
            // A "person" inside an organisation's name ("… for Human Rights said") is part of that name; one whose
            // title ran across a sentence end ("officials. Researchers said") is a misreading.
            if (mentions.Any(m => m.Kind is ActorMentionKind.Organisation or ActorMentionKind.Known && m.Span.Start < person.Span.End && person.Span.Start < m.Span.End)
                || person.Title is { } title && title.EndsWith('.') && !title.EndsWith("Dr.", StringComparison.Ordinal) && !title.EndsWith("Gen.", StringComparison.Ordinal))
            {
                continue;
            }

            // "told Euphrates Daily", "Levant Monitor reported": outlets and agencies named like people.
            var lastSpace = person.Name.LastIndexOf(' ');
            var lastWord = lastSpace < 0 ? person.Name : person.Name[(lastSpace + 1)..];
            if (OutletWords.Contains(lastWord))
            {
                mentions.Add(person with { Kind = ActorMentionKind.Organisation, Title = null });
                continue;
            }

            mentions.Add(person);
        }
    }

    // Last words that make a name an outlet or agency rather than a person.
    private static readonly FrozenSet<string> OutletWords = new[]
    {
        "Daily", "Monitor", "Times", "News", "Post", "Journal", "Herald", "Tribune", "Gazette", "Observer", "Agency",
        "Network", "Radio", "TV", "Television", "Channel", "Press", "Wire", "Today", "Voice", "Rights", "Report",
        "Review", "Magazine", "Online", "Media", "Dispatch", "Ledger", "Express", "Chronicle", "Telegraph", "Insider",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static void FindPersons(string text, Token[] tokens, byte[] occupied, bool[] sentenceStart, bool[] used, List<ActorMention> persons)
    {
        Span<char> buffer = stackalloc char[32];
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word || token.Length > buffer.Length)
            {
                continue;
            }

            var first = Lower(token.In(text), buffer);
            if (TitleFirstWords.Contains(first) && TitleAt(text, tokens, i) is { } title)
            {
                var nameStart = title.End + 1;
                if (NameAt(text, tokens, occupied, nameStart, sentenceStart) is { } name)
                {
                    var titleStart = ExtendableTitles.Contains(title.Folded) ? ExtendTitleLeft(text, tokens, i, sentenceStart) : i;
                    var titleText = text[tokens[titleStart].Start..tokens[title.End].End];
                    AddPerson(text, tokens, name.Start, name.End, titleText, used, persons);
                    var end = name.End;
                    if (PluralTitles.Contains(title.Folded))
                    {
                        // "three field commanders Abu Mahjub, Muru and Abu Fu'ad al-Habashi"
                        while (end + 2 < tokens.Length && IsListJoiner(text, tokens[end + 1])
                            && NameAt(text, tokens, occupied, end + 2, sentenceStart, allowSingle: true) is { } next)
                        {
                            AddPerson(text, tokens, next.Start, next.End, titleText, used, persons);
                            end = next.End;
                        }
                    }

                    i = end;
                    continue;
                }
            }

            if (!IsCapitalised(token.In(text)) || occupied[i] != 0 || used[i])
            {
                continue;
            }

            // A name of two or more words followed by an appositive role or a speech verb.
            if (NameAt(text, tokens, occupied, i, sentenceStart) is not { } bare || bare.Words < 2)
            {
                continue;
            }

            var after = bare.End + 1;
            if (AppositiveTitle(text, tokens, after) is { } appositive)
            {
                AddPerson(text, tokens, bare.Start, bare.End, appositive, used, persons);
                i = bare.End;
            }
            else if (after < tokens.Length && tokens[after].Kind == TokenKind.Word && SpeechVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Lower(tokens[after].In(text), buffer)))
            {
                AddPerson(text, tokens, bare.Start, bare.End, null, used, persons);
                i = bare.End;
            }
            else if (i >= 1 && PrecededBySpeech(text, tokens, i))
            {
                AddPerson(text, tokens, bare.Start, bare.End, null, used, persons);
                i = bare.End;
            }
        }
    }

    private static void AddPerson(string text, Token[] tokens, int start, int end, string? title, bool[] used, List<ActorMention> persons)
    {
        var span = new TextSpan(tokens[start].Start, tokens[end].End - tokens[start].Start);
        var name = span.Slice(text);
        persons.Add(new ActorMention(span, name, ActorMentionKind.Person, name, Title: title));
        for (var k = start; k <= end; k++)
        {
            used[k] = true;
        }
    }

    /// <summary>Later mentions of a person by the last word of their name ("Zakharova said") after the full name.</summary>
    private static void FindSurnames(string text, Token[] tokens, byte[] occupied, bool[] used, List<ActorMention> persons)
    {
        if (persons.Count == 0)
        {
            return;
        }

        var bySurname = new Dictionary<string, ActorMention>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in persons)
        {
            var words = Tokenizer.Tokenize(person.Name).Where(t => t.Kind == TokenKind.Word).ToList();
            if (words.Count >= 2 && words[^1].Length >= 3 && char.IsUpper(person.Name[words[^1].Start]))
            {
                bySurname.TryAdd(words[^1].Of(person.Name), person);
            }
        }

        var lookup = bySurname.GetAlternateLookup<ReadOnlySpan<char>>();
        var found = new List<ActorMention>();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (used[i] || occupied[i] != 0 || tokens[i].Kind != TokenKind.Word || !lookup.TryGetValue(tokens[i].In(text), out var person)
                || tokens[i].Start < person.Span.End || !char.IsUpper(text[tokens[i].Start]))
            {
                continue;
            }

            // "al-Baghdadi" alone: keep the article with the surname.
            var start = i;
            if (i >= 2 && IsHyphen(text, tokens[i - 1]) && Particles.Contains(tokens[i - 2].Of(text)) && !used[i - 2])
            {
                start = i - 2;
            }

            var span = new TextSpan(tokens[start].Start, tokens[i].End - tokens[start].Start);
            found.Add(new ActorMention(span, span.Slice(text), ActorMentionKind.Person, person.Name, Title: null));
            used[i] = true;
        }

        persons.AddRange(found);
    }

    private static void FindOrganisations(string text, Token[] tokens, byte[] occupied, bool[] sentenceStart, bool[] used, List<ActorMention> mentions)
    {
        for (var h = 0; h < tokens.Length; h++)
        {
            var token = tokens[h];
            if (token.Kind != TokenKind.Word || !IsCapitalised(token.In(text)) || occupied[h] == Occupancy.Actor || used[h])
            {
                continue;
            }

            var headWord = token.In(text);
            var isHead = Has(OrganisationHeads, headWord)
                || (headWord.Equals("room", StringComparison.OrdinalIgnoreCase) && h > 0 && tokens[h - 1].Of(text).StartsWith("Operation", StringComparison.OrdinalIgnoreCase));
            if (!isHead)
            {
                continue;
            }

            // Left: capitalised modifiers, ordinals ("4th"), particles and hyphens inside a name.
            var left = h;
            while (left - 1 >= 0)
            {
                var k = left - 1;
                if (occupied[k] == Occupancy.Actor || used[k])
                {
                    break;
                }

                var candidate = tokens[k];
                var word = candidate.In(text);
                if (candidate.Kind == TokenKind.Word && (IsCapitalised(word) || IsOrdinal(word)) && !Has(Stopwords, word))
                {
                    left = k;
                    continue;
                }

                if (candidate.Kind == TokenKind.Word && Has(Particles, word) && left < tokens.Length && k > 0
                    && IsHyphen(text, tokens[left]))
                {
                    left = k;
                    continue;
                }

                if (candidate.Kind == TokenKind.Symbol && IsHyphen(text, candidate) && k > 0 && tokens[k - 1].End == candidate.Start
                    && candidate.End == tokens[left].Start)
                {
                    left = k;
                    continue;
                }

                break;
            }

            while (left < h && tokens[left].Kind != TokenKind.Word)
            {
                left++;
            }

            // Right: further head words, then "of/for the Capitalised Words" ("Observatory for Human Rights").
            var right = h;
            while (right + 1 < tokens.Length && tokens[right + 1].Kind == TokenKind.Word && IsCapitalised(tokens[right + 1].In(text))
                && Has(OrganisationHeads, tokens[right + 1].In(text)) && occupied[right + 1] != Occupancy.Actor)
            {
                right++;
            }

            if (right + 2 < tokens.Length && tokens[right + 1].Of(text) is "of" or "for")
            {
                var k = right + 2;
                if (k < tokens.Length && tokens[k].Of(text) is "the" or "The")
                {
                    k++;
                }

                var last = -1;
                for (var words = 0; k < tokens.Length && words < 5; k++, words++)
                {
                    var word = tokens[k].In(text);
                    if (tokens[k].Kind != TokenKind.Word || occupied[k] == Occupancy.Actor || !(IsCapitalised(word) || IsOrdinal(word))
                        || Has(Stopwords, word))
                    {
                        break;
                    }

                    last = k;
                }

                if (last > 0)
                {
                    right = last;
                }
            }

            var wordCount = 0;
            for (var k = left; k <= right; k++)
            {
                wordCount += tokens[k].Kind == TokenKind.Word ? 1 : 0;
            }

            if (wordCount < 2)
            {
                continue;
            }

            var span = new TextSpan(tokens[left].Start, tokens[right].End - tokens[left].Start);
            var name = span.Slice(text);
            mentions.Add(new ActorMention(span, name, ActorMentionKind.Organisation, name));
            for (var k = left; k <= right; k++)
            {
                used[k] = true;
            }

            h = right;
        }
    }

    /// <summary>The longest title starting at <paramref name="start"/> (abbreviation full stops skipped).</summary>
    private static (int End, string Folded)? TitleAt(string text, Token[] tokens, int start)
    {
        (int, string)? best = null;
        var words = new List<string>(4);
        for (var k = start; k < tokens.Length && words.Count < 4; k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Symbol)
            {
                if (text[token.Start] is '.' or '-' && words.Count > 0)
                {
                    continue;
                }

                break;
            }

            words.Add(token.Of(text).ToLowerInvariant());
            var phrase = string.Join(' ', words);
            if (Titles.Contains(phrase))
            {
                var end = k;
                if (end + 1 < tokens.Length && text[tokens[end + 1].Start] == '.' && tokens[end + 1].Start == tokens[end].End)
                {
                    end++;
                }

                best = (end, phrase);
            }
        }

        return best;
    }

    private static int ExtendTitleLeft(string text, Token[] tokens, int titleStart, bool[] sentenceStart)
    {
        var left = titleStart;
        for (var steps = 0; steps < 4 && left - 1 >= 0; steps++)
        {
            var previous = tokens[left - 1];
            var word = previous.In(text);
            if (previous.Kind == TokenKind.Word && IsCapitalised(word) && !Has(Stopwords, word))
            {
                left--;
                if (sentenceStart[left])
                {
                    break;
                }

                continue;
            }

            if (previous.Kind == TokenKind.Symbol && IsHyphen(text, previous) && left - 2 >= 0 && tokens[left - 2].End == previous.Start)
            {
                left -= 2;
                continue;
            }

            break;
        }

        while (left < titleStart && tokens[left].Kind != TokenKind.Word)
        {
            left++;
        }

        return left;
    }

    /// <summary>A personal name at <paramref name="start"/>: capitalised words with particles (al-, bin, Abu) and
    /// hyphens, ending in a capitalised word, not running into a dictionary actor.</summary>
    private static (int Start, int End, int Words)? NameAt(string text, Token[] tokens, byte[] occupied, int start, bool[] sentenceStart,
        bool allowSingle = true)
    {
        if (start >= tokens.Length || tokens[start].Kind != TokenKind.Word || occupied[start] != 0)
        {
            return null;
        }

        var first = tokens[start].In(text);
        if (!IsCapitalised(first) || Has(Stopwords, first) || IsAllCapitals(first))
        {
            return null;
        }

        var last = start;
        var words = 1;
        for (var k = start + 1; k < tokens.Length && words < MaxNameWords; k++)
        {
            var token = tokens[k];
            if (occupied[k] != 0 || token.Start - tokens[k - 1].End > 1)
            {
                break;
            }

            if (token.Kind == TokenKind.Symbol)
            {
                if (IsHyphen(text, token) && token.Start == tokens[k - 1].End && k + 1 < tokens.Length && tokens[k + 1].Start == token.End)
                {
                    continue;
                }

                break;
            }

            var word = token.In(text);
            if (IsCapitalised(word) && !Has(Stopwords, word) && !IsAllCapitals(word) && !IsShortMixedCase(word))
            {
                last = k;
                words++;
                continue;
            }

            if (Has(Particles, word))
            {
                words++;
                continue;
            }

            break;
        }

        var lastWord = tokens[last].In(text);
        if (Has(OrganisationHeads, lastWord) || Has(Titles, lastWord))
        {
            return null;
        }

        var count = 0;
        for (var k = start; k <= last; k++)
        {
            count += tokens[k].Kind == TokenKind.Word ? 1 : 0;
        }

        if (!allowSingle && count < 2)
        {
            return null;
        }

        _ = sentenceStart;
        return (start, last, count);
    }

    private static string? AppositiveTitle(string text, Token[] tokens, int comma)
    {
        if (comma + 2 >= tokens.Length || text[tokens[comma].Start] != ',')
        {
            return null;
        }

        var k = comma + 1;
        if (tokens[k].Of(text).ToLowerInvariant() is "the" or "a" or "an")
        {
            k++;
        }

        var from = k;
        for (var steps = 0; steps < 5 && k < tokens.Length && tokens[k].Kind != TokenKind.Symbol || (k < tokens.Length && IsHyphen(text, tokens[k])); steps++, k++)
        {
            if (tokens[k].Kind == TokenKind.Word && AppositiveRoles.Contains(tokens[k].Of(text).ToLowerInvariant()))
            {
                return text[tokens[from].Start..tokens[k].End];
            }
        }

        return null;
    }

    private static bool PrecededBySpeech(string text, Token[] tokens, int index)
    {
        var previous = tokens[index - 1].Of(text);
        if (previous is "said" or "says" or "told" or "added")
        {
            return true;
        }

        return previous == "to" && index >= 2 && tokens[index - 2].Of(text) is "according" or "According";
    }

    private static bool IsListJoiner(string text, Token token) => token.Of(text) is "," or "and";

    private static bool IsHyphen(string text, Token token) => token.Kind == TokenKind.Symbol && text[token.Start] is '-' or '‐' or '‑';

    private static bool IsCapitalised(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    // "OKs", "IDs": short words with a second capital are abbreviations, not name parts.
    private static bool IsShortMixedCase(ReadOnlySpan<char> word) => word.Length is >= 2 and <= 4 && char.IsUpper(word[1]);

    private static bool IsOrdinal(ReadOnlySpan<char> word)
    {
        var digits = 0;
        while (digits < word.Length && char.IsDigit(word[digits]))
        {
            digits++;
        }

        return digits > 0 && word.Length - digits == 2 && word[digits..].ToString().ToLowerInvariant() is "st" or "nd" or "rd" or "th";
    }

    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var length = Math.Min(word.Length, buffer.Length);
        word[..length].ToLowerInvariant(buffer);
        return buffer[..length];
    }

    private static FrozenSet<string> Set(params string[] items) => items.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Case-insensitive membership of a span, without allocating a lower-case copy.</summary>
    private static bool Has(FrozenSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static class Occupancy
    {
        public const byte Actor = ActorRecognizer.Occupancy.Actor;
    }
}
