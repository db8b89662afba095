using Sitrep.Language.Text;

namespace Sitrep.Coding.Events;

/// <summary>
/// Tells a trigger word that reports an act which happened from one that only names it: a prediction or intention
/// ("will attack", "plans to seize"), a habit or campaign ("warplanes regularly bomb"), a purpose ("deployed to support
/// the clashes"), a topic ("the bombing campaign"), background ("had captured", "the Raqqah battle"), a hypothesis or a
/// warning. ACLED codes only the first kind.
/// </summary>
internal static class EventReality
{
    private static readonly string[] Modals = ["will", "would", "could", "may", "might", "should", "shall", "can", "cannot", "must"];

    private static readonly string[] Intentions =
    [
        "plan", "plans", "planned", "planning", "intend", "intends", "intended", "intending", "aim", "aims", "aiming",
        "threaten", "threatens", "threatened", "threatening", "vow", "vows", "vowed", "vowing", "expected", "expects",
        "prepare", "prepares", "preparing", "plotting", "plots", "imminent", "upcoming", "impending", "potential",
        "seeks", "seeking", "likely", "unlikely", "ready", "effort", "efforts",
    ];

    private static readonly string[] Habits =
    [
        "daily", "regularly", "routinely", "frequently", "often", "constantly", "continually", "continuously", "repeatedly",
        "usually", "typically", "continue", "continues", "continuing", "keeps", "repeated", "frequent", "common", "routine",
    ];

    private static readonly string[] Trends =
    [
        "ramping", "stepped", "stepping", "intensified", "intensifying", "escalating", "escalated", "increased", "increasing",
        "growing", "mounting",
    ];

    private static readonly string[] Topics =
    [
        "campaign", "campaigns", "debate", "debates", "issue", "question", "threat", "threats", "plan", "plans", "policy",
        "policies", "capability", "capabilities", "program", "programme", "strategy", "drills", "drill", "exercise", "exercises",
        "training", "rhetoric", "narrative", "launcher", "launchers", "propelled", "fronts", "component",
    ];

    // "subjected to torture", "due to fighting": "to" as a preposition.
    private static readonly string[] Prepositional =
    [
        "subjected", "due", "led", "leading", "lead", "owing", "prior", "response", "according", "referred", "contributed",
        "related", "linked", "similar", "close", "next", "adjacent", "return", "returned", "came", "come", "back", "up", "exposed",
    ];

    // After "to", these verbs answer an act that did happen ("fired tear gas to disperse the protesters").
    private static readonly string[] Responses =
    [
        "disperse", "repel", "combat", "stop", "quell", "contain", "protest", "condemn", "denounce", "intervene", "respond",
        "fight", "resist", "halt", "break", "have", "be",
    ];

    // Before "to", these verbs say the act was carried out ("managed to free"), not only meant.
    private static readonly string[] Achieved = ["managed", "able", "began", "begun", "started", "succeeded", "forced", "went", "attempted", "tried", "proceeded", "continued", "continue", "continues"];

    private static readonly string[] NotVerbs =
    [
        "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "them", "him", "us", "me", "it",
        "some", "all", "each", "every", "other", "another", "one", "two", "three", "death", "war", "power", "prison", "hospital",
        "court", "date", "safety", "justice", "life", "control", "where", "which", "whom", "what", "and", "or",
    ];

    private static readonly string[] Territory =
    [
        "village", "villages", "town", "towns", "city", "cities", "area", "areas", "hill", "hills", "base", "bases", "position",
        "positions", "district", "districts", "neighbourhood", "neighborhood", "airport", "airbase", "road", "highway",
        "checkpoint", "outpost", "region", "territory", "locality", "camp", "island", "port", "field", "fields", "dam", "bridge",
        "crossing", "quarter", "mountain", "farms", "headquarters", "control", "settlement", "province", "valley", "front",
    ];

    private static readonly string[] Weapons = ["rocket", "rockets", "missile", "missiles", "mortar", "mortars", "artillery", "grenade", "grenades", "explosives", "mine", "bomb", "bombs"];

    private static readonly string[] Supplies =
    [
        "supplied", "supplies", "supply", "supplying", "provided", "delivered", "smuggled", "containing", "contained", "cache",
        "caches", "sold", "shipment", "shipments", "stockpile", "transporting", "smuggling",
    ];

    private static readonly string[] Troops =
    [
        "troops", "forces", "soldiers", "division", "brigade", "battalion", "regiment", "army", "fighters", "units", "unit",
        "reinforcements", "marines", "militiamen", "militants", "convoy",
    ];

    /// <summary>Why the trigger at word <paramref name="at"/> (of <paramref name="length"/> words) names no act that
    /// happened, or null when it reports one.</summary>
    /// <param name="text">The annotated text.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="words">The sentence's tokens, lower-cased.</param>
    /// <param name="at">Where the trigger starts.</param>
    /// <param name="length">How many tokens the trigger has.</param>
    /// <param name="dated">Whether the sentence gives a day, week or month.</param>
    /// <param name="placeBetween">Whether a place is named between two text offsets.</param>
    /// <param name="protest">Whether the trigger names a protest or riot, which the text reports by its purpose
    /// ("marched to protest", "are protesting"): those are not read as intentions or ongoing states.</param>
    public static string? TriggerRejection(string text, List<Token> tokens, List<string> words, int at, int length, bool dated, Func<int, int, bool> placeBetween, bool protest)
    {
        var word = words[at];
        var last = at + length - 1;

        // "US-occupied", "ISIS-held": a trigger glued to a noun is an adjective, not an act ("counter-attacked" is).
        if (at >= 2 && words[at - 1] == "-" && tokens[at - 1].End == tokens[at].Start && tokens[at - 2].End == tokens[at - 1].Start
            && words[at - 2] is not ("counter" or "re") && word.EndsWith("ed", StringComparison.Ordinal))
        {
            return "compound adjective";
        }

        // "none of its aircraft struck the convoy": denied.
        if (words.Take(at).Skip(Math.Max(0, at - 5)).Any(w => w is "none" or "denied" or "denies" or "deny")
            || at >= 3 && words[at - 3] is "not" or "never" && words[at - 2] == "carry" && words[at - 1] == "out")
        {
            return "denied";
        }

        // "the burned vehicles", "a looted shop": a participle used as an adjective names a state, not the act.
        if (word.EndsWith("ed", StringComparison.Ordinal) && length == 1 && at > 0
            && (words[at - 1] is "the" or "a" or "an" or "its" or "their" or "this" or "these" or "several" or "many" or "two" or "three" or "four" or "five" || tokens[at - 1].Kind == TokenKind.Number)
            && NextWord(tokens, words, at) is var noun && noun > 0 && tokens[noun].Start - tokens[at].End <= 1 && !Territory.Contains(words[noun]) && words[noun] is not ("by" or "in" or "on" or "at"))
        {
            return "adjective";
        }

        // "the bombing campaign", "the airstrikes debate", "rocket launchers": the trigger qualifies another noun.
        var next = NextWord(tokens, words, last);
        if (next >= 0 && Topics.Contains(words[next]) && tokens[next].Start - tokens[last].End <= 1)
        {
            return "topic";
        }

        if (word is "captured" or "seized" && !TerritoryNear(tokens, words, at, placeBetween) && !PeopleNear(tokens, words, at) && !WeaponsTaken(words, at))
        {
            // Goods ("seized huge amounts of sarin", "the caches … are seized"), neither ground nor people.
            return "no territory";
        }

        if (word is "captured" && at + 1 < words.Count && tokens[at + 1].Kind == TokenKind.Word && !TerritoryNear(tokens, words, at, placeBetween)
            && (at == 0 || words[at - 1] is "the" or "this" or "that" or "a" or "one" or "newly"))
        {
            // "the captured ISIS member", "this captured terrorist": an adjective for a prisoner.
            return "prisoner";
        }

        if (word is "entered" && (!TerritoryNear(tokens, words, at, placeBetween) || words.Any(w => w is "killed" or "killing" or "shot" or "abducted" or "kidnapped")))
        {
            return "entry, not a capture";
        }

        if (word is "captured" && at > 0 && words[at - 1] is "terrorist" or "member" or "fighter" or "militant" or "soldier" or "prisoner")
        {
            // "the one terrorist captured in the operation revealed …": a prisoner named by how he was taken.
            return "prisoner";
        }

        if (Weapons.Contains(word) && words.Any(w => Supplies.Contains(w)))
        {
            // "supplied them with ammo and Kornet missiles", "a cache containing rockets": weapons as goods, not fired.
            return "goods";
        }

        if (word is "hostage" or "hostages" && words.Take(at).Any(w => w is "held" or "holding"))
        {
            // "civilians being held hostage": a captivity already under way, not the abduction.
            return "captivity";
        }

        if (word is "advanced" && at > 0 && words[at - 1] is "with" or "more" or "most" or "an" or "the" or "of" or "and" or "highly")
        {
            // "supplied with advanced tanks": the adjective.
            return "adjective";
        }

        if (word is "clear" && at > 0 && words[at - 1] is "more" or "very" or "not" or "so" or "is" or "was" or "be" or "quite")
        {
            return "adjective";
        }

        if (word is "agreement" or "ceasefire" or "deal" or "truce"
            && words.Take(at).Skip(Math.Max(0, at - 6)).Any(w => w.StartsWith("violat", StringComparison.Ordinal) || w.StartsWith("breach", StringComparison.Ordinal)
                || w is "broke" or "break" or "breaking" or "collapse" or "sabotage" or "undermine"))
        {
            // "violated the ceasefire agreement": a breach is not an agreement.
            return "breach";
        }

        if (WordsAfter(tokens, words, at + length - 1, 4) is { } tail && tail.Count > 0 && words[tail[^1]] is "before" or "previously"
            && tail[^1] + 1 < words.Count && words[tail[^1] + 1] is "." or "!")
        {
            // "ISIS fighters targeted them before.": an earlier act, as background.
            return "background";
        }

        if (at >= 2 && words[at - 2] is "who" && words[at - 1] is "was" or "were"
            && words.Skip(at + 1).Any(w => w is "said" or "says" or "told" or "revealed" or "admitted" or "confessed"))
        {
            // "a terrorist who was arrested during the mission said …": the speaker, not a new arrest.
            return "speaker";
        }

        if (word is "arrived" && !words.Take(at).Any(w => Troops.Contains(w)))
        {
            return "not troops";
        }

        if (word is "advance" && (at == 0 || words[at - 1] != "to"))
        {
            // The noun ("the upcoming advance", "repelled the advance") is reported with its own verb.
            return "noun";
        }

        if (word is "roadblocks" && !words.Any(w => w is "set" or "erected" or "mounted" or "manned" or "established"))
        {
            return "figurative";
        }

        var window = ClauseBefore(text, tokens, words, at);
        for (var k = 0; k < window.Count; k++)
        {
            var w = words[window[k]];
            var original = tokens[window[k]].Of(text);
            var following = k + 1 < window.Count ? words[window[k + 1]] : word;
            if (Modals.Contains(w) && original == w && following != "have")
            {
                // "will attack", "could seize": a prediction; "may have attacked" is a hedged report and stays.
                return "modal";
            }

            if (Intentions.Contains(w) && original == w)
            {
                return "intention";
            }

            if (Habits.Contains(w) && !protest && !dated)
            {
                return "habit";
            }

            if (w == "going" && following == "to" || w == "used" && following == "to")
            {
                return "intention";
            }

            if (w is "after" or "since" && window.Skip(k + 1).Take(2).Select(i => words[i]).Append(word)
                .FirstOrDefault(x => !x.EndsWith("ly", StringComparison.Ordinal)) is { } led && led.EndsWith("ing", StringComparison.Ordinal) && led.Length > 5)
            {
                // "after initially launching the offensive": an earlier act, as background to the news.
                return "background";
            }

            if (w == "had" && original == w && following != "to" && !dated && !ReportedBefore(words, window[k]))
            {
                // Pluperfect without a date of its own: background to the story.
                return "background";
            }

            if (w is "is" or "are" or "has" or "have" && original == w && !protest && !dated && Progressive(window.Skip(k + 1).Select(i => words[i]).Append(word).ToList()))
            {
                // "The US is killing civilians", "have been ramping up": an ongoing, undated state of affairs.
                return "ongoing";
            }

            if (w == "to" && !protest && Infinitive(text, tokens, words, window, k, at) && (k == 0 || !Achieved.Contains(words[window[k - 1]]) && !Prepositional.Contains(words[window[k - 1]])))
            {
                // "to support the SAA in its clashes", "preparing to stage an attack": the act is a purpose.
                return "purpose";
            }
        }

        var close = window.Skip(Math.Max(0, window.Count - 3)).Select(i => words[i]).ToList();
        var lead = window.Skip(Math.Max(0, window.Count - 4)).Select(i => words[i]).ToList();
        var the = lead.LastIndexOf("the");
        if (the >= 1 && lead[the - 1] is "after" or "since" or "before" && !dated)
        {
            // "reinforcements moved after the clashes", "months after the last offensive": an act already told or past.
            return "reference";
        }

        if (!dated && word.EndsWith('s') && close.Count > 0 && (close[^1] is "dozens" or "hundreds" or "scores" || at > 0 && tokens[at - 1].Kind == TokenKind.Number && int.TryParse(words[at - 1], out var many) && many >= 10
            || close.Count >= 2 && close[^1] == "of" && close[^2] is "string" or "series" or "wave" or "spate" or "dozens" or "hundreds" or "pattern"))
        {
            // "more than 20 attacks since the start of the year", "a string of raids": a tally, not one event.
            return "tally";
        }

        if (close.Any(w => Trends.Contains(w)) || close.Any(w => w is "excuse" or "pretext" or "guise") || close.Count >= 2 && close[^1] == "of" && close[^2] == "name")
        {
            // "ramping up their attacks", "under the excuse of fighting": a trend or a pretext.
            return "trend or pretext";
        }

        // "an offensive … may once again be on the horizon": the noun is the subject of a modal.
        var after = WordsAfter(tokens, words, last, 7);
        if (!protest && !dated && after.Take(4).Any(i => Habits.Contains(words[i])))
        {
            // "Warplanes regularly bomb …": a habit of the trigger's subject.
            return "habit";
        }

        foreach (var i in after)
        {
            if (words[i] is "," or ";" or ":")
            {
                break;
            }

            if (Modals.Contains(words[i]) && tokens[i].Of(text) == words[i] && (NextWord(tokens, words, i) is var n && (n < 0 || words[n] != "have")))
            {
                return "modal";
            }
        }

        if (word is "battle" or "battles" && !dated && NamedBattle(text, tokens, words, at))
        {
            return "background";
        }

        // Inside quotation marks, without a date: an accusation or a view, not a report.
        if (!dated && Quoted(text, tokens, at))
        {
            return "quoted";
        }

        return null;
    }

    /// <summary>Why the whole sentence reports no act, or null.</summary>
    /// <param name="text">The annotated text.</param>
    /// <param name="sentence">The sentence.</param>
    /// <param name="words">The sentence's tokens, lower-cased.</param>
    /// <param name="dated">Whether the sentence gives a day, week or month.</param>
    /// <param name="countries">How many countries the sentence names side by side after "in" or "across" ("in Iraq and Syria").</param>
    public static string? SentenceRejection(string text, TextSpan sentence, List<string> words, bool dated, int countries)
    {
        var content = sentence.Slice(text).TrimEnd('"', '”', '’', '\'', ')', ' ');
        if (content.EndsWith('?'))
        {
            return "question";
        }

        var first = words.FirstOrDefault(w => w.Length > 0 && char.IsLetter(w[0]));
        var second = words.Where(w => w.Length > 0 && char.IsLetter(w[0])).Skip(1).FirstOrDefault();
        if (first is "if" or "whenever" or "unless" or "suppose" or "supposing" || first == "once" && second != "again")
        {
            return "hypothesis";
        }

        if (!dated && countries >= 2)
        {
            // "bombing targets in Syria and Iraq": a campaign across countries, not one event at one place.
            return "campaign";
        }

        if (!dated && SpansAPeriod(words))
        {
            // "warplanes have been active over the desert in recent weeks": activity over a period, not one event.
            return "campaign";
        }

        return null;
    }

    private static bool SpansAPeriod(List<string> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var (w, next) = (words[i], words[i + 1]);
            var period = next is "days" or "weeks" or "months" or "years"
                || i + 2 < words.Count && next is "few" or "several" && words[i + 2] is "days" or "weeks" or "months" or "years";
            if (period && w is "recent" or "past" or "last" or "for" or "over")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a warning precedes word <paramref name="at"/>: what follows it is a statement, not an event.</summary>
    public static bool AfterWarning(List<string> words, int at)
        => words.Take(at).Any(w => w is "warned" or "warns" or "warning" or "warnings");

    /// <summary>The word tokens of the trigger's clause before it: back to a semicolon, colon, dash or bracket, or to a
    /// comma unless only a short list item lies between; at most 16 words.</summary>
    private static List<int> ClauseBefore(string text, List<Token> tokens, List<string> words, int at)
    {
        var result = new List<int>();
        var sinceComma = 0;
        for (var i = at - 1; i >= 0 && result.Count < 16; i--)
        {
            var w = words[i];
            if (w == ")")
            {
                // "the Syrian Arab Army (SAA) in its clashes": a bracketed aside does not end the clause.
                while (i > 0 && words[i] != "(")
                {
                    i--;
                }

                continue;
            }

            if (w is ";" or ":" or "—" or "–" or "(" || w == "-" && i > 0 && tokens[i - 1].End < tokens[i].Start)
            {
                break;
            }

            if (w == ",")
            {
                // Past a comma only inside a list ("US, UK and French warplanes"): a short segment with "and" or "or",
                // or a name after the comma.
                var segment = result.Take(sinceComma).Select(r => words[r]).ToList();
                var listed = segment.Any(x => x is "and" or "or" or "&") || result.Count > 0 && char.IsUpper(tokens[result[0]].Of(text)[0]);
                if (sinceComma > 3 || result.Count == 0 || !listed)
                {
                    break;
                }

                sinceComma = 0;
                continue;
            }

            if (tokens[i].Kind == TokenKind.Word)
            {
                result.Insert(0, i);
                sinceComma++;
            }
        }

        return result;
    }

    private static bool Infinitive(string text, List<Token> tokens, List<string> words, List<int> window, int k, int trigger)
    {
        // The trigger at most eight words after "to", and a verb right after "to" (an adverb may come first).
        var wordsBetween = window.Count - k - 1;
        if (wordsBetween > 8)
        {
            return false;
        }

        var v = k + 1 < window.Count ? window[k + 1] : trigger;
        if (words[v].EndsWith("ly", StringComparison.Ordinal) && k + 2 < window.Count)
        {
            v = window[k + 2];
        }

        var verb = words[v];
        return tokens[v].Kind == TokenKind.Word && !NotVerbs.Contains(verb) && !Responses.Contains(verb) && tokens[v].Of(text) == verb && !verb.EndsWith("ing", StringComparison.Ordinal)
            && !verb.EndsWith("ed", StringComparison.Ordinal) && !(verb.EndsWith('s') && !verb.EndsWith("ss", StringComparison.Ordinal));
    }

    private static bool TerritoryNear(List<Token> tokens, List<string> words, int at, Func<int, int, bool> placeBetween)
    {
        // "Two soldiers were captured by rebels near Gao": a passive whose subject is people took no ground.
        if (at >= 2 && words[at - 1] is "was" or "were" or "been" && words.Take(at - 1).Skip(Math.Max(0, at - 5)).Any(w => People.Contains(w)))
        {
            return false;
        }

        var after = WordsAfter(tokens, words, at, 5);
        if (after.Any(i => Territory.Contains(words[i])) || after.Count > 0 && placeBetween(tokens[after[0]].Start, tokens[after[^1]].End))
        {
            return words.Skip(at + 1).Take(2).All(w => !Troops.Contains(w) && w is not ("member" or "members" or "terrorist" or "terrorists"));
        }

        // "The town was captured by …": the ground is the passive subject.
        if (at >= 2 && words[at - 1] is "was" or "were" or "been")
        {
            var before = Enumerable.Range(Math.Max(0, at - 6), at - Math.Max(0, at - 6)).Where(i => tokens[i].Kind == TokenKind.Word).ToList();
            return before.Any(i => Territory.Contains(words[i])) || before.Count > 0 && placeBetween(tokens[before[0]].Start, tokens[before[^1]].End);
        }

        return false;
    }

    /// <summary>"is killing", "are being used", "have really been ramping up": a present progressive.</summary>
    private static bool Progressive(List<string> after)
    {
        var i = 0;
        while (i < after.Count && after[i].EndsWith("ly", StringComparison.Ordinal))
        {
            i++;
        }

        if (i < after.Count && after[i] == "been")
        {
            i++;
            while (i < after.Count && after[i].EndsWith("ly", StringComparison.Ordinal))
            {
                i++;
            }
        }

        return i < after.Count && after[i].EndsWith("ing", StringComparison.Ordinal) && after[i].Length > 5 && after[i] is not ("during" or "following" or "including" or "according");
    }

    /// <summary>A reporting verb earlier in the sentence: "said that they had attacked" reports a past act.</summary>
    private static bool ReportedBefore(List<string> words, int at)
        => words.Take(at).Any(w => w is "said" or "says" or "say" or "reported" or "reports" or "announced" or "claimed" or "claims"
            or "stated" or "confirmed" or "told" or "added" or "admitted" or "revealed" or "indicated");

    /// <summary>What "captured" or "seized" at word <paramref name="at"/> took: "territory", "people" or null (goods).</summary>
    public static string? Taken(List<Token> tokens, List<string> words, int at, Func<int, int, bool> placeBetween)
        => TerritoryNear(tokens, words, at, placeBetween) ? "territory" : PeopleNear(tokens, words, at) ? "people" : null;

    private static readonly string[] People =
    [
        "soldier", "soldiers", "troops", "officer", "officers", "policemen", "fighters", "militants", "members", "member", "terrorist",
        "terrorists", "rebels", "traders", "civilians", "people", "men", "women", "children", "residents", "villagers", "hostages",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "others", "they", "he", "she", "them",
        "him", "her", "leader", "commander", "commanders", "fighter", "militant", "insurgents", "assailants", "attackers",
    ];

    /// <summary>People taken: the passive subject ("two soldiers were seized"), the word just before ("and others
    /// captured") or the object ("captured four").</summary>
    private static bool PeopleNear(List<Token> tokens, List<string> words, int at)
    {
        bool IsPeople(int i) => People.Contains(words[i]) || tokens[i].Kind == TokenKind.Number;
        if (at >= 1 && words[at - 1] is "was" or "were" or "been" or "being")
        {
            return Enumerable.Range(Math.Max(0, at - 5), at - Math.Max(0, at - 5)).Any(IsPeople);
        }

        var elliptic = at >= 1 && (tokens[at - 1].Kind == TokenKind.Number || words[at - 1] is "others" or "one" or "two" or "three" or "four" or "five" or "several" or "many");

        // The object: people ("captured two soldiers"), or a bare count ("captured four in …"); a count of things
        // ("seized two grenade launchers") is not.
        for (var i = at + 1; i < Math.Min(words.Count, at + 4); i++)
        {
            if (People.Contains(words[i]) && !Counts.Contains(words[i]))
            {
                return true;
            }

            if (tokens[i].Kind == TokenKind.Number || Counts.Contains(words[i]))
            {
                return i + 1 >= words.Count || tokens[i + 1].Kind != TokenKind.Word || People.Contains(words[i + 1])
                    || words[i + 1] is "in" or "and" or "during" or "near" or "after" or "while";
            }
        }

        return elliptic;
    }

    private static readonly string[] Counts = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "others"];

    /// <summary>Weapons named just after "seized" or "captured": arms, launchers, ammunition.</summary>
    public static bool WeaponsTaken(List<string> words, int at)
        => words.Skip(at + 1).Take(8).Any(w => w is "weapons" or "arms" or "ammunition" or "launchers" or "launcher" or "rifles" or "guns"
            or "grenades" or "explosives" or "rounds" or "munitions" or "mortars" or "rockets" or "missiles" or "bombs" or "cache" or "caches");

    private static bool NamedBattle(string text, List<Token> tokens, List<string> words, int at)
    {
        // "the Raqqah battle", "the battle for Mosul": a battle known by name is history, not news.
        var before = at >= 2 && char.IsUpper(tokens[at - 1].Of(text)[0]) && words[at - 2] == "the";
        var afterName = at + 2 < words.Count && words[at + 1] is "for" or "of" && char.IsUpper(tokens[at + 2].Of(text)[0]);
        return before || afterName;
    }

    private static bool Quoted(string text, List<Token> tokens, int at)
    {
        var open = 0;
        var straight = 0;
        for (var i = 0; i < at; i++)
        {
            var t = tokens[i].Of(text);
            if (t == "“")
            {
                open++;
            }
            else if (t == "”")
            {
                open = Math.Max(0, open - 1);
            }
            else if (t == "\"")
            {
                straight++;
            }
        }

        return open > 0 || straight % 2 == 1;
    }

    private static int NextWord(List<Token> tokens, List<string> words, int from)
    {
        for (var i = from + 1; i < words.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Word)
            {
                return i;
            }

            if (words[i] is not "-")
            {
                return -1;
            }
        }

        return -1;
    }

    private static List<int> WordsAfter(List<Token> tokens, List<string> words, int from, int count)
    {
        var result = new List<int>();
        for (var i = from + 1; i < words.Count && result.Count < count; i++)
        {
            if (words[i] is "," or ";" or ":" or "." or "(")
            {
                break;
            }

            if (tokens[i].Kind == TokenKind.Word)
            {
                result.Add(i);
            }
        }

        return result;
    }
}
