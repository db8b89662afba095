using Sitrep.Linking;
using Sitrep.Linking.Events;

namespace Sitrep.Server.Api;

// The API's JSON shapes. They are flat views made for the page and for scripts: offsets are into the article body
// (UTF-16 code units, as JavaScript strings count), half-open [start, end).

/// <summary>A character range of an article body.</summary>
internal sealed record SpanDto(int Start, int End)
{
    public static SpanDto Of(TextSpan span) => new(span.Start, span.End);

    public static SpanDto? Of(TextSpan? span) => span is { } s ? Of(s) : null;
}

/// <summary>One page of a longer list.</summary>
internal sealed record Page<T>(int Total, int Offset, int Limit, IReadOnlyList<T> Items);

/// <summary>A list the store cannot fill yet, with the reason.</summary>
internal sealed record NotedList<T>(IReadOnlyList<T> Items, string? Note);

internal sealed record ArticleRow(long Id, string? Title, string? Outlet, string? Published, string? Url, string Kind,
    int Paragraphs, int Comments, int BodyCharacters, DateTimeOffset IngestedAt)
{
    public static ArticleRow Of(ArticleSummary s) => new(s.Id, s.Title, s.Outlet, s.Published, s.Url, s.Kind.ToString().ToLowerInvariant(),
        s.ParagraphCount, s.CommentCount, s.BodyCharacters, s.IngestedAt);
}

internal sealed record SearchRow(ArticleRow Article, string Snippet, double Rank);

internal sealed record ParagraphDto(int Index, string Kind, int Start, int End);

internal sealed record CommentDto(int Index, string? Author, string? Posted, string Text);

internal sealed record BoilerplateDto(string Reason, string Text);

/// <summary>An annotated range of the body: what kind of value it is and a short label for it.</summary>
internal sealed record AnnotationSpan(string Kind, int Start, int End, string Text, string Label);

internal sealed record ArticleEventDto(int Index, long? LinkedEventId, string EventType, string SubEventType, string? Date,
    string? Actor1, string? Actor2, string? Location, int Fatalities, string? ReportedBy, bool Hedged, string Notes,
    SpanDto Trigger, SpanDto Sentence, IReadOnlyDictionary<string, SpanDto> Evidence);

internal sealed record ClaimDto(long DocumentId, int Index, string? SourceText, string SourceKind, string? SourceActor, string CueText,
    string ContentText, bool Direct, bool Hedged, SpanDto? Source, SpanDto Cue, SpanDto Content, string? Title, string? Outlet, string? Published);

internal sealed record ArticleLinkDto(long DuplicateGroup, long? DuplicateOf, double? Similarity, long? StoryId);

internal sealed record ArticleDetail(long Id, string? Title, string? Outlet, string? Author, string? Url, string? Published,
    string? PublishedEvidence, string? Language, string Kind, string? Body, IReadOnlyList<ParagraphDto> Paragraphs,
    IReadOnlyList<CommentDto> Comments, IReadOnlyList<BoilerplateDto> Boilerplate, IReadOnlyList<AnnotationSpan> Spans,
    IReadOnlyList<ArticleEventDto> Events, IReadOnlyList<ClaimDto> Claims, ArticleLinkDto? Link);

/// <summary>A linked event as one row: its fields chosen from all reports, and how many independent sources report it.</summary>
internal sealed record EventRow(long Id, string EventType, string SubEventType, string? Date, int? TimePrecision, string? Actor1, string? Actor2,
    string? Country, string? Admin1, string? Location, double? Latitude, double? Longitude, int? GeoPrecision, int Fatalities,
    int Corroboration, int Reports)
{
    public static EventRow Of(LinkedEvent e)
    {
        var f = e.Fields;
        return new EventRow(e.Id, f.EventType, f.SubEventType, Iso(f.EventDate), f.TimePrecision, f.Actor1, f.Actor2, f.Location?.Country,
            f.Location?.Admin1, f.Location?.Name, f.Location?.Latitude, f.Location?.Longitude, f.GeoPrecision, f.Fatalities, f.Corroboration, e.Reports);
    }

    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>One article's report of a linked event, with its own figures and the spans they were read from.</summary>
internal sealed record ReportDto(long DocumentId, int EventIndex, string? Title, string? Url, string? Outlet, string? Published, long? DuplicateOf,
    string EventType, string SubEventType, string? Date, int? TimePrecision, string? Actor1, string? Actor2, string? Location, string? Admin1,
    string? Country, int Fatalities, string? ReportedBy, bool Hedged, string Notes, string TriggerText, SpanDto Trigger, SpanDto Sentence,
    IReadOnlyDictionary<string, SpanDto> Evidence)
{
    public static ReportDto Of(LinkedEventReport r)
    {
        var e = r.Report.Event;
        return new ReportDto(r.Report.DocumentId, r.Report.EventIndex, r.Title, r.Url, r.Report.Outlet, EventRow.Iso(r.Report.Published), r.DuplicateOf,
            e.EventType, e.SubEventType, EventRow.Iso(e.EventDate), e.TimePrecision, e.Actor1, e.Actor2, e.Location?.Name, e.Location?.Admin1,
            e.Location?.Country, e.Fatalities, e.ReportedBy, e.Hedged, e.Notes, e.TriggerText, SpanDto.Of(e.Trigger), SpanDto.Of(e.Sentence),
            e.Evidence.ToDictionary(x => x.Key, x => SpanDto.Of(x.Value), StringComparer.Ordinal));
    }
}

internal sealed record EventDetail(EventRow Event, IReadOnlyList<ReportDto> Reports, IReadOnlyList<DisputeDto> Disputes, string? DisputesNote);

/// <summary>A coded event as one article reports it (the CLI's <c>sitrep events</c> without <c>--linked</c>).</summary>
internal sealed record CodedEventRow(long DocumentId, int Index, long? LinkedEventId, string? Outlet, string EventType, string SubEventType,
    string? Date, string? Actor1, string? Actor2, string? Country, string? Admin1, string? Location, double? Latitude, double? Longitude,
    int Fatalities, bool Hedged, string Notes);

internal sealed record ActorRow(string Name, int Events, int Fatalities);

internal sealed record PlaceRow(string Name, string? Admin1, string? Country, double Latitude, double Longitude, int Events, int Fatalities);

internal sealed record SourceRow(string Outlet, IReadOnlyList<string> Domains, int Articles, int Copies, int EventsReported, int EventsCorroborated, double CorroboratedShare)
{
    public static SourceRow Of(SourceProfile s) => new(s.Outlet, s.Domains, s.Articles, s.Copies, s.EventsReported, s.EventsCorroborated, s.CorroboratedShare);
}

internal sealed record EventTypeFacet(string EventType, IReadOnlyList<string> SubEventTypes);

internal sealed record Admin1Facet(string Country, string Admin1);

/// <summary>The values the page's filters offer.</summary>
internal sealed record Facets(IReadOnlyList<string> Countries, IReadOnlyList<Admin1Facet> Admin1, IReadOnlyList<EventTypeFacet> EventTypes,
    IReadOnlyList<string> Actors, IReadOnlyList<string> Sources, string? From, string? To);

/// <summary>A disputed proposition: what it is about, and the sides with the claims behind each.</summary>
internal sealed record DisputeDto(string Key, string Kind, string Label, string Status, IReadOnlyList<DisputeSideDto> Sides, IReadOnlyList<string> Conflicts);

internal sealed record DisputeSideDto(string Label, string Polarity, IReadOnlyList<DisputeClaimDto> Supporters);

internal sealed record DisputeClaimDto(long DocumentId, string? Outlet, string? Published, string? SourceText, string CueText, string ContentText,
    bool Hedged, SpanDto Content, SpanDto? Evidence);

/// <summary>A story: articles about one developing situation.</summary>
internal sealed record StoryDto(long Id, string Label, IReadOnlyList<long> Articles, string? From, string? To);

/// <summary>A page posted for ingest. Give <c>Html</c> or <c>Text</c>.</summary>
/// <param name="Url">The page's URL (required: it is the article's provenance).</param>
/// <param name="Html">The page's HTML.</param>
/// <param name="Text">The page as plain text.</param>
/// <param name="Published">The publication date (ISO 8601), when the page may not state it.</param>
/// <param name="Title">A title, when the page may not state it.</param>
/// <param name="Outlet">The outlet, when the page may not state it.</param>
public sealed record DocumentUpload(string? Url, string? Html = null, string? Text = null, string? Published = null, string? Title = null, string? Outlet = null);

/// <summary>What ingesting a posted page did.</summary>
/// <param name="Id">The stored article's id (null when the same content was already stored).</param>
/// <param name="Outcome"><c>added</c>, or <c>alreadyPresent</c> when the same content was stored before.</param>
/// <param name="Title">The extracted headline.</param>
/// <param name="Events">Events coded from it.</param>
/// <param name="Claims">Claims found in it.</param>
/// <param name="DuplicateOf">The stored article it copies, when it is a copy.</param>
/// <param name="EventsCorroborated">Its events that another independent source also reports.</param>
public sealed record DocumentIngested(long? Id, string Outcome, string? Title, int Events, int Claims, long? DuplicateOf, int EventsCorroborated);
