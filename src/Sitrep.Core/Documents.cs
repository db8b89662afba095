namespace Sitrep;

/// <summary>What kind of payload a raw document carries once any container (gzip, WARC, feed) is unpacked.</summary>
public enum ContentKind
{
    /// <summary>Plain text, typically a scraped page saved as text.</summary>
    Text,

    /// <summary>An HTML page.</summary>
    Html,

    /// <summary>No payload yet: a feed item that carried only a link. Stored as pending so it is not lost.</summary>
    Pending,
}

/// <summary>
/// Metadata a container gave alongside the payload (a JSON Lines record, a feed item, a WARC header).
/// Extraction prefers what it finds in the page itself and falls back to these.
/// </summary>
/// <param name="Title">Title given by the container.</param>
/// <param name="Published">Publication date/time text as the container gave it.</param>
/// <param name="Author">Author given by the container.</param>
/// <param name="Outlet">Outlet or feed title given by the container.</param>
public sealed record DocumentHints(string? Title = null, string? Published = null, string? Author = null, string? Outlet = null)
{
    /// <summary>No hints.</summary>
    public static DocumentHints None { get; } = new();
}

/// <summary>
/// A document exactly as it arrived, before any interpretation. The bytes are kept so every later stage can be re-run.
/// </summary>
/// <param name="Origin">Where it came from: a file path, optionally with a locator inside a container
/// (<c>feed.xml#item-3</c>, <c>crawl.warc.gz@1234</c>, <c>articles.jsonl:17</c>).</param>
/// <param name="Kind">The payload kind.</param>
/// <param name="Content">The payload's original bytes (decompressed, but not decoded).</param>
/// <param name="Url">The page's URL where known.</param>
/// <param name="DeclaredCharset">A charset declared outside the payload (HTTP header, XML prolog), if any.</param>
/// <param name="Hints">Metadata from the container.</param>
public sealed record RawDocument(
    string Origin,
    ContentKind Kind,
    ReadOnlyMemory<byte> Content,
    string? Url = null,
    string? DeclaredCharset = null,
    DocumentHints? Hints = null)
{
    /// <summary>The container's metadata, never null.</summary>
    public DocumentHints EffectiveHints => Hints ?? DocumentHints.None;

    /// <summary>
    /// Identity of the content for idempotent ingest: SHA-256 of the payload, or of the URL for a pending item.
    /// Lower-case hex.
    /// </summary>
    public string ContentHash => ContentHashing.Sha256Hex(Kind == ContentKind.Pending
        ? System.Text.Encoding.UTF8.GetBytes("pending:" + Url)
        : Content.Span);
}

/// <summary>Hashing used for document identity.</summary>
public static class ContentHashing
{
    /// <summary>Lower-case hex SHA-256 of <paramref name="bytes"/>.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> bytes)
        => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
}

/// <summary>A raw document decoded to text, ready for article extraction.</summary>
/// <param name="Raw">The raw document.</param>
/// <param name="Text">The decoded text (HTML source for HTML documents).</param>
/// <param name="Encoding">The name of the encoding used to decode the bytes (e.g. <c>utf-8</c>, <c>windows-1252</c>).</param>
public sealed record DecodedDocument(RawDocument Raw, string Text, string Encoding);
