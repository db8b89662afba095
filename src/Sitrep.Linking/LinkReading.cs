using Sitrep.Linking.Events;

namespace Sitrep.Linking;

/// <summary>An event as all its reports together tell it.</summary>
/// <param name="Id">The linked event's id.</param>
/// <param name="Fields">Its fields, chosen from the reports by ACLED's rules, with its corroboration.</param>
/// <param name="Reports">How many articles report it (copies included).</param>
public sealed record LinkedEvent(long Id, LinkedEventFields Fields, int Reports);

/// <summary>One report of a linked event: which article, from which outlet, and what it said.</summary>
/// <param name="Report">The article's coded event and its provenance.</param>
/// <param name="Title">The article's headline.</param>
/// <param name="Url">The article's URL, when known.</param>
/// <param name="DuplicateOf">The article it copies, when it is a syndicated copy.</param>
public sealed record LinkedEventReport(EventReport Report, string? Title, string? Url, long? DuplicateOf);

/// <summary>A linked event with every report of it.</summary>
/// <param name="Event">The linked event.</param>
/// <param name="Reports">Its reports, earliest article first.</param>
public sealed record LinkedEventDetail(LinkedEvent Event, IReadOnlyList<LinkedEventReport> Reports);

/// <summary>Which linked events to list.</summary>
/// <param name="Country">Only in this country.</param>
/// <param name="Admin1">Only in this first-level division.</param>
/// <param name="EventType">Only this type or sub-type.</param>
/// <param name="Actor">Only with this text in actor 1 or 2.</param>
/// <param name="From">Only on or after this date.</param>
/// <param name="To">Only on or before this date.</param>
/// <param name="MinCorroboration">Only those reported by at least this many independent sources.</param>
/// <param name="Limit">At most this many.</param>
/// <param name="Offset">Skip this many first.</param>
public sealed record LinkedEventQuery(string? Country = null, string? Admin1 = null, string? EventType = null, string? Actor = null,
    DateOnly? From = null, DateOnly? To = null, int MinCorroboration = 0, int Limit = 1000, int Offset = 0);

/// <summary>An outlet as the store knows it, derived from what it published.</summary>
/// <param name="Outlet">The outlet's name.</param>
/// <param name="Domains">The web domains its articles came from.</param>
/// <param name="Articles">Articles stored from it.</param>
/// <param name="Copies">Of those, copies of another outlet's text (syndicated or re-posted).</param>
/// <param name="EventsReported">Linked events it reports.</param>
/// <param name="EventsCorroborated">Of those, the ones at least one independent outlet also reports.</param>
public sealed record SourceProfile(string Outlet, IReadOnlyList<string> Domains, int Articles, int Copies, int EventsReported, int EventsCorroborated)
{
    /// <summary>Share of its events that an independent outlet corroborates (0 when it reports none).</summary>
    public double CorroboratedShare => EventsReported == 0 ? 0 : (double)EventsCorroborated / EventsReported;
}

/// <summary>A stored article's place among copies and stories.</summary>
/// <param name="DocumentId">The article.</param>
/// <param name="Title">Its headline.</param>
/// <param name="Outlet">Its outlet.</param>
/// <param name="Published">Its publication date (ISO), when known.</param>
/// <param name="DuplicateGroup">Its near-duplicate group (the id of the group's first article).</param>
/// <param name="DuplicateOf">The article it copies, when it is a copy.</param>
/// <param name="Similarity">Jaccard similarity to that article.</param>
/// <param name="StoryId">Its story, when stories are computed.</param>
public sealed record ArticleLink(long DocumentId, string? Title, string? Outlet, string? Published, long DuplicateGroup, long? DuplicateOf, double? Similarity, long? StoryId);

/// <summary>Reads what linking stored: linked events with their reports, copies, sources.</summary>
public interface ILinkReader
{
    /// <summary>Linked events matching <paramref name="query"/>, latest first.</summary>
    IReadOnlyList<LinkedEvent> ListLinkedEvents(LinkedEventQuery query);

    /// <summary>One linked event with all its reports, or null when there is none with that id.</summary>
    LinkedEventDetail? GetLinkedEvent(long id);

    /// <summary>The linked event that an article's coded event reports, or null.</summary>
    long? LinkedEventOf(long documentId, int eventIndex);

    /// <summary>The outlets, most articles first.</summary>
    IReadOnlyList<SourceProfile> ListSources();

    /// <summary>An article's link record, or null when it is not linked.</summary>
    ArticleLink? GetArticleLink(long documentId);

    /// <summary>The articles of one near-duplicate group, first article first.</summary>
    IReadOnlyList<ArticleLink> DuplicateGroup(long groupId);

    /// <summary>Stories, latest first.</summary>
    IReadOnlyList<StorySummary> ListStories(int limit = 100, int offset = 0);

    /// <summary>One story with its articles and the linked events they report, or null.</summary>
    StoryDetail? GetStory(long id);

    /// <summary>Propositions that at least two speakers address, judged: contradicted ones first.</summary>
    IReadOnlyList<Disputes.Dispute> ListDisputes(DisputeQuery query);

    /// <summary>The judged proposition with this key, or null when fewer than two speakers address it.</summary>
    Disputes.Dispute? GetDispute(string key);

    /// <summary>The disputes whose claims state a report of this linked event (the claim's content holds the report's trigger).</summary>
    IReadOnlyList<Disputes.Dispute> DisputesOfLinkedEvent(long linkedEventId);
}

/// <summary>A story: articles about the same matter within a sliding time window.</summary>
/// <param name="Id">The story's id (the id of the article that started it).</param>
/// <param name="Title">The headline of the article that started it.</param>
/// <param name="First">The earliest publication date of its articles.</param>
/// <param name="Last">The latest publication date of its articles.</param>
/// <param name="Articles">Articles in it.</param>
/// <param name="Texts">Distinct texts (copies of one text count once).</param>
/// <param name="Outlets">Distinct outlets.</param>
public sealed record StorySummary(long Id, string? Title, DateOnly? First, DateOnly? Last, int Articles, int Texts, int Outlets);

/// <summary>A story with its articles.</summary>
/// <param name="Summary">The story.</param>
/// <param name="Terms">The strongest terms of its centroid.</param>
/// <param name="Actors">The actors its articles name, most named first.</param>
/// <param name="Articles">Its articles, earliest first.</param>
/// <param name="LinkedEvents">The linked events its articles report.</param>
public sealed record StoryDetail(StorySummary Summary, IReadOnlyList<string> Terms, IReadOnlyList<string> Actors, IReadOnlyList<ArticleLink> Articles, IReadOnlyList<long> LinkedEvents);

/// <summary>Which disputes to list.</summary>
/// <param name="ContradictedOnly">Only propositions whose sides cannot all hold (not those where sources agree).</param>
/// <param name="Text">Only propositions whose label contains this text (case-insensitive).</param>
/// <param name="DocumentId">Only propositions this article takes part in.</param>
/// <param name="Limit">At most this many.</param>
public sealed record DisputeQuery(bool ContradictedOnly = false, string? Text = null, long? DocumentId = null, int Limit = 1000);
