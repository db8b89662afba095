using System.Globalization;

namespace Sitrep.Coding.Events;

/// <summary>
/// Joins events to the claims that report them. An event stated inside a claim's content ("SANA reported that …",
/// "… according to pro-Kurdish sources") is credited to that claim's source and inherits its hedge; a death toll that
/// one of the event's own sides claims ("HTS claimed it had killed seven soldiers") is coded 0, as ACLED codes it,
/// and the claim stays in the claims list. A side confirming a toll without a hedge is still a report of it.
/// </summary>
public static class EventAttribution
{
    /// <summary>The events with their reporting source, hedges and one-sided tolls settled.</summary>
    /// <param name="events">The events coded from the article.</param>
    /// <param name="claims">The claims extracted from the same article.</param>
    public static IReadOnlyList<CodedEvent> Attribute(IReadOnlyList<CodedEvent> events, IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(claims);
        if (events.Count == 0 || claims.Count == 0)
        {
            return events;
        }

        var result = new List<CodedEvent>(events.Count);
        foreach (var e in events)
        {
            var coded = e;
            if (Reporting(e, claims) is { } claim)
            {
                var evidence = new Dictionary<string, TextSpan>(coded.Evidence, StringComparer.Ordinal)
                {
                    ["reported_by"] = claim.Source ?? claim.Cue,
                };
                coded = coded with
                {
                    ReportedBy = claim.SourceActor ?? claim.SourceText ?? coded.ReportedBy,
                    Hedged = coded.Hedged || claim.Hedged,
                    Evidence = evidence,
                };
            }

            if (coded.Fatalities > 0 && coded.Evidence.TryGetValue("fatalities", out var toll)
                && claims.FirstOrDefault(c => c.Hedged && Inside(toll, c.Content) && IsParty(c, coded)) is { } partisan)
            {
                // "HTS claimed that it had killed seven Russian troops": a side's own count of the dead is its claim,
                // not a reported toll.
                var evidence = new Dictionary<string, TextSpan>(coded.Evidence, StringComparer.Ordinal) { ["fatalities_claimed"] = toll };
                evidence.Remove("fatalities");
                var claimedBy = partisan.SourceActor ?? partisan.SourceText;
                var notes = coded.Notes.Replace(
                    string.Create(CultureInfo.InvariantCulture, $" {coded.Fatalities} reported killed."), string.Empty, StringComparison.Ordinal);
                coded = coded with
                {
                    Fatalities = 0,
                    Evidence = evidence,
                    Notes = notes + string.Create(CultureInfo.InvariantCulture, $" {claimedBy} claims {coded.Fatalities} killed; coded 0 as a one-sided claim."),
                };
            }

            result.Add(coded);
        }

        return result;
    }

    /// <summary>The claim whose content states the event: its trigger inside the content, or a cue in the event's
    /// sentence whose content covers the trigger's clause.</summary>
    private static Claim? Reporting(CodedEvent e, IReadOnlyList<Claim> claims)
        => claims.FirstOrDefault(c => Inside(e.Trigger, c.Content) && Credible(c));

    private static readonly string[] Prepositions = ["during", "in", "on", "at", "after", "before", "with", "for", "from", "of", "by", "to"];

    /// <summary>A source worth naming as the event's reporter: a resolved actor, or a short person or organisation
    /// phrase ("pro-Kurdish sources", "a new report"), not a pronoun or a misread clause.</summary>
    private static bool Credible(Claim claim)
    {
        if (claim.SourceActor is not null)
        {
            return true;
        }

        if (claim.SourceText is not { } text || claim.SourceKind is not (ClaimSourceKind.Person or ClaimSourceKind.Organisation))
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 5 && !Prepositions.Contains(words[0].ToLowerInvariant());
    }

    /// <summary>Whether the claim's source is one of the event's two sides.</summary>
    private static bool IsParty(Claim claim, CodedEvent e)
    {
        var source = Name(claim.SourceActor ?? claim.SourceText);
        if (source is null)
        {
            return false;
        }

        return string.Equals(source, Name(e.Actor1), StringComparison.OrdinalIgnoreCase)
            || string.Equals(source, Name(e.Actor2), StringComparison.OrdinalIgnoreCase);
    }

    // "Military Forces of Syria (2000-)" and "Military Forces of Syria" are the same side.
    private static string? Name(string? actor)
    {
        if (string.IsNullOrWhiteSpace(actor))
        {
            return null;
        }

        var paren = actor.IndexOf(" (", StringComparison.Ordinal);
        return (paren > 0 ? actor[..paren] : actor).Trim();
    }

    private static bool Inside(TextSpan inner, TextSpan outer) => inner.Start >= outer.Start && inner.End <= outer.End;
}
