namespace Sitrep;

/// <summary>Turns bytes into text, detecting the character set.</summary>
public interface IDocumentDecoder
{
    /// <summary>Decodes <paramref name="raw"/>. Throws <see cref="DocumentFormatException"/> for binary content.</summary>
    DecodedDocument Decode(RawDocument raw);
}

/// <summary>Extracts a clean article from a decoded document.</summary>
public interface IArticleExtractor
{
    /// <summary>Extracts the article. Never returns null; an empty page yields an article with an empty body.</summary>
    Article Extract(DecodedDocument document);
}

/// <summary>
/// Reads one input (file, folder member, archive) into raw documents. Implementations report per-item problems as
/// failed <see cref="SourceItem"/>s so one bad record never stops the rest of a batch.
/// </summary>
public interface IDocumentSource
{
    /// <summary>Enumerates the documents in the input.</summary>
    IEnumerable<SourceItem> Read(CancellationToken cancellationToken = default);
}

/// <summary>One item read from a source: a document, or the reason it could not be read.</summary>
/// <param name="Origin">Where the item came from (file, with a locator inside a container).</param>
/// <param name="Document">The document, when it was read.</param>
/// <param name="Error">Why it could not be read, when it was not.</param>
public sealed record SourceItem(string Origin, RawDocument? Document, string? Error)
{
    /// <summary>A successfully read document.</summary>
    public static SourceItem Ok(RawDocument document) => new(document.Origin, document, null);

    /// <summary>An item that could not be read.</summary>
    public static SourceItem Failed(string origin, string error) => new(origin, null, error);
}

/// <summary>Thrown when input cannot be interpreted; the message names the problem in one line.</summary>
public sealed class DocumentFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DocumentFormatException(string message) : base(message) { }

    /// <summary>Creates the exception with an inner cause.</summary>
    public DocumentFormatException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception.</summary>
    public DocumentFormatException() { }
}
