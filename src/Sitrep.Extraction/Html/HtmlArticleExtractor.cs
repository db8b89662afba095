namespace Sitrep.Extraction.Html;

/// <summary>Extracts the article from an HTML page.</summary>
public sealed class HtmlArticleExtractor : IArticleExtractor
{
    /// <inheritdoc />
    public Article Extract(DecodedDocument document) => throw new NotSupportedException("HTML extraction is being written on the extraction branch.");
}
