using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sitrep.Linking;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Server.Api;

/// <summary>Filters shared by the event listings (the CLI's <c>sitrep events</c> options), with paging and sorting.</summary>
/// <param name="Country">Only in this country.</param>
/// <param name="Admin1">Only in this first-level division.</param>
/// <param name="Type">Only this event type or sub-event type (ACLED's names).</param>
/// <param name="Actor">Only with this text in actor 1 or 2.</param>
/// <param name="Source">Only events this outlet reports.</param>
/// <param name="From">Only on or after this date.</param>
/// <param name="To">Only on or before this date.</param>
/// <param name="MinSources">Only those reported by at least this many independent sources.</param>
/// <param name="Sort">date (default), fatalities, corroboration, reports, type or location.</param>
/// <param name="Order">desc (default) or asc.</param>
/// <param name="Limit">At most this many (default 100, at most 10000).</param>
/// <param name="Offset">Skip this many first.</param>
internal sealed record EventFilter(string? Country, string? Admin1, string? Type, string? Actor, string? Source, DateOnly? From, DateOnly? To,
    int? MinSources, string? Sort, string? Order, int? Limit, int? Offset);

/// <summary>The JSON API's routes.</summary>
internal static class ApiEndpoints
{
    private const int MaxLimit = 10_000;
    private const int All = 1_000_000;

    private static readonly string[] SortKeys = ["date", "fatalities", "corroboration", "reports", "type", "location"];

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");

        api.MapGet("/articles", (ServerState s, int? limit, int? offset) => Read(s, store =>
        {
            var rows = store.ListArticles(Clamp(limit, 100), Math.Max(0, offset ?? 0)).Select(ArticleRow.Of).ToList();
            return new Page<ArticleRow>(store.Count(), Math.Max(0, offset ?? 0), Clamp(limit, 100), rows);
        })).WithSummary("Stored articles, newest first");

        api.MapGet("/articles/search", Results<Ok<IReadOnlyList<SearchRow>>, ProblemHttpResult> (ServerState s, string q, int? limit) =>
        {
            if (string.IsNullOrWhiteSpace(q))
            {
                return BadRequest("Empty query", "Give a full-text query as ?q= (FTS5 syntax: \"exact phrase\", OR, NOT, prefix*).");
            }

            using var store = s.OpenStore();
            try
            {
                IReadOnlyList<SearchRow> hits = [.. store.Search(q, Clamp(limit, 20)).Select(h => new SearchRow(ArticleRow.Of(h.Summary), h.Snippet, h.Rank))];
                return TypedResults.Ok(hits);
            }
            catch (Microsoft.Data.Sqlite.SqliteException)
            {
                return BadRequest("Query not understood", "The full-text query could not be parsed; quote phrases with \"…\".");
            }
        }).WithSummary("Full-text search over titles and bodies");

        api.MapGet("/articles/{id:long}", Results<Ok<ArticleDetail>, ProblemHttpResult> (ServerState s, long id) =>
        {
            using var store = s.OpenStore();
            return ArticleView.Detail(store, id) is { } detail ? TypedResults.Ok(detail) : NotFound($"No article with id {id}.");
        }).WithSummary("One article: clean body, paragraphs, comments and boilerplate apart, annotation spans, its events and claims");

        api.MapGet("/events", (ServerState s, [AsParameters] EventFilter filter) => Read(s, store =>
        {
            var events = QueryEvents(store, filter);
            var offset = Math.Max(0, filter.Offset ?? 0);
            var limit = Clamp(filter.Limit, 100);
            return new Page<EventRow>(events.Count, offset, limit, [.. events.Skip(offset).Take(limit).Select(EventRow.Of)]);
        })).WithSummary("Linked events (one per real-world event, merged across its reports), filtered, sorted and paged");

        api.MapGet("/events.geojson", (ServerState s, [AsParameters] EventFilter filter) => Read(s, store =>
        {
            var events = QueryEvents(store, filter).Select(EventRow.Of).Where(e => e.Latitude is not null && e.Longitude is not null);
            return new GeoJsonCollection([.. events.Skip(Math.Max(0, filter.Offset ?? 0)).Take(Clamp(filter.Limit, MaxLimit))
                .Select(e => new GeoJsonFeature(e.Id, new GeoJsonPoint([e.Longitude!.Value, e.Latitude!.Value]), e))]);
        })).WithSummary("Located linked events as a GeoJSON FeatureCollection (same filters)");

        api.MapGet("/events/{id:long}", Results<Ok<EventDetail>, ProblemHttpResult> (ServerState s, long id) =>
        {
            using var store = s.OpenStore();
            if (store.GetLinkedEvent(id) is not { } detail)
            {
                return NotFound($"No linked event with id {id}.");
            }

            var disputes = LinkingViews.Disputes(store, detail);
            return TypedResults.Ok(new EventDetail(EventRow.Of(detail.Event), [.. detail.Reports.Select(ReportDto.Of)], disputes.Items, disputes.Note));
        }).WithSummary("One linked event with every report of it (outlet, date, its own figures, evidence spans) and the disputes it is part of");

        api.MapGet("/coded-events", (ServerState s, [AsParameters] EventFilter filter) => Read(s, store =>
        {
            var events = store.ListEvents(new EventQuery(filter.Country, filter.Admin1, filter.Type, filter.Actor, filter.From, filter.To, filter.Source, All));
            var offset = Math.Max(0, filter.Offset ?? 0);
            var limit = Clamp(filter.Limit, 100);
            return new Page<CodedEventRow>(events.Count, offset, limit, [.. events.Skip(offset).Take(limit).Select(e => new CodedEventRow(
                e.DocumentId, e.Index, store.LinkedEventOf(e.DocumentId, e.Index), e.Outlet, e.Event.EventType, e.Event.SubEventType,
                EventRow.Iso(e.Event.EventDate), e.Event.Actor1, e.Event.Actor2, e.Event.Location?.Country, e.Event.Location?.Admin1,
                e.Event.Location?.Name, e.Event.Location?.Latitude, e.Event.Location?.Longitude, e.Event.Fatalities, e.Event.Hedged, e.Event.Notes))]);
        })).WithSummary("Events as each article codes them (before linking), ACLED's fields");

        api.MapGet("/actors", (ServerState s) => Read(s, store =>
        {
            var events = store.ListLinkedEvents(new LinkedEventQuery(Limit: All));
            IReadOnlyList<ActorRow> rows = [.. events
                .SelectMany(e => new[] { e.Fields.Actor1, e.Fields.Actor2 }.Where(a => a is not null).Distinct(StringComparer.Ordinal).Select(a => (Actor: a!, Event: e)))
                .GroupBy(x => x.Actor, StringComparer.Ordinal)
                .Select(g => new ActorRow(g.Key, g.Count(), g.Sum(x => x.Event.Fields.Fatalities)))
                .OrderByDescending(a => a.Events).ThenBy(a => a.Name, StringComparer.Ordinal)];
            return rows;
        })).WithSummary("Actors of the linked events, with how many events and deaths each takes part in");

        api.MapGet("/places", (ServerState s) => Read(s, store =>
        {
            var events = store.ListLinkedEvents(new LinkedEventQuery(Limit: All));
            IReadOnlyList<PlaceRow> rows = [.. events.Where(e => e.Fields.Location is not null)
                .GroupBy(e => e.Fields.Location!.GeoNameId)
                .Select(g => (Place: g.First().Fields.Location!, Events: g.Count(), Deaths: g.Sum(e => e.Fields.Fatalities)))
                .Select(x => new PlaceRow(x.Place.Name, x.Place.Admin1, x.Place.Country, x.Place.Latitude, x.Place.Longitude, x.Events, x.Deaths))
                .OrderByDescending(p => p.Events).ThenBy(p => p.Name, StringComparer.Ordinal)];
            return rows;
        })).WithSummary("Places of the linked events, with how many events each saw");

        api.MapGet("/claims", (ServerState s, long? article, string? source, bool? hedged, string? text, int? limit) => Read(s, store =>
        {
            var claims = store.ListClaims(new ClaimQuery(article, source, hedged, text, Clamp(limit, 100)));
            IReadOnlyList<ClaimDto> rows = [.. claims.Select(c => ArticleView.Claim(c, IndexInArticle(claims, c)))];
            return rows;
        })).WithSummary("Attributed claims: who says what, with the spans of source, cue and content");

        api.MapGet("/disputes", (ServerState s) => Read(s, store => LinkingViews.Disputes(store, null)))
            .WithSummary("Disputed propositions: each with its sides and the sources behind each side");

        api.MapGet("/stories", (ServerState s) => Read(s, LinkingViews.Stories))
            .WithSummary("Stories: articles grouped by the developing situation they follow");

        api.MapGet("/sources", (ServerState s) => Read(s, store =>
        {
            IReadOnlyList<SourceRow> rows = [.. store.ListSources().Select(SourceRow.Of)];
            return rows;
        })).WithSummary("Outlets: domains, articles, copies of others' text, events reported and the share another outlet corroborates");

        api.MapGet("/facets", (ServerState s) => Read(s, Facet)).WithSummary("The values the filters offer: countries, divisions, types, actors, outlets, date range");

        api.MapPost("/documents", Ingest.Post)
            .WithSummary("Ingest a page (HTML or text, with its URL and optional publication date) through the same pipeline as `sitrep ingest`; needs a write token");
    }

    internal static List<LinkedEvent> QueryEvents(SqliteDocumentStore store, EventFilter f)
    {
        IEnumerable<LinkedEvent> events = store.ListLinkedEvents(new LinkedEventQuery(Blank(f.Country), Blank(f.Admin1), Blank(f.Type), Blank(f.Actor),
            f.From, f.To, Math.Max(0, f.MinSources ?? 0), All));
        if (Blank(f.Source) is { } source)
        {
            // Linked events have no outlet of their own: keep those one of the outlet's articles reports.
            var reported = store.ListEvents(new EventQuery(Source: source, Limit: All))
                .Select(e => store.LinkedEventOf(e.DocumentId, e.Index)).OfType<long>().ToHashSet();
            events = events.Where(e => reported.Contains(e.Id));
        }

        var descending = !string.Equals(f.Order, "asc", StringComparison.OrdinalIgnoreCase);
        var sort = SortKeys.Contains(f.Sort?.ToLowerInvariant()) ? f.Sort!.ToLowerInvariant() : "date";
        Func<LinkedEvent, IComparable?> key = sort switch
        {
            "fatalities" => e => e.Fields.Fatalities,
            "corroboration" => e => e.Fields.Corroboration,
            "reports" => e => e.Reports,
            "type" => e => e.Fields.EventType + "/" + e.Fields.SubEventType,
            "location" => e => e.Fields.Location?.Name ?? string.Empty,
            _ => e => e.Fields.EventDate,
        };
        var ordered = descending ? events.OrderByDescending(key) : events.OrderBy(key);
        return [.. ordered.ThenByDescending(e => e.Id)];
    }

    private static Facets Facet(SqliteDocumentStore store)
    {
        var events = store.ListLinkedEvents(new LinkedEventQuery(Limit: All));
        var located = events.Where(e => e.Fields.Location is not null).Select(e => e.Fields.Location!).ToList();
        var dates = events.Where(e => e.Fields.EventDate is not null).Select(e => e.Fields.EventDate!.Value).ToList();
        return new Facets(
            [.. located.Select(p => p.Country).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            [.. located.Where(p => p.Admin1 is not null).Select(p => new Admin1Facet(p.Country, p.Admin1!)).Distinct()
                .OrderBy(a => a.Country, StringComparer.Ordinal).ThenBy(a => a.Admin1, StringComparer.Ordinal)],
            [.. events.GroupBy(e => e.Fields.EventType, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new EventTypeFacet(g.Key, [.. g.Select(e => e.Fields.SubEventType).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))],
            [.. events.SelectMany(e => new[] { e.Fields.Actor1, e.Fields.Actor2 }).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            [.. store.ListSources().Select(x => x.Outlet)],
            dates.Count == 0 ? null : EventRow.Iso(dates.Min()),
            dates.Count == 0 ? null : EventRow.Iso(dates.Max()));
    }

    private static int IndexInArticle(IReadOnlyList<StoredClaim> claims, StoredClaim claim)
    {
        // Claims are listed in text order within an article, so a claim's index is its rank among its article's.
        var index = 0;
        foreach (var c in claims)
        {
            if (ReferenceEquals(c, claim))
            {
                return index;
            }

            index += c.DocumentId == claim.DocumentId ? 1 : 0;
        }

        return index;
    }

    private static Ok<T> Read<T>(ServerState state, Func<SqliteDocumentStore, T> read)
    {
        using var store = state.OpenStore();
        return TypedResults.Ok(read(store));
    }

    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static int Clamp(int? limit, int fallback) => Math.Clamp(limit ?? fallback, 1, MaxLimit);

    internal static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    internal static ProblemHttpResult BadRequest(string title, string detail) => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: detail);

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

internal sealed record GeoJsonCollection(IReadOnlyList<GeoJsonFeature> Features)
{
    public string Type => "FeatureCollection";
}

internal sealed record GeoJsonFeature(long Id, GeoJsonPoint Geometry, EventRow Properties)
{
    public string Type => "Feature";
}

internal sealed record GeoJsonPoint(IReadOnlyList<double> Coordinates)
{
    public string Type => "Point";
}
