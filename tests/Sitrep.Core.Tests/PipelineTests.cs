namespace Sitrep.Core.Tests;

public sealed class PipelineTests
{
    private sealed class UpperDecoder : IDocumentDecoder
    {
        public DecodedDocument Decode(RawDocument raw) => new(raw, System.Text.Encoding.UTF8.GetString(raw.Content.Span), "utf-8");
    }

    private sealed class TaggingExtractor(string tag) : IArticleExtractor
    {
        public Article Extract(DecodedDocument document)
            => new(tag, null, null, null, null, null, document.Text, [], [], []);
    }

    private static SitrepPipeline Build(TimeProvider time) => new PipelineBuilder()
        .UseDecoder(new UpperDecoder())
        .UseHtmlExtractor(new TaggingExtractor("html"))
        .UseTextExtractor(new TaggingExtractor("text"))
        .UseTimeProvider(time)
        .Build();

    [Fact]
    public void Html_and_text_documents_go_to_their_own_extractor()
    {
        var pipeline = Build(TimeProvider.System);
        var html = pipeline.Process(new RawDocument("a.html", ContentKind.Html, "<p>x</p>"u8.ToArray()));
        var text = pipeline.Process(new RawDocument("a.txt", ContentKind.Text, "x"u8.ToArray()));
        Assert.Equal("html", html.Article!.Title);
        Assert.Equal("text", text.Article!.Title);
    }

    [Fact]
    public void Pending_items_pass_through_without_extraction_and_are_stamped_by_the_given_clock()
    {
        var now = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var pipeline = Build(new FixedTime(now));
        var result = pipeline.Process(new RawDocument("feed.xml#item-1", ContentKind.Pending, ReadOnlyMemory<byte>.Empty, "https://example.org/a"));
        Assert.Null(result.Article);
        Assert.Equal(now, result.ProcessedAt);
    }

    [Fact]
    public void Building_without_a_decoder_names_the_missing_stage()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new PipelineBuilder().Build());
        Assert.Contains("decoder", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Content_hash_depends_on_bytes_only_and_pending_items_hash_their_url()
    {
        var a = new RawDocument("a.txt", ContentKind.Text, "same"u8.ToArray());
        var b = new RawDocument("b/c.txt", ContentKind.Text, "same"u8.ToArray(), Url: "https://x");
        var p1 = new RawDocument("f#1", ContentKind.Pending, ReadOnlyMemory<byte>.Empty, "https://x/1");
        var p2 = new RawDocument("f#2", ContentKind.Pending, ReadOnlyMemory<byte>.Empty, "https://x/2");
        Assert.Equal(a.ContentHash, b.ContentHash);
        Assert.Equal(64, a.ContentHash.Length);
        Assert.NotEqual(p1.ContentHash, p2.ContentHash);
    }

    [Fact]
    public void Text_span_slices_the_characters_it_covers()
    {
        var span = new TextSpan(4, 5);
        Assert.Equal("quick", span.Slice("the quick fox"));
        Assert.Equal(9, span.End);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class CountingAnnotator : IArticleAnnotator
    {
        public ArticleAnnotations Annotate(Article article) => ArticleAnnotations.Empty("count/" + article.Body.Length);
    }

    private sealed class EchoCoder : IArticleCoder
    {
        public ArticleCoding Code(Article article, ArticleAnnotations annotations) => new([], annotations.Version);
    }

    [Fact]
    public void The_annotator_and_the_coder_run_after_extraction_and_the_coder_needs_the_annotator()
    {
        var pipeline = new PipelineBuilder().UseDecoder(new UpperDecoder()).UseHtmlExtractor(new TaggingExtractor("html"))
            .UseTextExtractor(new TaggingExtractor("text")).UseAnnotator(new CountingAnnotator()).UseCoder(new EchoCoder()).Build();
        var result = pipeline.Process(new RawDocument("a.txt", ContentKind.Text, "hello"u8.ToArray()));
        Assert.Equal("count/5", result.Annotations!.Version);
        Assert.Equal("count/5", result.Coding!.Version);

        var error = Assert.Throws<InvalidOperationException>(() => new PipelineBuilder().UseDecoder(new UpperDecoder())
            .UseHtmlExtractor(new TaggingExtractor("html")).UseTextExtractor(new TaggingExtractor("text")).UseCoder(new EchoCoder()).Build());
        Assert.Contains("annotator", error.Message, StringComparison.Ordinal);
    }
}
