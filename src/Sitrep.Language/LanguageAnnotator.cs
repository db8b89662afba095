using Sitrep.Language.Text;

namespace Sitrep.Language;

/// <summary>
/// The language layer as one <see cref="IArticleAnnotator"/>: sentences and tokens, then dates (anchored on the
/// publication date), actors, places (which skip actor and date spans) and quantities (which skip dates).
/// Thread-safe; build one per process with <see cref="LanguageAnnotatorBuilder"/>.
/// </summary>
public sealed class LanguageAnnotator : IArticleAnnotator
{
    /// <summary>The version stored with annotations; bump it when output changes so stored annotations can be redone.</summary>
    public const string CurrentVersion = "sitrep-language/1";

    private readonly SentenceSplitter _sentences;
    private readonly ITemporalTagger _dates;
    private readonly IQuantityRecognizer _quantities;
    private readonly IActorRecognizer _actors;
    private readonly IPlaceRecognizer _places;

    internal LanguageAnnotator(SentenceSplitter sentences, ITemporalTagger dates, IQuantityRecognizer quantities, IActorRecognizer actors, IPlaceRecognizer places)
    {
        _sentences = sentences;
        _dates = dates;
        _quantities = quantities;
        _actors = actors;
        _places = places;
    }

    /// <inheritdoc />
    public ArticleAnnotations Annotate(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var context = ContextFor(article.Body, article.Paragraphs.Select(p => p.Span).ToList(), article.Published?.Date, article.Title, article.Url) with { Outlet = article.Outlet };
        if (context.Anchor is null && InferAnchor(article) is { } inferred)
        {
            context = context with { Anchor = inferred, AnchorInferred = true };
        }

        return Annotate(context);
    }

    /// <summary>Annotates plain text split into paragraphs at blank lines.</summary>
    public ArticleAnnotations AnnotateText(string text, DateOnly? anchor = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Annotate(ContextFor(text, SentenceSplitter.ParagraphsOf(text), anchor, null, null));
    }

    /// <summary>
    /// The latest full calendar date printed on the page (body, headline, or text set aside as boilerplate such as
    /// dated screenshots and captions), used to place month-day dates in a year when the publication date is unknown.
    /// </summary>
    private DateOnly? InferAnchor(Article article)
    {
        DateOnly? latest = null;
        void Scan(string text)
        {
            if (text.Length == 0)
            {
                return;
            }

            foreach (var mention in _dates.Tag(AnnotationContext.ForText(text)))
            {
                if (mention.Resolution == DateResolution.Absolute && mention.Precision == DatePrecision.Day && mention.End is { } day
                    && (latest is null || day > latest))
                {
                    latest = day;
                }
            }
        }

        Scan(article.Title ?? string.Empty);
        Scan(article.Body);
        foreach (var block in article.Boilerplate)
        {
            Scan(block.Text);
        }

        return latest;
    }

    /// <summary>
    /// The context of <paramref name="text"/> with dates and actors already found, ready for a place recogniser (used to
    /// score place resolution on its own).
    /// </summary>
    public AnnotationContext ContextWithMentions(string text, DateOnly? anchor = null, string? url = null, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var context = ContextFor(text, SentenceSplitter.ParagraphsOf(text), anchor, title, url);
        context = context with { Dates = _dates.Tag(context) };
        return context with { Actors = _actors.Recognize(context) };
    }

    private AnnotationContext ContextFor(string text, IReadOnlyList<TextSpan> paragraphs, DateOnly? anchor, string? title, string? url)
        => new()
        {
            Text = text,
            Paragraphs = paragraphs,
            Sentences = _sentences.Split(text, paragraphs),
            Tokens = Tokenizer.Tokenize(text),
            Anchor = anchor,
            Title = title,
            Url = url,
        };

    private ArticleAnnotations Annotate(AnnotationContext context)
    {
        if (context.Text.Length == 0)
        {
            return ArticleAnnotations.Empty(CurrentVersion);
        }

        var dates = _dates.Tag(context);
        context = context with { Dates = dates };
        var actors = _actors.Recognize(context);
        context = context with { Actors = actors };
        var places = _places.Recognize(context);
        var quantities = _quantities.Recognize(context);
        return new ArticleAnnotations(context.Anchor, context.Sentences, dates, quantities, actors, places, CurrentVersion, context.AnchorInferred);
    }
}

/// <summary>Builds a <see cref="LanguageAnnotator"/>; every recogniser defaults to the built-in one.</summary>
public sealed class LanguageAnnotatorBuilder
{
    private SentenceSplitter _sentences = SentenceSplitter.Default;
    private ITemporalTagger? _dates;
    private IQuantityRecognizer? _quantities;
    private IActorRecognizer? _actors;
    private IPlaceRecognizer? _places;

    /// <summary>Replaces the temporal tagger.</summary>
    public LanguageAnnotatorBuilder UseTemporalTagger(ITemporalTagger tagger)
    {
        _dates = tagger ?? throw new ArgumentNullException(nameof(tagger));
        return this;
    }

    /// <summary>Replaces the quantity recogniser.</summary>
    public LanguageAnnotatorBuilder UseQuantityRecognizer(IQuantityRecognizer recognizer)
    {
        _quantities = recognizer ?? throw new ArgumentNullException(nameof(recognizer));
        return this;
    }

    /// <summary>Replaces the actor recogniser (for instance, one built from a user's own dictionary).</summary>
    public LanguageAnnotatorBuilder UseActorRecognizer(IActorRecognizer recognizer)
    {
        _actors = recognizer ?? throw new ArgumentNullException(nameof(recognizer));
        return this;
    }

    /// <summary>Replaces the place recogniser.</summary>
    public LanguageAnnotatorBuilder UsePlaceRecognizer(IPlaceRecognizer recognizer)
    {
        _places = recognizer ?? throw new ArgumentNullException(nameof(recognizer));
        return this;
    }

    /// <summary>Replaces the sentence splitter.</summary>
    public LanguageAnnotatorBuilder UseSentenceSplitter(SentenceSplitter splitter)
    {
        _sentences = splitter ?? throw new ArgumentNullException(nameof(splitter));
        return this;
    }

    /// <summary>Builds the annotator, loading the built-in actor dictionary and gazetteer for unset recognisers.</summary>
    public LanguageAnnotator Build()
        => new(
            _sentences,
            _dates ?? Time.TemporalTagger.Default,
            _quantities ?? Quantities.QuantityRecognizer.Default,
            _actors ?? DefaultRecognizers.Actors(),
            _places ?? DefaultRecognizers.Places());
}
