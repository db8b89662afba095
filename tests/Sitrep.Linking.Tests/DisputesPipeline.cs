using Sitrep.Extraction;
using Sitrep.Coding;
using Sitrep.Language;
using Sitrep.Linking.Disputes;

namespace Sitrep.Linking.Tests;

/// <summary>Runs the real language layer and claim extractor on invented text and feeds the disputes finder.</summary>
internal static class DisputesPipeline
{
    public static SitrepPipeline Pipeline { get; } = new PipelineBuilder().UseDefaultExtraction().UseDefaultLanguage().UseDefaultCoding().Build();

    /// <summary>The claims of one invented article, in context.</summary>
    public static IReadOnlyList<ClaimInContext> Claims(long documentId, string text, string? published = "2024-03-14", string? outlet = null,
        bool authorStatements = false)
        => Claims(documentId, Pipeline.Process(new RawDocument($"doc{documentId}.txt", ContentKind.Text, System.Text.Encoding.UTF8.GetBytes(text),
            Hints: new DocumentHints(Published: published, Outlet: outlet))), authorStatements);

    /// <summary>The claims of a processed document, in context.</summary>
    public static IReadOnlyList<ClaimInContext> Claims(long documentId, ProcessedDocument processed, bool authorStatements)
    {
        var article = processed.Article!;
        return ClaimInContext.FromArticle(documentId, article.Outlet, article.Published?.Date, article.Body, processed.Annotations!,
            processed.Coding!.Claims, authorStatements);
    }

    /// <summary>Feeds the articles to a finder one by one, as ingestion would, and returns the disputes found with the
    /// last one.</summary>
    public static IReadOnlyList<Dispute> Feed(DisputeFinder finder, params IReadOnlyList<ClaimInContext>[] articles)
    {
        var store = new InMemoryPropositionLookup();
        DisputeFindings? last = null;
        foreach (var article in articles)
        {
            last = finder.Find(article, store);
            store.Add(last.Propositions);
        }

        return last?.Disputes ?? [];
    }
}
