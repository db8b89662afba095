namespace Sitrep.Linking.Events;

/// <summary>One article's report of an event: the coded event and where it came from.</summary>
/// <param name="DocumentId">The reporting article.</param>
/// <param name="EventIndex">The event's position among the article's coded events.</param>
/// <param name="Outlet">The article's outlet, when known.</param>
/// <param name="DuplicateGroup">The article's near-duplicate group (copies of one text share it).</param>
/// <param name="Published">The article's publication date, when known.</param>
/// <param name="Event">The coded event, its spans in the article's body.</param>
public sealed record EventReport(long DocumentId, int EventIndex, string? Outlet, long DuplicateGroup, DateOnly? Published, CodedEvent Event);

/// <summary>The fields of an event reported by several articles, chosen by ACLED's rules from its reports.</summary>
/// <param name="EventType">The type most reports give (the first report's on a tie).</param>
/// <param name="SubEventType">The sub-type of the chosen type most reports give.</param>
/// <param name="EventDate">The date of the report with the most precise date.</param>
/// <param name="TimePrecision">That report's time precision.</param>
/// <param name="Actor1">Actor 1 of the report that names the most actors.</param>
/// <param name="Actor2">Actor 2 of that report.</param>
/// <param name="Location">The most precise location reported.</param>
/// <param name="GeoPrecision">Its geo precision.</param>
/// <param name="Fatalities">The most conservative (lowest) toll among the reports that give one; 0 when none does.</param>
/// <param name="Corroboration">Independent sources: copies of one text count once, and so do articles of one outlet.</param>
public sealed record LinkedEventFields(
    string EventType,
    string SubEventType,
    DateOnly? EventDate,
    int? TimePrecision,
    string? Actor1,
    string? Actor2,
    Place? Location,
    int? GeoPrecision,
    int Fatalities,
    int Corroboration);

/// <summary>
/// Decides when events coded from different articles are the same event, and what the linked event's fields are.
/// Compatible means: the same type family, dates within a day (wider when a report knows only the week or month),
/// places within 25 km (or one report knows only the country the other's place is in), and actors that do not
/// exclude each other.
/// </summary>
public static class EventCoreference
{
    /// <summary>How far apart two located reports of one event may be placed.</summary>
    public const double MaxDistanceKm = 25;

    /// <summary>Days either side of a report's date within which another report may fall, by ACLED time precision.</summary>
    public static int DateSlackDays(int? timePrecision) => timePrecision switch
    {
        null or 1 => 1,
        2 => 7,
        3 => 31,
        _ => 3, // only the report's date is known: the event happened shortly before it
    };

    /// <summary>The family an event type belongs to: outlets describe one act of violence as a clash, an attack
    /// or a strike, and one crowd as a protest or a riot, so those are compared with each other.</summary>
    public static string Family(CodedEvent coded)
    {
        ArgumentNullException.ThrowIfNull(coded);
        return coded.EventType switch
        {
            "Battles" or "Explosions/Remote violence" or "Violence against civilians" => "political violence",
            "Protests" or "Riots" => "demonstrations",
            // Strategic developments are too unlike each other (an arrest, a truce, a looting) to share a family.
            _ => coded.EventType + "/" + coded.SubEventType,
        };
    }

    /// <summary>Whether two reports can be of the same event.</summary>
    public static bool Compatible(CodedEvent a, CodedEvent b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Family(a) == Family(b) && DatesAgree(a, b) && PlacesAgree(a, b) && ActorsAgree(a, b);
    }

    /// <summary>How well two compatible reports agree, higher is closer: used to pick among several candidates.</summary>
    public static double Affinity(CodedEvent a, CodedEvent b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var score = 0.0;
        score += a.EventType == b.EventType ? 2 : 0;
        score += a.SubEventType == b.SubEventType ? 1 : 0;
        score += a.EventDate == b.EventDate ? 1 : 0;
        if (a.Location is { } x && b.Location is { } y)
        {
            score += x.GeoNameId == y.GeoNameId ? 2 : 1 - (Geo.DistanceKm(x, y) / MaxDistanceKm);
        }

        score += Actors(a).Intersect(Actors(b), StringComparer.OrdinalIgnoreCase).Count();
        return score;
    }

    /// <summary>Whether the dates allow one event: within a day, or within the looser report's precision.</summary>
    public static bool DatesAgree(CodedEvent a, CodedEvent b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.EventDate is not { } x || b.EventDate is not { } y)
        {
            return false; // an undated report cannot be placed on anyone's timeline
        }

        var slack = Math.Max(DateSlackDays(a.TimePrecision), DateSlackDays(b.TimePrecision));
        return Math.Abs(x.DayNumber - y.DayNumber) <= slack;
    }

    /// <summary>Whether the places allow one event: within 25 km, the same named place, or a country-level report
    /// in the other's country.</summary>
    public static bool PlacesAgree(CodedEvent a, CodedEvent b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Location is not { } x || b.Location is not { } y)
        {
            return false;
        }

        if (x.GeoNameId == y.GeoNameId || Geo.DistanceKm(x, y) <= MaxDistanceKm)
        {
            return true;
        }

        // A report that knows only the province or the country is compatible with a precise one inside it.
        var coarse = a.GeoPrecision >= 3 || b.GeoPrecision >= 3 || IsArea(x) || IsArea(y);
        return coarse && x.CountryCode == y.CountryCode
            && (IsCountry(x) || IsCountry(y) || (x.Admin1 is not null && string.Equals(x.Admin1, y.Admin1, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Whether the actors allow one event: reports often name one side only or disagree on who struck, so
    /// only two fully named, wholly different pairs exclude each other.</summary>
    public static bool ActorsAgree(CodedEvent a, CodedEvent b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var x = Actors(a).Where(IsIdentified).ToList();
        var y = Actors(b).Where(IsIdentified).ToList();
        if (x.Count < 2 || y.Count < 2)
        {
            return true;
        }

        return x.Intersect(y, StringComparer.OrdinalIgnoreCase).Any();
    }

    /// <summary>The linked event's fields, chosen from its reports by ACLED's rules.</summary>
    public static LinkedEventFields Merge(IReadOnlyList<EventReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count == 0)
        {
            throw new ArgumentException("A linked event needs at least one report.", nameof(reports));
        }

        var all = reports.ToList();
        var type = all.GroupBy(r => r.Event.EventType).OrderByDescending(g => g.Count()).ThenBy(g => all.IndexOf(g.First())).First().Key;
        var ofType = reports.Where(r => r.Event.EventType == type).ToList();
        var subType = ofType.GroupBy(r => r.Event.SubEventType).OrderByDescending(g => g.Count()).ThenBy(g => ofType.IndexOf(g.First())).First().Key;
        var dated = reports.Where(r => r.Event.EventDate is not null).OrderBy(r => r.Event.TimePrecision ?? 4).ThenBy(r => r.Event.EventDate).FirstOrDefault();
        var located = reports.Where(r => r.Event.Location is not null).OrderBy(r => r.Event.GeoPrecision ?? 3).ThenByDescending(r => r.Event.Location!.Population).FirstOrDefault();
        var named = reports.OrderByDescending(r => (r.Event.Actor1 is null ? 0 : 1) + (r.Event.Actor2 is null ? 0 : 1)).First();
        var tolls = reports.Select(r => r.Event.Fatalities).Where(f => f > 0).ToList();
        return new LinkedEventFields(
            type, subType,
            dated?.Event.EventDate, dated?.Event.TimePrecision,
            named.Event.Actor1, named.Event.Actor2,
            located?.Event.Location, located?.Event.GeoPrecision,
            tolls.Count == 0 ? 0 : tolls.Min(),
            Corroboration(reports));
    }

    /// <summary>Independent sources among the reports: copies of one text are one source, and so are the articles of
    /// one outlet (an outlet repeating itself does not corroborate itself).</summary>
    public static int Corroboration(IEnumerable<EventReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var list = reports.ToList();

        // A copy group is credited to the outlet of its first article; an article without outlet stands for itself.
        var groupOutlet = list.GroupBy(r => r.DuplicateGroup)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.DocumentId).First().Outlet is { Length: > 0 } outlet
                ? "outlet:" + outlet.Trim().ToUpperInvariant()
                : "group:" + g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return groupOutlet.Values.Distinct(StringComparer.Ordinal).Count();
    }

    private static IEnumerable<string> Actors(CodedEvent e)
    {
        if (e.Actor1 is { Length: > 0 } a1)
        {
            yield return a1;
        }

        if (e.Actor2 is { Length: > 0 } a2)
        {
            yield return a2;
        }
    }

    private static bool IsIdentified(string actor) => !actor.StartsWith("Unidentified", StringComparison.OrdinalIgnoreCase);

    private static bool IsCountry(Place place) => place.FeatureCode.StartsWith("A.PCL", StringComparison.Ordinal);

    private static bool IsArea(Place place) => place.FeatureCode.StartsWith("A.", StringComparison.Ordinal);
}
