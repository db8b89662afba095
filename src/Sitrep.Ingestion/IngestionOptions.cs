namespace Sitrep.Ingestion;

/// <summary>Limits and choices for reading inputs.</summary>
/// <param name="MaxDocumentBytes">The largest single document accepted (after decompression). Larger inputs fail
/// with a clear message instead of exhausting memory.</param>
/// <param name="MinFeedContentCharacters">A feed item whose content has fewer characters of text than this is a
/// teaser: it is stored as pending (its link kept) rather than as an article.</param>
public sealed record IngestionOptions(long MaxDocumentBytes = 64L * 1024 * 1024, int MinFeedContentCharacters = 300)
{
    /// <summary>The defaults.</summary>
    public static IngestionOptions Default { get; } = new();
}
