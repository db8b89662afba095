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
        "continued", "continues", "joked", "cautioned", "commented", "answered", "reiterated", "explained", "recounted",
        "wondered", "acknowledged", "charged", "retorted", "insisted", "writes", "write", "argued", "admitted", "vowed",
        "according",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Reporting verbs that may come before their speaker: "“…,” said the minister", "“…,” added Smith".
    private static readonly FrozenSet<string> Invertible = new[]
    {
        "said", "says", "added", "adds", "wrote", "writes", "told", "asked", "explained", "noted", "continued",
        "insisted", "argued", "recalled", "replied", "responded", "warned", "stated", "declared", "announced", "admitted",
        "acknowledged", "concluded", "observed", "remarked", "quipped", "joked", "cautioned", "conceded", "countered",
        "suggested", "tweeted", "posted", "claimed", "reported", "answered", "retorted", "commented", "agreed",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Verbs of belief, expectation and desire: what a person thinks or wants is attributed to them as much as what they say.
    private static readonly string[] CognitionBases =
    [
        "believe", "think", "know", "expect", "hope", "fear", "worry", "want", "understand", "feel", "doubt", "suspect",
        "assume", "realize", "realise", "wish", "prefer", "intend", "plan", "consider", "view", "regard", "see", "agree",
        "disagree", "learn", "anticipate", "predict", "estimate", "trust", "imagine", "recognize", "recognise",
    ];

    // Irregular forms of communication, belief and evidence verbs, which suffixing cannot derive.
    private static readonly string[] Irregular =
    [
        "thought", "knew", "known", "felt", "understood", "saw", "seen", "spoke", "spoken", "wrote", "written", "found",
        "taught", "meant", "told", "said", "shown", "forecast", "foresaw", "foreseen", "ruled",
    ];

    private static readonly FrozenSet<string> Cognition = CognitionBases.SelectMany(Inflect).Concat(CognitionBases)
        .Concat(["thought", "knew", "known", "felt", "understood", "saw", "seen", "foresaw", "foreseen"])
        .ToFrozenSet(StringComparer.Ordinal);

    // Further verbs of communication, judgement and stance, as bases; their -s, -ed and -ing forms are derived.
    // "release" and "rule" are left out: "police released video", "a poll released in May", "the appeals court ruling"
    // are deeds and nouns far more often than attributions ("ruled that" is still read as a verb before "that"). So are
    // "attack", "blast" and "assail": in conflict news "militants attacked a checkpoint" is a deed, and reading it as a
    // stance would make the attackers the source of a claim about their own target.
    private static readonly string[] StanceBases =
    [
        "condemn", "criticize", "criticise", "praise", "defend", "demand", "propose", "offer",
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
        "characterize", "label", "brand", "dub", "term", "link", "liken", "compare", "reference", "detail", "outline",
        "unveil", "dispute", "challenge", "rebut", "refute", "reiterate", "joke", "comment", "answer", "publish",
        "rate", "judge", "point", "find", "show", "demonstrate", "prove", "confirm", "ask", "pressure",
        "chide", "scold", "chastise", "rebuke", "lambaste", "berate", "castigate", "fault", "hail", "laud",
        "commend", "thank", "congratulate", "apologize", "apologise", "regret", "acknowledge", "welcome", "vow",
        "insinuate", "imply", "contest", "deride", "belittle", "disparage", "downplay", "dismiss", "minimize",
        "exaggerate", "emphasize", "stress", "tout", "trumpet", "advocate", "favor", "favour", "resist", "protest",
        "rally", "campaign", "petition", "appeal", "implore", "beg", "plead", "negotiate", "pitch", "recount",
        "describe", "portray", "paint", "depict", "frame", "cast", "blame", "attribute", "credit", "deny", "concede",
        "retort", "caution", "alert", "inform", "notify", "assure", "reassure", "remind", "announce", "proclaim",
        "declare", "pronounce", "certify", "verify", "corroborate", "acknowledge", "identify", "name", "accuse",
        "indict", "sue", "charge", "investigate", "probe", "examine", "review", "study", "survey",
        "vote", "sign", "seek", "express", "address", "introduce", "block", "overrule", "overturn", "uphold", "approve",
        "veto", "impose", "sponsor", "invoke", "ignore", "embrace", "float", "voice", "tout", "reaffirm", "renew",
        // Verbs of judging, praising, attacking and presenting that news uses for a stance taken in words.
        "admire", "despise", "resent", "love", "hate", "dislike", "like", "adore", "fault", "grill",
        "skewer", "excoriate", "disavow", "repudiate", "renounce", "retract", "recant", "reverse",
        "bemoan", "exhort", "extol", "rave", "rant", "vent", "gripe", "grumble", "fume", "seethe", "bristle", "balk",
        "scoff", "sneer", "snipe", "taunt", "tease", "needle", "mourn", "grieve", "profess", "swear", "attest",
        "concur", "dissent", "object", "contradict", "deride", "dismiss", "ridicule", "lambast", "shout", "yell",
        "scream", "whisper", "mutter", "murmur", "exclaim", "proclaim", "retweet", "text", "email", "chronicle",
        "recount", "narrate", "explore", "examine", "illustrate", "underline", "spotlight", "showcase", "feature",
        "understate", "overstate", "misstate", "mischaracterize", "misrepresent", "distort", "exaggerate", "downplay",
        "perpetuate", "propound", "espouse", "articulate", "elaborate", "clarify", "specify", "acknowledge", "confess",
        "reveal", "divulge", "leak", "hint", "imply", "insinuate", "surmise", "posit", "theorize", "hypothesize",
        "muse", "ponder", "contemplate", "weigh", "debate", "doubt", "question", "query", "interrogate", "quiz",
        "implore", "urge", "beseech", "entreat", "exhort", "lobby", "nudge", "prod", "goad", "dare", "challenge",
        // Read as cues only with a topic ("talked about", see the spoke/talked rule).
        "talk", "speak", "choose", "refer", "brag", "compliment",
    ];

    private static readonly FrozenSet<string> Derived = StanceBases.SelectMany(Inflect).Concat(Irregular).ToFrozenSet(StringComparer.Ordinal);

    // Verbs that hand their subject to an infinitive of saying or judging: "appeared to suggest", "went on to discuss".
    private static readonly FrozenSet<string> Catenatives = new[]
    {
        "seem", "seems", "seemed", "appear", "appears", "appeared", "continue", "continues", "continued", "began",
        "begin", "begins", "begun", "tried", "tries", "try", "started", "starts", "proceeded", "proceeds", "attempted",
        "attempts", "attempt", "sought", "seeks", "had", "has", "have", "need", "needs", "needed",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Bare verbs of discussing and judging read as cues after a catenative verb (besides the saying verbs of BareBases).
    private static readonly FrozenSet<string> CatenativeCues = new[]
    {
        "discuss", "blame", "criticize", "criticise", "praise", "defend", "mention", "address", "dismiss", "question",
        "reject", "contrast", "explain", "suggest", "acknowledge", "downplay", "portray", "describe", "accuse",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Verbs of attack that are a stance in words only between people ("she blasted his remarks", "Reid has been
    // pounding Trump"); in war reports they are deeds ("jets pounded rebel positions"). See PersonalAttack.
    private static readonly FrozenSet<string> AttackVerbs = new[]
    {
        "attacked", "attacks", "attacking", "blasted", "blasts", "blasting", "assailed", "assails", "assailing",
        "slammed", "slams", "slamming", "hammered", "hammers", "hammering", "pummeled", "pummelled", "pummels", "pummeling",
        "pummelling", "bashed", "bashes", "bashing", "pounded", "pounds", "pounding", "ripped", "rips", "ripping",
        "lashed", "lashes", "lashing", "rip", "slam", "hammer", "bash", "pound",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Nouns for what people said, wrote or decided, which an attack in words takes as its object.
    private static readonly FrozenSet<string> AttackObjectNouns = new[]
    {
        "remarks", "remark", "comments", "comment", "plan", "plans", "policy", "policies", "record", "decision",
        "decisions", "tweet", "tweets", "speech", "speeches", "statement", "statements", "proposal", "proposals",
        "words", "stance", "position", "positions", "views", "claims", "rhetoric", "agenda", "handling", "response",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Bare verbs of stance, read as verbs only after a plural or modal subject and before an object ("China and Russia
    // support the government", "44 percent would back Trump"); alone they are mostly nouns ("their support").
    private static readonly FrozenSet<string> BareStanceVerbs = new[]
    {
        "support", "oppose", "back", "endorse", "favor", "favour", "reject", "condemn", "criticize", "criticise",
        "accuse", "blame", "praise", "urge", "demand", "call", "want", "fear", "doubt", "question", "dispute", "welcome",
        "applaud", "defend", "dismiss", "vow", "pledge", "promise", "threaten", "predict", "acknowledge", "admit",
        "agree", "disagree", "suggest", "recommend", "hope", "worry", "prefer", "describe", "consider", "view", "see",
        "speculate", "indicate", "echo", "denounce", "note", "contend", "maintain", "estimate", "allege", "assert",
        "complain", "stress", "cite", "emphasize", "emphasise", "concede", "conclude", "propose", "caution", "lament",
        "decry", "hail", "deplore", "regret", "mourn", "reiterate", "acknowledge", "recall", "confirm", "report",
        "point", "offer",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Phrasal cues whose verb alone attributes nothing: "laid out her proposals", "lashed out at", "took aim at",
    // "weighed in on", "made the case for". The verb's forms map to the words that must follow it.
    private static readonly FrozenDictionary<string, string[]> PhrasalCues = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["laid"] = ["out"], ["lays"] = ["out"], ["laying"] = ["out"],
        ["lashed"] = ["out"], ["lashes"] = ["out"], ["lashing"] = ["out"],
        ["took"] = ["aim", "issue", "offense", "offence"], ["takes"] = ["aim", "issue", "offense", "offence"], ["taking"] = ["aim", "issue", "offense", "offence"],
        ["weighed"] = ["in"], ["weighs"] = ["in"], ["weighing"] = ["in"],
        ["made"] = ["the case", "clear", "it clear"], ["makes"] = ["the case", "clear", "it clear"], ["making"] = ["the case", "clear", "it clear"],
        ["make"] = ["the case", "clear", "it clear"],
        ["singled"] = ["out"], ["singles"] = ["out"], ["single"] = ["out"],
        ["railed"] = ["against"], ["rails"] = ["against"],
        ["sided"] = ["with"], ["sides"] = ["with"],
        // "As the memo put it," and "as one analyst puts it:" — a wording credited to its author.
        ["put"] = ["it"], ["puts"] = ["it"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Adjectives of stance and certainty that attribute what follows them to a subject who holds the stance: "she was
    // sure the bill would pass", "critics are concerned about the cost", "he has been critical of the plan".
    private static readonly FrozenSet<string> StanceAdjectives = new[]
    {
        "sure", "certain", "convinced", "confident", "unsure", "uncertain", "aware", "unaware", "concerned", "worried",
        "afraid", "fearful", "critical", "skeptical", "sceptical", "supportive", "dismissive", "frustrated", "angry",
        "upset", "furious", "outraged", "incensed", "disappointed", "pleased", "happy", "unhappy", "glad", "proud",
        "optimistic", "pessimistic", "hopeful", "eager", "keen", "willing", "unwilling", "reluctant", "ready",
        "determined", "adamant", "insistent", "coy", "vague", "vocal", "outspoken", "passionate", "enthusiastic",
        "opposed", "committed", "doubtful", "suspicious", "wary", "uncomfortable", "satisfied", "dissatisfied",
        "alarmed", "troubled", "surprised", "shocked", "puzzled", "bearish", "bullish", "emphatic", "unequivocal",
        "hesitant", "open", "resistant", "sympathetic", "hostile", "grateful", "thankful", "embarrassed", "ashamed",
        "mindful", "cautious", "anxious", "nervous", "excited", "thrilled", "delighted", "disturbed", "dubious",
        // "Sanders is against it": a preposition of stance after "be".
        "against",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Modal and "do" auxiliaries after which a bare verb is a verb, not a noun ("did not address", "may question").
    private static readonly FrozenSet<string> Auxiliaries = new[]
    {
        "do", "does", "did", "can", "could", "will", "would", "may", "might", "should", "must", "shall", "didn't",
        "doesn't", "don't", "can't", "couldn't", "won't", "wouldn't", "shouldn't", "cannot", "didn’t", "doesn’t",
        "don’t", "can’t", "couldn’t", "won’t", "wouldn’t", "shouldn’t",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Bare verbs read as cues after an auxiliary: those of saying and belief whose other forms are core cues ("did not
    // say", "doesn't think", "may argue"). Other stance verbs after a modal are mostly plans and deeds ("will seek",
    // "would impose", "should vote").
    private static readonly FrozenSet<string> BareBases = StanceBases.Concat(CognitionBases)
        .Where(b => Verbs.Contains(b) || Inflect(b).Any(Verbs.Contains))
        .ToFrozenSet(StringComparer.Ordinal);

    // Participles of saying and judging whose passive, without an agent, attributes a view to no one in particular
    // ("the vote is expected to pass", "he was widely considered a moderate").
    private static readonly FrozenSet<string> ImpersonalPassives = new[]
    {
        "expected", "believed", "thought", "considered", "reported", "rumored", "rumoured", "viewed", "regarded",
        "deemed", "described", "labeled", "labelled", "alleged", "estimated", "projected", "predicted", "criticized",
        "criticised", "said", "understood", "feared", "suspected", "seen", "dubbed", "branded",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> StanceBaseSet = StanceBases.Where(b => b is not ("post" or "sign" or "vote" or "block" or "order" or "press" or "push" or "text" or "email" or "name" or "sue" or "rate" or "cast" or "paint" or "frame" or "survey" or "review" or "study" or "project" or "link" or "term" or "float" or "pitch" or "campaign" or "rally" or "poll" or "talk"))
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A bare form among the core saying verbs ("say", "argue", "warn"), not a past or -s form.</summary>
    private static bool BareSayingVerb(string w) => Verbs.Contains(w) && !w.EndsWith('s') && !w.EndsWith("ed", StringComparison.Ordinal)
        && !w.EndsWith("ing", StringComparison.Ordinal) && !Irregular.Contains(w) && w != "according";

    private static bool IsCueWord(string w) => Verbs.Contains(w) || Derived.Contains(w) || Cognition.Contains(w);

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
        "to", "for", "by", "with", "about", "in", "on", "at", "from", "into", "over", "under", "against", "after",
        "before", "during", "without", "most", "much", "very", "every", "each", "same", "first", "last", "whose",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Verbs that attribute only when a clause follows them ("found that", "shows that"), not as plain verbs.
    // Verbs that attribute only with a "that" clause or a subject that can hold a view or give evidence ("the poll
    // found …", "he thinks …"), not as plain verbs ("troops found weapons", "the photos show a crater").
    private static readonly FrozenSet<string> NeedThat = new[]
    {
        "found", "finds", "find", "shows", "showed", "show", "shown", "learned", "learns",
    }.Concat(CognitionBases.SelectMany(Inflect)).Concat(CognitionBases)
        .Concat(["thought", "knew", "known", "felt", "understood", "saw", "seen", "foresaw", "foreseen"])
        .ToFrozenSet(StringComparer.Ordinal);

    // Nouns for findings and records whose "show" and "found" attribute what they contain.
    private static readonly FrozenSet<string> EvidenceNouns = new[]
    {
        "study", "studies", "report", "reports", "survey", "surveys", "poll", "polls", "polling", "analysis", "analyses",
        "data", "figures", "numbers", "statistics", "records", "documents", "document", "review", "audit", "investigation",
        "inquiry", "probe", "panel", "court", "judge", "tribunal", "commission", "committee", "research", "researchers",
        "video", "footage", "images", "photos", "photographs", "imagery", "evidence", "findings", "estimates", "average",
        "averages", "tally", "count", "test", "tests", "results", "model", "models", "assessment", "report", "letter",
        "memo", "email", "emails", "filings", "records", "census", "he", "she", "they", "we", "i", "you",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words opening an aside between a subject and its cue ("Clinton, at a later press gaggle, said").
    private static readonly FrozenSet<string> Asides = new[]
    {
        "at", "in", "on", "during", "after", "before", "speaking", "writing", "for", "with", "under", "from", "by", "when",
        "while", "through", "asked", "however", "though", "meanwhile", "too", "also", "instead", "then", "in", "though",
        "however", "for", "citing", "addressing", "responding", "testifying", "appearing", "interviewed",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words opening an appositive that belongs to the source ("Minyon Moore, a senior adviser to the campaign, said").
    private static readonly FrozenSet<string> AppositiveOpeners = new[]
    {
        "a", "an", "the", "who", "whose", "which", "his", "her", "its", "their", "one", "another", "chief", "head",
        "former", "president", "director", "spokesman", "spokeswoman", "spokesperson", "leader", "chairman", "secretary",
        "minister", "commander", "executive", "professor", "author", "editor", "founder", "including", "like", "such",
        "especially", "particularly", "notably", "among",
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
        "before", "so", "than", "then", "and", "or", "as", "said", "says", "told", "is", "was", "are", "were", "what",
        "whether", "why", "how", "be", "been", "being", "if", "unless", "until", "once", "whereas", "though", "thus",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Adverbs and auxiliaries between a source and its cue ("he also said", "officials have said").
    private static readonly FrozenSet<string> Between = new[]
    {
        "also", "later", "previously", "recently", "reportedly", "then", "further", "again", "has", "have", "had",
        "was", "were", "is", "will", "would", "once", "repeatedly", "publicly", "earlier", "separately", "often",
        "privately", "openly", "had", "has", "already", "still", "even", "never", "just", "now", "quickly", "flatly",
        "not", "did", "does", "do", "could", "may", "might", "should", "can", "must", "shall", "been", "be", "are",
        "first", "long", "apparently", "initially", "subsequently", "clearly", "explicitly", "strongly", "firmly",
        "always", "frequently", "generally", "largely", "widely", "increasingly", "immediately", "specifically",
        "directly", "personally", "finally", "ultimately", "similarly", "likewise", "consistently", "steadfastly",
        "actually", "really", "truly", "certainly", "pointedly", "sharply", "angrily", "bluntly", "sarcastically",
        "didn't", "doesn't", "don't", "hasn't", "haven't", "wasn't", "isn't", "won't", "wouldn't", "couldn't",
        "didn’t", "doesn’t", "don’t", "hasn’t", "haven’t", "wasn’t", "isn’t", "won’t", "wouldn’t", "couldn’t",
        "mostly", "only", "simply", "merely", "seemingly", "allegedly", "supposedly", "almost",
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
        "senator", "senators", "governor", "governors", "mayor", "candidate", "candidates", "nominee", "judge", "judges",
        "court", "union", "unions", "company", "companies", "coalition", "party", "council", "committee", "board",
        "senate", "congress", "parliament", "cabinet", "regime", "rebels", "militants", "insurgents", "protesters",
        "demonstrators", "diplomats", "negotiators", "allies", "countries", "nations", "envoy", "ambassador", "general",
        "chief", "director", "secretary", "chairman", "chairwoman", "lawyer", "lawyers", "attorney", "attorneys",
        "economists", "scholars", "historians", "commentators", "newspaper", "newspapers", "editors", "readers",
        // People by relation or station, who speak and judge as often as officials do.
        "woman", "women", "man", "men", "family", "families", "parents", "parent", "mother", "father", "wife",
        "husband", "son", "daughter", "friend", "friends", "students", "student", "teachers", "teacher", "employees",
        "soldiers", "soldier", "troops", "veterans", "veteran", "host", "hosts", "anchor", "aide", "staff", "team",
        "citizens", "fans", "users", "user", "neighbors", "neighbours", "victims", "survivors", "relatives", "individuals",
        // Works that present a view, which news treats as speaking: "the ad mentions", "the film explains".
        "ad", "ads", "advertisement", "commercial", "spot", "film", "documentary", "clip", "piece", "article", "book",
        "memoir", "column", "editorial", "essay", "blog", "tweet", "website", "transcript", "letter", "memo", "filing",
        "lawsuit", "indictment", "complaint", "platform", "manifesto", "resolution",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Nouns of saying and believing whose "that" clause is what was said or believed ("Trump's claim that …", "her
    // warning that …"). Nouns of intention ("plan", "decision", "effort") are left out: their "that" opens a relative
    // clause as often as a complement, and their "to" complements are deeds rather than claims.
    private static readonly FrozenSet<string> NominalCues = new[]
    {
        "claim", "claims", "statement", "statements", "assertion", "assertions", "argument", "arguments", "contention",
        "view", "belief", "beliefs", "promise", "promises", "pledge", "warning", "warnings", "suggestion", "insistence",
        "allegation", "allegations", "accusation", "accusations", "denial", "admission", "acknowledgment",
        "acknowledgement", "prediction", "predictions", "hope", "fear", "fears", "concern", "concerns", "message",
        "conclusion", "finding", "findings", "assurance", "assurances", "complaint", "suspicion", "doubts",
        "announcement", "insinuation", "assessment", "argument", "theory", "notion", "idea", "charge", "boast",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Nouns of judgement, saying and feeling whose complement ("criticism of the plan", "questions about his health",
    // "her reluctance to run", "concerns that the deal will fail") is what the stance is about, with or without a possessor.
    private static readonly FrozenSet<string> StanceNouns = new[]
    {
        // Nouns of intention and decision ("plans to", "decision to", "proposals for") are left out: they report deeds
        // to come far more often than stances.
        "criticism", "criticisms", "questions", "concerns", "concern", "doubts", "fears", "worries", "skepticism",
        "scepticism", "claims", "allegations", "accusations", "complaints", "warnings", "warning", "pledge", "pledges",
        "promise", "promises", "message", "comments", "remarks", "assessment", "estimates", "prediction", "predictions",
        "belief", "hopes", "rhetoric", "insistence", "denial", "admission", "recognition", "acknowledgment",
        "acknowledgement", "reluctance", "emphasis", "obsession", "disdain", "reservations", "disagreements",
        "disagreement", "frustration", "anger", "outrage", "suggestion", "argument",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Verbs that take a noun of stance as their object and make it their subject's ("expressed concern about",
    // "raised questions about", "voiced support for", "has doubts that").
    private static readonly FrozenSet<string> LightVerbs = new[]
    {
        "express", "expressed", "expresses", "expressing", "voice", "voiced", "voices", "voicing", "raise", "raised",
        "raises", "raising", "air", "aired", "airs", "airing", "share", "shared", "shares", "sharing", "register",
        "registered", "registers", "harbor", "harbored", "harbors", "harbour", "harboured", "have", "has", "had", "having",
        "reiterate", "reiterated", "reiterates", "repeat", "repeated", "repeats", "echo", "echoed", "echoes", "signal",
        "signaled", "signalled", "signals", "pose", "posed", "poses", "offer", "offered", "offers", "lend", "lent",
        "lends", "pledge", "pledged", "pledges", "declare", "declared", "declares", "renew", "renewed", "renews", "vent", "vented", "vents",
        "make", "made", "makes", "making",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Nouns of stance read as cues only as the object of a light verb ("voiced support for", "expressed sympathy
    // with"); alone they are mostly topics ("support for the bill grew").
    private static readonly FrozenSet<string> LightVerbNouns = new[]
    {
        "support", "opposition", "sympathy", "solidarity", "condolences", "dismay", "regret", "disappointment", "alarm",
        "confidence", "optimism", "pessimism", "hope", "interest", "objections", "objection", "opinion", "opinions",
        "views", "view", "reservation", "qualms", "misgivings", "displeasure", "approval", "disapproval", "gratitude",
        "thanks", "indignation", "shock", "surprise", "sadness", "horror", "fear", "worry", "doubt", "question",
        "complaint", "praise", "condemnation", "backing", "endorsement", "commitment", "determination", "willingness",
        "readiness", "intention", "desire", "wish", "preference", "contempt", "distrust", "mistrust", "trust",
        "admiration", "appreciation", "enthusiasm", "hostility", "resentment", "outrage", "anger", "frustration",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words opening a label before a colon that is not a speaker's.
    private static readonly FrozenSet<string> ColonLabels = new[]
    {
        "correction", "corrections", "clarification", "update", "updated", "source", "sources", "note", "editor's",
        "editor’s", "related", "watch", "read", "photo", "photos", "video", "breaking", "exclusive", "opinion",
        "analysis", "live", "latest", "editorial", "commentary", "review", "credit", "disclosure", "graphic", "map",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Cue words in -s that are far more often plural nouns ("swing states", "the polls", "his tweets").
    private static readonly FrozenSet<string> AmbiguousPlurals = new[]
    {
        "states", "claims", "reports", "tweets", "notes", "posts", "plans", "calls", "comments", "charges", "estimates",
        "questions", "answers", "promises", "pledges", "demands", "threats", "fears", "hopes", "rules", "polls",
        "records", "studies", "surveys", "views", "reviews", "concerns", "doubts", "releases", "orders", "offers",
        "protests", "appeals", "attacks", "cites", "findings", "documents", "details", "labels", "brands", "terms",
        "links", "signals", "statements", "supports", "backs", "presses", "pushes", "forecasts", "projects", "studies",
        "results", "names", "challenges", "disputes", "champions", "petitions", "campaigns", "rallies", "rates", "ratings",
        "contests", "debates", "blocks", "emails", "texts", "votes",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Quantifiers and indefinite pronouns that stand for people as subjects ("many argue", "others say").
    private static readonly FrozenSet<string> QuantifierSources = new[]
    {
        "everyone", "everybody", "anyone", "anybody", "nobody", "someone", "somebody", "others", "many", "some", "most",
        "few", "both", "all",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Prepositions that open a phrase read back from a cue, which qualifies a noun rather than naming a speaker.
    private static readonly FrozenSet<string> Prepositions = new[]
    {
        "in", "on", "at", "from", "with", "by", "for", "of", "after", "during", "under", "into",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PossessivePronouns = new[]
    {
        "his", "her", "their", "its", "our", "my",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Pronouns = new[]
    {
        "he", "she", "they", "it", "we", "i", "you", "who",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public IReadOnlyList<Claim> Extract(AnnotationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var original = context.Text;
        if (TypewriterQuotes(original) is { } marked)
        {
            // Read the text with its doubled apostrophes as straight quotes, at the same offsets, so spans still
            // point into the original; the words themselves are sliced from the original below.
            context = context with { Text = marked, Tokens = Tokenizer.Tokenize(marked) };
        }

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
        QuoteSignatures(context, claims);
        claims.Sort((a, b) => a.Cue.Start.CompareTo(b.Cue.Start));
        if (!ReferenceEquals(context.Text, original))
        {
            return claims.Select(c => c with
            {
                SourceText = c.Source?.Slice(original), CueText = c.Cue.Slice(original), ContentText = c.Content.Slice(original),
            }).ToList();
        }

        return claims;
    }

    /// <summary>
    /// The text with typewriter quotation marks — doubled apostrophes (<c>''…''</c>, as some newspapers' archives print
    /// them) and doubled backticks (<c>``</c>) — turned into straight double quotes padded by a space, so that offsets
    /// are kept; null when there are none. Left alone, a doubled apostrophe reads as two apostrophes, and the quotation
    /// it opens is neither kept whole as content nor shielded as someone else's speech.
    /// </summary>
    private static string? TypewriterQuotes(string text)
    {
        if (!text.Contains("''", StringComparison.Ordinal) && !text.Contains("``", StringComparison.Ordinal))
        {
            return null;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i + 1 < chars.Length; i++)
        {
            if (chars[i] == '`' && chars[i + 1] == '`')
            {
                chars[i] = '"';
                chars[i + 1] = ' ';
                i++;
            }
            else if (chars[i] == '\'' && chars[i + 1] == '\'')
            {
                // An opening mark stands before a word, a closing one after it: the mark keeps the outer side of the
                // pair, so the quotation's span covers both apostrophes.
                var before = i == 0 ? ' ' : chars[i - 1];
                var after = i + 2 < chars.Length ? chars[i + 2] : ' ';
                var opens = !char.IsWhiteSpace(after) && char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '"';
                if (opens)
                {
                    chars[i] = '"';
                    chars[i + 1] = ' ';
                }
                else
                {
                    chars[i] = ' ';
                    chars[i + 1] = '"';
                }

                i++;
            }
        }

        return new string(chars);
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
            if (words.Length > 0 && (words[0] is "The" or "A" or "An" || ColonLabels.Contains(words[0].ToLowerInvariant())))
            {
                // "The Latest:", "Correction:", "Source: NATO": labels and headline kickers, not speakers.
                continue;
            }

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

    /// <summary>
    /// "“…” ― Carla Sanchez": a quotation signed by a dash and a name closing the paragraph, as in collected reader or
    /// witness testimonies. The dash is the cue.
    /// </summary>
    private static void QuoteSignatures(AnnotationContext context, List<Claim> claims)
    {
        var text = context.Text;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            // Testimonies are often one a line, without blank lines between them: read line by line.
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var paragraph = new TextSpan(lineStart, lineEnd - lineStart);
            lineStart = lineEnd + 1;
            var end = TrimEnd(text, paragraph.Start, paragraph.End);
            var dash = -1;
            for (var i = end - 1; i > paragraph.Start && end - i < 60; i--)
            {
                if (text[i] is '―' or '—' or '–')
                {
                    dash = i;
                    break;
                }
            }

            if (dash < 0)
            {
                continue;
            }

            var close = dash - 1;
            while (close > paragraph.Start && char.IsWhiteSpace(text[close]))
            {
                close--;
            }

            if (text[close] is not ('”' or '"'))
            {
                continue;
            }

            // Non-breaking spaces often set the dash off.
            var nameStart = dash + 1;
            while (nameStart < end && char.IsWhiteSpace(text[nameStart]))
            {
                nameStart++;
            }

            var words = text[nameStart..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is < 1 or > 6 || !words.All(w => char.IsUpper(w[0])))
            {
                continue;
            }

            // A line opening with any quotation mark (even a misprinted ”) opens the testimony.
            var open = text[paragraph.Start] is '“' or '"' or '”' ? paragraph.Start : text.LastIndexOfAny(['“', '"'], close - 1, close - paragraph.Start);
            if (open < paragraph.Start || close - open < 10 || claims.Any(c => c.Content.Start <= close && close < c.Content.End))
            {
                continue;
            }

            var source = new TextSpan(nameStart, end - nameStart);
            claims.Add(new Claim(source, source.Slice(text), ClaimSourceKind.Person, new TextSpan(dash, 1), text[dash..(dash + 1)],
                new TextSpan(open, close + 1 - open), text[open..(close + 1)], true, false, ResolveSource(context, source)));
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
                case '”' when straightOpen >= 0:
                case '"' when open >= 0 && straightOpen < 0:
                    // Mixed marks ("“…," he said") close the quotation they follow; left open, the rest of the
                    // paragraph would count as quoted and its attributions be dropped.
                    var opened = open >= 0 ? open : straightOpen;
                    regions.Add(new TextSpan(opened, i - opened));
                    open = -1;
                    straightOpen = -1;
                    break;
                case '"' when straightOpen < 0:
                    straightOpen = i;
                    break;
                case '"':
                    regions.Add(new TextSpan(straightOpen, i - straightOpen));
                    straightOpen = -1;
                    break;
                case '\n':
                    // A quotation left open at a paragraph's end is continued by a new opening mark in the next
                    // ("“…" conventions), so nothing carries over the line break.
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
        private readonly int _firstClaim = claims.Count;

        // Each token's lower-case form, made once: the rules read the same words many times over.
        private readonly string?[] _lower = new string?[Math.Max(0, to - from)];

        private string Lower(int i) => i >= from && i < to ? _lower[i - from] ??= _tokens[i].Of(_text).ToLowerInvariant() : string.Empty;

        private bool IsWord(int i) => i >= from && i < to && _tokens[i].Kind == TokenKind.Word;

        private bool IsCapital(int i) => IsWord(i) && char.IsUpper(_text[_tokens[i].Start]);

        private bool IsSymbol(int i, char symbol) => i >= from && i < to && _tokens[i].Kind == TokenKind.Symbol && _text[_tokens[i].Start] == symbol;

        public void Read()
        {
            if (Headline())
            {
                return;
            }

            InFinding();
            var opening = OpeningParticiple();
            for (var c = from; c < to; c++)
            {
                if (c == opening)
                {
                    continue;
                }

                var w = Lower(c);
                if (IsWord(c) && c - 2 >= from && IsSymbol(c - 1, '-') && IsWord(c - 2) && _tokens[c - 2].End == _tokens[c - 1].Start)
                {
                    // "US-backed", "self-declared", "Iranian- sponsored": the second half of a compound adjective.
                    continue;
                }

                if (IsWord(c) && NominalCues.Contains(w) && Nominal(c))
                {
                    continue;
                }

                if (IsWord(c) && !IsCapital(c) && w is "criticism" or "scrutiny" or "ridicule" or "backlash" or "condemnation" or "praise" or "heat" or "flak" or "rebuke" or "rebukes"
                    && ReceivedStance(c))
                {
                    continue;
                }

                if (IsWord(c) && !IsCapital(c) && (StanceNouns.Contains(w) || LightVerbNouns.Contains(w)) && !VerbAfterSubject(c) && StanceNoun(c) is { } nounEnd)
                {
                    c = nounEnd;
                    continue;
                }

                if (IsWord(c) && !IsCapital(c) && StanceBaseSet.Contains(w) && !IsCueWord(w) && !BareStanceVerbs.Contains(w) && Lower(c - 1) is "we" or "they" or "i"
                    && !(c - 2 >= from && IsWord(c - 2) && Auxiliaries.Contains(Lower(c - 2))) && (IsWord(c + 1) || IsOpeningQuote(c + 1)) && !InQuotation(c))
                {
                    // "We examine the record", "they reject the plan": a bare verb after a personal pronoun is a verb.
                    Verb(c, c);
                    continue;
                }

                if (IsWord(c) && BareStanceVerbs.Contains(w) && !IsCueWord(w) && BareVerb(c))
                {
                    continue;
                }

                if (IsWord(c) && !IsCapital(c) && StanceAdjectives.Contains(w) && Adjective(c) is { } adjectiveEnd)
                {
                    c = adjectiveEnd;
                    continue;
                }

                if (IsWord(c) && !IsCapital(c) && PhrasalCues.TryGetValue(w, out var particles) && PhrasalEnd(c, particles) is { } phrasalEnd)
                {
                    // "attempted to make the case": the catenative verb's subject makes it.
                    Verb(c, phrasalEnd, leftFrom: Lower(c - 1) == "to" && CatenativeStart(c - 2) is { } phrasalCatenative ? phrasalCatenative : -1);
                    c = phrasalEnd;
                    continue;
                }

                if (IsWord(c) && !IsCapital(c) && (BareBases.Contains(w) || CatenativeCues.Contains(w) || BareSayingVerb(w) || StanceBaseSet.Contains(w)) && Lower(c - 1) == "to" && CatenativeStart(c - 2) is { } catenative
                    && !InQuotation(c))
                {
                    if (IsSymbol(catenative - 1, ',') && Lower(catenative).EndsWith("ing", StringComparison.Ordinal))
                    {
                        // "…, Sanders said, going on to say that …": the participle's speaker is the one just quoted.
                        if (claims.Count > _firstClaim && claims[^1].Source is { } speaker && ContentAfter(c) is { } said)
                        {
                            Add(speaker, Span(catenative, c), said, Hedges.Contains(w));
                        }

                        continue;
                    }

                    Verb(c, c, leftFrom: catenative);
                    continue;
                }

                if (IsWord(c) && !IsCapital(c) && w.EndsWith("ing", StringComparison.Ordinal) && (IsCueWord(w) || AttackVerbs.Contains(w))
                    && (Lower(c - 1) is "avoids" or "avoided" or "avoid" or "avoiding" or "kept" or "keeps" or "keep" or "began" or "begins" or "started" or "starts"
                        or "stopped" or "continued" or "continues" or "resumed" or "quit" or "risked" or "risks"
                        || Lower(c - 1) == "of" && Lower(c - 2) == "short" && Lower(c - 3) is "stopped" or "stops" or "stop" or "stopping")
                    && !InQuotation(c) && !WarVocabulary())
                {
                    // "avoids condemning", "kept saying", "stopped short of calling": the first verb's subject takes the stance.
                    Verb(c, c, leftFrom: Lower(c - 1) == "of" ? c - 3 : c - 1);
                    continue;
                }

                if (IsWord(c) && w == "like" && Lower(c + 1) == "to" && Lower(c - 1) is "would" or "d" or "wouldn't" or "wouldn’t"
                    && !InQuotation(c))
                {
                    // "the campaign would like to organize …": a wish, as "wants to".
                    Verb(c, c);
                    continue;
                }

                if (IsWord(c) && !IsCapital(c) && AttackVerbs.Contains(w) && !PhrasalCues.ContainsKey(w))
                {
                    // Only an attack between people is a stance; any other is a deed, whatever else the word can mean.
                    if (PersonalAttack(c))
                    {
                        Verb(c, c);
                    }

                    continue;
                }

                if (!IsWord(c) || !IsCueWord(w) && !VerbBeforeThat(c) && !(BareBases.Contains(w) && AfterAuxiliary(c)) && !(StanceBaseSet.Contains(w) && AfterDo(c)))
                {
                    continue;
                }

                // Attributions inside a quotation are the quoted speaker's own words ("“I think …”").
                if (InQuotation(c))
                {
                    continue;
                }

                // "Trump’s tweet": after a possessive the word is a noun.
                // "she’s claiming" is a contraction, though.
                if (Lower(c - 1) == "s" && c - 2 >= from && _text[_tokens[c - 2].Start] is '\'' or '’' && !(Lower(c - 3) is "he" or "she" or "it" or "who" or "that" or "there"))
                {
                    continue;
                }

                // "the claims", "swing states", "to tell": a noun or an infinitive, not a reporting verb.
                var participleAfter = w.EndsWith("ing", StringComparison.Ordinal) && Lower(c - 1) is "by" or "after" or "before" or "without" or "for" or "while" or "when";
                // "Some believe …", "Many argue …": a quantifier standing alone for people is the subject, not a determiner.
                var quantifierSubject = QuantifierSources.Contains(Lower(c - 1)) && (c - 1 == from || !IsWord(c - 2) || Lower(c - 2) is "and" or "but")
                    && !AmbiguousPlurals.Contains(w) && !w.EndsWith("ing", StringComparison.Ordinal);
                // "the diplomats I spoke to said": a past tense after a stranded preposition closes a relative clause.
                var strandedPreposition = Lower(c - 1) is "to" or "with" or "about" or "for" or "from" && Verbs.Contains(w) && (w.EndsWith("ed", StringComparison.Ordinal) || w is "said" or "told" or "wrote" or "thought" or "knew");
                // "was first reported", "had last said": an ordinal adverb after an auxiliary.
                var adverbAfterAuxiliary = Lower(c - 1) is "first" or "last" && (Between.Contains(Lower(c - 2)) || Auxiliaries.Contains(Lower(c - 2)) || c - 2 >= from && IsCapital(c - 2) && !NounMarkers.Contains(Lower(c - 2))
                    || Lower(c - 2) is "which" or "who" or "he" or "she" or "they" or "it" or "we")
                    && Lower(c - 2) is not ("the" or "a");
                if (w != "according" && !participleAfter && !quantifierSubject && !strandedPreposition && !adverbAfterAuxiliary && NounMarkers.Contains(Lower(c - 1)) && !(Lower(c - 1) == "that" && Lower(c - 2) is "said" or "says"))
                {
                    continue;
                }

                // A capitalised cue word inside a sentence is a name ("Said Ahmed"), unless the sentence is a headline
                // in title case ("Clinton Hid Health Problems, Doctor Says").
                if (IsCapital(c) && c > from && w != "according" && !(Invertible.Contains(w) && TitleCase() && (IsCapital(c - 1) || IsSymbol(c + 1, '.') || c + 1 >= to))
                    && !(w.EndsWith('s') && IsCapital(c - 1) && (IsWord(c + 1) || IsOpeningQuote(c + 1)) && TitleCase()))
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
                var next1 = Lower(c + 1);
                if (w is "called" or "calls" or "calling" or "call" && next1 is "for" or "on")
                {
                    cueEnd = c + 1;
                }
                else if (w is "continued" or "continues" or "continue" && next1.EndsWith("ing", StringComparison.Ordinal) && next1.Length > 4)
                {
                    // "the coalition continues hammering the group": an ongoing deed; a stance verb after it is read with
                    // its own subject (see the catenative verbs).
                    continue;
                }
                else if (w == "said" && Lower(c - 1) == "having" && next1 == "that")
                {
                    // "Having said that, …": a turn of phrase.
                    continue;
                }
                else if (w is "declined" or "declines" or "declining" && next1 != "to" && !(IsWord(c + 1) && NounMarkers.Contains(next1)))
                {
                    // "approval has declined slightly": a fall, not a refusal.
                    continue;
                }
                else if (w.EndsWith('s') && !Verbs.Contains(w) && IsCapital(c - 1) && c - 2 >= from && !IsCapital(c - 2)
                    && Lower(c - 2) is "the" or "a" or "an" or "other" or "these" or "those" or "many" or "some" or "several" or "his" or "her" or "their" or "its" or "our" or "my" or "your")
                {
                    // "the Patriot mines that …", "other WikiLeaks emails": a plural noun after a name used as a modifier.
                    continue;
                }
                else if (w is "compared" or "comparing" && next1 is "to" or "with" && (IsSymbol(c - 1, ',') || Lower(c - 1) is "when" or "as" or "than"))
                {
                    // "52% were rated false, compared to 24% of …": a comparison, not a stance.
                    continue;
                }
                else if (w is "called" or "calls" or "calling" && next1 == "out" && IsWord(c + 2))
                {
                    // "called out Trump for …": a rebuke.
                    cueEnd = c + 1;
                }
                else if (w is "called" or "calls" or "call" && (next1 is "off" or "up" or "in" or "back" or "out" or "it" || !IsWord(c + 1)))
                {
                    // "called off", "called up", "called it quits": not a judgement.
                    continue;
                }
                else if (w is "pointed" or "points" or "pointing" or "point" && next1 is "out" or "to")
                {
                    cueEnd = c + 1;
                }
                else if (w is "pointed" or "points" or "pointing" or "point")
                {
                    continue;
                }
                else if (w is "complained" or "warned" or "worried" or "boasted" or "bragged" && next1 is "about" or "of")
                {
                    cueEnd = c + 1;
                }
                else if (w is "spoke" or "speaks" or "spoken" or "talked" or "talks" or "speaking" or "talking")
                {
                    // "spoke out Tuesday about", "spoke emotionally of": the topic makes the cue; "spoke to reporters"
                    // and "spoke in a cottage" attribute nothing.
                    var topic = c + 1;
                    while (topic < to && topic - c <= 4 && IsWord(topic) && Lower(topic) is not ("about" or "of" or "out" or "to" or "in" or "at" or "with" or "for"))
                    {
                        topic++;
                    }

                    if (Lower(topic) == "to")
                    {
                        // "talks to DuVernay about mass incarceration": the topic after the addressee.
                        var about = topic + 1;
                        while (about < to && about - topic <= 5 && IsWord(about) && Lower(about) != "about")
                        {
                            about++;
                        }

                        if (Lower(about) == "about")
                        {
                            topic = about;
                        }
                    }

                    if (Lower(topic) is not ("about" or "of" or "out"))
                    {
                        continue;
                    }

                    cueEnd = Lower(topic) == "out" && Lower(topic + 1) is "about" or "against" or "on" ? topic + 1 : topic;
                }
                else if (w is "called" or "named" && IsWord(c - 1) && !IsCapital(c - 1) && Lower(c - 2) is "a" or "an" && IsCapital(c + 1))
                {
                    // "a man named Tom Clarke", "a group called Lashkar-e-Taiba": a name given to someone introduced.
                    continue;
                }
                else if ((w == "reporting" && Lower(c + 1) == "by" || w == "reported" && Lower(c + 1) == "from" && IsCapital(c + 2)))
                {
                    // Bylines and datelines: "Additional reporting by …", "Davis reported from Midway Atoll".
                    continue;
                }
                else if (CognitionBases.Contains(w) && !Verbs.Contains(w) && !BareCognitionSubject(c))
                {
                    // A bare "plan", "view" or "wish" is a noun unless a subject that takes the bare verb precedes it.
                    continue;
                }
                else if (w == "called" && IsWord(c - 1) && !IsCapital(c - 1) && !Pronouns.Contains(Lower(c - 1)) && !Between.Contains(Lower(c - 1)) && NameThenStop(c + 1))
                {
                    // "a stream called Miracle Run.": a name given, not a judgement ("called Oz a quack").
                    continue;
                }
                else if (Cognition.Contains(w) && next1 is "about" or "in" && IsWord(c + 2))
                {
                    // "believe in", "worried about", "know about": the preposition belongs to the cue.
                    cueEnd = c + 1;
                }

                // "wants to", "agreed to", "plans to": intentions attribute their infinitive whatever the subject.
                var intention = Lower(cueEnd + 1) == "to" && IsWord(cueEnd + 2) && !NounMarkers.Contains(Lower(cueEnd + 2)) && !IsCapital(cueEnd + 2);
                if (NeedThat.Contains(w) && Lower(cueEnd + 1) != "that" && !intention && !EvidenceSubject(c) && !ObjectInfinitive(c, cueEnd))
                {
                    continue;
                }

                // "show up", "found out"-type particles leave the verb's attributive sense.
                if (Lower(cueEnd + 1) is "up" or "off" && w is not ("called" or "calls"))
                {
                    continue;
                }

                if (w.EndsWith("ing", StringComparison.Ordinal) && Participle(c, cueEnd))
                {
                    c = cueEnd;
                    continue;
                }

                Verb(c, cueEnd);
                c = cueEnd;
            }

            SentenceHedges();
        }

        /// <summary>
        /// A word that hedges the whole sentence when no claim read here covers it: "The Tiger Forces have reportedly
        /// redeployed …" credits it to reports no one names; "the lack of enthusiasm seems to be a real issue", "drawing
        /// on home equity seems too risky" give the author's own hedged judgement (not "appeared at the rally").
        /// </summary>
        private void SentenceHedges()
        {
            for (var c = from; c < to; c++)
            {
                var w = Lower(c);
                var reported = w is "reportedly" or "allegedly" or "purportedly" or "supposedly";
                if (!IsWord(c) || !reported && (c == from || w is not ("seems" or "seemed" or "appears" or "appeared")) || InQuotation(c))
                {
                    continue;
                }

                var at = _tokens[c].Start;
                if (claims.Skip(_firstClaim).Any(claim => claim.Cue.Start <= at && at < claim.Cue.End || claim.Content.Start <= at && at < claim.Content.End))
                {
                    continue;
                }

                var next = Lower(c + 1);
                if (!reported && !(next == "to" && Lower(c + 2) is "be" or "have" || IsWord(c + 1) && !Prepositions.Contains(next) && next is not ("before" or "in" or "at")))
                {
                    continue;
                }

                var content = Clause(sentence.Span.Start, sentence.Span.End);
                if (content.Length > 0)
                {
                    Add(null, Span(c, c), content, hedged: true, reported ? ClaimSourceKind.Unnamed : ClaimSourceKind.Author);
                }

                return;
            }
        }

        /// <summary>
        /// "Trump's comments have drawn scrutiny from some who …", "The clip has faced ridicule online": a stance
        /// received. The subject is what the stance is about, the phrase after "from" (when there is one) who takes it.
        /// </summary>
        private bool ReceivedStance(int noun)
        {
            var verb = noun - 1;
            while (verb > from && IsWord(verb) && (Lower(verb).EndsWith("ing", StringComparison.Ordinal) && !IsReceivingVerb(Lower(verb)) || Lower(verb) is "sharp" or "heavy" or "harsh" or "withering" or "widespread" or "strong" or "fierce" or "intense" or "much" or "some" or "little" or "broad" or "bipartisan" or "international" or "public" or "growing" or "fresh" or "renewed"))
            {
                verb--;
            }

            var v = Lower(verb);
            if (!IsWord(verb) || !IsReceivingVerb(v) || v is "took" or "taken" or "take" or "takes" or "taking" && Lower(noun) != "heat" || Lower(noun) == "heat" && !v.StartsWith("t", StringComparison.Ordinal))
            {
                return false;
            }

            var cueStart = verb;
            while (cueStart - 1 >= from && IsWord(cueStart - 1) && (Between.Contains(Lower(cueStart - 1)) || Auxiliaries.Contains(Lower(cueStart - 1))))
            {
                cueStart--;
            }

            var subject = Lower(cueStart - 1) is "who" or "which" ? Span(cueStart - 1, cueStart - 1) : SourceBefore(cueStart - 1, out _, out _);
            if (subject is null)
            {
                return false;
            }

            TextSpan? source = Lower(noun + 1) == "from" && SourceAfter(noun + 2) is { } from2 ? from2 : null;
            Add(source, Span(cueStart, noun), subject.Value, hedged: false);
            return true;
        }

        private static bool IsReceivingVerb(string v) => v is "drew" or "drawn" or "draw" or "draws" or "drawing" or "faced" or "face" or "faces" or "facing"
            or "received" or "receive" or "receives" or "receiving" or "attracted" or "attract" or "attracts" or "attracting" or "took" or "taken" or "take"
            or "takes" or "taking" or "earned" or "earns" or "earning" or "won" or "wins" or "winning";

        /// <summary>
        /// A headline in title case, "SUBJECT Verbs OBJECT" ("Obama Sees 'Personal Insult' …", "UN Condemns Strike on
        /// Convoy", "Black Lawmakers Rip Donald Trump …"): the capitalised subject, the first stance verb and the rest.
        /// </summary>
        private bool Headline()
        {
            if (!TitleCase() || !IsCapital(from))
            {
                return false;
            }

            for (var c = from + 1; c < to && c - from <= 5; c++)
            {
                if (!IsCapital(c))
                {
                    return false;
                }

                var w = Lower(c);
                var before = Lower(c - 1);
                var plural = before.EndsWith('s') && !before.EndsWith("ss", StringComparison.Ordinal) && !before.EndsWith("us", StringComparison.Ordinal) && !before.EndsWith("is", StringComparison.Ordinal);
                var verb = (IsCueWord(w) || AttackVerbs.Contains(w)) && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)
                    || plural && (StanceBaseSet.Contains(w) || BareStanceVerbs.Contains(w));
                if (!verb || NounMarkers.Contains(w) || AmbiguousPlurals.Contains(w) && !Derived.Contains(w) && !Verbs.Contains(w) || c + 1 >= to)
                {
                    continue;
                }

                if (AttackVerbs.Contains(w) && WarVocabulary())
                {
                    return false;
                }

                var content = Clause(_tokens[c + 1].Start, sentence.Span.End);
                if (content.Length == 0)
                {
                    return false;
                }

                Add(Span(from, c - 1), Span(c, c), content, Hedges.Contains(w));
                return true;
            }

            return false;
        }

        /// <summary>
        /// Whether a word that is both a stance noun and a cue verb is the verb: its -s form after a subject that can
        /// hold a view ("the Tax Institute estimates that …", "Clarke hopes to …", "he claims that …"), or its
        /// participle after a comma ("…, warning that …").
        /// </summary>
        private bool VerbAfterSubject(int c)
        {
            var w = Lower(c);
            if (!IsCueWord(w) || Lower(c + 1) is "of" or "about" or "over" or "on" or "for")
            {
                return false;
            }

            if (w.EndsWith("ing", StringComparison.Ordinal))
            {
                return IsSymbol(c - 1, ',');
            }

            var k = c - 1;
            while (k >= from && IsWord(k) && (Between.Contains(Lower(k)) || Manner(k)))
            {
                k--;
            }

            var subject = Lower(k);
            return IsWord(k) && !NounMarkers.Contains(subject) && w.EndsWith('s')
                && (IsCapital(k) && k > from || subject is "he" or "she" or "it" or "who" or "which" || !IsCapital(k) && (SourceNouns.Contains(subject) || EvidenceNouns.Contains(subject)) && !subject.EndsWith('s'));
        }

        /// <summary>
        /// "found", "show", "think" and other verbs of evidence and belief attribute a bare clause only when their subject
        /// is a study, a poll, a person or a pronoun ("the survey found 40 percent …", "he thinks it will pass"); a
        /// named place or an object is not ("the soldiers found weapons").
        /// </summary>
        private bool EvidenceSubject(int c)
        {
            var k = c - 1;
            while (k >= from && IsWord(k) && Between.Contains(Lower(k)))
            {
                k--;
            }

            if (!IsWord(k) && !(k >= from && _tokens[k].Kind == TokenKind.Number))
            {
                return false;
            }

            var w = Lower(k);
            var verb = Lower(c);
            if (verb is "found" or "finds" or "find" or "shows" or "showed" or "show" or "shown")
            {
                if (EvidenceNouns.Contains(w) || SourceNouns.Contains(w) && w is not ("police" or "army" or "military" or "people" or "residents" or "witnesses")
                    || verb is "shows" or "showed" && w is "it" or "this" && k == from)
                {
                    return true;
                }

                // "A 2014 study by a law professor found …", "video of the incident shows …": the head noun comes
                // before the phrase that qualifies it.
                for (var j = k - 1; j >= from && k - j < 12 && (IsWord(j) || _tokens[j].Kind == TokenKind.Number || IsSymbol(j, '\'') || IsSymbol(j, '’') || IsSymbol(j, '-')); j--)
                {
                    if (EvidenceNouns.Contains(Lower(j)) && Lower(j + 1) is "by" or "of" or "from" or "in" or "conducted" or "published" or "released" or "taken" or "commissioned")
                    {
                        return true;
                    }

                    if (LeftStops.Contains(Lower(j)))
                    {
                        break;
                    }
                }

                return false;
            }

            // "Smith knows there are …", "Some believe …", "No one expected …": a name opening the sentence, or a
            // quantifier standing for people, holds the belief as well.
            if (Lower(c + 1) is "have" or "has" or "had" or "are" or "is" or "were" or "was" or "will" or "would")
            {
                // "Health worries have dogged …": a noun before its own verb.
                return false;
            }

            return Pronouns.Contains(w) && w != "it" || IsCapital(k) && (k > from || !NounMarkers.Contains(w)) || SourceNouns.Contains(w) || EvidenceNouns.Contains(w)
                || QuantifierSources.Contains(w) && (k == from || !IsWord(k - 1)) || w == "one" && Lower(k - 1) == "no"
                || AgentNoun(w) && verb is not ("seen" or "known" or "understood" or "felt");
        }

        private void According(int c)
        {
            // "According to SOURCE, CONTENT." or "CONTENT, according to SOURCE."
            var sourceStart = c + 2;
            var sourceEnd = sourceStart;
            while (sourceEnd < to && _tokens[sourceEnd].Kind != TokenKind.Symbol || sourceEnd < to && _text[_tokens[sourceEnd].Start] is '-' or '\'' or '’' or '.' or '/' or '&' && sourceEnd + 1 < to && _tokens[sourceEnd + 1].Kind == TokenKind.Word)
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

        /// <summary>
        /// "…, saying (that) …", "…, adding that …", "… by insisting …": a participle whose speaker is the subject of the
        /// clause it hangs from — the source of an attribution already read in this sentence, or the sentence's subject.
        /// </summary>
        private bool Participle(int c, int cueEnd)
        {
            var before = Lower(c - 1);
            if (!IsSymbol(c - 1, ',') && before is not ("by" or "after" or "before" or "while" or "for" or "without" or "when" or "also" or "again" or "even" or "then")
                && !(before is "perhaps" or "apparently" or "possibly" or "probably" or "presumably" or "clearly" or "effectively" && IsSymbol(c - 2, ',')))
            {
                return false;
            }

            if (!Verbs.Contains(Lower(c)) && !Derived.Contains(Lower(c)))
            {
                return true;
            }

            var content = ContentAfter(cueEnd) ?? ColonContent(cueEnd);
            if (content is not { } found)
            {
                return true;
            }

            var cueStart = before is "also" or "again" or "even" or "then" or "perhaps" or "apparently" or "possibly" or "probably" or "presumably" or "clearly" or "effectively" ? c - 1 : c;
            if (claims.Count > _firstClaim && claims[^1].Source is { } earlier && claims[^1].Cue.Start >= sentence.Span.Start)
            {
                Add(earlier, Span(cueStart, cueEnd), found, Hedges.Contains(Lower(c)));
                return true;
            }

            if (Subject() is { } subject)
            {
                Add(subject, Span(cueStart, cueEnd), found, Hedges.Contains(Lower(c)));
            }

            return true;
        }

        /// <summary>
        /// The sentence's subject: the words from its start (after a leading "But" or an introductory phrase closed by a
        /// comma) up to the first verb-like word, when they name a plausible speaker.
        /// </summary>
        private TextSpan? Subject()
        {
            var s = from;
            while (s < to && (_tokens[s].Kind == TokenKind.Symbol || Lower(s) is "but" or "and" or "yet" or "so" or "still"))
            {
                s++;
            }

            if (Lower(s) is "after" or "during" or "in" or "at" or "on" or "before" or "while" or "when" or "with" or "as" or "since" or "following" or "despite" or "speaking" or "asked" or "later" or "earlier" or "meanwhile" or "instead")
            {
                var comma = s;
                while (comma < to && comma - s < 20 && !IsSymbol(comma, ','))
                {
                    comma++;
                }

                if (!IsSymbol(comma, ','))
                {
                    return null;
                }

                s = comma + 1;
            }

            return SubjectFrom(s);
        }

        /// <summary>The subject starting at token <paramref name="s"/>: the words up to the first verb-like word, when they name a plausible speaker.</summary>
        private TextSpan? SubjectFrom(int s)
        {
            var e = s;
            while (e < to && e - s < 8)
            {
                var w = Lower(e);
                if (_tokens[e].Kind == TokenKind.Symbol)
                {
                    if (_text[_tokens[e].Start] is '-' or '.' or '\'' or '’' && IsWord(e + 1))
                    {
                        e++;
                        continue;
                    }

                    break;
                }

                if (e > s && !IsCapital(e) && (Between.Contains(w) || LeftStops.Contains(w) || IsCueWord(w) || w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4))
                {
                    break;
                }

                e++;
            }

            if (e == s || !SourceLike(s, e - 1))
            {
                return null;
            }

            return Span(s, e - 1);
        }

        /// <summary>
        /// A bare stance verb after a plural, pronoun, relative or modal subject and before its object: "China and
        /// Russia support the government", "cities that support the rules", "critics would call them messianic".
        /// </summary>
        private bool BareVerb(int c)
        {
            var at = _tokens[c].Start;
            if (InQuotation(c) || IsCapital(c) || !IsWord(c + 1) && !IsOpeningQuote(c + 1))
            {
                return false;
            }

            var next = Lower(c + 1);
            if (next is "of" or "in" or "is" or "was" or "are" or "were" or "has" or "had" or "and" or "or" or "from" or "by" or "at" or "with" || next == "for" && Lower(c) != "call")
            {
                return false;
            }

            var k = c - 1;
            var modal = false;
            while (k >= from && (IsWord(k) && (Lower(k) is "would" or "could" or "will" or "may" or "might" or "should" or "also" or "still" or "strongly" or "generally" or "do" or "not" or "don't" or "don’t" or "now" or "all" or "both" or "often" or "widely"
                || Manner(k) || Lower(k) == "far" && Lower(k - 1) == "so" || Lower(k) == "so" && Lower(k + 1) == "far")
                || IsSymbol(k, ',') && (Lower(k - 1) is "however" or "though" or "too" && IsSymbol(k - 2, ',') || Lower(k + 1) is "however" or "though" or "too" && IsSymbol(k + 2, ','))
                || Lower(k) is "however" or "though" or "too" && IsSymbol(k + 1, ',') && IsSymbol(k - 1, ',')))
            {
                // "officials so far reject", "Some lawmakers, however, question": adverbs and asides between subject and verb.
                modal |= Lower(k) is "would" or "could" or "will" or "may" or "might" or "should" or "do" or "don't" or "don’t";
                k--;
            }

            var before = Lower(k);
            var plural = before is "they" or "we" or "who" or "that" or "percent" or "many" or "most" or "others" or "some" or "few" or "both" or "all" || Pronouns.Contains(before) && modal
                || before is "and" or "but" && CoordinatedWithBareCue(k)
                || IsWord(k) && !IsCapital(k) && before.EndsWith('s') && !before.EndsWith("ss", StringComparison.Ordinal) && (SourceNouns.Contains(before) || EvidenceNouns.Contains(before) || AgentNoun(before) || modal)
                || IsCapital(k) && (Lower(k - 1) == "and" || modal || before.EndsWith("ans", StringComparison.Ordinal) || before.EndsWith("ats", StringComparison.Ordinal))
                || IsCapital(k) && k == from && before.EndsWith('s') && (SourceNouns.Contains(before) || EvidenceNouns.Contains(before) || AgentNoun(before))
                || IsCapital(k) && Lower(k - 1) == "of" && IsWord(k - 2) && Lower(k - 2).EndsWith('s') && (SourceNouns.Contains(Lower(k - 2)) || AgentNoun(Lower(k - 2)));
            // "But some note that …": a quantifier standing alone (at the clause's start) is the subject, not a determiner.
            var quantifierSubject = before is "some" or "many" or "most" or "few" or "all" or "both" && (k == from || !IsWord(k - 1) || Lower(k - 1) is "but" or "and" or "yet" or "while");
            if (!plural || NounMarkers.Contains(before) && before != "that" && !quantifierSubject)
            {
                return false;
            }

            // "that" must be a relative pronoun after a noun, not a complementiser after a verb ("said that …").
            if (before == "that" && (!IsWord(k - 1) || IsCueWord(Lower(k - 1)) || Lower(k - 1).EndsWith("ed", StringComparison.Ordinal)))
            {
                return false;
            }

            Verb(c, c, subjectChecked: true);
            return true;
        }

        /// <summary>
        /// Whether a bare verb of belief or wish at <paramref name="c"/> has a subject that takes the bare form: a
        /// pronoun, a plural, a modal or "do" ("they plan", "I wish", "would consider", "voters want"), or an infinitive.
        /// </summary>
        private bool BareCognitionSubject(int c)
        {
            var k = c - 1;
            while (k >= from && IsWord(k) && (Between.Contains(Lower(k)) || Manner(k)) && !Auxiliaries.Contains(Lower(k)))
            {
                k--;
            }

            if (k < from || !IsWord(k))
            {
                return false;
            }

            var before = Lower(k);
            return before is "i" or "we" or "you" or "they" or "who" or "to" or "and" or "or" or "police" or "people" or "percent" || Auxiliaries.Contains(before)
                || QuantifierSources.Contains(before)
                || before.EndsWith('s') && !before.EndsWith("ss", StringComparison.Ordinal) && (SourceHead(k) || IsCapital(k));
        }

        /// <summary>
        /// Whether the conjunction at <paramref name="and"/> follows a claim of this sentence whose cue is a bare present
        /// ("Obama and Clinton call them … and describe …"): the bare verb after it shares that plural subject.
        /// </summary>
        private bool CoordinatedWithBareCue(int and)
        {
            var at = _tokens[and].Start;
            for (var i = claims.Count - 1; i >= _firstClaim; i--)
            {
                if (claims[i].Cue.End <= at && claims[i].Source is not null)
                {
                    var last = claims[i].CueText.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].ToLowerInvariant();
                    return !last.EndsWith('s') && !last.EndsWith("ed", StringComparison.Ordinal) && !Irregular.Contains(last);
                }
            }

            return false;
        }

        /// <summary>
        /// "expects them to become …", "wants the court to rule …": a verb of expectation or wish with an object and an
        /// infinitive, whose subject holds a view of what the object will or should do.
        /// </summary>
        private bool ObjectInfinitive(int c, int cueEnd)
        {
            if (Lower(c) is not ("expect" or "expects" or "expected" or "expecting" or "want" or "wants" or "wanted" or "wanting" or "wish" or "wishes"
                or "wished" or "prefer" or "prefers" or "preferred" or "intend" or "intends" or "intended" or "trust" or "trusts" or "trusted"))
            {
                return false;
            }

            for (var i = cueEnd + 1; i < to && i - cueEnd <= 5; i++)
            {
                if (!IsWord(i))
                {
                    return false;
                }

                if (Lower(i) == "to")
                {
                    return i > cueEnd + 1 && IsWord(i + 1) && !IsCapital(i + 1) && !NounMarkers.Contains(Lower(i + 1));
                }

                if (IsCueWord(Lower(i)) || Auxiliaries.Contains(Lower(i)))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>Whether a phrase after an inverted cue names a speaker: a name, or a determiner or title before a noun, closing its clause.</summary>
        private bool SpeakerAfter(int first, TextSpan phrase)
        {
            var w = Lower(first);
            if (!IsCapital(first) && !(first < to && _tokens[first].Kind == TokenKind.Number) && w is not ("the" or "a" or "an" or "one" or "another" or "his" or "her" or "their" or "its" or "our") && !SourceNouns.Contains(w))
            {
                return false;
            }

            var last = first;
            while (last + 1 < to && _tokens[last + 1].End <= phrase.End)
            {
                last++;
            }

            return last + 1 >= to || _tokens[last + 1].Kind == TokenKind.Symbol || Lower(last + 1) is "on" or "in" or "at" or "during" or "who" or "as" or "after" or "before" or "when" or "while" or "to" or "from" or "which" or "that";
        }

        /// <summary>Whether a form of "be" among the words before the cue makes it passive ("was widely criticized").</summary>
        private bool Passive(int cueStart, int c)
        {
            var w = Lower(c);
            if (!w.EndsWith("ed", StringComparison.Ordinal) && w is not ("told" or "said" or "known" or "seen" or "shown" or "written" or "thought" or "understood"))
            {
                return false;
            }

            for (var i = cueStart; i < c; i++)
            {
                if (Lower(i) is "was" or "were" or "is" or "are" or "been" or "be" or "being")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A manner adverb between a subject and its cue ("forcefully told", "together vowed").</summary>
        private bool Manner(int k)
        {
            var w = Lower(k);
            return !IsCapital(k) && (w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && !w.EndsWith("ply", StringComparison.Ordinal) || w is "together" or "jointly" or "twice" or "again" or "openly" or "loudly");
        }

        /// <summary>
        /// The last token of a phrasal cue starting at <paramref name="c"/> when one of <paramref name="particles"/>
        /// follows, with the preposition that introduces its object ("took aim at", "made the case for").
        /// </summary>
        private int? PhrasalEnd(int c, string[] particles)
        {
            foreach (var particle in particles)
            {
                var words = particle.Split(' ');
                var matches = true;
                for (var i = 0; i < words.Length && matches; i++)
                {
                    matches = Lower(c + 1 + i) == words[i];
                }

                if (!matches)
                {
                    continue;
                }

                var end = c + words.Length;
                if (particle == "it" && IsWord(end + 1) && Lower(end + 1) is not ("bluntly" or "simply" or "succinctly" or "best" or "mildly" or "this" or "in" or "more" or "recently" or "aptly"))
                {
                    // "put it on the table" is a deed; "as she put it," and "put it bluntly" credit a wording.
                    return null;
                }

                return Lower(end + 1) is "at" or "on" or "with" or "for" or "against" or "about" ? end + 1 : end;
            }

            return null;
        }

        /// <summary>
        /// "“…,” she said, looking out on the crowd", "CLAUSE, Graham told the Times on Thursday": a quotation or a clause
        /// closed by a comma before the source is the content, and what follows the cue is the addressee or an aside.
        /// An introductory phrase ("In a statement, the ministry said that …") or a "that" clause after the cue is not.
        /// </summary>
        private bool ContentComesFirst(int npStart, int cueEnd)
        {
            var before = npStart - 1;
            if (before <= from || _tokens[before].Kind != TokenKind.Symbol)
            {
                return false;
            }

            var next = Lower(cueEnd + 1);
            if (next == "that" || IsSymbol(cueEnd + 1, ':') || IsOpeningQuote(cueEnd + 1))
            {
                return false;
            }

            if (IsClosingQuoteAt(_tokens[before].Start) || IsSymbol(before, ',') && before - 1 >= from && _tokens[before - 1].Kind == TokenKind.Symbol && IsClosingQuoteAt(_tokens[before - 1].Start))
            {
                return true;
            }

            if (!IsSymbol(before, ',') || before - from < 6)
            {
                return false;
            }

            var first = from;
            while (first < before && _tokens[first].Kind == TokenKind.Symbol)
            {
                first++;
            }

            // A clause, not an introductory phrase: it does not open with a preposition or subordinator, and it has
            // no other comma (which would make the comma before the source close an aside).
            if (Lower(first) is "in" or "at" or "on" or "after" or "during" or "before" or "when" or "while" or "with" or "speaking" or "asked" or "according"
                or "meanwhile" or "earlier" or "later" or "last" or "this" or "since" or "as" or "if" or "although" or "though" or "because" or "but" or "and" or "still"
                or "however" or "for" or "by" or "from" or "under" or "despite" or "following" or "instead" or "yet" or "so" or "now" or "then" or "also")
            {
                return false;
            }

            for (var i = first; i < before; i++)
            {
                if (IsSymbol(i, ','))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// "Citing a new report, the minister said …", "Asked about the delay, the spokesman …": a participle of saying
        /// opening the sentence belongs to the subject after its comma, and its object is what is said or cited. "Asked"
        /// (a question put to the subject) is attributed to no one named. Returns the participle's token, or -1.
        /// </summary>
        private int OpeningParticiple()
        {
            var p = from;
            while (p < to && _tokens[p].Kind == TokenKind.Symbol)
            {
                p++;
            }

            if (Lower(p) is "after" or "before" or "while" or "when" or "in" or "despite" or "by" && Lower(p + 1).EndsWith("ing", StringComparison.Ordinal))
            {
                p++;
            }

            var w = Lower(p);
            var asked = w is "asked" or "pressed" or "questioned" && p == from;
            // "According to" has its own reading; "Polling", "Campaigning", "Voting" open as nouns or deeds.
            if (!IsWord(p) || !asked && !(w.EndsWith("ing", StringComparison.Ordinal) && (Verbs.Contains(w) || Derived.Contains(w)))
                || w is "according" or "polling" or "campaigning" or "voting" or "rallying" or "signing" or "posting" or "lobbying" or "petitioning" or "appealing"
                    or "reporting" or "surveying" or "polling" or "introducing" or "blocking" or "sponsoring" or "studying" or "reviewing" or "investigating")
            {
                return -1;
            }

            var cueEnd = asked && Lower(p + 1) is "about" or "whether" or "if" or "why" or "how" or "what" or "on" ? p + 1 : p;
            var comma = cueEnd + 1;
            while (comma < to && comma - p < 30 && !IsSymbol(comma, ','))
            {
                comma++;
            }

            if (!IsSymbol(comma, ',') || comma <= cueEnd + 1 || quoted.Any(q => q.Start < _tokens[p].Start && _tokens[p].Start < q.End))
            {
                return -1;
            }

            var content = Clause(_tokens[cueEnd + 1].Start, _tokens[comma].Start);
            if (asked)
            {
                Add(null, Span(p, cueEnd), content, hedged: false);
                return p;
            }

            var subjectStart = comma + 1;
            while (subjectStart < to && _tokens[subjectStart].Kind == TokenKind.Symbol && IsClosingQuoteAt(_tokens[subjectStart].Start))
            {
                subjectStart++;
            }

            if (SubjectFrom(subjectStart) is not { } subject)
            {
                return -1;
            }

            Add(subject, Span(p, cueEnd), content, Hedges.Contains(w));
            return p;
        }

        /// <summary>
        /// "In the latest poll, Clinton led by 5 points": a poll, survey or study opening the sentence is the source of
        /// the finding that follows, with "In" as the cue — unless someone in the sentence reports it ("In a poll, 40
        /// percent said …").
        /// </summary>
        private void InFinding()
        {
            var s = from;
            while (s < to && _tokens[s].Kind == TokenKind.Symbol)
            {
                s++;
            }

            if (Lower(s) != "in")
            {
                return;
            }

            var comma = s + 1;
            while (comma < to && comma - s < 16 && !IsSymbol(comma, ','))
            {
                comma++;
            }

            if (!IsSymbol(comma, ',') || comma + 1 >= to || Lower(comma - 1) is not ("poll" or "polls" or "survey" or "surveys" or "study" or "studies" or "analysis" or "census" or "report" or "audit" or "review" or "tally" or "count" or "estimate" or "estimates" or "forecast" or "model"))
            {
                return;
            }

            for (var i = comma + 1; i < to; i++)
            {
                if (IsWord(i) && Verbs.Contains(Lower(i)) && !NounMarkers.Contains(Lower(i - 1)))
                {
                    return;
                }
            }

            var content = Clause(_tokens[comma + 1].Start, sentence.Span.End);
            if (content.Length >= 8)
            {
                Add(Span(s + 1, comma - 1), Span(s, s), content, hedged: false);
            }
        }

        /// <summary>Whether most of the sentence's words are capitalised, as in a headline.</summary>
        private bool TitleCase()
        {
            int words = 0, capitals = 0;
            for (var i = from; i < to; i++)
            {
                if (IsWord(i) && Lower(i).Length > 3)
                {
                    words++;
                    capitals += IsCapital(i) ? 1 : 0;
                }
            }

            return words >= 3 && capitals * 4 >= words * 3;
        }

        /// <summary>Whether a capitalised name starts at <paramref name="k"/> and the clause stops after it.</summary>
        private bool NameThenStop(int k)
        {
            if (!IsCapital(k))
            {
                return false;
            }

            while (k < to && (IsCapital(k) || IsSymbol(k, '-') && IsWord(k + 1)))
            {
                k++;
            }

            return k >= to || _tokens[k].Kind == TokenKind.Symbol && _text[_tokens[k].Start] is not ('"' or '“' or '\'' or '‘');
        }

        /// <summary>Whether token <paramref name="c"/> lies in the content of a claim already read in this sentence.</summary>
        private bool InsideEarlierContent(int c)
        {
            var at = _tokens[c].Start;
            for (var i = _firstClaim; i < claims.Count; i++)
            {
                if (claims[i].Content.Start <= at && at < claims[i].Content.End && CoordinationBefore(c, claims[i].Content.Start) is null
                    && !(SubordinateBefore(c, claims[i].Content.Start) is not null && !EndsInCoreVerb(claims[i])))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The conjunction that opens a coordinated predicate or clause of its own before token <paramref name="c"/>,
        /// after <paramref name="contentStart"/>: "and" or "but" right before the verb (across adverbs and auxiliaries:
        /// "is bearish on loans and expects …", "agreed and seemed to think"), or a conjunction after a comma that opens a
        /// new clause ("Democrats want …, and Republicans want …"). Such a verb is the speaker's own second stance, not
        /// a verb of what the first one reports.
        /// </summary>
        private int? CoordinationBefore(int c, int contentStart)
        {
            var k = c - 1;
            while (k >= from && IsWord(k) && (Between.Contains(Lower(k)) || Auxiliaries.Contains(Lower(k)) || Manner(k)))
            {
                k--;
            }

            if (k >= from && _tokens[k].Start >= contentStart && IsWord(k) && Lower(k) is "and" or "but" or "yet")
            {
                return k;
            }

            if (k == c - 1 && k > from && _tokens[k].Start > contentStart && IsSymbol(k, ',') && Lower(c).EndsWith("ing", StringComparison.Ordinal) && (IsCueWord(Lower(c)) || Lower(c) == "going")
                && !quoted.Any(q => q.Start < _tokens[k].Start && _tokens[k].Start < q.End))
            {
                // "admires Putin, comparing him to Obama": a participle of saying after a comma hangs from the subject.
                return k;
            }

            for (var j = c - 1; j > from && _tokens[j].Start > contentStart; j--)
            {
                if (IsWord(j) && Lower(j) is "and" or "but" or "yet" or "while" or "whereas" && IsSymbol(j - 1, ',') && _tokens[j - 1].Start > contentStart
                    && c - j <= 6 && !quoted.Any(q => q.Start < _tokens[j].Start && _tokens[j].Start < q.End))
                {
                    return j;
                }

                if (IsSymbol(j, ';'))
                {
                    return j;
                }
            }

            return null;
        }

        /// <summary>Where a new cue follows a conjunction inside an earlier claim's content, ends that content there.</summary>
        private void TrimAtCoordination(TextSpan cue)
        {
            var c = from;
            while (c < to && _tokens[c].Start < cue.Start)
            {
                c++;
            }

            if (c >= to || _tokens[c].Start != cue.Start)
            {
                return;
            }

            for (var i = _firstClaim; i < claims.Count; i++)
            {
                var content = claims[i].Content;
                if (content.Start < cue.Start && cue.Start < content.End
                    && (CoordinationBefore(c, content.Start) ?? (EndsInCoreVerb(claims[i]) ? null : SubordinateBefore(c, content.Start))) is { } conjunction)
                {
                    EndEarlierContentAt(conjunction);
                    return;
                }
            }
        }

        /// <summary>
        /// A subordinating conjunction opening the clause of token <paramref name="c"/> within a few words before it,
        /// after <paramref name="contentStart"/>: "called the hearing | because they felt …". An object's content ends there.
        /// </summary>
        private int? SubordinateBefore(int c, int contentStart)
        {
            for (var j = c - 1; j >= from && c - j <= 4 && _tokens[j].Start > contentStart; j--)
            {
                if (!IsWord(j))
                {
                    return null;
                }

                if (Lower(j) is "because" or "although" or "though" or "while" or "whereas" or "since" or "unless" or "when" or "after" or "before" or "as" or "if")
                {
                    return j;
                }
            }

            return null;
        }

        /// <summary>Whether a claim reports a clause ("said …", "warned that …"), whose subordinate clauses belong to what was said.</summary>
        private static bool EndsInCoreVerb(Claim claim)
        {
            var words = claim.CueText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length > 0 && (Invertible.Contains(words[^1].TrimEnd(':').ToLowerInvariant()) || claim.ContentText.StartsWith("that ", StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>
        /// Ends the content of claims read earlier in this sentence before the conjunction at <paramref name="conjunction"/>,
        /// where a coordinated cue starts a claim of its own: "accused X of lying | and urged …".
        /// </summary>
        private void EndEarlierContentAt(int conjunction)
        {
            var at = _tokens[conjunction].Start;
            for (var i = _firstClaim; i < claims.Count; i++)
            {
                var claim = claims[i];
                if (claim.Content.Start < at && at < claim.Content.End && claim.Cue.End <= at && !claim.Direct)
                {
                    var end = TrimEnd(_text, claim.Content.Start, at);
                    if (end > claim.Content.Start)
                    {
                        var content = new TextSpan(claim.Content.Start, end - claim.Content.Start);
                        claims[i] = claim with { Content = content, ContentText = content.Slice(_text) };
                    }
                }
            }
        }

        /// <summary>
        /// Whether the phrase starting at token <paramref name="npStart"/> opens the content of a verb of saying read
        /// earlier in this sentence ("she said | she recalls …", "he says that | the mayor backed …"): the subject of
        /// a reported clause.
        /// </summary>
        private bool ReportedClauseSubject(int npStart)
        {
            if (npStart < from || npStart >= to)
            {
                return false;
            }

            var at = _tokens[npStart].Start;
            for (var i = _firstClaim; i < claims.Count; i++)
            {
                var claim = claims[i];
                var cueWords = claim.CueText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (cueWords.Length == 0 || !Verbs.Contains(cueWords[^1].ToLowerInvariant()) || claim.Content.Start > at || at >= claim.Content.End)
                {
                    continue;
                }

                if (claim.Content.Start == at || Lower(npStart - 1) == "that" && _tokens[npStart - 1].Start == claim.Content.Start)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The subject a verb after "and" at <paramref name="and"/> shares: the source of the last claim read in this
        /// sentence, or else the sentence's subject.
        /// </summary>
        private TextSpan? SharedSubject(int and)
        {
            var at = _tokens[and].Start;
            for (var i = claims.Count - 1; i >= _firstClaim; i--)
            {
                if (claims[i].Cue.End <= at && claims[i].Source is { } earlier)
                {
                    return earlier;
                }
            }

            return Subject() is { } subject && subject.End <= at ? subject : null;
        }

        /// <summary>
        /// A possessed noun of saying or stance with its complement: "Trump's claim that …", "her pledge to …", "his
        /// criticism of …". The possessor is the source, as written ("Trump's", "his").
        /// </summary>
        private bool Nominal(int c)
        {
            if (InQuotation(c))
            {
                return false;
            }

            int sourceStart;
            // "Tulsa police's earlier claim that …": one adjective may stand between the possessor and the noun.
            var p = IsWord(c - 1) && !IsCapital(c - 1) && Lower(c - 1) is "earlier" or "latest" or "recent" or "new" or "repeated" or "initial" or "previous"
                or "original" or "public" or "official" or "formal" or "first" or "last" or "oft-repeated" or "unfounded" or "false" ? c - 1 : c;
            var sourceEnd = p - 1;
            if (IsWord(p - 1) && PossessivePronouns.Contains(Lower(p - 1)))
            {
                sourceStart = p - 1;
            }
            else if (Lower(p - 1) == "s" && p - 3 >= from && _text[_tokens[p - 2].Start] is '\'' or '’' && IsWord(p - 3))
            {
                sourceStart = PossessorStart(p - 3);
            }
            else if (IsCapital(p - 1) && p - 1 > from && Lower(c) is "report" or "statement" or "claim" or "assessment" or "announcement" or "warning" or "finding" or "findings")
            {
                // "a New York Times report that …", "an Amnesty statement that …": a name before the noun is its author.
                sourceStart = p - 1;
                while (sourceStart - 1 > from && IsCapital(sourceStart - 1))
                {
                    sourceStart--;
                }
            }
            else
            {
                return false;
            }

            // Only a "that" clause makes the noun an attribution: "his claim that …", not "his claims were false" nor
            // "the claim that was made" (a relative clause, with a verb straight after "that").
            if (Lower(c + 1) != "that" || c + 2 >= to || Lower(c + 2) is "was" or "is" or "were" or "are" or "has" or "had" or "will" or "would" or "could" or "can" or "may" or "might")
            {
                return false;
            }

            var end = sentence.Span.End;
            var content = Clause(_tokens[c + 1].Start, end);
            if (content.Length < 6)
            {
                return false;
            }

            Add(Span(sourceStart, sourceEnd), Span(p, c), content, Hedges.Contains(Lower(c)));
            return true;
        }

        /// <summary>
        /// "criticism of the plan", "questions about his health", "her reluctance to run", "concerns that the deal will
        /// fail": a noun of stance with its complement, attributed to its possessor when it has one ("her", "Smith's")
        /// and to no one named otherwise. Returns the cue's last token.
        /// </summary>
        private int? StanceNoun(int c)
        {
            var at = _tokens[c].Start;
            if (InQuotation(c))
            {
                return null;
            }

            var next = Lower(c + 1);
            int cueEnd;
            // "voiced support for", "expressed sympathy with": the light-verb nouns take these prepositions too.
            if (next is "of" or "about" or "over" or "on" || next is "for" or "with" or "at" or "toward" or "towards" && !StanceNouns.Contains(Lower(c)))
            {
                // The complement must be words or a quotation, not a figure ("estimates of 40 percent" gives no topic).
                if (!IsWord(c + 2) && !IsOpeningQuote(c + 2))
                {
                    return null;
                }

                cueEnd = c + 1;
            }
            else if (next == "that" && IsWord(c + 2) && !(Lower(c + 2) is "was" or "is" or "were" or "are" or "has" or "had" or "have" or "will" or "would" or "could" or "can" or "may" or "might" or "should"))
            {
                cueEnd = c;
            }
            else if (next == "to" && IsWord(c + 2) && !IsCapital(c + 2) && !NounMarkers.Contains(Lower(c + 2)) && !Lower(c + 2).EndsWith("ing", StringComparison.Ordinal))
            {
                cueEnd = c;
            }
            else
            {
                return null;
            }

            if (ContentAfter(cueEnd) is not { } content || content.Length < 4)
            {
                return null;
            }

            TextSpan? source = null;
            var cueStart = c;
            if (!StanceNouns.Contains(Lower(c)))
            {
                if (LightVerbSubject(c) is not { } holder)
                {
                    return null;
                }

                (source, cueStart) = holder;
            }
            else if (IsWord(c - 1) && PossessivePronouns.Contains(Lower(c - 1)))
            {
                source = Span(c - 1, c - 1);
            }
            else if (Lower(c - 1) == "s" && c - 3 >= from && _text[_tokens[c - 2].Start] is '\'' or '’' && IsWord(c - 3))
            {
                source = Span(PossessorStart(c - 3), c - 1);
            }
            else if (LightVerbSubject(c) is { } holder)
            {
                (source, cueStart) = holder;
            }

            Add(source, Span(cueStart, cueEnd), content, Hedges.Contains(Lower(c)));
            return cueEnd;
        }

        /// <summary>
        /// "Advocates have expressed deep concern about …", "he is raising questions about …", "the agency has doubts
        /// that …": a noun of stance as the object of a light verb is the stance of that verb's subject. Returns the
        /// subject and the first token of the cue (the light verb with its auxiliaries), or null. A claim already read
        /// from the light verb alone is replaced.
        /// </summary>
        private (TextSpan Source, int CueStart)? LightVerbSubject(int c)
        {
            var v = c - 1;
            while (v >= from && c - v <= 3 && IsWord(v) && !LightVerbs.Contains(Lower(v)) && !IsCapital(v) && !LeftStops.Contains(Lower(v))
                && !PossessivePronouns.Contains(Lower(v)) && Lower(v) is not ("of" or "to" or "for" or "with" or "about" or "in" or "on" or "by"))
            {
                v--;
            }

            // "had the backing of", "has any intention of": "have" makes a stance only of the core stance nouns
            // ("has doubts that", "have questions about").
            if (!IsWord(v) || IsCapital(v) || !LightVerbs.Contains(Lower(v)) || Lower(v) is "have" or "has" or "had" or "having" && !StanceNouns.Contains(Lower(c)))
            {
                return null;
            }

            var k = v - 1;
            while (k >= from && IsWord(k) && (Between.Contains(Lower(k)) || Auxiliaries.Contains(Lower(k)) || Manner(k)))
            {
                k--;
            }

            TextSpan source;
            if (Lower(k) == "who")
            {
                source = Span(k, k);
            }
            else if (SourceBefore(k, out _, out var npEnd) is { } found && (SourceHead(npEnd) || NamedAppositive(npEnd, found)) && Lower(npEnd) is not ("it" or "this" or "that")
                && !(EvidenceNouns.Contains(Lower(npEnd)) && !SourceNouns.Contains(Lower(npEnd)) && !Pronouns.Contains(Lower(npEnd))))
            {
                source = found;
            }
            else
            {
                return null;
            }

            var start = _tokens[k + 1].Start;
            claims.RemoveAll(claim => claims.IndexOf(claim) >= _firstClaim && claim.Cue.Start >= start && claim.Cue.Start < _tokens[c].Start);
            return (source, k + 1);
        }

        /// <summary>The first token of a possessor ending at <paramref name="k"/>: a name ("Donald Trump") or a short noun phrase ("the campaign").</summary>
        private int PossessorStart(int k)
        {
            var start = k;
            if (IsCapital(k))
            {
                while (start - 1 >= from && (IsCapital(start - 1) || IsSymbol(start - 1, '.') && IsCapital(start - 2)))
                {
                    start--;
                }

                return start;
            }

            // "the campaign's", "the Republican nominee's": back over adjectives to a determiner.
            for (var j = k - 1; j >= from && k - j < 4; j--)
            {
                if (!IsWord(j))
                {
                    break;
                }

                if (NounMarkers.Contains(Lower(j)) && Lower(j) is "the" or "a" or "an" or "his" or "her" or "their" or "its" or "our")
                {
                    return j;
                }
            }

            return start;
        }

        private void Verb(int c, int cueEnd, bool subjectChecked = false, int leftFrom = -1)
        {
            var hedged = Hedges.Contains(Lower(c));
            var core = Verbs.Contains(Lower(c));

            // The source before the cue, across adverbs and auxiliaries, which the cue takes in ("has also said"), and
            // across a verb that the cue hangs from ("appeared to suggest") when the caller found one.
            var k = leftFrom >= 0 ? leftFrom - 1 : c - 1;
            var afterDate = -1;
            while (k >= from && (IsWord(k) || afterDate < 0 && _tokens[k].Kind == TokenKind.Number))
            {
                if (IsWord(k) && (Between.Contains(Lower(k)) || Auxiliaries.Contains(Lower(k)) || Manner(k)) && !(IsCapital(k) && k > from && Lower(k) == "may"))
                {
                    k--;
                }
                else if (afterDate < 0 && DateBefore(k) is { } dateStart)
                {
                    // "The Supreme Court this month rejected", "a panel in 2001 found": a time between the subject and
                    // its verb is neither source nor cue.
                    afterDate = k + 1;
                    k = dateStart - 1;
                }
                else if (IsWord(k) && Lower(k) is "s" or "ll" or "d" or "ve" or "re" && k - 2 >= from && _tokens[k - 1].Kind == TokenKind.Symbol && _text[_tokens[k - 1].Start] is '\'' or '’' && IsWord(k - 2))
                {
                    // "she’s claiming", "he’ll present": a contracted auxiliary belongs to the cue.
                    k -= 2;
                }
                else
                {
                    break;
                }
            }

            if (IsWord(k) && Lower(k) is "his" or "their" or "its" or "our" or "my" or "your" && (Lower(c).EndsWith("ed", StringComparison.Ordinal) || Lower(c).EndsWith("ing", StringComparison.Ordinal)))
            {
                // "his recently revealed strategies": a participle used as an adjective after a possessive.
                return;
            }

            var cueStart = Math.Max(k + 1, afterDate);
            if (cueStart < c && Lower(cueStart) is "that" or "which" or "who")
            {
                cueStart++;
            }

            var cue = Span(cueStart, cueEnd);
            if (IsSymbol(cueEnd + 1, ':'))
            {
                cue = Span(cueStart, cueEnd + 1);
            }

            var w = Lower(c);
            if (Cognition.Contains(w) && (Lower(k) is "i" or "you" && (cueEnd + 1 >= to || _tokens[cueEnd + 1].Kind == TokenKind.Symbol) || InsideEarlierContent(c)))
            {
                // A parenthetical "I think," or "you know." is a turn of speech (while "I think the deal will hold" is a
                // view), and "she said she thinks …" is one claim, not two.
                return;
            }

            var infinitive = Lower(cueEnd + 1) == "to" && IsWord(cueEnd + 2) && !IsCapital(cueEnd + 2) && !NounMarkers.Contains(Lower(cueEnd + 2));
            // After a capitalised word the -s form is still a noun when nothing like an object follows ("Republican
            // claims as false", "Fifth Amendment claims, prosecutors …").
            var objectFollows = IsWord(cueEnd + 1) && Lower(cueEnd + 1) is not ("as" or "of" or "about" or "were" or "are" or "and" or "or" or "in" or "on" or "for" or "from" or "by" or "have" or "had" or "will" or "would") || IsOpeningQuote(cueEnd + 1);
            if (k == c - 1 && IsWord(k) && !IsCapital(k) && !Pronouns.Contains(Lower(k)) && Lower(c).EndsWith("ed", StringComparison.Ordinal) && cueEnd == c
                && Lower(c + 1) is "in" or "on" or "at" or "last" or "earlier" or "this" or "late" or "early"
                && TokenAfterTime(c + 1, c + 2) is { } afterTime
                && IsWord(afterTime) && Lower(afterTime) != "that" && IsCueWord(Lower(afterTime)))
            {
                // "A survey published in late May found …": a participle with its time qualifies the noun before it.
                return;
            }

            if (IsSymbol(k, '.') && Lower(k - 1) is "jr" or "sr" && k - 1 > from)
            {
                // "Chief Justice John G. Roberts Jr. spoke of …": the suffix closes the name.
                k--;
            }

            var sourceSpan = SourceBefore(k, out var npStart, out var npEnd);
            var prepositional = sourceSpan is not null && IsWord(npStart) && Prepositions.Contains(Lower(npStart)) && !(IsCapital(npStart) && npStart > from);
            // "In a Facebook message posted Friday, Cruz said": a participle after a prepositional phrase modifies its noun.
            var modifier = prepositional && k == c - 1 && IsWord(k) && !IsCapital(k) && Lower(c).EndsWith("ed", StringComparison.Ordinal) && ModifierParticiple(c);
            if (modifier)
            {
                return;
            }

            if (prepositional && sourceSpan is { } partial && !IsCapital(npStart) && !Lower(c).EndsWith("ing", StringComparison.Ordinal)
                && npStart - 1 >= from && QualifiedNounBefore(npStart - 1, out var headStart, out var headEnd) is { } head)
            {
                // "A poll released in late August found", "Johnnie Wilson, of Springfield, Va., said": the phrase read
                // back from the cue qualifies the noun before it, which heads the source.
                sourceSpan = new TextSpan(head.Start, partial.End - head.Start);
                npStart = headStart;
                npEnd = headEnd;
            }

            // "…, The Daily Ledger reports." and "The Daily Ledger reports:" close or open a report: the -s form is a verb.
            var reportingShape = IsCapital(k) && (IsSymbol(cueEnd + 1, ':') || (cueEnd + 1 >= to || IsSymbol(cueEnd + 1, '.')) && npStart - 1 > from && IsSymbol(npStart - 1, ','));
            // "the federal government offers loans": after a singular source noun the -s form is a verb.
            var singularSource = IsWord(k) && !IsCapital(k) && SourceNouns.Contains(Lower(k)) && !Lower(k).EndsWith('s') && objectFollows && Lower(k) is not ("police" or "people" or "media" or "data");
            // "Indiana Gov. Mike Pence, plans to …": after an appositive closed by a comma, the -s form is a verb.
            var afterAppositive = IsSymbol(k, ',') && sourceSpan is not null && (infinitive || objectFollows);
            if (AmbiguousPlurals.Contains(w) && !(IsWord(k) && (IsCapital(k) && objectFollows || Lower(k) is "he" or "she" or "it" or "who") || Lower(cueEnd + 1) == "that" || infinitive && IsWord(k) && SourceHead(k) || reportingShape || singularSource || afterAppositive))
            {
                // "swing states", "his claims", "the polls": more often a plural noun than a verb with a singular subject.
                return;
            }
            if (sourceSpan is { } reading && claims.Skip(_firstClaim).Any(claim => reading.Start <= claim.Cue.Start && claim.Cue.End <= reading.End
                && claim.Content.Start < _tokens[npEnd].End && _tokens[npEnd].End <= claim.Content.End))
            {
                // "Research … found PolitiFact rated …": a source that runs across an earlier cue is that cue's content.
                return;
            }

            if (sourceSpan is not null && ReportedClauseSubject(npStart))
            {
                // "She said she recalls …", "Smith says the mayor supported …": the verb of a reported clause is part
                // of what was said, not a second attribution.
                return;
            }

            if (sourceSpan is { } patient && Lower(cueEnd + 1) == "by" && Passive(cueStart, c) && SourceAfter(cueEnd + 2) is { } agent)
            {
                // "His views were echoed by tax experts": the agent is the source, the subject what they echo.
                Add(agent, Span(cueStart, cueEnd + 1), patient, hedged);
                return;
            }

            if (ImpersonalPassives.Contains(w) && Lower(cueEnd + 1) != "by" && Passive(cueStart, c) && (IsWord(cueEnd + 1) || IsOpeningQuote(cueEnd + 1)))
            {
                // "The vote is expected to pass": a view held by no one named, over the whole clause, subject included.
                var subjectStart = sourceSpan is not null ? npStart : k + 1;
                if (subjectStart <= k)
                {
                    var clause = ContentAfter(cueEnd) is { } rest ? Clause(_tokens[subjectStart].Start, rest.End) : (TextSpan?)null;
                    if (clause is { } whole)
                    {
                        Add(null, cue, whole, hedged);
                    }
                }

                return;
            }

            if (core && sourceSpan is { } confirmed && (IsSymbol(cueEnd + 1, ',') || cueEnd + 1 >= to) && Passive(cueStart, c) && !IsOpeningQuote(cueEnd + 1))
            {
                // "When the diagnosis was confirmed, Clinton …": what was confirmed is the subject, asserted by no one named.
                Add(null, cue, confirmed, hedged);
                return;
            }

            if ((!core || w == "charged") && Lower(cueEnd + 1) is not ("by" or "that" or "as" or "to") && Passive(cueStart, c))
            {
                // "have been charged with a crime", "was formally called": a passive without its agent or a clause
                // reports what was done to the subject, not what anyone said. Passive verbs of saying ("was told",
                // "is expected") still attribute, to an unnamed source.
                return;
            }

            if (sourceSpan is { } asked && asked.Length <= 4 && npStart - 1 >= from && IsWord(npStart - 1) && (Auxiliaries.Contains(Lower(npStart - 1)) || Lower(npStart - 1) is "is" or "are" or "was" or "were" or "have" or "has" or "had")
                && Pronouns.Contains(Lower(npStart)))
            {
                // "Do you know …?", "Can you imagine …": an auxiliary before the subject makes a question, which asserts nothing.
                return;
            }

            if (sourceSpan is null && IsWord(k) && k > from && (Lower(k) == "who" || Lower(k) == "which" && (core || Derived.Contains(w) && IsSymbol(k - 1, ',')) && (k - 1 >= from && _tokens[k - 1].Kind == TokenKind.Symbol || IsCapital(k - 1)) || Lower(k) == "that" && (subjectChecked || k - 1 >= from && IsWord(k - 1) && !IsCapital(k - 1) && !Pronouns.Contains(Lower(k - 1)) && (SourceNouns.Contains(Lower(k - 1)) || AgentNoun(Lower(k - 1))) && !IsCueWord(Lower(k - 1)))))
            {
                // "Clinton, who has called for …": the relative pronoun is the cue's subject, as annotated.
                sourceSpan = Span(k, k);
                npStart = npEnd = k;
                if (ContentAfter(cueEnd) is { } relative && IsSymbol(k - 1, ','))
                {
                    // A relative clause set off by commas ends at its closing comma: "Clinton, who called for calm, left".
                    var close = cueEnd + 1;
                    while (close < to && !IsSymbol(close, ','))
                    {
                        close++;
                    }

                    if (close < to && _tokens[close].Start > relative.Start)
                    {
                        Add(sourceSpan.Value, cue, Clause(relative.Start, Math.Min(relative.End, _tokens[close].Start)), hedged);
                        return;
                    }
                }
            }

            if (sourceSpan is null && IsWord(k) && Lower(k) is "and" or "but" && SharedSubject(k) is { } shared)
            {
                // "He said … and warned that …": a coordinated verb shares the subject of the first.
                if ((ContentAfter(cueEnd) ?? ColonContent(cueEnd)) is { } coordinated)
                {
                    Add(shared, cue, coordinated, hedged);
                }

                return;
            }

            if (sourceSpan is not null && IsSymbol(c - 1, ',') && cueStart == c && Invertible.Contains(w) && w is not ("told" or "asked") && SourceAfter(cueEnd + 1) is { } speaker
                && SpeakerAfter(cueEnd + 1, speaker) && EndsSentence(speaker) && NounPhraseOnly(speaker) && ContentBefore(c) is { } said)
            {
                // "CLAUSE, said one source in the room." — the clause before the comma is the content, however many
                // commas it has, when a speaker follows the cue and closes the sentence.
                Add(speaker, Span(c, cueEnd), said, hedged);
                return;
            }

            if (sourceSpan is { } source)
            {
                if (!core && !subjectChecked && (!SourceHead(npEnd) && !NamedAppositive(npEnd, source) || Lower(npEnd) is "i" or "we" or "you" && !Cognition.Contains(Lower(c))))
                {
                    // A stance verb outside the core lexicon attributes only when its subject can be a source.
                    return;
                }

                if (Lower(npEnd) is "this" or "that" && !core)
                {
                    return;
                }

                var content = core && ContentComesFirst(npStart, cueEnd) ? ContentBefore(npStart) : null;
                content ??= ContentAfter(cueEnd) ?? ColonContent(cueEnd) ?? (core ? ContentBefore(npStart) : null);
                if (content is null && Cognition.Contains(w) && Lower(cueEnd + 1) is "so" && (cueEnd + 2 >= to || !IsWord(cueEnd + 2)))
                {
                    // "He doesn't think so.": the view is the clause "so" stands for.
                    content = Span(cueEnd + 1, cueEnd + 1);
                }

                if (content is { } found)
                {
                    Add(source, cue, found, hedged);
                }

                return;
            }

            if (!Invertible.Contains(Lower(c)) || cueStart < c)
            {
                // Only reporting verbs take their speaker after them.
                return;
            }

            // Inverted: "“…,” said the minister." — the source follows the cue, the content precedes it. Without a
            // quotation or a comma before the cue, what follows is the content ("Hester … said parents want …").
            var afterContent = c == from || c - 1 >= from && _tokens[c - 1].Kind == TokenKind.Symbol && _text[_tokens[c - 1].Start] is ',' or '\'' or '’' or '"' or '”' or '—' or ':';
            if (afterContent && SourceAfter(cueEnd + 1) is { } after && SpeakerAfter(cueEnd + 1, after) && ContentBefore(c) is { } before)
            {
                Add(after, Span(c, cueEnd), before, hedged);
            }
        }

        /// <summary>
        /// The noun phrase ending at token <paramref name="k"/>, read leftwards: a name with its title and parenthesised
        /// party ("Sen. Claire McCaskill (D-Mo.)"), an appositive set off by commas ("Minyon Moore, a senior adviser,"),
        /// or a subject before an introductory aside ("Clinton, at a later press gaggle,").
        /// </summary>
        private TextSpan? SourceBefore(int k, out int npStart, out int npEnd)
        {
            npStart = k + 1;
            npEnd = k;
            if (k < from)
            {
                return null;
            }

            var trailing = -1;
            if (IsDash(k) && k - 1 >= from && IsWord(k - 1 - (IsDash(k - 1) ? 1 : 0)))
            {
                // "Ahmed Saleh -- a commander of the militia -- told": an appositive between dashes, as between commas.
                var close = IsDash(k - 1) ? k - 1 : k;
                var open = close - 1;
                while (open > from && close - open < 40 && !IsDash(open))
                {
                    if (_tokens[open].Kind == TokenKind.Symbol && _text[_tokens[open].Start] is '“' or '”' or '"' or ';' or ':')
                    {
                        return null;
                    }

                    open--;
                }

                if (!IsDash(open) || open - 1 < from)
                {
                    return null;
                }

                var before = IsDash(open - 1) ? open - 2 : open - 1;
                if (before < from || !IsCapital(before) && !IsSymbol(before, ')') && !(IsWord(before) && SourceHead(before) && !Pronouns.Contains(Lower(before))))
                {
                    return null;
                }

                // "Trump — even as he says … — has proposed": an aside, not part of the name.
                var opener = Lower(open + 1);
                trailing = Asides.Contains(opener) || LeftStops.Contains(opener) || opener is "even" or "just" or "despite" ? -1 : k;
                k = before;
            }
            else if (IsSymbol(k, ','))
            {
                // A comma right before the cue closes an appositive or an aside that opened at an earlier comma.
                var open = k - 1;
                while (open > from && k - open < 40 && !IsSymbol(open, ','))
                {
                    if (_tokens[open].Kind == TokenKind.Symbol && _text[_tokens[open].Start] is '“' or '”' or '"' or ';' or ':')
                    {
                        return null;
                    }

                    open--;
                }

                if (!IsSymbol(open, ',') || open + 1 >= k || open - 1 < from || !IsWord(open - 1) && !IsSymbol(open - 1, ')'))
                {
                    return null;
                }

                var opener = Lower(open + 1);
                if (Asides.Contains(opener) || opener.EndsWith("ing", StringComparison.Ordinal) && IsCapital(open - 1))
                {
                    // "President Obama, dedicating the museum on Saturday, said": a participial aside, not the source.
                    k = open - 1;
                }
                else if (AppositiveOpeners.Contains(opener) || IsCapital(open + 1) || _tokens[open + 1].Kind == TokenKind.Number && open + 2 == k
                    || IsCapital(open - 1) && open - 1 > from)
                {
                    // After a name, whatever stands between commas right before the cue describes the speaker
                    // ("Megan Hester, senior associate for education organizing, said").
                    trailing = k;
                    k = open - 1;
                }
                else
                {
                    return null;
                }
            }

            npEnd = k;
            if (trailing < 0 && Lower(k) is "he" or "she" or "they" or "we" or "i" or "you")
            {
                // A subject pronoun is the whole subject: "the ones he refused", "the impact it said".
                npStart = k;
                return Span(k, k);
            }

            var start = k + 1;
            while (k >= from && npEnd - k < 14)
            {
                if (_tokens[k].Kind == TokenKind.Symbol)
                {
                    var symbol = _text[_tokens[k].Start];
                    if (symbol == ')')
                    {
                        // A parenthesis ("(D-Mo.)", "(AROS)") belongs to the name before it.
                        var open = k - 1;
                        while (open > from && k - open < 8 && !IsSymbol(open, '('))
                        {
                            open--;
                        }

                        if (IsSymbol(open, '(') && IsWord(open - 1))
                        {
                            start = open;
                            k = open - 1;
                            continue;
                        }

                        break;
                    }

                    if (symbol is '-' or '.' or '\'' or '’' or '/' or '&' && k > from && (IsWord(k - 1) || _tokens[k - 1].Kind == TokenKind.Number))
                    {
                        start = k;
                        k--;
                        continue;
                    }

                    break;
                }

                var lower = Lower(k);
                // "many of whom say", "most of whom had announced": a quantified relative pronoun is the subject.
                if (lower == "whom" && Lower(k - 1) == "of" && IsWord(k - 2) && (QuantifierSources.Contains(Lower(k - 2)) || Lower(k - 2) is "none" or "one" or "each" or "several" or "half"))
                {
                    start = k - 2;
                    break;
                }

                if (LeftStops.Contains(lower) && !(lower == "and" && IsCapital(k - 1) && IsCapital(k + 1)))
                {
                    break;
                }

                // A lower-case verb ("… and ridiculed my running mate said") ends the subject, unless a pronoun before it
                // makes it a relative clause of the subject's noun ("everyone we interviewed said").
                if (!IsCapital(k) && lower.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal) && !SourceNouns.Contains(lower)
                    && !(Lower(k - 1) is "i" or "we" or "they" or "he" or "she" or "you" && IsWord(k - 2) && !LeftStops.Contains(Lower(k - 2)) && !Between.Contains(Lower(k - 2))))
                {
                    break;
                }


                start = k;
                k--;
            }

            // A symbol cannot open the phrase ("- the group").
            while (start <= npEnd && _tokens[start].Kind == TokenKind.Symbol && !IsSymbol(start, '('))
            {
                start++;
            }

            if (start > npEnd)
            {
                npStart = npEnd + 1;
                return null;
            }

            npStart = start;
            return trailing >= 0 ? Span(start, trailing) : Span(start, npEnd);
        }

        /// <summary>Whether a short span holds a noun phrase alone: no verb, auxiliary or day name ("one source in the room", not "Tuesday").</summary>
        private bool NounPhraseOnly(TextSpan span)
        {
            var words = 0;
            for (var i = from; i < to; i++)
            {
                if (_tokens[i].Start < span.Start || _tokens[i].End > span.End || !IsWord(i))
                {
                    continue;
                }

                var w = Lower(i);
                words++;
                if (Between.Contains(w) || LeftStops.Contains(w) || IsDayWord(w) || w is "today" or "yesterday" or "tonight"
                    || !IsCapital(i) && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal) || IsCueWord(w)))
                {
                    return false;
                }
            }

            return words is > 0 and <= 7;
        }

        /// <summary>Whether nothing but a full stop or closing marks follows <paramref name="span"/> in the sentence.</summary>
        private bool EndsSentence(TextSpan span)
        {
            for (var i = span.End; i < sentence.Span.End && i < _text.Length; i++)
            {
                if (!char.IsWhiteSpace(_text[i]) && _text[i] is not ('.' or '"' or '”' or ')' or '\''))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether token <paramref name="k"/> is a dash set off by spaces ("--", "—"), not a hyphen inside a word.</summary>
        private bool IsDash(int k)
        {
            if (k < from || k >= to || _tokens[k].Kind != TokenKind.Symbol || _text[_tokens[k].Start] is not ('-' or '—' or '–'))
            {
                return false;
            }

            var at = _tokens[k].Start;
            var end = _tokens[k].End;
            // An en or em dash between words is a dash however it is spaced ("the debate–published by the Post–shows");
            // a hyphen only with a space beside it.
            return _text[at] is '—' or '–' && !(at > 0 && char.IsDigit(_text[at - 1]) && end < _text.Length && char.IsDigit(_text[end]))
                || at > 0 && _text[at - 1] == ' ' || end < _text.Length && _text[end] == ' ';
        }

        /// <summary>The speaker after an inverted cue ("said 9/11 widow Terry Strada", "said Sen. Tim Kaine (D-Va.)").</summary>
        private TextSpan? SourceAfter(int s)
        {
            var e = s;
            var last = -1;
            while (e < to && e - s < 12)
            {
                if (_tokens[e].Kind == TokenKind.Symbol)
                {
                    var symbol = _text[_tokens[e].Start];
                    if (symbol == '(')
                    {
                        var close = e + 1;
                        while (close < to && close - e < 8 && !IsSymbol(close, ')'))
                        {
                            close++;
                        }

                        if (IsSymbol(close, ')') && last >= 0)
                        {
                            last = close;
                            e = close + 1;
                            continue;
                        }

                        break;
                    }

                    if (symbol is '-' or '/' or '\'' or '’' or '&' or '.' && last >= 0 && e + 1 < to && _tokens[e + 1].Kind != TokenKind.Symbol && !(symbol == '.' && !IsCapital(e + 1)))
                    {
                        e++;
                        continue;
                    }

                    break;
                }

                if (Lower(e) is "on" or "in" or "at" or "during" or "who" or "which" or "that" or "as" or "after" or "before" or "when" or "while" or "to" or "from")
                {
                    break;
                }

                last = e;
                e++;
            }

            return last >= s ? Span(s, last) : null;
        }

        /// <summary>
        /// Any verb-like word introducing a "that" clause ("Politifact ruled that …", "the group warns that …"): an
        /// attribution whatever the verb, when its subject can be a source.
        /// </summary>
        private bool VerbBeforeThat(int c)
        {
            var w = Lower(c);
            if (Lower(c + 1) != "that" || IsCapital(c) || w.Length < 4 || NounMarkers.Contains(Lower(c - 1)) || c - 1 < from || !SourceHead(c - 1)
                || SourceNouns.Contains(w) || EvidenceNouns.Contains(w) || AgentNoun(w))
            {
                return false;
            }

            // "Surety companies that had insured …": a verb straight after "that" makes it a relative pronoun and the
            // word before it a noun.
            var after = Lower(c + 2);
            if (after is "had" or "has" or "have" or "was" or "were" or "is" or "are" or "will" or "would" or "could" or "can" or "may" or "might" or "should" or "did" or "do" or "does"
                || !IsCapital(c + 2) && after.Length > 4 && after.EndsWith("ed", StringComparison.Ordinal))
            {
                return false;
            }

            return w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal);
        }

        /// <summary>The word right before a stance verb is a plausible speaker: a name, a pronoun or a source noun.</summary>
        private bool SourceHead(int head)
        {
            if (IsSymbol(head, ')'))
            {
                return true;
            }

            var w = Lower(head);
            if (IsWord(head) && head - 2 >= from && IsSymbol(head - 1, '-') && IsCapital(head - 2) && _tokens[head - 2].End == _tokens[head - 1].Start && _tokens[head - 1].End == _tokens[head].Start)
            {
                // "Ban Ki-moon": a hyphenated name whose second half is written in lower case.
                return true;
            }

            return IsCapital(head) && head > from || Pronouns.Contains(w) || SourceNouns.Contains(w) || EvidenceNouns.Contains(w)
                || IsCapital(head) && head == from && !NounMarkers.Contains(w) || IsWord(head) && (AgentNoun(w) || QuantifierSources.Contains(w));
        }

        /// <summary>
        /// A noun for people by what they do ("environmentalists", "economists", "historians", "regulators"), or the
        /// plural of a known source noun ("groups", "agencies"): open classes that the source list cannot hold.
        /// </summary>
        private static bool AgentNoun(string w)
        {
            if (w.Length < 5)
            {
                return false;
            }

            if (w.EndsWith('s') && (SourceNouns.Contains(w[..^1]) || w.EndsWith("ies", StringComparison.Ordinal) && SourceNouns.Contains(w[..^3] + "y")))
            {
                return true;
            }

            return w.EndsWith("ists", StringComparison.Ordinal) || w.EndsWith("ians", StringComparison.Ordinal) || w.EndsWith("ers", StringComparison.Ordinal)
                || w.EndsWith("tors", StringComparison.Ordinal) || w.EndsWith("sors", StringComparison.Ordinal) || w.EndsWith("ants", StringComparison.Ordinal)
                || w.EndsWith("ist", StringComparison.Ordinal) || w.EndsWith("ian", StringComparison.Ordinal) || w.EndsWith("tor", StringComparison.Ordinal)
                || w.EndsWith("sor", StringComparison.Ordinal);
        }

        /// <summary>Whether a source phrase has a name after its head, in an appositive ("Another host, Abby Lane,").</summary>
        private bool NamedAppositive(int npEnd, TextSpan source)
        {
            for (var i = npEnd + 1; i < to && _tokens[i].End <= source.End; i++)
            {
                if (IsCapital(i))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// "she was sure the bill would pass", "critics are concerned about the cost", "he has been critical of the plan":
        /// a stance adjective after a form of "be" whose subject can hold a view. The cue runs from the auxiliary to the
        /// adjective and its preposition; returns its last token.
        /// </summary>
        private int? Adjective(int c)
        {
            if (Lower(c) == "against" && Lower(c - 1) is not ("is" or "are" or "was" or "were" or "be" or "been" or "remains" or "remained" or "firmly" or "strongly" or "also" or "still"))
            {
                // "Trump's first against a single opponent": only "be against" is a stance.
                return null;
            }

            var at = _tokens[c].Start;
            if (InQuotation(c))
            {
                return null;
            }

            var k = c - 1;
            var be = false;
            while (k >= from && IsWord(k))
            {
                var w = Lower(k);
                if (w is "is" or "are" or "was" or "were" or "be" or "been" or "being" or "am" or "remain" or "remains" or "remained" or "seem" or "seems" or "seemed" or "appear" or "appears" or "appeared" or "became" or "become" or "becomes" or "grew" or "isn't" or "aren't" or "wasn't" or "weren't" or "isn’t" or "aren’t" or "wasn’t" or "weren’t")
                {
                    be = true;
                    k--;
                }
                else if (w == "away" && Lower(k - 1) is "came" or "come" or "comes" or "coming")
                {
                    // "came away convinced that …": a state reached, like "became".
                    be = true;
                    k -= 2;
                }
                else if (Between.Contains(w) || Auxiliaries.Contains(w) || Manner(k) || w is "so" or "very" or "too" or "quite" or "more" or "less" or "most" or "least" or "deeply" or "fairly" or "rather" or "all" or "both" or "equally" or "particularly" or "especially" or "extremely" or "somewhat" or "highly")
                {
                    k--;
                }
                else if (w is "s" or "re" or "m" && k - 2 >= from && _tokens[k - 1].Kind == TokenKind.Symbol && _text[_tokens[k - 1].Start] is '\'' or '’' && IsWord(k - 2))
                {
                    // "she’s sure", "they’re worried": the contracted verb is the cue's "be".
                    be = true;
                    k -= 2;
                }
                else
                {
                    break;
                }
            }

            if (!be || k < from || Lower(k) is "it" or "this" or "that" or "there" or "which" or "what")
            {
                return null;
            }

            TextSpan? source;
            if (IsWord(k) && Lower(k) is "and" or "but" && SharedSubject(k) is { } shared)
            {
                // "agreed with McLenny and was sure that …": the adjective shares the first verb's subject.
                source = shared;
            }
            else
            {
                source = SourceBefore(k, out var npStart, out var npEnd);
                if (source is null || ReportedClauseSubject(npStart) || !SourceHead(npEnd) && !NamedAppositive(npEnd, source.Value) || Lower(npEnd) is "it" or "this" or "that" or "there")
                {
                    return null;
                }
            }

            var cueEnd = c;
            if (Lower(c + 1) is "about" or "of" or "over" or "with" or "on" or "at" or "toward" or "towards" or "for" or "in")
            {
                cueEnd = c + 1;
            }
            else if (!(Lower(c + 1) is "that" or "to" or "whether" or "how" or "what" or "why" or "when" or "if") && !(IsWord(c + 1) && Lower(c) is "sure" or "certain" or "convinced" or "confident" or "aware" or "worried" or "afraid" or "concerned" or "hopeful" or "adamant" or "against"))
            {
                // "she was angry." or "they were ready, and …": a mood with nothing it is about.
                return null;
            }

            if (ContentAfter(cueEnd) is not { } content)
            {
                return null;
            }

            Add(source.Value, Span(k + 1, cueEnd), content, hedged: false);
            return cueEnd;
        }

        /// <summary>Whether a bare verb follows a modal or "do" auxiliary ("did not address", "may question").</summary>
        /// <summary>
        /// "attacked", "blasted", "slammed" as words rather than deeds: a person (a named person or "he"/"she") attacking
        /// a person or what people said or decided ("Smith attacked him", "she blasted Jones", "he slammed their plan").
        /// "Militants attacked a checkpoint" and "gunmen attacked the governor's convoy" stay deeds.
        /// </summary>
        private bool PersonalAttack(int c)
        {
            var k = c - 1;
            while (k >= from && IsWord(k) && (Between.Contains(Lower(k)) || Auxiliaries.Contains(Lower(k)) || Manner(k)))
            {
                k--;
            }

            if (IsSymbol(k, ',') && SourceBefore(k, out _, out var head) is not null && IsCapital(head) && (PersonAt(head) || UnknownName(head)))
            {
                // "Harry Reid (D-Nev.), in particular, has been pounding Trump": the subject before an aside.
                k = head;
            }

            if (!(Lower(k) is "he" or "she" || IsCapital(k) && (PersonAt(k) || UnknownName(k)) || IsWord(k) && Lower(k) is "democrats" or "republicans" or "critics" or "lawmakers" or "senators" or "opponents" or "conservatives" or "liberals"
                or "nominee" or "candidate" or "senator" or "governor" or "president" or "congressman" or "congresswoman" or "mayor" or "billionaire"))
            {
                return false;
            }

            var o = c + 1;
            var first = Lower(o);
            if (first is "him" or "them" || IsOpeningQuote(o) && !WarVocabulary())
            {
                return true;
            }

            // "blasted the American media", "attacked his rival", "slammed Democrats": people whom words attack.
            for (var n = o; n < to && n - o <= 3 && IsWord(n); n++)
            {
                if (Lower(n) is "media" or "press" or "reporters" or "journalists" or "critics" or "opponents" or "opponent" or "rival" or "rivals"
                    or "establishment" or "democrats" or "republicans" or "nominee" or "candidate" or "candidates" or "president" or "senator" or "lawmakers"
                    or "executive" or "ceo" or "chairman" or "minister" or "governor" or "mayor" or "senators")
                {
                    return true;
                }

                if (!(Lower(n) is "the" or "his" or "her" or "their" or "its" or "other" or "s" or "chief" || IsCapital(n) && n == o || Lower(n) is "american" or "mainstream" or "democratic" or "republican"
                    || IsSymbol(n, '\'') || IsSymbol(n, '’') || IsWord(n) && n == o + 1 && Lower(n + 1) is "'" or "’" or "s"))
                {
                    break;
                }
            }

            if (IsCapital(o) && UnknownName(o) && !WarVocabulary() && (IsSymbol(o + 1, '.') || Lower(o + 1) is "for" or "over" or "in" or "on" or "as" or "and" || IsSymbol(o + 1, ',')))
            {
                // "Trump attacked Machado in early-morning tweets": one unknown name attacking another, not an armed
                // actor or a place from the dictionary.
                return true;
            }

            if (first == "her")
            {
                // "her" alone is the person; before a noun it is a possessive, and only her words count.
                return !IsWord(o + 1) || AttackObjectNouns.Contains(Lower(o + 1)) || Lower(o + 1) is "for" or "over" or "on" or "as" or "and" || LeftStops.Contains(Lower(o + 1));
            }

            if (IsCapital(o) && PersonAt(o))
            {
                return true;
            }

            // "his remarks", "Smith's new tax plan", "the administration's decision": a possessor and, within a few words,
            // a noun for what was said or decided.
            var possessor = PossessivePronouns.Contains(first) && first != "its";
            for (var n = o + 1; n < to && n - o <= 6; n++)
            {
                if (IsSymbol(n, '\'') || IsSymbol(n, '’'))
                {
                    possessor |= Lower(n + 1) == "s";
                    continue;
                }

                if (!IsWord(n))
                {
                    break;
                }

                if (AttackObjectNouns.Contains(Lower(n)))
                {
                    return possessor;
                }
            }

            return false;
        }

        /// <summary>
        /// The first token of a verb that passes its subject on to an infinitive ("seemed to", "went on to", "tried
        /// to"), ending at <paramref name="end"/>, so that "appeared to blame" reads like "blamed".
        /// </summary>
        private int? CatenativeStart(int end)
        {
            var w = Lower(end);
            if (w == "on" && Lower(end - 1) is "went" or "go" or "goes" or "going" or "gone")
            {
                return end - 1;
            }

            return IsWord(end) && !IsCapital(end) && Catenatives.Contains(w) ? end : null;
        }

        /// <summary>
        /// The noun phrase that a prepositional phrase before a cue qualifies, read leftwards from token
        /// <paramref name="i"/>: "A poll released | in late August", "Johnnie Wilson, | of Springfield", "A study that
        /// appeared | in the journal". It runs back to the clause's start or a conjunction, and must hold a plausible speaker.
        /// </summary>
        private TextSpan? QualifiedNounBefore(int i, out int start, out int head)
        {
            start = head = -1;
            var last = IsSymbol(i, ',') ? i - 1 : i;
            var k = last;
            while (k >= from && last - k < 15 && (IsWord(k) || _tokens[k].Kind == TokenKind.Number || IsDash(k) || IsSymbol(k, '\'') || IsSymbol(k, '’') || IsSymbol(k, '.') && k > from && IsCapital(k - 1) && Lower(k - 1).Length <= 3))
            {
                if (IsWord(k) && Lower(k) is "and" or "but" or "because" or "while" or "when" or "if" or "as" or "said" or "says" or "told" or "than")
                {
                    break;
                }

                k--;
            }

            if (k >= from && !IsSymbol(k, ',') && !IsSymbol(k, ':') && !IsSymbol(k, ';') && !(IsWord(k) && Lower(k) is "and" or "but" or "because" or "while" or "when" or "if" or "as" or "than"))
            {
                return null;
            }

            start = k + 1;
            if (start > last || !SourceLike(start, last) && !Enumerable.Range(start, last - start + 1).Any(h => EvidenceNouns.Contains(Lower(h))))
            {
                return null;
            }

            // The head is the last noun before a relative pronoun or participle: "study" in "A 2014 study that appeared".
            head = last;
            for (var h = start; h <= last; h++)
            {
                if (IsWord(h) && (Lower(h) is "that" or "which" or "who" || Lower(h).EndsWith("ed", StringComparison.Ordinal) && h > start && !IsCapital(h)))
                {
                    head = h - 1;
                    break;
                }
            }

            return Span(start, last);
        }

        /// <summary>
        /// The first token of a time expression ending at token <paramref name="k"/> ("this month", "in 2001", "on
        /// Friday"), with its preposition, when a plausible subject stands before it; null otherwise.
        /// </summary>
        private int? DateBefore(int k)
        {
            var end = _tokens[k].End;
            foreach (var date in context.Dates)
            {
                if (date.Span.End != end)
                {
                    continue;
                }

                var start = k;
                while (start - 1 >= from && _tokens[start - 1].Start >= date.Span.Start)
                {
                    start--;
                }

                if (Lower(start - 1) is "on" or "in" or "at" or "during" or "since" or "earlier" or "late" or "early")
                {
                    start--;
                }

                return start - 1 >= from && IsWord(start - 1) && SourceHead(start - 1) && !Pronouns.Contains(Lower(start - 1)) || start - 1 >= from && Lower(start - 1) is "he" or "she" or "they" or "it" or "we" or "who" or "which"
                    ? start
                    : null;
            }

            return null;
        }

        /// <summary>
        /// Whether the capitalised word at <paramref name="i"/> is a name that no dictionary actor, organisation or
        /// armed group covers, and that does not open the sentence: most likely a person in political news.
        /// </summary>
        private bool UnknownName(int i)
        {
            if (!IsWord(i) || !IsCapital(i) || i == from || Lower(i).Length < 3 || NounMarkers.Contains(Lower(i)) || Pronouns.Contains(Lower(i)))
            {
                return false;
            }

            var at = _tokens[i].Start;
            return !context.Actors.Any(a => a.Kind != ActorMentionKind.Person && a.Span.Start <= at && at < a.Span.End);
        }

        /// <summary>Whether the sentence speaks of fighting, where "X attacked Y" is a deed even between names.</summary>
        private bool WarVocabulary()
        {
            for (var i = from; i < to; i++)
            {
                if (IsWord(i) && Lower(i) is "killing" or "killed" or "fighters" or "troops" or "forces" or "militants" or "soldiers" or "wounded"
                    or "wounding" or "shelling" or "artillery" or "rockets" or "airstrike" or "airstrikes" or "village" or "town" or "city" or "province"
                    or "district" or "base" or "positions" or "checkpoint" or "men" or "gunmen" or "army" or "rebels" or "insurgents" or "convoy")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether the participle at <paramref name="c"/> closes a phrase before the clause's subject: "a message posted
        /// Friday, Cruz said": only a time and a comma follow it.
        /// </summary>
        private bool ModifierParticiple(int c) => IsSymbol(TokenAfterTime(c + 1, c + 1) ?? c + 1, ',');

        /// <summary>
        /// The token after a time expression that starts at one of the tokens <paramref name="first"/> to
        /// <paramref name="last"/> ("posted | Friday |,", "published in | late May | found"), or null when none starts there.
        /// </summary>
        private int? TokenAfterTime(int first, int last)
        {
            if (first >= to)
            {
                return null;
            }

            var start = _tokens[first].Start;
            var end = _tokens[Math.Min(last, to - 1)].Start;
            var time = context.Dates.FirstOrDefault(d => d.Span.Start >= start && d.Span.Start <= end);
            if (time is null)
            {
                return null;
            }

            var j = first;
            while (j < to && _tokens[j].Start < time.Span.End)
            {
                j++;
            }

            return j < to ? j : null;
        }

        /// <summary>Whether token <paramref name="c"/> stands inside a quotation, where attributions are the quoted speaker's.</summary>
        private bool InQuotation(int c) => quoted.Any(q => q.Start < _tokens[c].Start && _tokens[c].Start < q.End);

        private bool PersonAt(int i) => IsWord(i) && context.Actors.Any(a => a.Kind == ActorMentionKind.Person && a.Span.Start <= _tokens[i].Start && _tokens[i].End <= a.Span.End);

        /// <summary>"did not address", "does not defend", "didn't apologize": a stance verb after "do", which is plainly a verb.</summary>
        private bool AfterDo(int c)
        {
            var k = c - 1;
            while (k >= from && IsWord(k) && Lower(k) is "not" or "never" or "also" or "even" or "really" or "actually" or "ever")
            {
                k--;
            }

            return k > from && IsWord(k) && Lower(k) is "did" or "does" or "didn't" or "didn’t" or "doesn't" or "doesn’t" && (k == c - 1 || Lower(k + 1) is "not" or "never" or "also" or "even" or "really" or "actually" or "ever");
        }

        private bool AfterAuxiliary(int c)
        {
            var k = c - 1;
            while (k >= from && IsWord(k) && (Lower(k) is "not" or "never" or "also" or "still" or "even" or "just" or "only" or "really" or "actually" || Manner(k)))
            {
                k--;
            }

            return IsWord(k) && Auxiliaries.Contains(Lower(k)) && k > from;
        }

        private bool SourceLike(int start, int end)
        {
            for (var i = start; i <= end; i++)
            {
                var w = Lower(i);
                if (IsCapital(i) && !(i == from && NounMarkers.Contains(w)) || Pronouns.Contains(w) || SourceNouns.Contains(w) || IsWord(i) && AgentNoun(w))
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
            if (cueWord is "told" or "tells" or "tell" or "telling" or "asked" or "urged" or "warned" or "accused" or "reminded" or "assured" or "informed")
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
            while (k < to && (Lower(k) is "on" or "in" or "at" or "during" or "late" or "early" or "yesterday" or "today" or "last" or "this" || IsDayWord(Lower(k))))
            {
                var j = k + 1;
                while (j < to && IsWord(j) && Lower(j) is not "that" && j - k < 6 && !Verbs.Contains(Lower(j)))
                {
                    j++;
                }

                if (Lower(j) != "that" && !(j < to && _tokens[j].Kind == TokenKind.Symbol))
                {
                    break;
                }

                k = j;
            }

            while (k < to && _tokens[k].Kind == TokenKind.Symbol && _text[_tokens[k].Start] is ',' or ':' or '—' or '-')
            {
                k++;
            }

            if (k >= to)
            {
                return null;
            }

            // A quotation opened here runs to its closing mark, across sentences if need be.
            if (IsOpeningQuote(k) && CloseOf(_tokens[k].Start) is { } close && (close >= sentence.Span.End - 2 || ClosesClause(close)))
            {
                return new TextSpan(_tokens[k].Start, close + 1 - _tokens[k].Start);
            }

            // "said in a statement, adding that …": a participle of speech opens a second attribution, and this
            // cue's words are elsewhere (the quotation before it).
            if (k > cueEnd + 1 && IsSymbol(k - 1, ',') && Lower(k).EndsWith("ing", StringComparison.Ordinal) && IsCueWord(Lower(k)))
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
                            if (comma > k && IsClosingQuoteAt(end - 1))
                            {
                                end++;
                            }

                            break;
                        }
                    }

                    break;
                }
            }

            var content = Clause(_tokens[k].Start, end);
            return content.Length >= 3 ? content : null;
        }

        /// <summary>Whether a closing quotation mark at <paramref name="close"/> is followed by a comma, full stop or the sentence's end.</summary>
        private bool ClosesClause(int close)
        {
            var i = close + 1;
            while (i < _text.Length && _text[i] == ' ')
            {
                i++;
            }

            return i >= _text.Length || _text[i] is ',' or '.' or ';' or '\n' or '—' || i >= sentence.Span.End;
        }

        /// <summary>"He said:" closing its paragraph introduces the quotation that follows.</summary>
        private TextSpan? ColonContent(int cueEnd)
        {
            if (cueEnd + 1 >= to || _text[_tokens[cueEnd + 1].Start] != ':' || cueEnd + 2 < to || next is null)
            {
                return null;
            }

            var start = next.Span.Start;
            if (_text[start] is '“' or '"' && CloseOf(start) is { } close)
            {
                return new TextSpan(start, close + 1 - start);
            }

            var content = Clause(next.Span.Start, next.Span.End);
            return content.Length >= 8 ? content : null;
        }

        private static bool IsDayWord(string w) => w is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday";

        /// <summary>
        /// The clause before the source ("CONTENT, sources said."), the whole quotation when it ends in a closing mark
        /// ("“… . …,” he said" from its opening mark, however many sentences back), or the previous sentence when this
        /// one is only the attribution.
        /// </summary>
        private TextSpan? ContentBefore(int sourceStart)
        {
            var end = sourceStart - 1;
            var closing = -1;
            while (end >= from && _tokens[end].Kind == TokenKind.Symbol)
            {
                if (closing < 0 && IsClosingQuoteAt(_tokens[end].Start))
                {
                    closing = _tokens[end].Start;
                }

                end--;
            }

            if (closing >= 0 && OpenOf(closing) is { } open)
            {
                return new TextSpan(open, closing + 1 - open);
            }

            if (end >= from)
            {
                var content = Clause(_tokens[from].Start, _tokens[end].End);
                if (content.Length >= 3)
                {
                    return content;
                }
            }

            if (end < from && previous is { } prior && prior.Paragraph == sentence.Paragraph)
            {
                var last = prior.Span.End - 1;
                while (last > prior.Span.Start && char.IsWhiteSpace(_text[last]))
                {
                    last--;
                }

                if (IsClosingQuoteAt(last) && OpenOf(last) is { } opening)
                {
                    return new TextSpan(opening, last + 1 - opening);
                }

                var content = Clause(prior.Span.Start, prior.Span.End);
                return content.Length >= 8 ? content : null;
            }

            return null;
        }

        private bool IsOpeningQuote(int token)
        {
            if (token < from || token >= to || _tokens[token].Kind != TokenKind.Symbol)
            {
                return false;
            }

            var at = _tokens[token].Start;
            return _text[at] == '“' || _text[at] == '"' && !StraightQuoteCloses(at);
        }

        private bool IsClosingQuoteAt(int at) => at >= 0 && at < _text.Length && (_text[at] == '”' || _text[at] == '"' && StraightQuoteCloses(at));

        /// <summary>Whether the straight quote at <paramref name="at"/> closes one opened earlier on its line.</summary>
        private bool StraightQuoteCloses(int at)
        {
            var count = 0;
            var curlyOpen = false;
            var curlySeen = false;
            for (var i = at - 1; i >= 0 && _text[i] != '\n'; i--)
            {
                if (_text[i] == '"')
                {
                    count++;
                }
                else if (!curlySeen && _text[i] is '“' or '”')
                {
                    // The nearest curly mark tells whether a “ is still open for this straight mark to close.
                    curlySeen = true;
                    curlyOpen = _text[i] == '“';
                }
            }

            return count % 2 == 1 || count == 0 && curlyOpen;
        }

        /// <summary>The opening mark of the quotation closed at <paramref name="close"/>, on the same line.</summary>
        private int? OpenOf(int close)
        {
            var straight = _text[close] == '"';
            for (var i = close - 1; i >= 0 && _text[i] != '\n'; i--)
            {
                if (straight ? _text[i] is '"' or '“' : _text[i] == '“')
                {
                    return i;
                }

                if (!straight && _text[i] == '”')
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>The closing mark of the quotation opened at <paramref name="open"/>, on the same line.</summary>
        private int? CloseOf(int open)
        {
            var straight = _text[open] == '"';
            for (var i = open + 1; i < _text.Length && _text[i] != '\n'; i++)
            {
                if (straight ? _text[i] == '"' : _text[i] == '”')
                {
                    return i;
                }

                if (!straight && _text[i] == '“')
                {
                    return null;
                }
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

        private void Add(TextSpan? source, TextSpan cue, TextSpan content, bool hedged, ClaimSourceKind sourceless = ClaimSourceKind.Unnamed)
        {
            TrimAtCoordination(cue);
            if (source is not { } named)
            {
                claims.Add(new Claim(null, null, sourceless, cue, cue.Slice(_text), content, content.Slice(_text), false, hedged, null));
                return;
            }

            var sourceText = named.Slice(_text);
            var lower = sourceText.ToLowerInvariant();
            var kind = Pronouns.Contains(lower) ? ClaimSourceKind.Pronoun
                : lower.Contains("report", StringComparison.Ordinal) ? ClaimSourceKind.Unnamed
                : char.IsUpper(sourceText[0]) && context.Actors.Any(a => a.Kind == ActorMentionKind.Person && a.Span.Start < named.End && named.Start < a.Span.End)
                    ? ClaimSourceKind.Person
                    : ClaimSourceKind.Organisation;
            var contentText = content.Slice(_text);
            var direct = contentText.Length > 0 && (contentText[0] is '"' or '“' or '‘' || contentText[^1] is '"' or '”' || _text.AsSpan(Math.Max(0, content.Start - 1), 1) is "“" or "\"");
            claims.Add(new Claim(named, sourceText, kind, cue, cue.Slice(_text), content, contentText, direct, hedged, ResolveSource(context, named)));
        }
    }
}
