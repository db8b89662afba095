using System.Collections.Frozen;
using System.Globalization;
using Sitrep.Language;
using Sitrep.Language.Actors;
using Sitrep.Language.Quantities;
using Sitrep.Language.Text;

namespace Sitrep.Coding.Events;

/// <summary>Finds events in annotated text and codes them in ACLED's schema.</summary>
public interface IEventCoder
{
    /// <summary>The events the context's text reports, in order.</summary>
    IReadOnlyList<CodedEvent> Code(AnnotationContext context, IReadOnlyList<QuantityMention> quantities, IReadOnlyList<PlaceMention> places);
}

/// <summary>
/// A first, rule-based event coder: a trigger lexicon names the event type and sub-type; the sentence's actors,
/// place, date and death toll fill the rest, each with the span it came from. One event per sentence that reports
/// one (the most specific trigger wins); actors before the trigger are actor1, after it actor2.
/// </summary>
public sealed class EventCoder(ActorDictionary dictionary) : IEventCoder
{
    /// <summary>A coder over the built-in actor dictionary.</summary>
    public static EventCoder Default { get; } = new(ActorRecognizer.CreateDefault().Dictionary);

    private readonly record struct Trigger(string[] Words, string SubType, int Priority);

    // Words that give a gathering its purpose or make it a public crowd ("gathered to protest", "gathered … demanding",
    // "workers gathered outside Parliament and sang over the suspension", "crowds who had gathered").
    private static readonly FrozenSet<string> ProtestPurpose = new[]
    {
        "protest", "protested", "protesting", "protests", "demand", "demanded", "demanding", "demands", "denounce", "denounced",
        "denouncing", "against", "chant", "chanted", "chanting", "slogans", "rally", "demonstrate", "demonstration", "condemn",
        "condemning", "call", "calling", "called", "oppose", "opposing", "support", "supporting", "solidarity", "sit-in", "petition",
        "over", "crowd", "crowds", "workers", "union", "students", "supporters", "sang", "singing", "danced", "marching", "march",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Multi-word triggers first; priority settles sentences with several (an airstrike that killed civilians is a strike).
    private static readonly Trigger[] Triggers =
    [
        new(["suicide", "bomber"], "Suicide bomb", 95), new(["suicide", "bombing"], "Suicide bomb", 95),
        new(["suicide", "attack"], "Suicide bomb", 95), new(["car", "bomb"], "Remote explosive/landmine/IED", 90),
        new(["roadside", "bomb"], "Remote explosive/landmine/IED", 90), new(["ied"], "Remote explosive/landmine/IED", 90),
        new(["landmine"], "Remote explosive/landmine/IED", 90), new(["explosive", "device"], "Remote explosive/landmine/IED", 90),
        new(["airstrike"], "Air/drone strike", 92), new(["airstrikes"], "Air/drone strike", 92), new(["air", "strike"], "Air/drone strike", 92),
        new(["air", "strikes"], "Air/drone strike", 92), new(["drone", "strike"], "Air/drone strike", 92), new(["bombed"], "Air/drone strike", 70),
        new(["warplanes"], "Air/drone strike", 88), new(["chemical"], "Chemical weapon", 93), new(["grenade"], "Grenade", 89),
        new(["shelled"], "Shelling/artillery/missile attack", 87), new(["shelling"], "Shelling/artillery/missile attack", 87),
        new(["mortar"], "Shelling/artillery/missile attack", 87), new(["mortars"], "Shelling/artillery/missile attack", 87),
        new(["artillery"], "Shelling/artillery/missile attack", 86), new(["rocket"], "Shelling/artillery/missile attack", 85),
        new(["rockets"], "Shelling/artillery/missile attack", 85), new(["missile"], "Shelling/artillery/missile attack", 85),
        new(["missiles"], "Shelling/artillery/missile attack", 85),
        new(["recaptured"], "Government regains territory", 80), new(["retook"], "Government regains territory", 80),
        new(["regained", "control"], "Government regains territory", 80), new(["liberated"], "Government regains territory", 78),
        new(["seized", "control"], "Non-state actor overtakes territory", 79), new(["took", "control"], "Non-state actor overtakes territory", 79),
        new(["captured"], "Non-state actor overtakes territory", 60), new(["overran"], "Non-state actor overtakes territory", 79),
        new(["clashed"], "Armed clash", 75), new(["clashes"], "Armed clash", 75), new(["clash"], "Armed clash", 74),
        new(["fighting"], "Armed clash", 72), new(["fought"], "Armed clash", 72), new(["battle"], "Armed clash", 70),
        new(["ambushed"], "Armed clash", 74), new(["ambush"], "Armed clash", 74), new(["exchanged", "fire"], "Armed clash", 75),
        new(["gunfight"], "Armed clash", 75), new(["firefight"], "Armed clash", 75), new(["offensive"], "Armed clash", 50),
        new(["raped"], "Sexual violence", 84), new(["rape"], "Sexual violence", 84),
        new(["abducted"], "Abduction/forced disappearance", 83), new(["kidnapped"], "Abduction/forced disappearance", 83),
        new(["abduction"], "Abduction/forced disappearance", 83), new(["kidnapping"], "Abduction/forced disappearance", 83),
        new(["massacred"], "Attack", 76), new(["executed"], "Attack", 76), new(["murdered"], "Attack", 76),
        new(["shot", "dead"], "Attack", 74), new(["gunmen"], "Attack", 65), new(["killed"], "Attack", 40), new(["are", "dead"], "Attack", 20), new(["were", "dead"], "Attack", 20), new(["died"], "Attack", 18), new(["death", "of", "a"], "Attack", 15), new(["death", "of", "an"], "Attack", 15), new(["attacked"], "Attack", 45),
        new(["attack"], "Attack", 44),
        new(["rioted"], "Violent demonstration", 68), new(["riot"], "Violent demonstration", 68), new(["riots"], "Violent demonstration", 68),
        new(["rioters"], "Violent demonstration", 68), new(["mob"], "Mob violence", 69), new(["lynched"], "Mob violence", 69),
        new(["protest"], "Peaceful protest", 55), new(["protests"], "Peaceful protest", 55), new(["protested"], "Peaceful protest", 55),
        new(["protesters"], "Peaceful protest", 55), new(["protestors"], "Peaceful protest", 55), new(["demonstrated"], "Peaceful protest", 55),
        new(["demonstration"], "Peaceful protest", 55), new(["demonstrators"], "Peaceful protest", 55), new(["rally"], "Peaceful protest", 54),
        new(["rallied"], "Peaceful protest", 54), new(["marched"], "Peaceful protest", 54), new(["sit-in"], "Peaceful protest", 54),
        new(["on", "strike"], "Peaceful protest", 56), new(["went", "on", "strike"], "Peaceful protest", 57), new(["picketed"], "Peaceful protest", 55),
        new(["arrested"], "Arrests", 34), new(["detained"], "Arrests", 33), new(["arrests"], "Arrests", 33),
        new(["agreement"], "Agreement", 35), new(["ceasefire"], "Agreement", 36), new(["peace", "deal"], "Agreement", 37),
        new(["looted"], "Looting/property destruction", 50), new(["torched"], "Looting/property destruction", 49),
        new(["redeployed"], "Change to group/activity", 45), new(["deployed"], "Change to group/activity", 42),
        new(["defected"], "Change to group/activity", 35), new(["withdrew"], "Non-violent transfer of territory", 46),
        new(["handed", "over"], "Non-violent transfer of territory", 44), new(["cache"], "Disrupted weapons use", 47),
        new(["defused"], "Disrupted weapons use", 47),
        new(["sit", "-", "in"], "Peaceful protest", 54), new(["marching"], "Peaceful protest", 53), new(["marches"], "Peaceful protest", 53),
        new(["march"], "Peaceful protest", 52), new(["gathered"], "Peaceful protest", 30), new(["picket"], "Peaceful protest", 54),
        new(["boycott"], "Peaceful protest", 50), new(["strikes"], "Air/drone strike", 60), new(["stabbed"], "Attack", 74),
        new(["gunned", "down"], "Attack", 75), new(["beat"], "Attack", 60), new(["beaten"], "Attack", 60), new(["tortured"], "Attack", 70),
        new(["blast"], "Remote explosive/landmine/IED", 80), new(["bomb"], "Remote explosive/landmine/IED", 78),
        new(["explosion"], "Remote explosive/landmine/IED", 78), new(["exploded"], "Remote explosive/landmine/IED", 78),
        new(["burned"], "Looting/property destruction", 48), new(["burnt"], "Looting/property destruction", 48),
        new(["barricaded"], "Violent demonstration", 58), new(["stoned"], "Violent demonstration", 66),
        new(["taken", "control"], "Non-state actor overtakes territory", 79), new(["takes", "control"], "Non-state actor overtakes territory", 79),
        new(["seized"], "Non-state actor overtakes territory", 55), new(["opened", "fire"], "Attack", 66), new(["raided"], "Attack", 50),
        new(["confiscated"], "Disrupted weapons use", 46), new(["hostage"], "Abduction/forced disappearance", 80),
        new(["strike"], "Peaceful protest", 40), new(["attacks"], "Attack", 44), new(["killing"], "Attack", 40), new(["kill"], "Attack", 40),
        new(["kills"], "Attack", 40), new(["protesting"], "Peaceful protest", 55), new(["hit"], "Air/drone strike", 30),
        new(["shootout"], "Armed clash", 75), new(["encounter"], "Armed clash", 60), new(["encountered"], "Armed clash", 60), new(["assassinated"], "Attack", 74), new(["assassinate"], "Attack", 74), new(["dislodge"], "Government regains territory", 70),
        new(["retake"], "Government regains territory", 80), new(["retakes"], "Government regains territory", 80),

        // Inflections and wordings of the same acts, as headlines and summaries write them.
        new(["recapture"], "Government regains territory", 80), new(["recaptures"], "Government regains territory", 80),
        new(["shoot"], "Attack", 58), new(["shoots"], "Attack", 58), new(["shot"], "Attack", 57), new(["shooting"], "Attack", 57),
        new(["fired", "on"], "Attack", 62), new(["fire", "on"], "Attack", 62), new(["fired", "at"], "Attack", 62), new(["open", "fire"], "Attack", 66),
        new(["opens", "fire"], "Attack", 66), new(["beats"], "Attack", 60), new(["beating"], "Attack", 56), new(["assaulted"], "Attack", 60),
        new(["set", "alight"], "Attack", 70), new(["burnt", "to", "death"], "Attack", 76), new(["burned", "to", "death"], "Attack", 76),
        new(["hijack"], "Attack", 50), new(["hijacked"], "Attack", 50), new(["torture"], "Attack", 62), new(["murder"], "Attack", 70),
        new(["murders"], "Attack", 70), new(["injure"], "Attack", 25), new(["injured"], "Attack", 22), new(["wounded"], "Attack", 22),
        new(["raid"], "Attack", 48), new(["raids"], "Attack", 48), new(["attacking"], "Attack", 44), new(["died"], "Attack", 20),
        new(["repel"], "Armed clash", 73), new(["repelled"], "Armed clash", 73), new(["repulsed"], "Armed clash", 73),
        new(["returned", "fire"], "Armed clash", 76), new(["dismantled"], "Armed clash", 60), new(["clear"], "Armed clash", 45),
        new(["cleared"], "Armed clash", 45), new(["gunshots"], "Armed clash", 50), new(["gunfire"], "Armed clash", 50),
        new(["fights"], "Armed clash", 72), new(["clashing"], "Armed clash", 74), new(["offensives"], "Armed clash", 50),
        new(["air", "raid"], "Air/drone strike", 92), new(["air", "raids"], "Air/drone strike", 92), new(["bombardment"], "Air/drone strike", 70),
        new(["bombed"], "Air/drone strike", 70), new(["bombing"], "Air/drone strike", 70), new(["targeted"], "Attack", 35),
        new(["target"], "Attack", 30), new(["struck"], "Attack", 38),
        new(["detonate"], "Remote explosive/landmine/IED", 88), new(["detonated"], "Remote explosive/landmine/IED", 88),
        new(["explosives"], "Remote explosive/landmine/IED", 70), new(["mine"], "Remote explosive/landmine/IED", 60),
        new(["took", "to", "the", "streets"], "Peaceful protest", 57), new(["blocked"], "Peaceful protest", 44),
        new(["chanted"], "Peaceful protest", 50), new(["chanting"], "Peaceful protest", 50), new(["placards"], "Peaceful protest", 50),
        new(["hunger", "strike"], "Peaceful protest", 60), new(["demonstrations"], "Peaceful protest", 55), new(["demonstrating"], "Peaceful protest", 55),
        new(["demonstrate"], "Peaceful protest", 55), new(["petition"], "Peaceful protest", 40), new(["walkout"], "Peaceful protest", 52),
        new(["pelted"], "Violent demonstration", 66), new(["looting"], "Looting/property destruction", 48), new(["looters"], "Mob violence", 60),
        new(["destroyed"], "Looting/property destruction", 38), new(["shattered"], "Looting/property destruction", 40),
        new(["vandalised"], "Looting/property destruction", 45), new(["vandalized"], "Looting/property destruction", 45),
        new(["set", "fire"], "Looting/property destruction", 47), new(["on", "fire"], "Looting/property destruction", 40),
        new(["defect"], "Change to group/activity", 35), new(["defects"], "Change to group/activity", 35), new(["formed"], "Change to group/activity", 32),
        new(["sanctions"], "Other", 30), new(["sentenced"], "Other", 30), new(["released"], "Other", 28), new(["state", "of", "emergency"], "Other", 60),
        new(["curfew"], "Other", 40), new(["occupied"], "Headquarters or base established", 45), new(["roadblocks"], "Other", 36),
        new(["arrest"], "Arrests", 32), new(["rounded", "up"], "Arrests", 34), new(["apprehended"], "Arrests", 33),

        // Movements of forces, captures and bases, as war reports word them; EventReality keeps only troops arriving,
        // ground entered and a verb "advance" ("managed to advance").
        new(["arrived"], "Change to group/activity", 41), new(["withdraws"], "Change to group/activity", 44),
        new(["withdrawing"], "Change to group/activity", 44), new(["advanced"], "Armed clash", 48), new(["advance"], "Armed clash", 47),
        new(["entered"], "Non-state actor overtakes territory", 58), new(["restored", "control"], "Government regains territory", 80),
        new(["establishing", "a", "headquarters"], "Headquarters or base established", 60), new(["established", "a", "headquarters"], "Headquarters or base established", 60),
        new(["set", "up", "a", "headquarters"], "Headquarters or base established", 60), new(["caches"], "Disrupted weapons use", 47),
        new(["bombs"], "Remote explosive/landmine/IED", 77), new(["negotiate", "the", "release"], "Agreement", 60), new(["negotiated", "the", "release"], "Agreement", 60),
        new(["taken", "complete", "control"], "Non-state actor overtakes territory", 79), new(["took", "complete", "control"], "Non-state actor overtakes territory", 79),
        new(["taken", "full", "control"], "Non-state actor overtakes territory", 79), new(["took", "full", "control"], "Non-state actor overtakes territory", 79),
    ];

    // The first word of each trigger, so that a sentence is matched word by word instead of trigger by trigger.
    private static readonly Dictionary<string, Trigger[]> TriggersByFirstWord =
        Triggers.GroupBy(t => t.Words[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    // Aircraft: an attack, a target or a strike by them is an air strike.
    private static readonly string[] AircraftWords = ["aircraft", "warplanes", "warplane", "jets", "jet", "mig", "helicopter", "helicopters", "drone", "drones", "sukhoi", "bombers", "airstrikes", "airstrike"];

    // Security forces and armed men as victims: an attack on them is a battle, in ACLED's coding.
    private static readonly string[] ArmedVictimWords =
    [
        "soldier", "soldiers", "troops", "policeman", "policemen", "officer", "officers", "sergeant", "conscript", "conscripts",
        "peacekeeper", "peacekeepers", "checkpoint", "convoy", "patrol", "base", "barracks", "positions", "position", "militiaman",
        "militiamen", "vigilante", "vigilantes", "militants", "fighters", "gendarmes", "camps", "camp", "army", "outpost",
    ];

    // Civilians as victims.
    private static readonly string[] CivilianVictimWords =
    [
        "civilians", "civilian", "residents", "villagers", "children", "child", "women", "woman", "people", "worshippers", "farmers",
        "farmer", "students", "student", "protesters", "protestors", "demonstrators", "man", "men", "boy", "girl", "driver", "journalist",
        "pastoralists", "traders", "passengers", "family", "idps", "displaced", "teacher", "pupils", "herders", "fishermen", "civiians",
    ];

    // Words that turn a protest into a riot (the crowd was violent).
    private static readonly string[] RiotWords = ["burned", "burnt", "torched", "stones", "stoned", "barricaded", "looted", "clashed", "violent", "vandalised", "vandalized", "rioted"];

    // Words that show armed men on both sides: a killing among them is a battle, not violence against civilians.
    private static readonly string[] CombatantWords =
    [
        "soldiers", "soldier", "troops", "militants", "militant", "fighters", "insurgents", "rebels", "militia", "militiamen",
        "gunmen", "army", "forces", "police", "policemen", "gendarmes", "armed", "military", "convoy", "positions", "base",
        "checkpoint", "patrol", "jihadists", "combatants",
    ];

    // Crowds: a clash or a burning by them is a riot, a strike by them is a protest.
    private static readonly string[] CrowdWords =
    [
        "rioters", "protesters", "protestors", "demonstrators", "residents", "students", "workers", "riders", "youths", "youth",
        "crowd", "crowds", "mob", "villagers", "supporters", "activists", "employees", "teachers", "nurses", "doctors", "union",
        "traders", "vendors", "miners", "drivers",
    ];

    private static readonly string[] DeathWords = ["killed", "dead", "died", "deaths", "killing", "bodies", "fatalities", "massacred", "executed", "lives"];

    /// <inheritdoc />
    public IReadOnlyList<CodedEvent> Code(AnnotationContext context, IReadOnlyList<QuantityMention> quantities, IReadOnlyList<PlaceMention> places)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(quantities);
        ArgumentNullException.ThrowIfNull(places);
        var events = new List<CodedEvent>();
        var text = context.Text;
        var countryFocus = places.Where(p => p.Place is not null).GroupBy(p => p.Place!.CountryCode).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
        // The paragraph the last event was reported or continued in: a report carried into the next paragraph
        // ("… were killed in the clashes.") goes on there.
        var lastEventParagraph = -1;
        var previousRejected = false;
        var previousRejectedSentence = default(TextSpan);
        foreach (var sentence in context.Sentences)
        {
            var tokens = context.Tokens.Where(t => t.Start >= sentence.Span.Start && t.End <= sentence.Span.End).ToList();
            var words = tokens.Select(t => t.Of(text).ToLowerInvariant()).ToList();
            // "since September" bounds a state of affairs; it does not date an act.
            var dated = context.Dates.Any(d => Inside(d.Span, sentence.Span) && d.Kind is TemporalKind.Date or TemporalKind.Time
                && d.Precision is DatePrecision.Day or DatePrecision.Week or DatePrecision.Month && d.Modifier is not ("AFTER" or "BEFORE")
                && !text[Math.Max(0, d.Span.Start - 6)..d.Span.Start].EndsWith("since ", StringComparison.OrdinalIgnoreCase));
            var sentencePlaces = places.Where(p => p.Place is not null && Inside(p.Span, sentence.Span)).ToList();
            var countries = CoordinatedCountries(text, sentencePlaces);
            bool PlaceBetween(int start, int end) => sentencePlaces.Any(p => p.Span.Start >= start && p.Span.Start < end);
            (Trigger Trigger, int At)? best = null;
            (Trigger Trigger, int At)? movement = null;
            var rejected = false;
            for (var i = 0; i < words.Count; i++)
            {
                if (!TriggersByFirstWord.TryGetValue(words[i], out var candidates) || i > 0 && words[i - 1] is "no" or "not" or "without" or "never"
                    || i > 1 && words[i - 2] is "not" or "never" && words[i - 1] is "conduct" or "carry" or "launch" or "stage" or "commit" or "make")
                {
                    // "No arrests have been made", "without a fight": a negated trigger reports nothing.
                    continue;
                }

                if (words[i] is "march" or "may" && char.IsUpper(text[tokens[i].Start]) && i > 0)
                {
                    // "on March 5": the month, not a march.
                    continue;
                }

                if (words[i] is "gathered" && !words.Any(w => ProtestPurpose.Contains(w)))
                {
                    // "Families gathered at the hospital": a crowd is a protest only when the sentence says what it wants.
                    continue;
                }

                foreach (var candidate in candidates)
                {
                    var trigger = candidate;
                    if (trigger.Words is ["bomb"] or ["bombs"] or ["explosives"] or ["ied"] or ["landmine"] or ["mine"] or ["explosive", "device"]
                        && words.Any(w => w is "defused" or "discovered" or "dismantled" or "neutralised" or "neutralized" or "uncovered" or "recovered"))
                    {
                        // "Two bombs were discovered and defused": the device never went off; ACLED's disrupted weapons use.
                        trigger = trigger with { SubType = "Disrupted weapons use" };
                    }
                    else if (trigger.Words is ["seized"] or ["captured"] && EventReality.Taken(tokens, words, i, PlaceBetween) is null && EventReality.WeaponsTaken(words, i))
                    {
                        // "the forces seized two grenade launchers and ammunition": weapons taken, ACLED's disrupted weapons use.
                        trigger = trigger with { SubType = "Disrupted weapons use" };
                    }
                    else if (trigger.Words is ["captured"] or ["seized"] && EventReality.Taken(tokens, words, i, PlaceBetween) == "people")
                    {
                        // People taken, not ground: fighters captured in combat, civilians or officials seized.
                        trigger = trigger.Words is ["captured"] ? trigger with { SubType = "Armed clash" } : trigger with { SubType = "Abduction/forced disappearance" };
                    }

                    if (i + trigger.Words.Length <= words.Count && Matches(words, i, trigger.Words)
                        && (best is null || trigger.Priority > best.Value.Trigger.Priority))
                    {
                        // A prediction, purpose, habit or topic names an act without reporting one.
                        if (EventReality.TriggerRejection(text, tokens, words, i, trigger.Words.Length, dated, PlaceBetween, EventTaxonomy.TypeOf[trigger.SubType] is EventTaxonomy.Protests or EventTaxonomy.Riots && trigger.Words is not (["strike"] or ["strikes"])) is not null
                            || EventReality.AfterWarning(words, i))
                        {
                            rejected = true;
                            continue;
                        }

                        best = (trigger, i);
                    }

                    if (trigger.SubType == "Change to group/activity" && movement is null && i + trigger.Words.Length <= words.Count && Matches(words, i, trigger.Words)
                        && EventReality.TriggerRejection(text, tokens, words, i, trigger.Words.Length, dated, PlaceBetween, false) is null && !EventReality.AfterWarning(words, i))
                    {
                        movement = (trigger, i);
                    }
                }
            }

            // Questions, hypotheses, campaigns across countries; and a follow-up ("The strikes were …") of a report
            // just rejected is no more an event than it was.
            if (best is not null && (EventReality.SentenceRejection(text, sentence.Span, words, dated, countries) is not null
                || previousRejected && SameParagraph(context, previousRejectedSentence, sentence) && best.Value.At > 0 && words[best.Value.At - 1] is "the" or "this" or "that" or "these" or "those"))
            {
                best = null;
                rejected = true;
            }

            previousRejected = rejected && best is null;
            if (previousRejected)
            {
                previousRejectedSentence = sentence.Span;
                continue;
            }

            if (best is not { } found)
            {
                // A toll reported in a sentence of its own ("Two fighters dead.", "Casualties reported, numbers not
                // known.") belongs to the event just before it in the paragraph.
                if (events.Count > 0 && SameParagraph(context, events[^1].Sentence, sentence)
                    && DeathToll(text, tokens, words, quantities, sentence.Span) is { } lateToll && lateToll.Count > GroupToll(events))
                {
                    ShareToll(events, lateToll.Count, lateToll.Span);
                }

                continue;
            }

            // A deployment reported with the fighting it joined ("arrived in X to aid …, and advanced 500 meters") is
            // an event of its own.
            var chosenTriggers = new List<(Trigger Trigger, int At)> { found };
            if (movement is { } move && found.Trigger.SubType != "Change to group/activity"
                && EventTaxonomy.TypeOf[found.Trigger.SubType] is EventTaxonomy.Battles or EventTaxonomy.Explosions)
            {
                chosenTriggers.Insert(move.At < found.At ? 0 : 1, move);
            }

            foreach (var (chosen, at) in chosenTriggers)
            {
                var triggerSpan = new TextSpan(tokens[at].Start, tokens[at + chosen.Words.Length - 1].End - tokens[at].Start);
                var evidence = new Dictionary<string, TextSpan>(StringComparer.Ordinal) { ["event_type"] = triggerSpan };
                var subType = chosen.SubType;
                var stateTarget = false;
                var crowd = words.Any(w => CrowdWords.Contains(w));
                var armedActors = context.Actors.Count(a => a.ActorId is not null && Inside(a.Span, sentence.Span) && dictionary.TopLevelOf(a.ActorId).Inter is >= 1 and <= 4);
                var combatants = words.Count(w => CombatantWords.Contains(w)) + armedActors;
                if (EventTaxonomy.TypeOf[subType] == EventTaxonomy.Protests && words.Any(w => RiotWords.Contains(w)))
                {
                    subType = "Violent demonstration";
                }
                else if (subType is "Armed clash" && crowd || subType is "Looting/property destruction" && crowd)
                {
                    // Police and protesters clashing, residents burning offices: a riot, not a battle; crowds of two camps
                    // fighting each other are a mob.
                    subType = words.Any(w => w is "political" or "opposing" or "rival" or "cadres" or "parties") ? "Mob violence" : "Violent demonstration";
                }
                else if (subType is "Peaceful protest" && chosen.Words is ["strike"] && !crowd && words.Any(w => AircraftWords.Contains(w) || w is "missile" or "missiles"))
                {
                    // "a drone strike", "the strike hit a convoy": a strike without strikers is an air strike.
                    subType = "Air/drone strike";
                }
                else if (subType is "Attack" or "Armed clash" && (words.Any(w => AircraftWords.Contains(w)) || words.Contains("air") && words.Contains("force")))
                {
                    // Aircraft attacking, targeting or striking: an air strike.
                    subType = "Air/drone strike";
                }
                else if (subType is "Attack" && chosen.Priority < 50 && words.Contains("explosives"))
                {
                    subType = "Remote explosive/landmine/IED";
                }
                else if (subType is "Armed clash" && words.Any(w => w is "political" or "opposing" or "cadres" or "opponents" or "communities" or "community"))
                {
                    // Clashes between party supporters or communities are riots, not battles between armed groups.
                    subType = "Mob violence";
                }
                else if (subType is "Non-state actor overtakes territory" or "Government regains territory"
                    && words.Any(w => w is "withdrew" or "withdrawal" or "withdrawn" or "abandoned" or "vacated") && !words.Any(w => w is "clashes" or "fighting" or "killed"))
                {
                    // Ground taken after the other side left, without fighting.
                    subType = "Non-violent transfer of territory";
                }
                else if (subType == "Attack" && chosen.Priority < 80 && (ArmedVictims(words, at) || ArmedGroupTargeted(context, sentence, triggerSpan, words, at)))
                {
                    // Soldiers, police or fighters attacked or killed: ACLED codes an armed clash, not violence against civilians.
                    subType = "Armed clash";
                }
                else if (subType == "Attack" && chosen.Priority < 80 && UntargetedGroupAttack(context, sentence, words, at, triggerSpan))
                {
                    // "The operation room carried out two attacks around Aleppo": an armed group's attacks with no victim
                    // named are fought against the forces holding the ground.
                    subType = "Armed clash";
                    stateTarget = true;
                }

                if (EventTaxonomy.TypeOf[subType] == EventTaxonomy.Protests && subType != "Violent demonstration" && ForceAgainstProtesters(words))
                {
                    // Police or soldiers firing on, beating or killing protesters.
                    subType = "Excessive force against protesters";
                }

                var eventType = EventTaxonomy.TypeOf[subType];

                // Place: the most specific place named in the sentence, else the last one named before it.
                var inSentence = places.Where(p => p.Place is not null && Inside(p.Span, sentence.Span)).ToList();
                var place = inSentence.OrderBy(p => p.Place!.FeatureCode is "A.PCLI" ? 2 : p.Place.FeatureCode is "A.ADM1" ? 1 : 0).FirstOrDefault()
                    ?? places.LastOrDefault(p => p.Place is not null && p.Span.End <= sentence.Span.Start && p.Place.FeatureCode != "A.PCLI")
                    ?? places.FirstOrDefault(p => p.Place is not null && p.Span.Start >= sentence.Span.End && p.Place.FeatureCode != "A.PCLI" && SameParagraph(context, p.Span, sentence))
                    ?? places.LastOrDefault(p => p.Place is not null && p.Span.End <= sentence.Span.Start);

                // Forces moved "from X to Y and Z" went to Y and Z: one event per destination.
                var destinations = subType == "Change to group/activity" ? Destinations(text, inSentence) : [];
                if (destinations.Count > 0)
                {
                    place = destinations[0];
                }

                // "deployed to the area", "fighting there": the place named just before, not the country the sentence
                // also names.
                if ((place is null || place.Place!.FeatureCode == "A.PCLI" && Inside(place.Span, sentence.Span)) && RefersToPlaceBefore(words)
                    && places.LastOrDefault(p => p.Place is not null && p.Span.End <= sentence.Span.Start && p.Place.FeatureCode != "A.PCLI"
                        && sentence.Paragraph - ParagraphOf(context, p.Span) <= 1) is { } earlier)
                {
                    place = earlier;
                }

                if (place is not null)
                {
                    evidence["location"] = place.Span;
                }

                // The event's country and the words that tell it: its place, else the article's main country, else a
                // demonym or an actor of that country in the sentence.
                var (country, countrySpan) = place?.Place is { } named ? (named.CountryCode, place.Span)
                    : countryFocus is not null ? (countryFocus, places.First(p => p.Place?.CountryCode == countryFocus).Span)
                    : DemonymCountry(text, tokens) is { } demonym ? (demonym.Country, demonym.Span)
                    : context.Actors.FirstOrDefault(a => Inside(a.Span, sentence.Span) && a.Country is not null) is { } actor ? (actor.Country, actor.Span)
                    : ((string?)null, default(TextSpan));
                var countryName = place?.Place?.Country ?? (country is null ? null : Sitrep.Language.Places.Gazetteer.Default.CountryName(country));

                // No place named, but the country is known from a place, a demonym or an actor: the event is coded at the
                // country, as ACLED does (geo_precision 3), with the words that gave the country as its evidence.
                var location = place?.Place;
                var geoPrecision = place?.GeoPrecision;
                if (location is null && country is not null && CountryPlace(country, countryName) is { } countryPlace)
                {
                    location = countryPlace;
                    geoPrecision = 3;
                    evidence["location"] = countrySpan;
                }

                // Actors: dictionary actors of the sentence, before the trigger as actor1 and after it as actor2.
                var actors = context.Actors.Where(a => a.ActorId is not null && Inside(a.Span, sentence.Span)).ToList();
                if (eventType is EventTaxonomy.ViolenceAgainstCivilians or EventTaxonomy.Explosions)
                {
                    // Victims are actor2: civilians named before the trigger ("Two people were killed") are not the perpetrator.
                    actors = actors.Where(a => dictionary.TopLevelOf(a.ActorId!).Inter != 7).ToList();
                }

                // A source ("according to the Syrian state media") tells of the event and takes no part in it.
                actors = actors.Where(a => !Preceded(text, sentence.Span, a.Span, @"\baccording\s+to\s+(the\s+)?[\w\s'’-]{0,30}$")).ToList();

                // "the HTS-allied operation room": the group named in the compound is an ally, not the other side.
                actors = actors.Where(a => !System.Text.RegularExpressions.Regex.IsMatch(text[a.Span.End..Math.Min(sentence.Span.End, a.Span.End + 12)],
                    @"^-(allied|backed|affiliated|linked|aligned|supported)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)).ToList();

                // An actor named after "fighting" or "against" before the act is its target ("massacred civilians in the
                // name of fighting ISIS", "counter-attacked against the SAA and entered …").
                bool Targeted(ActorMention a) => Preceded(text, sentence.Span, a.Span, @"\b(fighting|against)\s+(the\s+)?$");
                var before = actors.Where(a => a.Span.End <= triggerSpan.Start && !Targeted(a)).Select(a => (Mention: a, Top: dictionary.TopLevelOf(a.ActorId!))).ToList();
                var after = actors.Where(a => a.Span.Start >= triggerSpan.End || a.Span.End <= triggerSpan.Start && Targeted(a))
                    .OrderBy(a => a.Span.Start >= triggerSpan.End ? 0 : 1).Select(a => (Mention: a, Top: dictionary.TopLevelOf(a.ActorId!))).ToList();
                if (before.Count == 0 && PossessiveSubject(words, at) && LastArmedGroupBefore(context, sentence) is { } referent)
                {
                    // "Reports indicate its fighters captured …": the group the previous sentences named.
                    before.Add((referent, dictionary.TopLevelOf(referent.ActorId!)));
                }

                // "Militants attacked an army checkpoint": an unnamed armed subject is the perpetrator, so a named actor
                // later in the sentence is the other side, never the one who acted.
                var unnamed = before.Count == 0 && eventType is EventTaxonomy.Battles or EventTaxonomy.Explosions or EventTaxonomy.ViolenceAgainstCivilians
                    ? UnnamedPerpetrator(words, at) : -1;
                (ActorMention Mention, ActorEntry Top)? first = unnamed >= 0 ? null : before.Count > 0 ? before[^1] : after.Count > 0 ? after[0] : null;
                (ActorMention Mention, ActorEntry Top)? second = unnamed >= 0 && after.Count > 0 ? after[0] : null;
                if (first is { } one)
                {
                    var others = after.Concat(before).Where(a => a.Top.Id != one.Top.Id).ToList();
                    second = others.Count > 0 ? others[0] : null;
                }

                string? actor1 = first?.Top.Name;
                var inter1 = first?.Top.Inter ?? 0;
                if (unnamed >= 0)
                {
                    (actor1, inter1) = (Category("Unidentified Armed Group", countryName), 3);
                    evidence["actor1"] = new TextSpan(tokens[unnamed].Start, tokens[unnamed].Length);
                }

                string? actor2 = second?.Top.Name;
                var inter2 = second?.Top.Inter ?? 0;
                if (first is { } f1)
                {
                    evidence["actor1"] = f1.Mention.Span;
                }

                if (second is { } s2)
                {
                    evidence["actor2"] = s2.Mention.Span;
                }

                // Category actors by event type: protesters, rioters, civilians of the country.
                if (eventType == EventTaxonomy.Protests && (actor1 is null || inter1 != 6))
                {
                    (actor2, inter2) = actor1 is not null && inter1 is 1 ? (actor1, inter1) : (actor2, inter2);
                    (actor1, inter1) = (Category("Protesters", countryName), 6);
                    evidence["actor1"] = triggerSpan;
                }
                else if (eventType == EventTaxonomy.Riots && (actor1 is null || inter1 != 5))
                {
                    (actor2, inter2) = actor1 is not null ? (actor1, inter1) : (actor2, inter2);
                    (actor1, inter1) = (Category("Rioters", countryName), 5);
                    evidence["actor1"] = triggerSpan;
                }
                else if (eventType == EventTaxonomy.ViolenceAgainstCivilians || eventType == EventTaxonomy.Explosions && MentionsCivilians(words))
                {
                    if (actor2 is null || inter2 != 7)
                    {
                        (actor2, inter2) = (Category("Civilians", countryName), 7);
                        evidence["actor2"] = triggerSpan;
                    }
                }

                // Unnamed state forces: "soldiers", "police" are the forces of the event's country, as ACLED names them.
                if (GenericForces(words) is { } forces && countryName is not null)
                {
                    var name = $"{forces} of {countryName}";
                    if (actor1 is null && eventType is not (EventTaxonomy.Protests or EventTaxonomy.Riots))
                    {
                        (actor1, inter1) = (name, 1);
                    }
                    else if (actor2 is null && actor1 != name && (eventType is EventTaxonomy.Battles or EventTaxonomy.Riots or EventTaxonomy.Protests && subType != "Peaceful protest"))
                    {
                        (actor2, inter2) = (name, 1);
                    }
                }

                // "SDF members supported by coalition aircraft repelled the advance": the two named are one side; the
                // other side is the one the paragraph's last report set against them.
                if (first is { } side1 && second is { } side2 && Allied(text, side1.Mention.Span, side2.Mention.Span)
                    && events.Count > 0 && SameParagraph(context, events[^1].Sentence, sentence))
                {
                    var last = events[^1];
                    var opponent = new[] { (last.Actor1, last.Inter1), (last.Actor2, last.Inter2) }
                        .FirstOrDefault(a => a.Item1 is not null && a.Item1 != actor1 && a.Item1 != actor2);
                    (actor2, inter2) = opponent.Item1 is null ? (null, 0) : opponent;
                    evidence.Remove("actor2");
                }

                // A release negotiated with one party named: the other is the armed group the text named just before.
                if (subType == "Agreement" && actor2 is null && actor1 is not null && LastArmedGroupBefore(context, sentence) is { } counterpart
                    && dictionary.TopLevelOf(counterpart.ActorId!).Name != actor1)
                {
                    (actor2, inter2) = (dictionary.TopLevelOf(counterpart.ActorId!).Name, dictionary.TopLevelOf(counterpart.ActorId!).Inter);
                    evidence["actor2"] = counterpart.Span;
                }

                if (stateTarget && actor2 is null && countryName is not null)
                {
                    (actor2, inter2) = ($"Military Forces of {countryName}", 1);
                }

                // In battles ACLED lists the state's forces first.
                if (eventType is EventTaxonomy.Battles && inter2 == 1 && inter1 != 1 && actor1 is not null && actor2 is not null)
                {
                    (actor1, inter1, actor2, inter2) = (actor2, inter2, actor1, inter1);
                }

                if (actor1 is null && actor2 is not null && eventType is EventTaxonomy.ViolenceAgainstCivilians or EventTaxonomy.Explosions or EventTaxonomy.Battles)
                {
                    // Someone did it: an unnamed perpetrator is ACLED's "Unidentified Armed Group (Country)".
                    (actor1, inter1) = (Category("Unidentified Armed Group", countryName), 3);
                }
                else if (actor1 is null && actor2 is not null)
                {
                    (actor1, inter1, actor2, inter2) = (actor2, inter2, null, 0);
                }

                if (eventType is EventTaxonomy.Explosions && DemonymForces(text, tokens, at) is { } state && state.Name != actor1)
                {
                    // "the Iraqi airstrike", "Russian shelling": the adjective names the state whose forces struck.
                    if (actor1 is not null && inter1 != 7)
                    {
                        (actor2, inter2) = (actor1, inter1);
                        evidence["actor2"] = evidence["actor1"];
                    }

                    (actor1, inter1) = (state.Name, 1);
                    evidence["actor1"] = state.Span;
                }

                if (subType is "Disrupted weapons use" && inter1 is 2 or 3 && first is { } holder && holder.Mention.Span.Start >= triggerSpan.End && countryName is not null)
                {
                    // "a cache … was recovered from ISIS": the group lost the weapons; the state's forces seized them.
                    (actor2, inter2) = (actor1, inter1);
                    evidence["actor2"] = holder.Mention.Span;
                    (actor1, inter1) = ($"Military Forces of {countryName}", 1);
                    evidence.Remove("actor1");
                }

                actor1 = WithCountry(actor1, countryName);
                actor2 = WithCountry(actor2, countryName);

                var interaction = actor1 is null ? 0 : actor2 is null ? inter1 * 10 : Math.Min(inter1, inter2) * 10 + Math.Max(inter1, inter2);

                // Date: a dated expression in the sentence, else in the paragraph before it; else the report's date.
                var date = context.Dates.FirstOrDefault(d => Inside(d.Span, sentence.Span) && d.Start is not null && d.Kind is TemporalKind.Date or TemporalKind.Time && d.Precision is not null)
                    ?? context.Dates.LastOrDefault(d => d.Span.End <= sentence.Span.Start && d.Start is not null && d.Precision == DatePrecision.Day && SameParagraph(context, d.Span, sentence));
                if (date is { Precision: DatePrecision.Year or DatePrecision.Coarser, End: { } yearEnd } && !dated && (ArticleNow(context) is not { } now || yearEnd < now))
                {
                    // "US-led NATO bombing in 2011", "strikes from 2014 to 2017": dated only by a year, background.
                    previousRejected = true;
                    previousRejectedSentence = sentence.Span;
                    continue;
                }

                DateOnly? eventDate = date?.Start ?? context.Anchor;
                int? timePrecision = date?.AcledTimePrecision ?? (context.Anchor is null ? null : 3);
                if (date is not null)
                {
                    evidence["event_date"] = date.Span;
                }

                var fatalities = 0;
                // A death a protest or riot is about ("in protest of the death of a colleague") is its cause, not its toll.
                if (DeathToll(text, tokens, words, quantities, sentence.Span) is { } toll
                    && !(eventType == EventTaxonomy.Protests && InRelativeClause(text, sentence.Span, toll.Span))
                    && !(eventType is EventTaxonomy.Protests or EventTaxonomy.Riots && toll.Span.Slice(text).Equals("death", StringComparison.OrdinalIgnoreCase)
                        && text.AsSpan(toll.Span.End).TrimStart().StartsWith("of", StringComparison.OrdinalIgnoreCase)))
                {
                    fatalities = toll.Count;
                    evidence["fatalities"] = toll.Span;
                }

                var hedged = words.Any(w => w is "reportedly" or "allegedly" or "claimed" or "alleged" or "purportedly" or "unconfirmed");
                var civilianTargeting = inter2 == 7 || inter1 == 7;
                var notes = Notes(eventDate, date is not null, subType, actor1, actor2, location?.Name, fatalities);
                var coded = new CodedEvent(
                    triggerSpan, triggerSpan.Slice(text), sentence.Span, EventTaxonomy.DisorderOf(eventType), eventType, subType,
                    eventDate, timePrecision, actor1, null, inter1, actor2, null, inter2, interaction, civilianTargeting,
                    location, geoPrecision, fatalities, null, hedged, notes, evidence);
                // Only a place named in the sentence itself can make it another event; one carried over from earlier
                // sentences, or a country read from a demonym, is no evidence.
                var ownPlace = place is not null && Inside(place.Span, sentence.Span);

                // "Several of the hostages were subsequently executed": a later act of the same story, by the same
                // perpetrator when this sentence names none.
                var subsequent = words.Contains("subsequently") && events.Count > 0 && SameParagraph(context, events[^1].Sentence, sentence);
                if (subsequent && (coded.Actor1 is null || coded.Actor1.StartsWith("Unidentified", StringComparison.Ordinal)) && events[^1].Actor1 is { } carried
                    && events[^1].Inter1 is 1 or 2 or 3 && carried != coded.Actor2)
                {
                    var i2 = coded.Inter2;
                    coded = Renoted(coded with
                    {
                        Actor1 = carried,
                        Inter1 = events[^1].Inter1,
                        Interaction = i2 == 0 ? events[^1].Inter1 * 10 : (Math.Min(events[^1].Inter1, i2) * 10) + Math.Max(events[^1].Inter1, i2),
                    });
                }

                if (subsequent && coded.Evidence.TryGetValue("event_date", out var earlierDate) && earlierDate.End <= sentence.Span.Start)
                {
                    // Done after the day the paragraph gave: that day is not its date.
                    var undated = new Dictionary<string, TextSpan>(coded.Evidence, StringComparer.Ordinal);
                    undated.Remove("event_date");
                    coded = Renoted(coded with { EventDate = context.Anchor, TimePrecision = context.Anchor is null ? null : 3, Evidence = undated });
                }

                var continuing = events.Count > 0 && !subsequent && SameEvent(context, events[^1], coded, sentence, ownPlace, lastEventParagraph);
                lastEventParagraph = sentence.Paragraph;
                if (continuing)
                {
                    // A report split by place or day is completed as a whole: each of its events takes the follow-up.
                    var groupToll = GroupToll(events);
                    var groupSize = SplitGroupSize(events);
                    for (var k = events.Count - groupSize; k < events.Count; k++)
                    {
                        events[k] = Merge(events[k], coded);
                    }

                    if (coded.Fatalities > groupToll && coded.Evidence.TryGetValue("fatalities", out var followUpToll) && groupSize > 1)
                    {
                        // The follow-up's toll belongs to the whole report, which was split by place.
                        ShareToll(events, coded.Fatalities, followUpToll);
                    }
                }
                else if (destinations.Count > 1)
                {
                    events.AddRange(destinations.Select(d => Renoted(coded with
                    {
                        Location = d.Place,
                        GeoPrecision = d.GeoPrecision,
                        Evidence = new Dictionary<string, TextSpan>(coded.Evidence, StringComparer.Ordinal) { ["location"] = d.Span },
                    })));
                }
                else
                {
                    var split = SplitByPlace(text, coded, place, inSentence);
                    if (date is { Start: { } firstDay, End: { } lastDay, Precision: DatePrecision.Day } && lastDay > firstDay && lastDay.DayNumber - firstDay.DayNumber <= 6)
                    {
                        split = SplitByDay(split, firstDay, lastDay).ToList();
                    }

                    events.AddRange(split);
                }
            }
        }

        return events;
    }

    /// <summary>
    /// ACLED codes one event per place: "clashes in Lwibo and Lukweti", "a patrol of Zangebe, Maiwa and Algaiti
    /// villages" become one event per listed place, the toll shared out evenly (the remainder to the first named),
    /// each event pointing to its own place.
    /// </summary>
    private static IReadOnlyList<CodedEvent> SplitByPlace(string text, CodedEvent coded, PlaceMention? chosen, List<PlaceMention> inSentence)
    {
        if (chosen is null || !inSentence.Contains(chosen))
        {
            return [coded];
        }

        // A province counts when listed with "and" beside another place ("two attacks in Hama & Latakia"); after a
        // comma it names where the place before it lies ("Maiduguri, Borno").
        var sorted = inSentence.Where(p => p.Place!.FeatureCode != "A.PCLI").OrderBy(p => p.Span.Start).ToList();
        var local = sorted.Where((p, k) => p.Place!.FeatureCode != "A.ADM1"
            || k > 0 && JoinedByAnd(text, sorted[k - 1], p) || k + 1 < sorted.Count && JoinedByAnd(text, p, sorted[k + 1])).ToList();
        var at = local.IndexOf(chosen);
        if (at < 0)
        {
            return [coded];
        }

        // The chain of places around the chosen one, each joined to the next by a comma or "and".
        var first = at;
        while (first > 0 && Coordinated(text, local[first - 1], local[first]))
        {
            first--;
        }

        var last = at;
        while (last + 1 < local.Count && Coordinated(text, local[last], local[last + 1]))
        {
            last++;
        }

        var chain = local.Skip(first).Take(last - first + 1).DistinctBy(p => p.Place!.GeoNameId).ToList();

        // Only places where it happened: "in X and Y", "villages of X, Y and Z"; not "between X and Y" (one event) or
        // "the highway connecting X and Y".
        var lead = text[Math.Max(0, chain.Count > 0 ? chain[0].Span.Start - 12 : 0)..(chain.Count > 0 ? chain[0].Span.Start : 0)];
        var locative = System.Text.RegularExpressions.Regex.IsMatch(lead, @"\b(in|at|near|around|across|of|on|outside|from)\s+(the\s+)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        if (chain.Count < 2 || !locative)
        {
            return [coded];
        }

        var share = coded.Fatalities / chain.Count;
        var remainder = coded.Fatalities - (share * chain.Count);
        return chain.Select((mention, k) =>
        {
            var evidence = new Dictionary<string, TextSpan>(coded.Evidence, StringComparer.Ordinal) { ["location"] = mention.Span };
            return Renoted(coded with
            {
                Location = mention.Place,
                GeoPrecision = mention.GeoPrecision,
                Fatalities = share + (k == 0 ? remainder : 0),
                Evidence = evidence,
            });
        }).ToList();
    }

    /// <summary>How many of the last events were split from one report (they share its trigger).</summary>
    private static int SplitGroupSize(List<CodedEvent> events)
    {
        var size = 1;
        while (size < events.Count && events[^(size + 1)].Trigger == events[^1].Trigger)
        {
            size++;
        }

        return size;
    }

    private static int GroupToll(List<CodedEvent> events)
    {
        var size = SplitGroupSize(events);
        return events.Skip(events.Count - size).Sum(e => e.Fatalities);
    }

    /// <summary>A toll for the last report, shared out over the events it was split into by place (the remainder to
    /// the first named), each pointing to the toll's span.</summary>
    private static void ShareToll(List<CodedEvent> events, int toll, TextSpan span)
    {
        var size = SplitGroupSize(events);
        var share = toll / size;
        var remainder = toll - (share * size);
        for (var k = 0; k < size; k++)
        {
            var index = events.Count - size + k;
            var evidence = new Dictionary<string, TextSpan>(events[index].Evidence, StringComparer.Ordinal) { ["fatalities"] = span };
            events[index] = Renoted(events[index] with { Fatalities = share + (k == 0 ? remainder : 0), Evidence = evidence });
        }
    }

    /// <summary>The article's present: its publication date, else the latest day or month it names.</summary>
    private static DateOnly? ArticleNow(AnnotationContext context)
        => context.Anchor ?? context.Dates.Where(d => d.Precision is DatePrecision.Day or DatePrecision.Month && d.Start is not null).Max(d => d.Start);

    private static readonly System.Text.RegularExpressions.Regex DestinationLead = new(
        @"\bto\s+(the\s+)?((north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|northeastern|northwestern|southeastern|southwestern)\s+)?$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static readonly System.Text.RegularExpressions.Regex DestinationJoin = new(
        @"^\s*(,|and|, and|&)\s+((north|south|east|west|central|northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern)\s+)?$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>The places forces moved to: the first named after "to" and those listed with it.</summary>
    private static List<PlaceMention> Destinations(string text, List<PlaceMention> inSentence)
    {
        var ordered = inSentence.Where(p => p.Place!.FeatureCode != "A.PCLI").OrderBy(p => p.Span.Start).ToList();
        var first = ordered.FindIndex(p => DestinationLead.IsMatch(text[Math.Max(0, p.Span.Start - 30)..p.Span.Start]));
        if (first < 0)
        {
            return [];
        }

        var result = new List<PlaceMention> { ordered[first] };
        for (var k = first + 1; k < ordered.Count && ordered[k].Span.Start >= ordered[k - 1].Span.End
            && DestinationJoin.IsMatch(text[ordered[k - 1].Span.End..ordered[k].Span.Start]); k++)
        {
            result.Add(ordered[k]);
        }

        return result.DistinctBy(p => p.Place!.GeoNameId).ToList();
    }

    /// <summary>"to the area", "in the region", "there": the sentence points to a place named before.</summary>
    private static bool RefersToPlaceBefore(List<string> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i - 1] is "the" or "that" && words[i] is "area" or "region" or "town" or "village" or "front")
            {
                return true;
            }
        }

        return words.Contains("there");
    }

    /// <summary>Two actor mentions joined as partners: "X supported by Y", "X backed by Y", "X alongside Y".</summary>
    private static bool Allied(string text, TextSpan a, TextSpan b)
    {
        var (left, right) = a.Start < b.Start ? (a, b) : (b, a);
        if (right.Start < left.End || right.Start - left.End > 40)
        {
            return false;
        }

        return System.Text.RegularExpressions.Regex.IsMatch(text[left.End..right.Start],
            @"^\s*(\w+\s+)?(supported\s+by|backed\s+by|with\s+the\s+support\s+of|alongside|together\s+with)\s+(the\s+)?([\w-]+\s+)?$",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    }

    /// <summary>Whether the text just before <paramref name="span"/>, within its sentence, matches <paramref name="pattern"/>.</summary>
    private static bool Preceded(string text, TextSpan sentence, TextSpan span, string pattern)
    {
        var start = Math.Max(sentence.Start, span.Start - 50);
        return System.Text.RegularExpressions.Regex.IsMatch(text[start..span.Start], pattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    }

    /// <summary>"its fighters", "their forces" before the trigger: a group named earlier did it.</summary>
    /// <summary>The word index of an unnamed armed subject just before the trigger ("Gunmen stormed", "Jihadist
    /// fighters attacked"), or -1.</summary>
    private static int UnnamedPerpetrator(List<string> words, int at)
    {
        for (var i = at - 1; i >= Math.Max(0, at - 4); i--)
        {
            if (words[i] is "," or ";" or ":" or "." or "who" or "that" or "said" or "and")
            {
                break;
            }

            if (IsUnnamedArmed(words[i]))
            {
                return i;
            }
        }

        // The sentence's subject ("Jihadist fighters stormed a post …, killing six soldiers"): the act named later in
        // the sentence is still theirs.
        for (var i = 0; i < Math.Min(3, at); i++)
        {
            if (IsUnnamedArmed(words[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsUnnamedArmed(string word) => word is "militants" or "gunmen" or "jihadists" or "insurgents" or "attackers"
        or "assailants" or "extremists" or "terrorists" or "fighters" or "bandits" or "rebels";

    private static bool PossessiveSubject(List<string> words, int at)
    {
        for (var i = 0; i + 1 < at; i++)
        {
            if (words[i] is "its" or "their" && words[i + 1] is "fighters" or "members" or "militants" or "forces" or "units" or "troops")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last armed group (not a state) named in the two paragraphs before the sentence.</summary>
    private ActorMention? LastArmedGroupBefore(AnnotationContext context, Sentence sentence)
        => context.Actors.LastOrDefault(a => a.ActorId is not null && a.Span.End <= sentence.Span.Start
            && sentence.Paragraph - ParagraphOf(context, a.Span) <= 1 && dictionary.TopLevelOf(a.ActorId).Inter is 2 or 3);

    private static int ParagraphOf(AnnotationContext context, TextSpan span)
    {
        for (var p = 0; p < context.Paragraphs.Count; p++)
        {
            if (Inside(span, context.Paragraphs[p]))
            {
                return p;
            }
        }

        return -1;
    }

    /// <summary>A country adjective right before the trigger ("the Iraqi airstrike"): that state's military forces.</summary>
    private static (string Name, TextSpan Span)? DemonymForces(string text, List<Token> tokens, int at)
    {
        if (at == 0 || tokens[at - 1].Kind != TokenKind.Word || !char.IsUpper(text[tokens[at - 1].Start]))
        {
            return null;
        }

        var gazetteer = Sitrep.Language.Places.Gazetteer.Default;
        var found = gazetteer.Find("~" + tokens[at - 1].Of(text));
        if (found.Count == 0)
        {
            return null;
        }

        var code = gazetteer.PlaceAt(found[0]).CountryCode;
        return gazetteer.CountryName(code) is { } name ? ($"Military Forces of {name}", new TextSpan(tokens[at - 1].Start, tokens[at - 1].Length)) : null;
    }

    /// <summary>How many countries the sentence lists side by side after "in" or "across" ("in Iraq and Syria").</summary>
    private static int CoordinatedCountries(string text, List<PlaceMention> places)
    {
        var countries = places.Where(p => p.Place!.FeatureCode == "A.PCLI").OrderBy(p => p.Span.Start).ToList();
        for (var k = 0; k + 1 < countries.Count; k++)
        {
            var lead = text[Math.Max(0, countries[k].Span.Start - 8)..countries[k].Span.Start];
            if (Coordinated(text, countries[k], countries[k + 1]) && countries[k].Place!.CountryCode != countries[k + 1].Place!.CountryCode
                && System.Text.RegularExpressions.Regex.IsMatch(lead, @"\b(in|across)\s+$"))
            {
                return 2;
            }
        }

        return 0;
    }

    private static bool JoinedByAnd(string text, PlaceMention left, PlaceMention right)
        => right.Span.Start >= left.Span.End && right.Span.Start - left.Span.End <= 7
            && text[left.Span.End..right.Span.Start].Trim() is "and" or "&" or ", and";

    /// <summary>
    /// An armed group's attack with no object ("carried out two attacks around Aleppo and Hama"): no civilian is named
    /// anywhere in the sentence and the trigger is followed by a place preposition or nothing.
    /// </summary>
    private bool UntargetedGroupAttack(AnnotationContext context, Sentence sentence, List<string> words, int at, TextSpan trigger)
        => (words[at] is "attacked" || words[at] is "attacks" or "attack" && words.Take(at).Skip(Math.Max(0, at - 7)).Any(w => w is "carried" or "launched" or "conducted" or "staged"))
            && !words.Any(w => CivilianVictimWords.Contains(w))
            && (at + 1 >= words.Count || words[at + 1] is "around" or "in" or "near" or "across" or "throughout" or ".")
            && context.Actors.Any(a => a.ActorId is not null && Inside(a.Span, sentence.Span) && a.Span.End <= trigger.Start
                && dictionary.TopLevelOf(a.ActorId).Inter is 2 or 3);

    /// <summary>
    /// ACLED codes one event per day: "attacked pastoralists over 24-26 June, 21 killed" becomes three events, 24,
    /// 25 and 26 June, the toll shared out evenly (the remainder to the first day).
    /// </summary>
    private static IEnumerable<CodedEvent> SplitByDay(IEnumerable<CodedEvent> events, DateOnly first, DateOnly last)
    {
        var days = last.DayNumber - first.DayNumber + 1;
        foreach (var e in events)
        {
            var share = e.Fatalities / days;
            var remainder = e.Fatalities - (share * days);
            for (var k = 0; k < days; k++)
            {
                yield return Renoted(e with { EventDate = first.AddDays(k), TimePrecision = 1, Fatalities = share + (k == 0 ? remainder : 0) });
            }
        }
    }

    private static bool Coordinated(string text, PlaceMention left, PlaceMention right)
    {
        if (right.Span.Start < left.Span.End || right.Span.Start - left.Span.End > 8)
        {
            return false;
        }

        var between = text[left.Span.End..right.Span.Start].Trim();
        return between is "," or "and" or ", and" or "or" or "&";
    }

    /// <summary>
    /// A follow-up sentence about the same event ("Clashes broke out near X. Five fighters were killed."): same
    /// paragraph, no other place, no other day. ACLED merges repeats within an article.
    /// </summary>
    private static bool SameEvent(AnnotationContext context, CodedEvent previous, CodedEvent next, Sentence sentence, bool ownPlace, int previousParagraph)
    {
        // Only a place named in the follow-up itself can make it another event; one carried over from earlier
        // sentences is no evidence.

        // A paragraph that only adds to the report above ("… were killed in the clashes."), with no place or day of its
        // own, continues it.
        var continues = previousParagraph == sentence.Paragraph - 1 && !ownPlace && !next.Evidence.ContainsKey("event_date")
            && PointsBack(context.Text, sentence.Span);
        return (previousParagraph == sentence.Paragraph || continues) && previous.Sentence != next.Sentence
            && (!ownPlace || next.Location is null || previous.Location is null || next.Location.GeoNameId == previous.Location.GeoNameId)
            && (next.EventDate is null || previous.EventDate is null || next.EventDate == previous.EventDate || next.TimePrecision == 3
                || !previous.Evidence.ContainsKey("event_date")
                || !(next.Evidence.TryGetValue("event_date", out var dateSpan) && Inside(dateSpan, sentence.Span)))
            && (next.Actor1 is null || previous.Actor1 is null || next.Actor1 == previous.Actor1 || next.Actor1 == previous.Actor2
                || next.Actor1.StartsWith("Unidentified", StringComparison.Ordinal) || PointsBack(context.Text, sentence.Span));
    }

    private static readonly string[] EventNouns =
    [
        "attack", "attacks", "clash", "clashes", "raid", "fighting", "explosion", "blast", "strike", "strikes", "ambush",
        "encounter", "incident", "battle", "bombing", "assault", "shooting", "violence", "operation", "offensive",
    ];

    /// <summary>
    /// The sentence names the event already reported ("killed in the attack", "during the clash"): whoever it adds as
    /// the perpetrator, it is the same event.
    /// </summary>
    private static bool PointsBack(string text, TextSpan sentence)
    {
        var words = Tokenizer.Tokenize(sentence.Slice(text)).Where(t => t.Kind == TokenKind.Word).Select(t => t.Of(sentence.Slice(text)).ToLowerInvariant()).ToList();
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i - 1] is "the" or "this" or "that" && EventNouns.Contains(words[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first report's type and wording, completed by the follow-up: the larger toll, missing actors and place.</summary>
    private static CodedEvent Merge(CodedEvent first, CodedEvent next)
    {
        var evidence = new Dictionary<string, TextSpan>(first.Evidence, StringComparer.Ordinal);
        foreach (var (field, span) in next.Evidence)
        {
            evidence.TryAdd(field, span);
        }

        if (next.Fatalities > first.Fatalities && next.Evidence.TryGetValue("fatalities", out var toll))
        {
            evidence["fatalities"] = toll;
        }

        // An attack the follow-up calls clashes or fighting ("… attacked pastoralists. 21 killed from both sides in
        // the clashes", "a convoy came under attack. Three soldiers killed") was fought: a battle.
        if (first.SubEventType == "Attack" && next.SubEventType == "Armed clash")
        {
            evidence["sub_event_type"] = next.Trigger;
            first = first with
            {
                EventType = EventTaxonomy.Battles,
                SubEventType = "Armed clash",
                DisorderType = EventTaxonomy.DisorderOf(EventTaxonomy.Battles),
                CivilianTargeting = false,
            };

            // A battle is fought with armed men: the civilians the attack was first read as hitting give way to the side
            // the follow-up names ("five SDF fighters died in the fighting").
            var side = new[] { (next.Actor1, next.Inter1), (next.Actor2, next.Inter2) }
                .FirstOrDefault(a => a.Item1 is not null && a.Item2 is >= 1 and <= 4 && a.Item1 != first.Actor1);
            if (first.Inter2 == 7 && side.Item1 is not null)
            {
                first = first with { Actor2 = side.Item1, Inter2 = side.Item2 };
                evidence.Remove("actor2");
                if (next.Evidence.TryGetValue(side.Item1 == next.Actor1 ? "actor1" : "actor2", out var sideSpan))
                {
                    evidence["actor2"] = sideSpan;
                }
            }
        }

        // The other side, when the first report named none: the follow-up's named actor that is not the first's actor1
        // ("… attacked a checkpoint. Five SDF fighters died in the fighting.").
        var (otherSide, otherInter) = next.Actor1 is { } n1 && n1 != first.Actor1 && !n1.StartsWith("Unidentified", StringComparison.Ordinal) && next.Inter1 != 7
            && first.EventType == EventTaxonomy.Battles ? (n1, next.Inter1) : (next.Actor2, next.Inter2);
        if (first.Actor2 is null && otherSide is not null && otherSide != first.Actor1
            && next.Evidence.TryGetValue(otherSide == next.Actor1 ? "actor1" : "actor2", out var otherSpan))
        {
            evidence["actor2"] = otherSpan;
        }

        var inter2 = first.Actor2 is null ? (otherSide == first.Actor1 ? 0 : otherInter) : first.Inter2;
        // A first report without a stated date takes the follow-up's ("5 killed, 8 wounded on June 20").
        var dated = !first.Evidence.ContainsKey("event_date") && next.Evidence.ContainsKey("event_date");
        var merged = first with
        {
            EventDate = dated ? next.EventDate : first.EventDate,
            TimePrecision = dated ? next.TimePrecision : first.TimePrecision,
            Fatalities = Math.Max(first.Fatalities, next.Fatalities),
            Actor2 = first.Actor2 ?? (otherSide == first.Actor1 ? null : otherSide),
            Inter2 = inter2,
            Interaction = first.Actor1 is null ? 0 : inter2 == 0 ? first.Inter1 * 10 : (Math.Min(first.Inter1, inter2) * 10) + Math.Max(first.Inter1, inter2),
            Location = first.Location ?? next.Location,
            GeoPrecision = first.Location is null ? next.GeoPrecision : first.GeoPrecision,
            Hedged = first.Hedged || next.Hedged,
            Evidence = evidence,
        };
        return Renoted(merged);
    }

    /// <summary>The summary rewritten from the event's final fields, after a follow-up completed them.</summary>
    private static CodedEvent Renoted(CodedEvent e)
        => e with { Notes = Notes(e.EventDate, e.Evidence.ContainsKey("event_date"), e.SubEventType, e.Actor1, e.Actor2, e.Location?.Name, e.Fatalities) };

    private static bool Matches(List<string> words, int at, string[] trigger)
    {
        for (var k = 0; k < trigger.Length; k++)
        {
            if (words[at + k] != trigger[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The act's object is a named armed group ("Kenyan forces kill four members of al Shabaab"): a battle, unless
    /// civilians are named after the act too.
    /// </summary>
    private bool ArmedGroupTargeted(AnnotationContext context, Sentence sentence, TextSpan trigger, List<string> words, int at)
        => !words.Skip(at).Any(w => CivilianVictimWords.Contains(w))
            && context.Actors.Any(a => a.ActorId is not null && Inside(a.Span, sentence.Span) && a.Span.Start >= trigger.End
                && dictionary.TopLevelOf(a.ActorId).Inter is >= 1 and <= 3)
            && context.Actors.Any(a => a.ActorId is not null && Inside(a.Span, sentence.Span) && a.Span.End <= trigger.Start
                && dictionary.TopLevelOf(a.ActorId).Inter is >= 1 and <= 3)
            || words.Take(at).Any(w => w is "forces" or "troops" or "soldiers" or "army" or "military")
                && context.Actors.Any(a => a.ActorId is not null && Inside(a.Span, sentence.Span) && a.Span.Start >= trigger.End
                    && dictionary.TopLevelOf(a.ActorId).Inter is 2 or 3)
                && !words.Skip(at).Any(w => CivilianVictimWords.Contains(w));

    /// <summary>
    /// Armed men are the victims: a soldier, police officer or fighter is named and no civilian, or the armed are named
    /// after the act ("gunmen attacked a convoy") while civilians are not its object.
    /// </summary>
    private static bool ArmedVictims(List<string> words, int trigger)
    {
        var armedAfter = words.Skip(trigger).Any(w => ArmedVictimWords.Contains(w));
        var armedBefore = words.Take(trigger).Any(w => ArmedVictimWords.Contains(w));
        var civiliansAfter = words.Skip(trigger).Any(w => CivilianVictimWords.Contains(w));
        var civiliansBefore = words.Take(trigger).Any(w => CivilianVictimWords.Contains(w));
        if (civiliansAfter)
        {
            return false;
        }

        // "Two soldiers were killed", "a soldier is killed": the armed men are the passive subject.
        return armedAfter || armedBefore && !civiliansBefore && words.Skip(trigger).Take(2).Any(w => w is "by" or "in" or "when" or "and" or "during" or "while" or "after")
            || armedBefore && trigger > 0 && words[trigger - 1] is "were" or "was" or "is" or "are" or "been";
    }

    private static bool ForceAgainstProtesters(List<string> words)
    {
        var force = words.Any(w => w is "police" or "soldiers" or "troops" or "security" or "forces" or "army" or "policemen" or "gendarmes");
        var violence = words.Any(w => w is "killing" or "killed" or "shot" or "fired" or "fire" or "beat" or "beaten" or "attacked" or "wounding" or "injuring" or "live");
        return force && violence;
    }

    private static bool Inside(TextSpan span, TextSpan outer) => span.Start >= outer.Start && span.End <= outer.End;

    private static bool SameParagraph(AnnotationContext context, TextSpan span, Sentence sentence)
        => sentence.Paragraph < context.Paragraphs.Count && Inside(span, context.Paragraphs[sentence.Paragraph]);

    private static bool MentionsCivilians(List<string> words)
        => words.Any(w => w is "civilians" or "civilian" or "residents" or "villagers" or "children" or "women" or "people" or "worshippers");

    private static string? GenericForces(List<string> words)
    {
        if (words.Any(w => w is "police" or "policemen" or "policeman" or "gendarmes" or "gendarmerie"))
        {
            return "Police Forces";
        }

        return words.Any(w => w is "soldiers" or "soldier" or "troops" or "army" or "military" or "servicemen")
            || words.Contains("security") && words.Contains("forces") ? "Military Forces" : null;
    }

    private static Place? CountryPlace(string country, string? countryName)
    {
        var gazetteer = Sitrep.Language.Places.Gazetteer.Default;
        return countryName is null ? null : gazetteer.Find(countryName).Select(gazetteer.PlaceAt)
            .FirstOrDefault(p => p.FeatureCode == "A.PCLI" && p.CountryCode == country);
    }

    /// <summary>The country an adjective in the text names ("Ethiopian", "Malian"), with the adjective's span.</summary>
    private static (string Country, TextSpan Span)? DemonymCountry(string text, List<Token> tokens)
    {
        var gazetteer = Sitrep.Language.Places.Gazetteer.Default;
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word || !char.IsUpper(text[token.Start]))
            {
                continue;
            }

            var places = gazetteer.Find("~" + token.Of(text));
            if (places.Count > 0)
            {
                return (gazetteer.PlaceAt(places[0]).CountryCode, new TextSpan(token.Start, token.Length));
            }
        }

        return null;
    }

    private static string Category(string role, string? country) => country is null ? role : $"{role} ({country})";

    /// <summary>Categories named without a country ("Civilians") take the event's country, as ACLED names them.</summary>
    private static string? WithCountry(string? actor, string? country)
        => actor is "Civilians" or "Protesters" or "Rioters" or "Unidentified Armed Group" ? Category(actor, country) : actor;

    /// <summary>
    /// The death toll a sentence reports, by ACLED's conventions, and the span it rests on: the most conservative
    /// figure of each count of dead (injuries never count), else a death reported without a figure.
    /// </summary>
    private static (int Count, TextSpan Span)? DeathToll(string text, List<Token> tokens, List<string> words, IReadOnlyList<QuantityMention> quantities, TextSpan sentence)
    {
        var inSentence = quantities.Where(q => Inside(q.Span, sentence)).ToList();
        var isToll = inSentence.Select(q => IsDeathToll(text, q, sentence)).ToArray();

        // A list of counts before one death word: "Two police officers, one civil servant and one local resident were
        // killed" counts all three.
        for (var k = inSentence.Count - 2; k >= 0; k--)
        {
            if (!isToll[k] && isToll[k + 1] && ListContinues(text[inSentence[k].Span.End..inSentence[k + 1].Span.Start]))
            {
                isToll[k] = true;
            }
        }

        var toll = inSentence.Where((_, k) => isToll[k]).ToList();
        var counted = toll.Sum(q => AcledCounts.ConservativeFigure(q) ?? 0);
        if (counted > 0)
        {
            return (counted, toll[0].Span);
        }

        return UncountedDeaths(text, tokens, words);
    }

    /// <summary>
    /// "A protest against stabbing attacks that had killed nine people": the dead belong to the attacks the clause
    /// describes, not to the protest.
    /// </summary>
    private static bool InRelativeClause(string text, TextSpan sentence, TextSpan toll)
    {
        var start = Math.Max(sentence.Start, toll.Start - 30);
        var before = text[start..toll.End].ToLowerInvariant();
        return System.Text.RegularExpressions.Regex.IsMatch(before, @"\b(that|which|who)\s+(had\s+|have\s+)?(reportedly\s+)?(killed|left)\b");
    }

    // Between two members of a list: a few words of the first member's noun, then a comma or "and".
    private static bool ListContinues(string between)
        => between.Length <= 40 && System.Text.RegularExpressions.Regex.IsMatch(between, @"^[\w\s'-]*?(,\s*(and\s+)?|\s+and\s+)$");

    private static readonly string[] Auxiliaries = ["was", "were", "is", "are", "been", "being", "be", "reportedly", "reported"];

    private static readonly string[] NotAnObject =
    [
        "in", "on", "at", "by", "when", "and", "after", "during", "while", "near", "as", "since", "from", "following", "overnight",
        "yesterday", "today", "last", "this", "early", "late", "including", "among", "but", "with", "then",
    ];

    /// <summary>
    /// A count of dead: a figure with a death word close after it ("12 people were killed", "two fighters dead") or
    /// right before it ("killing 12", "kill four members"). A figure before an active "killed" with an object counts
    /// the killers ("Two armed men on motorcycles killed two gendarmes").
    /// </summary>
    private static bool IsDeathToll(string text, QuantityMention quantity, TextSpan sentence)
    {
        var afterEnd = Math.Min(sentence.End, quantity.Span.End + 80);
        var after = text[quantity.Span.End..afterEnd].ToLowerInvariant();
        var beforeStart = Math.Max(sentence.Start, quantity.Span.Start - 16);
        var before = text[beforeStart..quantity.Span.Start].ToLowerInvariant().TrimEnd();
        var unit = quantity.Unit ?? string.Empty;
        var next = FirstWords(after, 9);
        var rest = after.TrimStart();
        if (unit is "wounded" or "injured" || rest.StartsWith("wounded", StringComparison.Ordinal) || rest.StartsWith("injured", StringComparison.Ordinal) || rest.StartsWith("hurt", StringComparison.Ordinal))
        {
            return false;
        }

        // "Four killed, including one soldier": the figure after "including" is part of the toll already counted.
        if (before.EndsWith("including", StringComparison.Ordinal) || before.EndsWith("among them", StringComparison.Ordinal) || before.EndsWith("of whom", StringComparison.Ordinal))
        {
            return false;
        }

        if (before.EndsWith("killing", StringComparison.Ordinal) || before.EndsWith("killed", StringComparison.Ordinal)
            || before.EndsWith(" kill", StringComparison.Ordinal) || before.EndsWith(" kills", StringComparison.Ordinal) || before == "kill" || before == "kills"
            || unit is "dead" or "bodies" or "deaths" or "fatalities")
        {
            return true;
        }

        var death = Array.FindIndex(next, w => DeathWords.Contains(w) || w is "kill");

        // Close after the figure, or further when a passive auxiliary leads to it ("Five Kenyan policemen escorting a
        // bus have been killed").
        if (death < 0 || death > 5 && !(death <= 8 && Auxiliaries.Contains(next[death - 1])))
        {
            return false;
        }

        // Injured first ("three injured and two killed"): this figure counts the injured.
        if (next.Take(death).Any(w => w is "wounded" or "injured"))
        {
            return false;
        }

        // "Two armed men … killed two gendarmes" counts the killers; "3 killed, 2 wounded" and "four killed in" do not.
        var deathAt = after.IndexOf(next[death], StringComparison.Ordinal);
        var punctuated = deathAt >= 0 && deathAt + next[death].Length < after.Length && after[deathAt + next[death].Length] is ',' or '.' or ';' or ':' or ')';
        var active = next[death] is "killed" or "kill" or "executed" or "murdered" && !punctuated && !next.Take(death).Any(w => Auxiliaries.Contains(w))
            && death + 1 < next.Length && !NotAnObject.Contains(next[death + 1]);
        return !active;
    }

    /// <summary>How many singular victims are listed right before the death word ("a soldier and a militiaman",
    /// "a widow, a farmer and a trader"), up to a few words each.</summary>
    private static int VictimList(List<string> words, int death)
    {
        var count = 0;
        var k = death - 1;
        while (k >= 0)
        {
            // One member: a determiner then one to three words.
            var end = k;
            while (k >= 0 && end - k < 3 && !VictimDeterminers.Contains(words[k]) && words[k] is not ("and" or ","))
            {
                k--;
            }

            if (k < 0 || !VictimDeterminers.Contains(words[k]) || k == end)
            {
                break;
            }

            count++;
            k--;
            if (k >= 0 && words[k] is "and" or ",")
            {
                k--;
                continue;
            }

            break;
        }

        return count;
    }

    private static bool Contains(List<string> words, params string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= words.Count; i++)
        {
            if (Matches(words, i, phrase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] VictimDeterminers = ["a", "an", "one", "the", "another", "former", "his", "her", "their", "its"];

    private static readonly string[] KillVerbs =
    [
        "killed", "kill", "kills", "killing", "assassinated", "assassinate", "assassinates", "executed", "execute", "executes",
        "murdered", "murder", "murders", "beheaded", "behead", "lynched", "lynch",
    ];

    private static readonly string[] PluralVictims =
    [
        "people", "men", "women", "children", "civilians", "militants", "fighters", "soldiers", "villagers", "residents",
        "policemen", "officers", "troops", "insurgents", "rebels", "herders", "farmers", "worshippers", "passengers", "students",
    ];

    /// <summary>
    /// A death reported without a figure, and the figure ACLED would code for it: one victim ("gunned down a priest",
    /// "shoot the driver dead", "A conscript was shot dead") is 1; "several", "many", an unknown number, casualties
    /// without a number, or victims named only in the plural ("killed militants and civilians") take ACLED's
    /// convention for an unknown toll, 10.
    /// </summary>
    private static (int Count, TextSpan Span)? UncountedDeaths(string text, List<Token> tokens, List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var casualties = w is "casualties" or "causalities";
            var verb = KillVerbs.Contains(w) || w is "died" or "dead" || casualties
                || w == "death" && (i > 0 && words[i - 1] == "to" || i + 1 < words.Count && words[i + 1] == "of")
                || w == "down" && i > 0 && words[i - 1] == "gunned";
            if (!verb || words.Skip(Math.Max(0, i - 3)).Take(Math.Min(3, i)).Any(x => x is "no" or "not" or "without" or "zero"))
            {
                continue;
            }

            var span = new TextSpan(tokens[i].Start, tokens[i].Length);
            var around = words.Skip(Math.Max(0, i - 3)).Take(Math.Min(3, i) + (casualties ? 7 : 4)).ToList();
            // The clause before the death word, in words (brackets and hyphens do not count towards its length).
            var clause = words.Take(i).Where((_, k) => tokens[k].Kind == TokenKind.Word).TakeLast(12).ToList();
            // Casualties "not known" or "of unknown number" may be none at all, or only wounded: nothing is counted.
            var unknown = around.Contains("unknown") || around.Contains("known") && around.Contains("not") || around.Contains("unclear");
            if (casualties && (unknown && !around.Contains("reported") || !around.Any(x => x is "reported" or "heavy" or "several" or "many" or "numerous" or "caused" or "causing" or "suffered")))
            {
                continue;
            }

            if (around.Any(x => x is "several" or "many" or "scores" or "numerous" or "multiple")
                || clause.Any(x => x is "several" or "many" or "numerous") && w is "killed" or "dead"
                || Contains(clause, "a", "number", "of")
                || KillVerbs.Contains(w) && i + 1 < words.Count && words[i + 1] is "all" or "dozens"
                || around.Contains("number") && around.Any(x => x is "unknown" or "unspecified" or "undisclosed" or "unconfirmed")
                || around.Contains("numbers") && around.Any(x => x is "known" or "unknown")
                || casualties)
            {
                return (10, span);
            }

            if (i > 0 && words[i - 1] is "one" && w is "killed" or "dead" or "died")
            {
                return (1, span);
            }

            // Victims listed one by one before the death word: "a soldier and a militiaman killed" is 2.
            if (w is "killed" or "dead" && VictimList(words, i) is > 1 and var listed)
            {
                return (listed, span);
            }

            // Sentence words after the verb, punctuation and quotes skipped.
            var after = new List<(string Word, Token Token)>();
            for (var k = i + 1; k < words.Count && after.Count < 4; k++)
            {
                if (tokens[k].Kind == TokenKind.Word)
                {
                    after.Add((words[k], tokens[k]));
                }
            }

            var before = words.Take(i).Where((_, k) => tokens[k].Kind == TokenKind.Word).ToList();

            // One victim after the verb: "killed a priest", "kill PF member", "stabbed to death a police colonel",
            // "gunned down a priest", "shot dead a student".
            var killing = KillVerbs.Contains(w) || w is "death" or "down" || w is "dead" && i > 0 && words[i - 1] is "shot";

            // "the death of an activist": one victim.
            if (w is "death" && after.Count >= 3 && after[0].Word == "of" && after[1].Word is "a" or "an" && !after[2].Word.EndsWith('s'))
            {
                return (1, span);
            }

            if (after.Count >= 2 && (VictimDeterminers.Contains(after[0].Word) || char.IsUpper(after[0].Token.Of(text)[0]) && after[0].Token.Of(text).All(c => char.IsUpper(c) || c == '-'))
                && !after[1].Word.EndsWith('s') && !PluralVictims.Contains(after[1].Word) && killing)
            {
                return (1, span);
            }

            if (w is "dead" && before.Count >= 2 && VictimDeterminers.Contains(before[^2]) && !before[^1].EndsWith('s'))
            {
                return (1, span);
            }

            // One victim as the subject: "A woman … later died", "A conscript was shot dead", "soldier was killed".
            var passiveSingular = before.Skip(Math.Max(0, before.Count - 4)).Contains("was") && !before.Contains("were");
            if (w is "killed" or "dead" or "died" or "death" or "executed" or "murdered" or "assassinated" or "beheaded" or "lynched"
                && (passiveSingular || before.Count > 0 && before[0] is "a" or "an" or "one" && !before.Contains("were") || i <= 1))
            {
                return (1, span);
            }

            // Victims named only in the plural: "The strikes killed militants and civilians", "civilians were killed".
            if (KillVerbs.Contains(w) && after.Count > 0 && PluralVictims.Contains(after[0].Word)
                || w is "killed" or "dead" && before.Count >= 2 && PluralVictims.Contains(before[^1]) || before.Count >= 2 && before[^1] is "were" && PluralVictims.Contains(before[^2]))
            {
                return (10, span);
            }
        }

        return null;
    }

    private static string[] FirstWords(string text, int count)
        => Tokenizer.Tokenize(text).Where(t => t.Kind == TokenKind.Word).Take(count).Select(t => t.Of(text)).ToArray();

    /// <summary>An ACLED-style summary: "On 22 November 2018, Islamic State (ISIS) clashed with …".</summary>
    private static string Notes(DateOnly? date, bool dated, string subType, string? actor1, string? actor2, string? place, int fatalities)
    {
        var when = date is { } d ? (dated ? "On " : "Around ") + d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) + ", " : string.Empty;
        var who = actor1 ?? "unidentified actors";
        var what = subType.ToLowerInvariant();
        var against = actor2 is null ? string.Empty : $" involving {actor2}";
        var where = place is null ? string.Empty : $" in {place}";
        var dead = fatalities > 0 ? $" {fatalities} reported killed." : string.Empty;
        return $"{when}{who}: {what}{against}{where}.{dead}".Trim();
    }
}
