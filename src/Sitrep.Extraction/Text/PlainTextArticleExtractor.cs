namespace Sitrep.Extraction.Text;

/// <summary>Extracts the article from a page saved as plain text.</summary>
public sealed class PlainTextArticleExtractor : IArticleExtractor
{
    /// <inheritdoc />
    public Article Extract(DecodedDocument document) => throw new NotSupportedException("Text extraction is being written on the textseeds branch.");
}
