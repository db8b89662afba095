using System.Collections.Frozen;
using Sitrep.Language;
using Sitrep.Language.Text;

namespace Sitrep.Coding.Claims;

/// <summary>Finds attributed statements in annotated text.</summary>
public interface IClaimExtractor
{
    /// <summary>The claims in the context's text, in order of their cues.</summary>
    IReadOnlyList<Claim> Extract(AnnotationContext context);
}

/// <summary>
/// Rule-based attribution: a cue (a speech or cognition verb, "according to", a speaker's colon) with the noun phrase
/// that says it and the clause it introduces — "SOURCE said (that) CONTENT", "CONTENT, SOURCE said",
/// "“CONTENT,” said SOURCE", "According to SOURCE, CONTENT", "SPEAKER: CONTENT". Sources are resolved to actors
/// and persons found by the language layer where their spans meet.
/// </summary>
public sealed class ClaimExtractor : IClaimExtractor
{
    /// <summary>An extractor with the built-in English cue lexicon.</summary>
    public static ClaimExtractor Default { get; } = new();

    private static readonly FrozenSet<string> Verbs = new[]
    {
        "said", "says", "say", "saying", "told", "tells", "tell", "added", "adding", "adds", "stated", "states", "claimed",
        "claims", "claiming", "reported", "reports", "announced", "announces", "announcing", "insisted", "insists",
        "argued", "argues", "arguing", "explained", "explains", "noted", "notes", "noting", "warned", "warns", "warning",
        "denied", "denies", "denying", "confirmed", "confirms", "wrote", "writes", "acknowledged", "acknowledges",
        "admitted", "admits", "suggested", "suggests", "asserted", "asserts", "alleged", "alleges", "declared",
        "declares", "estimated", "estimates", "predicted", "predicts", "described", "describes", "accused", "accuses",
        "urged", "urges", "revealed", "reveals", "indicated", "indicates", "stressed", "stresses", "emphasized",
        "emphasised", "contended", "maintained", "maintains", "mentioned", "recalled", "replied", "responded",
        "tweeted", "posted", "concluded", "disclosed", "agreed", "agrees", "asked", "asks", "cited", "citing",
        "echoed", "complained", "boasted", "vowed", "pledged", "promised", "threatened", "demanded", "questioned",
        "criticized", "criticised", "blamed", "praised", "quipped", "observed", "remarked", "testified", "conceded",
        "countered", "hinted", "speculated", "feared", "hoped", "believes", "believe", "believed", "thinks", "think",
        "thought", "found", "finds", "shows", "showed", "show", "shown", "argue", "claim", "insist", "warn", "deny",
        "know", "knows", "expects", "expect", "fears", "hopes", "learned", "called", "chanted", "chanting", "tweets",
        "according",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Further verbs of communication, judgement and stance, as bases; their -s, -ed and -ing forms are derived.
    private static readonly string[] StanceBases =
    [
        "attack", "blast", "condemn", "criticize", "criticise", "slam", "praise", "defend", "demand", "propose", "offer",
        "promise", "support", "oppose", "want", "plan", "refuse", "decline", "expect", "discuss", "encourage", "urge",
        "charge", "allege", "question", "ask", "reject", "dismiss", "welcome", "applaud", "endorse", "back", "insist",
        "explain", "note", "warn", "deny", "confirm", "acknowledge", "admit", "suggest", "assert", "declare", "estimate",
        "predict", "describe", "accuse", "reveal", "indicate", "stress", "emphasize", "emphasise", "contend",
        "maintain", "mention", "recall", "reply", "respond", "tweet", "post", "conclude", "disclose", "agree", "cite",
        "echo", "complain", "boast", "vow", "pledge", "threaten", "blame", "quip", "observe", "remark", "testify",
        "concede", "counter", "hint", "speculate", "announce", "argue", "claim", "add", "state", "report", "call",
        "mock", "ridicule", "lament", "decry", "denounce", "celebrate", "recommend", "advise", "caution", "predict",
        "forecast", "project", "calculate", "conclude", "determine", "document", "allow", "imply", "signal", "pledge",
        "demand", "lobby", "press", "push", "fear", "hope", "worry", "doubt", "suspect", "assume", "guess", "wonder",
        "figure", "reckon", "decide", "order", "instruct", "tell", "promote", "champion", "tout", "highlight", "underscore",
        "characterize", "label", "brand", "dub", "term",
    ];

    private static readonly FrozenSet<string> Derived = StanceBases.SelectMany(Inflect).ToFrozenSet(StringComparer.Ordinal);

    private static IEnumerable<string> Inflect(string verb)
    {
        // The bare form is left out: on its own ("state", "plan", "order") it is far more often a noun.
        var stem = verb.EndsWith('e') ? verb[..^1] : verb;
        var consonantY = verb.EndsWith('y') && verb.Length > 2 && "aeiou".IndexOf(verb[^2]) < 0;
        yield return consonantY ? verb[..^1] + "ies" : verb.EndsWith('s') || verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith('o') ? verb + "es" : verb + "s";
        yield return consonantY ? verb[..^1] + "ied" : stem + "ed";
        yield return stem + "ing";
    }

    // Words before a cue word that make it a noun ("the claims", "swing states", "his tweets").
    private static readonly FrozenSet<string> NounMarkers = new[]
    {
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "this", "that", "such",
        "many", "some", "several", "other", "two", "three", "four", "no", "any", "swing", "united", "more", "new", "of",
        "to", "for", "by", "with", "about", "would", "could", "should", "might", "must", "can", "will",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Verbs that attribute only when a clause follows them ("found that", "shows that"), not as plain verbs.
    private static readonly FrozenSet<string> NeedThat = new[]
    {
        "found", "finds", "shows", "showed", "show", "shown", "know", "knows", "learned", "expects", "expect", "fears",
        "hopes", "feared", "hoped", "thought", "think", "thinks", "believe", "believes", "believed",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Hedges = new[]
    {
        "claimed", "claims", "claim", "claiming", "alleged", "alleges", "accused", "accuses", "speculated", "insisted",
        "insists",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that end a source noun phrase when reading leftwards from the cue.
    private static readonly FrozenSet<string> LeftStops = new[]
    {
        "that", "which", "who", "whom", "because", "while", "when", "where", "but", "if", "although", "since", "after",
        "before", "so", "than", "then", "and", "or", "as", "said", "says", "told", "is", "was", "are", "were",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Adverbs and auxiliaries between a source and its cue ("he also said", "officials have said").
    private static readonly FrozenSet<string> Between = new[]
    {
        "also", "later", "previously", "recently", "reportedly", "then", "further", "again", "has", "have", "had",
        "was", "were", "is", "will", "would", "once", "repeatedly", "publicly", "earlier", "separately", "often",
        "privately", "openly", "had", "has", "already", "still", "even", "never", "just", "now", "quickly", "flatly",
        "not", "did", "does", "do", "could", "may", "might", "should", "can",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SourceNouns = new[]
    {
        "officials", "official", "sources", "source", "spokesman", "spokeswoman", "spokesperson", "analysts", "analyst",
        "experts", "expert", "critics", "critic", "police", "residents", "resident", "witnesses", "witness", "activists",
        "activist", "group", "ministry", "government", "army", "military", "report", "reports", "study", "studies",
        "survey", "poll", "polls", "data", "research", "researchers", "scientists", "doctors", "lawmakers", "leaders",
        "leader", "president", "minister", "campaign", "agency", "statement", "media", "observers", "monitors",
        "supporters", "opponents", "voters", "democrats", "republicans", "administration", "commander", "commanders",
        "authorities", "prosecutors", "investigators", "documents", "people", "americans", "members", "aides", "advisers",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Pronouns = new[]
    {
        "he", "she", "they", "it", "we", "i", "you", "who",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public IReadOnlyList<Claim> Extract(AnnotationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = new List<Claim>();
        var tokens = context.Tokens;
        var text = context.Text;
        var t = 0;
        Sentence? previous = null;
        var quoted = QuotedRegions(text);
        for (var index = 0; index < context.Sentences.Count; index++)
        {
            var sentence = context.Sentences[index];
            var next = index + 1 < context.Sentences.Count ? context.Sentences[index + 1] : null;
            while (t < tokens.Count && tokens[t].Start < sentence.Span.Start)
            {
                t++;
            }

            var first = t;
            while (t < tokens.Count && tokens[t].End <= sentence.Span.End)
            {
                t++;
            }

            if (t > first)
            {
                new SentenceReader(context, sentence, previous, next, first, t, quoted, claims).Read();
            }

            previous = sentence;
        }

        SpeakerColons(context, claims);
        claims.Sort((a, b) => a.Cue.Start.CompareTo(b.Cue.Start));
        return claims;
    }

    /// <summary>Extracts claims from plain text.</summary>
    public IReadOnlyList<Claim> Extract(string text) => Extract(AnnotationContext.ForText(text));

    /// <summary>"PENCE: Well, look, …" and headline "Pence: Trump Was ‘Mocking’ Clinton Camp": a speaker's colon.</summary>
    private static void SpeakerColons(AnnotationContext context, List<Claim> claims)
    {
        var text = context.Text;
        foreach (var paragraph in context.Paragraphs)
        {
            var start = paragraph.Start;
            while (start < paragraph.End && text[start] is '"' or '“' or '\'' or ' ')
            {
                start++;
            }

            var colon = text.IndexOf(':', start, Math.Min(40, paragraph.End - start));
            if (colon <= start || colon + 2 >= paragraph.End)
            {
                continue;
            }

            var name = text[start..colon];
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is < 1 or > 4 || !words.All(w => w.Length > 0 && char.IsUpper(w[0])) || claims.Any(c => c.Cue.Start >= start && c.Cue.Start < colon))
            {
                continue;
            }

            var contentStart = colon + 1;
            while (contentStart < paragraph.End && char.IsWhiteSpace(text[contentStart]))
            {
                contentStart++;
            }

            var contentEnd = TrimEnd(text, contentStart, paragraph.End);
            if (contentEnd - contentStart < 3)
            {
                continue;
            }

            claims.Add(new Claim(
                new TextSpan(start, colon - start), name, ClaimSourceKind.Person, new TextSpan(colon, 1), ":",
                new TextSpan(contentStart, contentEnd - contentStart), text[contentStart..contentEnd], true, false,
                ResolveSource(context, new TextSpan(start, colon - start))));
        }
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ';'))
        {
            end--;
        }

        return end;
    }

    private static string? ResolveSource(AnnotationContext context, TextSpan source)
    {
        foreach (var actor in context.Actors)
        {
            if (actor.Span.Start < source.End && source.Start < actor.Span.End)
            {
                return actor.Name;
            }
        }

        return null;
    }

    /// <summary>Character ranges inside quotation marks (“…” and "…"), where attributions are nested speech.</summary>
    private static List<TextSpan> QuotedRegions(string text)
    {
        var regions = new List<TextSpan>();
        var open = -1;
        var straightOpen = -1;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '“':
                    open = i;
                    break;
                case '”' when open >= 0:
                    regions.Add(new TextSpan(open, i - open));
                    open = -1;
                    break;
                case '"' when straightOpen < 0:
                    straightOpen = i;
                    break;
                case '"':
                    regions.Add(new TextSpan(straightOpen, i - straightOpen));
                    straightOpen = -1;
                    break;
                case '\n' when i + 1 < text.Length && text[i + 1] == '\n':
                    // Quotes do not run across paragraphs unless reopened ("…" conventions): reset at blank lines.
                    open = -1;
                    straightOpen = -1;
                    break;
            }
        }

        return regions;
    }

    private sealed class SentenceReader(AnnotationContext context, Sentence sentence, Sentence? previous, Sentence? next, int from, int to,
        List<TextSpan> quoted, List<Claim> claims)
    {
        private readonly string _text = context.Text;
        private readonly IReadOnlyList<Token> _tokens = context.Tokens;

        private string Lower(int i) => i >= from && i < to ? _tokens[i].Of(_text).ToLowerInvariant() : string.Empty;

        private bool IsWord(int i) => i >= from && i < to && _tokens[i].Kind == TokenKind.Word;

        private bool IsCapital(int i) => IsWord(i) && char.IsUpper(_text[_tokens[i].Start]);

        public void Read()
        {
            for (var c = from; c < to; c++)
            {
                var w = Lower(c);
                if (!IsWord(c) || !Verbs.Contains(w) && !Derived.Contains(w) && !VerbBeforeThat(c))
                {
                    continue;
                }

                // Attributions inside a quotation are the quoted speaker's own words ("“I think …”").
                var at = _tokens[c].Start;
                if (quoted.Any(q => q.Start < at && at < q.End))
                {
                    continue;
                }

                // "Trump’s tweet": after a possessive the word is a noun.
                if (Lower(c - 1) == "s" && c - 2 >= from && _text[_tokens[c - 2].Start] is '\'' or '’')
                {
                    continue;
                }

                // "the claims", "swing states", "to tell": a noun or an infinitive, not a reporting verb.
                if (w != "according" && NounMarkers.Contains(Lower(c - 1)) && !(Lower(c - 1) == "that" && Lower(c - 2) is "said" or "says"))
                {
                    continue;
                }

                // A capitalised cue word inside a sentence is a name ("Said Ahmed").
                if (IsCapital(c) && c > from && w != "according")
                {
                    continue;
                }

                if (w == "according")
                {
                    if (Lower(c + 1) == "to")
                    {
                        According(c);
                        c++;
                    }

                    continue;
                }

                var cueEnd = c;
                if (w == "called" && Lower(c + 1) is "for" or "on")
                {
                    cueEnd = c + 1;
                }
                else if (w == "called")
                {
                    continue;
                }
                else if (w is "pointed" && Lower(c + 1) is "out" or "to")
                {
                    cueEnd = c + 1;
                }

                if (NeedThat.Contains(w) && Lower(cueEnd + 1) != "that")
                {
                    continue;
                }

                Verb(c, cueEnd);
                c = cueEnd;
            }
        }

        private void According(int c)
        {
            // "According to SOURCE, CONTENT." or "CONTENT, according to SOURCE."
            var sourceStart = c + 2;
            var sourceEnd = sourceStart;
            while (sourceEnd < to && _tokens[sourceEnd].Kind != TokenKind.Symbol || sourceEnd < to && _text[_tokens[sourceEnd].Start] is '-' or '\'' or '’' or '.' && sourceEnd + 1 < to && _tokens[sourceEnd + 1].Kind == TokenKind.Word)
            {
                sourceEnd++;
                if (sourceEnd - sourceStart > 14)
                {
                    break;
                }
            }

            if (sourceEnd <= sourceStart)
            {
                return;
            }

            var source = Span(sourceStart, sourceEnd - 1);
            TextSpan content;
            var atStart = c == from || c == from + 1 && Lower(from) is "but" or "and" or "yet";
            if (atStart)
            {
                var contentStart = sourceEnd < to && _text[_tokens[sourceEnd].Start] == ',' ? sourceEnd + 1 : sourceEnd;
                if (contentStart >= to)
                {
                    return;
                }

                content = Clause(_tokens[contentStart].Start, sentence.Span.End);
            }
            else
            {
                var end = c - 1;
                while (end >= from && _tokens[end].Kind == TokenKind.Symbol)
                {
                    end--;
                }

                if (end < from)
                {
                    return;
                }

                content = Clause(_tokens[from].Start, _tokens[end].End);
            }

            Add(source, Span(c, c + 1), content, hedged: false);
        }

        private void Verb(int c, int cueEnd)
        {
            var cue = Span(c, cueEnd);
            var hedged = Hedges.Contains(Lower(c));

            // The source before the cue, across adverbs and auxiliaries.
            var k = c - 1;
            while (k >= from && IsWord(k) && Between.Contains(Lower(k)))
            {
                k--;
            }

            var npEnd = k;
            var npStart = npEnd + 1;
            while (k >= from && npEnd - k < 12)
            {
                if (_tokens[k].Kind == TokenKind.Symbol)
                {
                    var symbol = _text[_tokens[k].Start];
                    if (symbol is '-' or '.' or '\'' or '’' or '(' or ')' && k > from && _tokens[k - 1].Kind == TokenKind.Word)
                    {
                        k--;
                        continue;
                    }

                    break;
                }

                if (LeftStops.Contains(Lower(k)) && !(Lower(k) == "and" && IsCapital(k - 1) && IsCapital(k + 1)))
                {
                    break;
                }

                // A lower-case verb ("… and ridiculed my running mate said") ends the subject.
                var lower = Lower(k);
                if (!IsCapital(k) && lower.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal) && !SourceNouns.Contains(lower))
                {
                    break;
                }

                npStart = k;
                k--;
            }

            if (npStart <= npEnd && !Verbs.Contains(Lower(c)) && (!SourceHead(npEnd) || Lower(npEnd) is "i" or "we" or "you"))
            {
                // A stance verb outside the core lexicon attributes only when its subject can be a source.
                return;
            }

            if (npStart <= npEnd)
            {
                var source = Span(npStart, npEnd);
                var content = ContentAfter(cueEnd) ?? ColonContent(cueEnd) ?? ContentBefore(npStart);
                if (content is { } found)
                {
                    Add(source, cue, found, hedged);
                }

                return;
            }

            if (!Verbs.Contains(Lower(c)))
            {
                // Only core reporting verbs take their speaker after them.
                return;
            }

            // Inverted: "“…,” said the minister." — the source follows the cue, the content precedes it.
            var s = cueEnd + 1;
            var e = s;
            while (e < to && IsWord(e) && e - s < 10)
            {
                e++;
            }

            if (e > s && ContentBefore(c) is { } before)
            {
                Add(Span(s, e - 1), cue, before, hedged);
            }
        }

        /// <summary>
        /// Any verb-like word introducing a "that" clause ("Politifact ruled that …", "the group warns that …"): an
        /// attribution whatever the verb, when its subject can be a source.
        /// </summary>
        private bool VerbBeforeThat(int c)
        {
            var w = Lower(c);
            if (Lower(c + 1) != "that" || IsCapital(c) || w.Length < 4 || NounMarkers.Contains(Lower(c - 1)) || c - 1 < from || !SourceHead(c - 1))
            {
                return false;
            }

            return w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal);
        }

        /// <summary>The word right before a stance verb is a plausible speaker: a name, a pronoun or a source noun.</summary>
        private bool SourceHead(int head)
        {
            var w = Lower(head);
            return IsCapital(head) && head > from || Pronouns.Contains(w) || SourceNouns.Contains(w);
        }

        private bool SourceLike(int start, int end)
        {
            for (var i = start; i <= end; i++)
            {
                var w = Lower(i);
                if (IsCapital(i) && !(i == from && NounMarkers.Contains(w)) || Pronouns.Contains(w) || SourceNouns.Contains(w))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The clause after the cue: "said (that) …", "told reporters (that) …", "said: “…”".</summary>
        private TextSpan? ContentAfter(int cueEnd)
        {
            var k = cueEnd + 1;
            var cueWord = Lower(cueEnd);
            if (cueWord is "told" or "tells" or "tell" or "asked" or "urged" or "warned" or "accused")
            {
                // Skip the addressee: "told reporters", "told Fox News on Sunday".
                var limit = Math.Min(to, k + 8);
                var that = -1;
                for (var j = k; j < limit; j++)
                {
                    if (Lower(j) == "that" || _tokens[j].Kind == TokenKind.Symbol && _text[_tokens[j].Start] is ',' or ':' or '"' or '“')
                    {
                        that = j;
                        break;
                    }
                }

                if (that >= 0)
                {
                    k = that;
                }
            }

            // Time and manner phrases right after the cue ("said on Tuesday", "said in a statement").
            while (k < to && (Lower(k) is "on" or "in" or "at" or "during" or "late" or "early" or "yesterday" or "today" or "last" || IsDayWord(Lower(k))))
            {
                var j = k + 1;
                while (j < to && IsWord(j) && Lower(j) is not "that" && j - k < 5 && !Verbs.Contains(Lower(j)))
                {
                    j++;
                }

                if (Lower(j) != "that" && !(j < to && _tokens[j].Kind == TokenKind.Symbol))
                {
                    break;
                }

                k = j;
            }

            while (k < to && (Lower(k) == "that" || _tokens[k].Kind == TokenKind.Symbol && _text[_tokens[k].Start] is ',' or ':'))
            {
                k++;
            }

            if (k >= to)
            {
                return null;
            }

            // A second attribution closing the sentence (", sources said") is not part of this content.
            var end = sentence.Span.End;
            for (var p = k + 1; p < to; p++)
            {
                if (IsWord(p) && Verbs.Contains(Lower(p)) && !NounMarkers.Contains(Lower(p - 1)))
                {
                    for (var comma = p - 1; comma > k; comma--)
                    {
                        if (_tokens[comma].Kind == TokenKind.Symbol && _text[_tokens[comma].Start] == ',')
                        {
                            end = _tokens[comma].Start;
                            break;
                        }
                    }

                    break;
                }
            }

            var content = Clause(_tokens[k].Start, end);
            return content.Length >= 8 ? content : null;
        }

        /// <summary>"He said:" closing its paragraph introduces the quotation that follows.</summary>
        private TextSpan? ColonContent(int cueEnd)
        {
            if (cueEnd + 1 >= to || _text[_tokens[cueEnd + 1].Start] != ':' || cueEnd + 2 < to || next is null)
            {
                return null;
            }

            var content = Clause(next.Span.Start, next.Span.End);
            return content.Length >= 8 ? content : null;
        }

        private static bool IsDayWord(string w) => w is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday";

        /// <summary>The clause before the source ("CONTENT, sources said."), or the previous sentence when this one is
        /// only the attribution ("“…” he said.").</summary>
        private TextSpan? ContentBefore(int sourceStart)
        {
            var end = sourceStart - 1;
            while (end >= from && _tokens[end].Kind == TokenKind.Symbol)
            {
                end--;
            }

            if (end >= from)
            {
                var content = Clause(_tokens[from].Start, _tokens[end].End);
                if (content.Length >= 8)
                {
                    return content;
                }
            }

            if (previous is { } prior && prior.Paragraph == sentence.Paragraph)
            {
                var content = Clause(prior.Span.Start, prior.Span.End);
                return content.Length >= 8 ? content : null;
            }

            return null;
        }

        /// <summary>A span trimmed of surrounding spaces, and of a final full stop or comma outside quotes.</summary>
        private TextSpan Clause(int start, int end)
        {
            while (start < end && char.IsWhiteSpace(_text[start]))
            {
                start++;
            }

            end = TrimEnd(_text, start, end);
            return new TextSpan(start, Math.Max(0, end - start));
        }

        private TextSpan Span(int firstToken, int lastToken)
            => new(_tokens[firstToken].Start, _tokens[lastToken].End - _tokens[firstToken].Start);

        private void Add(TextSpan source, TextSpan cue, TextSpan content, bool hedged)
        {
            var sourceText = source.Slice(_text);
            var lower = sourceText.ToLowerInvariant();
            var kind = Pronouns.Contains(lower) ? ClaimSourceKind.Pronoun
                : lower.Contains("report", StringComparison.Ordinal) ? ClaimSourceKind.Unnamed
                : char.IsUpper(sourceText[0]) && context.Actors.Any(a => a.Kind == ActorMentionKind.Person && a.Span.Start < source.End && source.Start < a.Span.End)
                    ? ClaimSourceKind.Person
                    : ClaimSourceKind.Organisation;
            var contentText = content.Slice(_text);
            var direct = contentText.Length > 0 && (contentText[0] is '"' or '“' or '‘' || contentText[^1] is '"' or '”' || _text.AsSpan(Math.Max(0, content.Start - 1), 1) is "“" or "\"");
            claims.Add(new Claim(source, sourceText, kind, cue, cue.Slice(_text), content, contentText, direct, hedged, ResolveSource(context, source)));
        }
    }
}
