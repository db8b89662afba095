namespace Sitrep;

/// <summary>The outcome of running the pipeline on one raw document.</summary>
/// <param name="Raw">The document as it arrived.</param>
/// <param name="Decoded">The decoded text; null for pending items.</param>
/// <param name="Article">The extracted article; null for pending items.</param>
/// <param name="ProcessedAt">When the pipeline ran (from the pipeline's <see cref="TimeProvider"/>).</param>
/// <param name="Annotations">What the language layer read in the body; null for pending items or when the pipeline has
/// no annotator.</param>
/// <param name="Coding">Claims (and events) coded from the annotated body; null without an annotator and a coder.</param>
public sealed record ProcessedDocument(RawDocument Raw, DecodedDocument? Decoded, Article? Article, DateTimeOffset ProcessedAt,
    ArticleAnnotations? Annotations = null, ArticleCoding? Coding = null);

/// <summary>
/// Sitrep's processing pipeline: decode, extract, then (when an annotator is set) read the body.
/// Immutable and thread-safe once built; create one with <see cref="PipelineBuilder"/>.
/// </summary>
public sealed class SitrepPipeline
{
    private readonly IDocumentDecoder _decoder;
    private readonly IArticleExtractor _extractor;
    private readonly TimeProvider _time;
    private readonly IArticleAnnotator? _annotator;
    private readonly IArticleCoder? _coder;

    internal SitrepPipeline(IDocumentDecoder decoder, IArticleExtractor htmlExtractor, IArticleExtractor textExtractor, TimeProvider time,
        IArticleAnnotator? annotator, IArticleCoder? coder)
    {
        _coder = coder;
        _decoder = decoder;
        _extractor = new KindDispatchingExtractor(htmlExtractor, textExtractor);
        _time = time;
        _annotator = annotator;
    }

    /// <summary>The annotator, when the pipeline has one.</summary>
    public IArticleAnnotator? Annotator => _annotator;

    /// <summary>The coder, when the pipeline has one (it needs an annotator).</summary>
    public IArticleCoder? Coder => _coder;

    /// <summary>The clock the pipeline stamps its output with.</summary>
    public TimeProvider Time => _time;

    /// <summary>Runs every stage on <paramref name="raw"/>.</summary>
    /// <exception cref="DocumentFormatException">The document cannot be decoded (binary, empty).</exception>
    public ProcessedDocument Process(RawDocument raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (raw.Kind == ContentKind.Pending)
        {
            return new ProcessedDocument(raw, null, null, _time.GetUtcNow());
        }

        var decoded = _decoder.Decode(raw);
        var article = _extractor.Extract(decoded);
        var annotations = _annotator?.Annotate(article);
        var coding = annotations is null ? null : _coder?.Code(article, annotations);
        return new ProcessedDocument(raw, decoded, article, _time.GetUtcNow(), annotations, coding);
    }

    private sealed class KindDispatchingExtractor(IArticleExtractor html, IArticleExtractor text) : IArticleExtractor
    {
        public Article Extract(DecodedDocument document)
            => document.Raw.Kind == ContentKind.Html ? html.Extract(document) : text.Extract(document);
    }
}

/// <summary>Builds a <see cref="SitrepPipeline"/>. Every stage must be set; adapters offer <c>UseDefault…</c> extensions.</summary>
public sealed class PipelineBuilder
{
    private IDocumentDecoder? _decoder;
    private IArticleExtractor? _htmlExtractor;
    private IArticleExtractor? _textExtractor;
    private TimeProvider _time = TimeProvider.System;
    private IArticleAnnotator? _annotator;
    private IArticleCoder? _coder;

    /// <summary>Sets the decoder that turns bytes into text.</summary>
    public PipelineBuilder UseDecoder(IDocumentDecoder decoder)
    {
        _decoder = decoder ?? throw new ArgumentNullException(nameof(decoder));
        return this;
    }

    /// <summary>Sets the extractor for HTML documents.</summary>
    public PipelineBuilder UseHtmlExtractor(IArticleExtractor extractor)
    {
        _htmlExtractor = extractor ?? throw new ArgumentNullException(nameof(extractor));
        return this;
    }

    /// <summary>Sets the extractor for plain-text documents.</summary>
    public PipelineBuilder UseTextExtractor(IArticleExtractor extractor)
    {
        _textExtractor = extractor ?? throw new ArgumentNullException(nameof(extractor));
        return this;
    }

    /// <summary>Sets the annotator that reads article bodies (optional; without one, articles are stored unannotated).</summary>
    public PipelineBuilder UseAnnotator(IArticleAnnotator annotator)
    {
        _annotator = annotator ?? throw new ArgumentNullException(nameof(annotator));
        return this;
    }

    /// <summary>Sets the coder that finds claims and events in annotated articles (optional; needs an annotator).</summary>
    public PipelineBuilder UseCoder(IArticleCoder coder)
    {
        _coder = coder ?? throw new ArgumentNullException(nameof(coder));
        return this;
    }

    /// <summary>Sets the clock (defaults to the system clock).</summary>
    public PipelineBuilder UseTimeProvider(TimeProvider time)
    {
        _time = time ?? throw new ArgumentNullException(nameof(time));
        return this;
    }

    /// <summary>Builds the pipeline.</summary>
    /// <exception cref="InvalidOperationException">A stage was not set.</exception>
    public SitrepPipeline Build()
        => new(
            _decoder ?? throw new InvalidOperationException("No decoder set: call UseDecoder or UseDefaultExtraction."),
            _htmlExtractor ?? throw new InvalidOperationException("No HTML extractor set."),
            _textExtractor ?? throw new InvalidOperationException("No text extractor set."),
            _time,
            _annotator,
            _coder is not null && _annotator is null ? throw new InvalidOperationException("A coder needs an annotator: call UseAnnotator (or UseDefaultLanguage) too.") : _coder);
}
