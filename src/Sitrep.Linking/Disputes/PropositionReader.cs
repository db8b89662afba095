using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Linking.Disputes;

/// <summary>
/// Reads counts, whereabouts and responsibility from a claim's content, using the language layer's mentions (quantities,
/// actors, persons, places, dates) and a few English patterns around them. A denial in the cue ("denied", "rejected
/// claims that") or a negation next to the verb ("did not strike", "is not in") makes the proposition
/// <see cref="Polarity.Denied"/>.
/// </summary>
public sealed partial class PropositionReader : IPropositionReader
{
    private const string Fighter = "fighter";

    /// <summary>Counted nouns that all mean an armed group's or army's personnel, so "its forces number 5,000" and
    /// "5,000 fighters" count the same thing.</summary>
    private static readonly HashSet<string> Personnel = new(StringComparer.Ordinal)
    {
        "fighter", "militant", "force", "troop", "soldier", "combatant", "jihadist", "insurgent", "rebel", "gunman",
        "terrorist", "member", "recruit", "serviceman", "marine", "paramilitary", "extremist", "mercenary", "militiaman",
        "jihadi", "guerrilla", "guerilla",
    };

    /// <summary>Measures rather than things counted; a distance or a year is not a disputed number of anything.</summary>
    private static readonly HashSet<string> Measures = new(StringComparer.Ordinal)
    {
        "mile", "km", "kilometre", "kilometer", "metre", "meter", "percent", "per", "%", "dollar", "euro", "pound", "year",
        "day", "hour", "minute", "second", "week", "month", "ton", "tonne", "kg", "kilogram", "litre", "liter", "barrel",
        "time", "square", "hectare", "acre", "cent", "page", "decade", "century", "foot", "feet", "inch", "mm",
    };

    /// <inheritdoc />
    public IReadOnlyList<Proposition> Read(ClaimInContext claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var context = new Reading(claim);
        var result = new List<Proposition>();
        result.AddRange(ReadCounts(context));
        result.AddRange(ReadWhereabouts(context));
        result.AddRange(ReadResponsibility(context));
        return result.DistinctBy(p => (p.Key, p.Polarity, p.Value)).ToList();
    }

    // ------------------------------------------------------------------------------------------------ counts

    private static IEnumerable<Proposition> ReadCounts(Reading r)
    {
        foreach (var q in r.Annotations.Quantities)
        {
            if (!r.InContent(q.Span) || q.Vague || (q.Low is null && q.High is null))
            {
                continue;
            }

            string? thing;
            ActorMention? actor = null;
            var fromContext = false;
            TextSpan thingAt;
            if (q.Unit is { } unit && q.UnitSpan is { } unitSpan)
            {
                if (unit.Contains(" and ", StringComparison.Ordinal) || unit.Contains(" or ", StringComparison.Ordinal))
                {
                    continue;
                }

                thing = Thing(unit);
                thingAt = unitSpan;
                actor = r.Actors.FirstOrDefault(a => Inside(a.Span, q.Span) && IsGroup(a))
                    ?? ActorAfterOf(r, q.Span.End);
                if (actor is null && PossessiveBefore().IsMatch(r.Before(q.Span.Start, 12)))
                {
                    actor = r.Antecedent(q.Span.Start);
                    fromContext = actor is not null;
                }

                if (actor is null && HolderBefore().Match(r.ClauseBefore(q.Span.Start)) is { Success: true } holder)
                {
                    actor = r.Actors.LastOrDefault(a => IsGroup(a) && a.Span.End <= q.Span.Start && a.Span.End >= r.ClauseStart(q.Span.Start)
                        && HolderAfterActor().IsMatch(r.Body[a.Span.End..q.Span.Start]));
                    if (actor is null && holder.Groups["pron"].Success)
                    {
                        actor = r.Antecedent(q.Span.Start - holder.Length);
                        fromContext = actor is not null;
                    }
                }
            }
            else
            {
                // "its forces number around 5,000", "the militants are estimated at 3,000"
                var m = NounBeforeFigure().Match(r.ClauseBefore(q.Span.Start));
                if (!m.Success)
                {
                    continue;
                }

                thing = Thing(m.Groups["noun"].Value);
                var nounStart = q.Span.Start - m.Length + m.Groups["noun"].Index;
                thingAt = new TextSpan(nounStart, m.Groups["noun"].Length);
                if (m.Groups["poss"].Success)
                {
                    actor = r.Antecedent(nounStart);
                    fromContext = actor is not null;
                }
                else
                {
                    actor = r.Actors.LastOrDefault(a => IsGroup(a) && a.Span.End <= nounStart && nounStart - a.Span.End <= 2);
                }
            }

            // A capitalised head is a name or an acronym ("ISIS", "VBIED"), not a counted kind of thing; a count of one is
            // an article ("one VBIED"), not an estimate anyone disputes.
            if (thing is null || Measures.Contains(thing) || !char.IsLower(r.Body[thingAt.Start..thingAt.End].Split(' ', '-')[^1].FirstOrDefault(char.IsLetter))
                || q.High is <= 1)
            {
                continue;
            }

            var facet = CasualtyFacet(r, q.Span);

            // Without an event a count only means something as a force's strength ("5,000 fighters in Libya", "ISIS has
            // three pockets left"); "19 civilians in al-Safa" on its own is not a figure sources dispute.
            if (facet is null && thing != Fighter && actor is null)
            {
                continue;
            }

            var (place, placeFromContext) = CountPlace(r, q.Span, standing: facet is null);
            string? date = null;
            if (facet is not null)
            {
                if (place is null)
                {
                    // A toll with no place is unrelated to any other toll.
                    continue;
                }

                date = r.DayOf(q.Span.Start) ?? r.ReportDay;
                if (date is null)
                {
                    continue;
                }
            }

            var value = new CountValue(q.Low, q.High, q.Approximate);
            yield return CountProposition(thing, actor, facet, place, date, value, q.Span, fromContext || placeFromContext, r.CueDenies);
        }

        foreach (var p in Nones(r))
        {
            yield return p;
        }
    }

    /// <summary>"no civilians were killed" (a count of zero), and in a denial "claims that civilians were killed" (at
    /// least one, denied).</summary>
    private static IEnumerable<Proposition> Nones(Reading r)
    {
        foreach (Match m in NoneKilled().Matches(r.ContentText))
        {
            var none = m.Groups["no"].Success;
            if (!none && !r.CueDenies)
            {
                continue;
            }

            var thing = Thing(m.Groups["noun"].Value);
            if (thing is null)
            {
                continue;
            }

            var at = r.Content.Start + m.Index;
            var phrase = new TextSpan(r.Content.Start + m.Groups["np"].Index, m.Groups["np"].Length);
            var actor = r.Actors.FirstOrDefault(a => Inside(a.Span, phrase) && IsGroup(a));
            var facet = Facet(m.Groups["f"].Value);
            var span = new TextSpan(at, m.Length);
            var (place, placeFromContext) = CountPlace(r, span, standing: false);
            var date = r.DayOf(at) ?? r.ReportDay;
            if (place is null || date is null)
            {
                continue;
            }

            var value = none ? new CountValue(0, 0, false) : new CountValue(1, null, false);
            // "no civilians were killed" asserts zero unless the cue denies it; a bare "civilians were killed" is only
            // read inside a denial, where it denies that any were.
            var denied = !none || r.CueDenies;
            yield return CountProposition(thing, actor, facet, place, date, value, span, placeFromContext, denied);
        }
    }

    private static Proposition CountProposition(string thing, ActorMention? actor, string? facet, PlaceMention? place,
        string? date, CountValue value, TextSpan evidence, bool fromContext, bool denied)
    {
        var actorKey = actor?.Name.ToLowerInvariant() ?? "";
        var placeKey = place is null ? "" : PlaceKey(place);
        var key = $"count|{actorKey}|{thing}|{placeKey}" + (facet is null ? "" : $"|{facet}|{date}");
        var label = "number of " + (actor is null ? "" : actor.Name + " ") + Plural(thing)
            + (facet is null ? "" : " " + facet)
            + (place is null ? "" : " in " + PlaceName(place))
            + (date is null ? "" : " on " + date);
        return new Proposition(key, PropositionKind.Count, label, denied ? Polarity.Denied : Polarity.Asserted, value, evidence, fromContext);
    }

    private static string? CasualtyFacet(Reading r, TextSpan q)
    {
        var after = r.Body.Substring(q.End, Math.Max(0, Math.Min(40, r.Content.End - q.End)));
        if (FacetAfter().Match(after) is { Success: true } a)
        {
            return Facet(a.Groups["f"].Value);
        }

        return FacetBefore().Match(r.ClauseBefore(q.Start)) is { Success: true } b ? Facet(b.Groups["f"].Value) : null;
    }

    private static string Facet(string word) => word.ToLowerInvariant() switch
    {
        var w when w.StartsWith("wound", StringComparison.Ordinal) || w.StartsWith("injur", StringComparison.Ordinal) => "wounded",
        var w when w.StartsWith("captur", StringComparison.Ordinal) || w.StartsWith("arrest", StringComparison.Ordinal)
            || w.StartsWith("detain", StringComparison.Ordinal) || w.StartsWith("abduct", StringComparison.Ordinal)
            || w.StartsWith("kidnap", StringComparison.Ordinal) => "captured",
        var w when w.StartsWith("displac", StringComparison.Ordinal) => "displaced",
        var w when w.StartsWith("rescu", StringComparison.Ordinal) || w.StartsWith("free", StringComparison.Ordinal)
            || w.StartsWith("releas", StringComparison.Ordinal) || w.StartsWith("liberat", StringComparison.Ordinal) => "freed",
        _ => "killed",
    };

    /// <summary>The place a count is about: named after the figure in its clause, else before it in the content, else
    /// (for a force's strength) the paragraph's last place or the article's country.</summary>
    private static (PlaceMention? Place, bool FromContext) CountPlace(Reading r, TextSpan q, bool standing)
    {
        var sentence = r.SentenceAt(q.Start);
        var after = r.Places.FirstOrDefault(p => p.Span.Start >= q.End && r.InContent(p.Span) && p.Span.End <= sentence.End
            && p.Span.Start - q.End <= 60 && LocatedBetween().IsMatch(r.Body[q.End..p.Span.Start]));
        if (after is not null)
        {
            return (r.Refine(after), false);
        }

        var before = r.Places.LastOrDefault(p => p.Span.End <= q.Start && r.InContent(p.Span));
        if (before is not null)
        {
            return (r.Refine(before), false);
        }

        var paragraph = r.Places.LastOrDefault(p => p.Span.End <= q.Start && r.ParagraphOf(p.Span.Start) == r.ParagraphOf(q.Start));
        if (paragraph is not null)
        {
            return (paragraph, true);
        }

        return standing && r.FocusCountry is { } focus ? (focus, true) : (null, false);
    }

    private static ActorMention? ActorAfterOf(Reading r, int end)
    {
        var next = r.Actors.FirstOrDefault(a => a.Span.Start >= end && a.Span.Start - end <= 8);
        return next is not null && IsGroup(next) && OfBetween().IsMatch(r.Body[end..next.Span.Start]) ? next : null;
    }

    // ------------------------------------------------------------------------------------------------ whereabouts

    private static IEnumerable<Proposition> ReadWhereabouts(Reading r)
    {
        var people = r.Actors.Where(a => a.Kind == ActorMentionKind.Person && r.InContent(a.Span))
            .Select(a => (Person: a, At: a.Span, FromContext: false)).ToList();
        foreach (Match m in PersonalPronoun().Matches(r.ContentText))
        {
            var at = r.Content.Start + m.Index;
            if (r.Actors.LastOrDefault(a => a.Kind == ActorMentionKind.Person && a.Span.End <= at && r.ParagraphOf(a.Span.Start) >= r.ParagraphOf(at) - 1) is { } antecedent)
            {
                people.Add((antecedent, new TextSpan(at, m.Length), true));
            }
        }

        foreach (var (person, at, fromContext) in people.OrderBy(p => p.At.Start))
        {
            var sentence = r.SentenceAt(at.Start);
            foreach (var place in r.Places.Where(p => p.Span.Start >= at.End && p.Span.End <= sentence.End && r.InContent(p.Span)))
            {
                if (place.Span.Start - at.End > 100)
                {
                    break;
                }

                var between = r.Body[at.End..place.Span.Start];
                if (between.AsSpan().IndexOfAny(".;\n") >= 0 || NotWhereabouts().IsMatch(between) || between.StartsWith('\'') || between.StartsWith('’'))
                {
                    break;
                }

                if (FromBefore().IsMatch(between) || !Locative().IsMatch(between))
                {
                    continue;
                }

                var refined = r.Refine(place);
                var denied = r.CueDenies ^ Negation().IsMatch(between);
                var value = new LocationValue(refined.Place?.Name ?? refined.Text, refined.Place);
                yield return new Proposition("whereabouts|" + person.Name.ToLowerInvariant(), PropositionKind.Whereabouts,
                    "whereabouts of " + person.Name, denied ? Polarity.Denied : Polarity.Asserted, value, refined.Span, fromContext);
                break;
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ responsibility

    private static IEnumerable<Proposition> ReadResponsibility(Reading r)
    {
        foreach (Match m in Trigger().Matches(r.ContentText))
        {
            var trigger = new TextSpan(r.Content.Start + m.Index, m.Length);
            var sentence = r.SentenceAt(trigger.Start);
            var family = m.Value.StartsWith("kidnap", StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith("abduct", StringComparison.OrdinalIgnoreCase)
                ? "abduction" : "attack";

            var place = r.Places.FirstOrDefault(p => p.Span.Start >= trigger.End && p.Span.End <= sentence.End && r.InContent(p.Span)
                && p.Span.Start - trigger.End <= 60 && !r.Body[trigger.End..p.Span.Start].AsSpan().ContainsAny(",;"))
                ?? r.Places.LastOrDefault(p => p.Span.End <= trigger.Start && p.Span.Start >= sentence.Start && r.InContent(p.Span));

            // "the strike was carried out by …", "accused X of the attack": a definite act refers back to the one the
            // article has just described, whose place and day were named before the claim.
            var backReference = place is null && DefiniteBefore().IsMatch(r.Body[Math.Max(0, trigger.Start - 12)..trigger.Start]);
            if (backReference)
            {
                var paragraph = r.ParagraphOf(trigger.Start);
                place = r.Places.LastOrDefault(p => p.Span.End <= trigger.Start && p.Place is not null && r.ParagraphOf(p.Span.Start) >= paragraph - 2);
            }

            if (place is null)
            {
                continue;
            }

            // An act referred back to ("raise the strike at the UN") is credited only where the claim says who did it.
            var (agent, gap, fromContext) = Agent(r, trigger, sentence, explicitOnly: backReference);
            fromContext |= backReference;
            if (agent is null || agent.Inter == 7)
            {
                continue;
            }

            var negated = Negation().IsMatch(gap) || Negation().IsMatch(r.ClauseBefore(trigger.Start, 25));
            place = r.Refine(place);
            var date = r.DayNearest(trigger) ?? (backReference ? r.DayBefore(trigger.Start) : null);
            var key = $"responsibility|{family}|{PlaceKey(place)}" + (date is null ? "" : "|" + date);
            var label = $"who carried out the {family} {(family == "attack" ? "on" : "in")} {PlaceName(place)}" + (date is null ? "" : " on " + date);
            yield return new Proposition(key, PropositionKind.Responsibility, label,
                r.CueDenies ^ negated ? Polarity.Denied : Polarity.Asserted, agent, trigger, fromContext);
        }
    }

    /// <summary>Who the trigger's act is credited to: "by X" after it, an actor just before it ("Russian jets struck",
    /// "a coalition airstrike"), or a pronoun ("its jets", "it shelled", "our forces").</summary>
    private static (AgentValue? Agent, string Gap, bool FromContext) Agent(Reading r, TextSpan trigger, TextSpan sentence, bool explicitOnly = false)
    {
        var by = r.Actors.FirstOrDefault(a => a.Span.Start >= trigger.End && a.Span.Start - trigger.End <= 40 && a.Span.End <= sentence.End
            && IsGroup(a) && ByBetween().IsMatch(r.Body[trigger.End..a.Span.Start]));
        if (by is not null)
        {
            return (ToAgent(by), r.Body[trigger.End..by.Span.Start], false);
        }

        // "accused Russian warplanes of the attack", "blamed the militia for the bombing": the accused is the agent.
        var accused = r.Actors.LastOrDefault(a => a.Span.End <= trigger.Start && trigger.Start - a.Span.End <= 30 && a.Span.Start >= sentence.Start
            && IsGroup(a) && AccusedOf().IsMatch(r.Body[a.Span.End..trigger.Start]));
        if (accused is not null && AccusingCue().IsMatch(r.CueText))
        {
            return (ToAgent(accused), r.Body[accused.Span.End..trigger.Start], false);
        }

        if (explicitOnly)
        {
            return (null, "", false);
        }

        var clauseStart = r.ClauseStart(trigger.Start);
        var before = r.Actors.LastOrDefault(a => a.Span.End <= trigger.Start && a.Span.Start >= clauseStart);
        if (before is not null && IsGroup(before) && trigger.Start - before.Span.End <= 40)
        {
            var gap = r.Body[before.Span.End..trigger.Start];
            if (!AgentGapStop().IsMatch(gap) && WordCount(gap) <= 5)
            {
                return (ToAgent(before), gap, false);
            }
        }

        if (PronounAgent().Match(r.ClauseBefore(trigger.Start)) is { Success: true } pronoun)
        {
            var at = trigger.Start - pronoun.Length;
            var word = pronoun.Groups["pron"].Value.ToLowerInvariant();
            var agent = word is "we" or "our" ? r.SourceAgent : (r.Antecedent(at) is { } a ? ToAgent(a) : r.SourceAgent);
            return (agent, pronoun.Value, true);
        }

        return (null, "", false);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static bool IsGroup(ActorMention a) => a.Kind != ActorMentionKind.Person && a.Inter != 7;

    private static AgentValue ToAgent(ActorMention a) => new(a.Name, a.ActorId, a.Country, a.Inter);

    private static bool Inside(TextSpan inner, TextSpan outer) => inner.Start >= outer.Start && inner.End <= outer.End;

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string PlaceKey(PlaceMention p) => (p.Place is { } place ? IsCountry(place) ? place.Country : place.Name : p.Text).ToLowerInvariant();

    private static string PlaceName(PlaceMention p) => p.Place is { } place ? IsCountry(place) ? place.Country : place.Name : p.Text;

    private static bool IsCountry(Place p) => p.FeatureCode.StartsWith("A.PCL", StringComparison.Ordinal);

    /// <summary>The counted noun phrase's head, singular and lower case, with an armed force's personnel under one name.</summary>
    internal static string? Thing(string phrase)
    {
        var words = phrase.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        var head = words[^1].Trim('.', ',', '"', '”', '’', '\'').ToLowerInvariant();
        if (head.Length == 0 || !head.All(char.IsLetter))
        {
            return head == "%" ? "%" : null;
        }

        var singular = Singular(head);
        return Personnel.Contains(singular) ? Fighter : singular;
    }

    internal static string Singular(string w) => w switch
    {
        "people" => "person",
        "children" => "child",
        "police" => "police",
        "personnel" => "personnel",
        "casualties" => "casualty",
        _ when w.EndsWith("men", StringComparison.Ordinal) => w[..^3] + "man",
        _ when w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4 => w[..^3] + "y",
        _ when w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal)
            || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal) => w[..^2],
        _ when w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
            && !w.EndsWith("is", StringComparison.Ordinal) && w.Length > 3 => w[..^1],
        _ => w,
    };

    private static string Plural(string w) => w switch
    {
        "person" => "people",
        "child" => "children",
        "police" or "personnel" => w,
        _ when w.EndsWith("man", StringComparison.Ordinal) => w[..^3] + "men",
        _ when w.EndsWith('y') && w.Length > 2 && !"aeiou".Contains(w[^2], StringComparison.Ordinal) => w[..^1] + "ies",
        _ when w.EndsWith('s') || w.EndsWith("ch", StringComparison.Ordinal) || w.EndsWith("sh", StringComparison.Ordinal) => w + "es",
        _ => w + "s",
    };

    [GeneratedRegex(@"\b(?:its|their)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PossessiveBefore();

    // "It now has an estimated …", "ISIS still fields …": the figure is what the subject holds.
    [GeneratedRegex(@"(?:\b(?<pron>it|they)\s+)?(?:\w+\s+)?(?:has|have|had|fields|fielded|commands|commanded|deploys|deployed|maintains|maintained|boasts|counts)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex HolderBefore();

    [GeneratedRegex(@"^\s*(?:\w+\s+)?(?:has|have|had|fields|fielded|commands|commanded|deploys|deployed|maintains|maintained|boasts|counts)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex HolderAfterActor();

    [GeneratedRegex(@"(?:\b(?<poss>its|their|his|her)\s+)?\b(?<noun>[A-Za-z]+)\s+(?:now\s+|currently\s+|still\s+|reportedly\s+)?(?:numbers?|numbered|totals?|totall?ed|stands?\s+at|stood\s+at|(?:is|are|was|were)(?:\s+(?:now|estimated|believed|thought|put))?(?:\s+at|\s+to\s+be|\s+to\s+number)?|reached)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex NounBeforeFigure();

    [GeneratedRegex(@"^\s*(?:who\s+|that\s+)?(?:\w+\s+){0,2}?(?:were|was|have\s+been|had\s+been|are|being|reportedly|were\s+reportedly)?\s*(?<f>killed|dead|died|wounded|injured|captured|arrested|detained|abducted|kidnapped|displaced|executed|massacred|rescued|freed|released|liberated)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FacetAfter();

    [GeneratedRegex(@"(?:\b(?<f>killed|killing|kills|kill|wounded|wounding|injured|injuring|captured|capturing|arrested|arresting|detained|detaining|abducted|abducting|kidnapped|kidnapping|executed|executing|massacred|displaced|displacing)\s+(?:at\s+least\s+|some\s+|about\s+|around\s+)?|\b(?<f>death\s+toll|toll|deaths?)\s+(?:of|at|to|rose\s+to|reached|stands\s+at|stood\s+at|climbed\s+to|is|was)\s+)$", RegexOptions.IgnoreCase)]
    private static partial Regex FacetBefore();

    [GeneratedRegex(@"(?:\b(?<no>no)\s+)?\b(?<np>(?:(?:[A-Z][\w-]*|[a-z]+)\s+)?(?<noun>[a-z]+s|people|children))\s+(?:were|had\s+been|have\s+been)\s+(?<f>killed|wounded|injured|captured|abducted|kidnapped)\b")]
    private static partial Regex NoneKilled();

    // The figure's place follows a locative preposition in the same clause ("remain in", "were killed in the strike on").
    [GeneratedRegex(@"^[^,;:()–—]*\b(?:in|inside|across|throughout|at|near|around|on|within|outside)\s+(?:[^,;:()–—\s]+\s+){0,5}$", RegexOptions.IgnoreCase)]
    private static partial Regex LocatedBetween();

    [GeneratedRegex(@"^\s+of\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OfBetween();

    [GeneratedRegex(@"(?:^|(?<=[,;:“""]\s*)|(?<=\bthat\s))\b(?:he|she)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PersonalPronoun();

    // Verbs that put someone somewhere, then a preposition and a few words of the place phrase ("in the ISIS-held area of").
    [GeneratedRegex(@"\b(?:is|was|are|were|be|been|being|remains?|remained|stays?|stayed|staying|hiding|hides|hid|hidden|holed\s+up|sheltering|seen|spotted|sighted|living|lives|lived|based|located|headquartered|fled|flees|escaped|moved|relocated|travell?ed|went|arrived|returned|headed)\b.*\b(?:in|at|to|near|inside|into|on|around|outside|within)\s+(?:[\w’'-]+\s+){0,6}$", RegexOptions.IgnoreCase)]
    private static partial Regex Locative();

    // Being killed, struck or quoted somewhere says nothing about where someone is now.
    [GeneratedRegex(@"\b(?:killed|struck|wounded|injured|targeted|attacked|bombed|said|says|told|announced|visited|phoned|called|met)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotWhereabouts();

    [GeneratedRegex(@"\bfrom\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FromBefore();

    [GeneratedRegex(@"\b(?:not|never|no|none|neither|nor)\b|n[’']t\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(?:air\s*strikes?|air\s+raids?|strikes?|struck|bomb(?:ed|ing|ings|arded|ardment)|shell(?:ed|ing)|attack(?:ed|s)?|raid(?:ed|s)?|ambush(?:ed)?|stormed|assault(?:ed)?|targeted|massacred?|killed|killing|kidnapped|abducted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Trigger();

    [GeneratedRegex(@"^[^,;.]*\bby\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex ByBetween();

    [GeneratedRegex(@"\b(?:the|that|this)\s+(?:[\w-]+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DefiniteBefore();

    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,2}?(?:of|for)\s+(?:the\s+|that\s+|this\s+)?(?:[\w-]+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AccusedOf();

    [GeneratedRegex(@"\b(?:accus|blam|held|hold|holds)", RegexOptions.IgnoreCase)]
    private static partial Regex AccusingCue();

    // Between an actor and the act, these mean the actor is a speaker or a target, not the one who acted.
    [GeneratedRegex(@"[,;:“”""]|\b(?:said|says|claimed|claims|reported|told|that|denied|accused|against|on|in|of|and|whom|which|with|at|to|for|from|by|into|over|near|after|before|during|amid)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgentGapStop();

    [GeneratedRegex(@"\b(?<pron>it|its|they|their|we|our)\b(?:\s+[\w-]+){0,3}\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PronounAgent();

    [GeneratedRegex(@"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|rebut(?:s|ted)?|rul(?:e|es|ed|ing)\s+out|dispute[sd]?)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex DenialCue();

    /// <summary>The claim with lookups over its article's mentions.</summary>
    private sealed class Reading
    {
        private readonly ClaimInContext _claim;
        private PlaceMention? _focus;
        private bool _focusDone;

        public Reading(ClaimInContext claim)
        {
            _claim = claim;
            Body = claim.Body;
            Content = claim.Claim.Content;
            Annotations = claim.Annotations;
            ContentText = Content.Slice(Body);
            Actors = Annotations.Actors.OrderBy(a => a.Span.Start).ToList();
            Places = Annotations.Places.OrderBy(p => p.Span.Start).ToList();
            CueDenies = DenialCue().IsMatch(claim.Claim.CueText);
            ReportDay = (claim.Published ?? Annotations.Anchor)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        public string Body { get; }

        public TextSpan Content { get; }

        public string ContentText { get; }

        public ArticleAnnotations Annotations { get; }

        public IReadOnlyList<ActorMention> Actors { get; }

        public IReadOnlyList<PlaceMention> Places { get; }

        public bool CueDenies { get; }

        /// <summary>The claim's attributing words ("said", "accused").</summary>
        public string CueText => _claim.Claim.CueText;

        public string? ReportDay { get; }

        public bool InContent(TextSpan span) => Inside(span, Content);

        public string Before(int position, int length)
        {
            var start = Math.Max(Content.Start, position - length);
            return start >= position ? "" : Body[start..position];
        }

        /// <summary>Where the clause holding <paramref name="position"/> starts, within the content.</summary>
        public int ClauseStart(int position)
        {
            var start = Math.Max(Content.Start, SentenceAt(position).Start);
            for (var i = position - 1; i >= start; i--)
            {
                if (Body[i] is ',' or ';' or ':' or '(' or '“' or '"' or '—' or '–')
                {
                    return i + 1;
                }
            }

            return start;
        }

        public string ClauseBefore(int position, int max = int.MaxValue)
        {
            var start = Math.Max(ClauseStart(position), position - max);
            return start >= position ? "" : Body[start..position];
        }

        public TextSpan SentenceAt(int position)
            => LastStartingAt(position) is { } s && position < s.Span.End ? s.Span : Content;

        public int ParagraphOf(int position) => LastStartingAt(position)?.Paragraph ?? 0;

        /// <summary>The last sentence starting at or before <paramref name="position"/> (sentences are in body order;
        /// binary search because the reader asks this for every mention it weighs).</summary>
        private Sentence? LastStartingAt(int position)
        {
            var sentences = Annotations.Sentences;
            int lo = 0, hi = sentences.Count - 1, found = -1;
            while (lo <= hi)
            {
                var mid = (lo + hi) / 2;
                if (sentences[mid].Span.Start <= position)
                {
                    found = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return found < 0 ? null : sentences[found];
        }

        /// <summary>The day named nearest to an act: inside the claim's words first ("struck the convoy … on March 5"
        /// rather than "on Friday repeated"), then anywhere in its sentence.</summary>
        public string? DayNearest(TextSpan act)
        {
            var sentence = SentenceAt(act.Start);
            var days = Annotations.Dates.Where(d => Inside(d.Span, sentence) && d.Precision == DatePrecision.Day && d.Start is not null).ToList();
            var best = days.Where(d => InContent(d.Span)).OrderBy(d => Distance(d.Span, act)).FirstOrDefault()
                ?? days.OrderBy(d => Distance(d.Span, act)).FirstOrDefault();
            return best?.Start!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        /// <summary>The last day named before <paramref name="position"/> in its paragraph or the two before.</summary>
        public string? DayBefore(int position)
        {
            var paragraph = ParagraphOf(position);
            return Annotations.Dates.LastOrDefault(d => d.Span.End <= position && d.Precision == DatePrecision.Day && d.Start is not null
                    && ParagraphOf(d.Span.Start) >= paragraph - 2)
                ?.Start!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        private static int Distance(TextSpan a, TextSpan b) => a.End <= b.Start ? b.Start - a.End : a.Start >= b.End ? a.Start - b.End : 0;

        /// <summary>The day-precise date named in the sentence at <paramref name="position"/>, as yyyy-MM-dd.</summary>
        public string? DayOf(int position)
        {
            var sentence = SentenceAt(position);
            return Annotations.Dates.FirstOrDefault(d => Inside(d.Span, sentence) && d.Precision == DatePrecision.Day && d.Start is not null)
                ?.Start!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        /// <summary>What "it", "its" or "their" at <paramref name="position"/> stands for: the last armed actor or
        /// organisation named before it in this paragraph or the one before.</summary>
        public ActorMention? Antecedent(int position)
        {
            var paragraph = ParagraphOf(position);
            return Actors.LastOrDefault(a => a.Span.End <= position && IsGroup(a) && ParagraphOf(a.Span.Start) >= paragraph - 1);
        }

        /// <summary>The claim's source as an agent, for "we struck" or "it shelled" in its own words.</summary>
        public AgentValue? SourceAgent
        {
            get
            {
                var c = _claim.Claim;
                if (c.Source is { } source && Actors.FirstOrDefault(a => Inside(a.Span, source) && IsGroup(a)) is { } mention)
                {
                    return ToAgent(mention);
                }

                return c.SourceActor is { } name && c.SourceKind != ClaimSourceKind.Person ? new AgentValue(name, null, null, null) : null;
            }
        }

        /// <summary>"Somalia's Lower Shabelle", "in Syria's Idlib": a place right after the one found, inside it, is the one meant.</summary>
        public PlaceMention Refine(PlaceMention place)
        {
            var next = Places.FirstOrDefault(p => p.Span.Start >= place.Span.End && p.Span.Start - place.Span.End <= 3);
            return next?.Place is { } inner && place.Place is { } outer && IsCountry(outer) && !IsCountry(inner)
                   && string.Equals(inner.CountryCode, outer.CountryCode, StringComparison.Ordinal)
                ? next : place;
        }

        /// <summary>The country most of the article's places are in, when one clearly leads (at least twice the
        /// next), given as a mention of that country.</summary>
        public PlaceMention? FocusCountry
        {
            get
            {
                if (_focusDone)
                {
                    return _focus;
                }

                _focusDone = true;
                var counts = Places.Where(p => p.Place is not null).GroupBy(p => p.Place!.CountryCode)
                    .Select(g => (Code: g.Key, Count: g.Count())).OrderByDescending(g => g.Count).ToList();
                if (counts.Count > 0 && counts[0].Count >= 3 && (counts.Count == 1 || counts[0].Count >= 2 * counts[1].Count))
                {
                    _focus = Places.FirstOrDefault(p => p.Place is { } pl && IsCountry(pl) && pl.CountryCode == counts[0].Code);
                }

                return _focus;
            }
        }
    }
}
