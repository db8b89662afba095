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
}
