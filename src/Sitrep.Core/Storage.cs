namespace Sitrep;

/// <summary>Whether storing a document added it or found it already present.</summary>
public enum StoreOutcome
{
    /// <summary>The document was new and is now stored.</summary>
    Added,

    /// <summary>A document with the same content hash was already stored; nothing changed.</summary>
    AlreadyPresent,
}

/// <summary>The result of storing one document.</summary>
/// <param name="DocumentId">The stored document's id (new or existing).</param>
/// <param name="Outcome">Added or already present.</param>
public sealed record StoreResult(long DocumentId, StoreOutcome Outcome);

/// <summary>A row of the article listing.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Title">Headline.</param>
/// <param name="Outlet">Outlet.</param>
/// <param name="Published">Publication date (ISO), when known.</param>
/// <param name="Url">URL, when known.</param>
/// <param name="Origin">Where the document came from.</param>
/// <param name="Kind">Payload kind.</param>
/// <param name="ParagraphCount">Body blocks.</param>
/// <param name="CommentCount">Reader comments.</param>
/// <param name="BodyCharacters">Body length in characters.</param>
/// <param name="IngestedAt">When it was stored.</param>
public sealed record ArticleSummary(
    long Id, string? Title, string? Outlet, string? Published, string? Url, string Origin, ContentKind Kind,
    int ParagraphCount, int CommentCount, int BodyCharacters, DateTimeOffset IngestedAt);

/// <summary>A stored document with its extracted article.</summary>
/// <param name="Summary">The listing row.</param>
/// <param name="Article">The extracted article; null for pending items.</param>
/// <param name="ContentHash">The raw content hash.</param>
/// <param name="Encoding">The encoding the raw bytes were decoded with.</param>
public sealed record StoredArticle(ArticleSummary Summary, Article? Article, string ContentHash, string? Encoding);

/// <summary>A full-text search hit.</summary>
/// <param name="Summary">The article.</param>
/// <param name="Snippet">A short excerpt around the match, with the matched terms marked by <c>[</c> and <c>]</c>.</param>
/// <param name="Rank">Relevance (lower is better, as FTS5's bm25).</param>
public sealed record SearchHit(ArticleSummary Summary, string Snippet, double Rank);

/// <summary>Where Sitrep keeps documents and what it extracted from them.</summary>
public interface IDocumentStore : IDisposable
{
    /// <summary>
    /// Stores a processed document atomically: raw bytes, article, paragraphs, comments and boilerplate are written
    /// in one transaction, or not at all. A document whose content hash is already stored is left untouched.
    /// </summary>
    StoreResult Store(ProcessedDocument document);

    /// <summary>Lists stored articles, newest first.</summary>
    IReadOnlyList<ArticleSummary> ListArticles(int limit = 100, int offset = 0);

    /// <summary>Gets one stored article, or null when no document has that id.</summary>
    StoredArticle? GetArticle(long id);

    /// <summary>Full-text search over titles and bodies (FTS5 query syntax).</summary>
    IReadOnlyList<SearchHit> Search(string query, int limit = 20);

    /// <summary>The raw bytes of a stored document, for re-running later stages.</summary>
    RawDocument? GetRaw(long id);

    /// <summary>Whether a document with this content hash is stored.</summary>
    bool Contains(string contentHash);

    /// <summary>Number of stored documents.</summary>
    int Count();

    /// <summary>
    /// Replaces the stored annotations of an article in one transaction. Returns false when no article has that id.
    /// </summary>
    bool StoreAnnotations(long documentId, ArticleAnnotations annotations);

    /// <summary>The stored annotations of an article, or null when it has none.</summary>
    ArticleAnnotations? GetAnnotations(long documentId);

    /// <summary>Replaces the stored coding (claims, events) of an article in one transaction; false when no article has that id.</summary>
    bool StoreCoding(long documentId, ArticleCoding coding);

    /// <summary>Stored claims matching <paramref name="query"/>, newest articles first, in text order within one.</summary>
    IReadOnlyList<StoredClaim> ListClaims(ClaimQuery query);

    /// <summary>Stored events matching <paramref name="query"/>, latest event date first.</summary>
    IReadOnlyList<StoredEvent> ListEvents(EventQuery query);
}

/// <summary>Which stored claims to list.</summary>
/// <param name="DocumentId">Only this article's.</param>
/// <param name="Source">Only claims whose source or resolved actor contains this text (case-insensitive).</param>
/// <param name="Hedged">Only hedged (true) or unhedged (false) claims.</param>
/// <param name="Text">Only claims whose content contains this text (case-insensitive).</param>
/// <param name="Limit">At most this many.</param>
public sealed record ClaimQuery(long? DocumentId = null, string? Source = null, bool? Hedged = null, string? Text = null, int Limit = 100);

/// <summary>A stored claim with the article it came from.</summary>
/// <param name="DocumentId">The article's id.</param>
/// <param name="Title">The article's headline.</param>
/// <param name="Outlet">The article's outlet.</param>
/// <param name="Published">The article's publication date (ISO), when known.</param>
/// <param name="Claim">The claim, with spans in the article's body.</param>
public sealed record StoredClaim(long DocumentId, string? Title, string? Outlet, string? Published, Claim Claim);

/// <summary>Which stored events to list.</summary>
/// <param name="Country">Only events in this country (case-insensitive).</param>
/// <param name="Admin1">Only events in this first-level division.</param>
/// <param name="EventType">Only this event type or sub-event type.</param>
/// <param name="Actor">Only events with this text in actor1 or actor2.</param>
/// <param name="From">Only events on or after this date.</param>
/// <param name="To">Only events on or before this date.</param>
/// <param name="Source">Only events from this outlet.</param>
/// <param name="Limit">At most this many.</param>
/// <param name="DocumentId">Only this article's events.</param>
public sealed record EventQuery(string? Country = null, string? Admin1 = null, string? EventType = null, string? Actor = null,
    DateOnly? From = null, DateOnly? To = null, string? Source = null, int Limit = 1000, long? DocumentId = null);

/// <summary>A stored event with the article that reports it.</summary>
/// <param name="DocumentId">The article's id.</param>
/// <param name="Outlet">The article's outlet (ACLED's source).</param>
/// <param name="Event">The event; its spans point into the article's body.</param>
public sealed record StoredEvent(long DocumentId, string? Outlet, CodedEvent Event)
{
    /// <summary>The event's position among its article's coded events.</summary>
    public int Index { get; init; }
}

/// <summary>What linking one stored article to the rest of the store found.</summary>
/// <param name="DocumentId">The article.</param>
/// <param name="DuplicateGroup">Its near-duplicate group: the id of the group's first article (its own id when it is an original).</param>
/// <param name="DuplicateOf">The stored article it copies, when it is a copy.</param>
/// <param name="StoryId">The story it joined, when stories are computed.</param>
/// <param name="EventsLinked">Its coded events, each now a report of a linked event.</param>
/// <param name="EventsCorroborated">Of those, the ones another independent source also reports.</param>
public sealed record LinkOutcome(long DocumentId, long DuplicateGroup, long? DuplicateOf, long? StoryId, int EventsLinked, int EventsCorroborated);

/// <summary>Links a stored article to the rest of the store: its copies, its story, the events others report too.</summary>
public interface IArticleLinker
{
    /// <summary>Links (or re-links, after re-coding) the stored article <paramref name="documentId"/>; null when no
    /// article has that id or it is a pending link.</summary>
    LinkOutcome? Link(long documentId);
}
