using Sitrep.Coding.Claims;
using Sitrep.Language;
using Sitrep.Language.Text;

namespace Sitrep.Coding;

/// <summary>Codes annotated articles: attributed claims and events. Thread-safe.</summary>
public sealed class ArticleCoder(IClaimExtractor claims, Events.IEventCoder events) : IArticleCoder
{
    /// <summary>The version stored with codings; bump it when output changes so stored codings can be redone.</summary>
    public const string CurrentVersion = "sitrep-coding/3";

    /// <summary>A coder with the built-in claim extractor.</summary>
    public static ArticleCoder Default { get; } = new(ClaimExtractor.Default, Events.EventCoder.Default);

    /// <inheritdoc />
    public ArticleCoding Code(Article article, ArticleAnnotations annotations)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(annotations);
        if (article.Body.Length == 0)
        {
            return new ArticleCoding([], CurrentVersion);
        }

        // The language layer's findings are reused rather than recomputed; only tokens are rebuilt (they are cheap).
        var context = new AnnotationContext
        {
            Text = article.Body,
            Paragraphs = article.Paragraphs.Select(p => p.Span).ToList(),
            Sentences = annotations.Sentences,
            Tokens = Tokenizer.Tokenize(article.Body),
            Anchor = annotations.Anchor,
            AnchorInferred = annotations.AnchorInferred,
            Title = article.Title,
            Url = article.Url,
            Actors = annotations.Actors,
            Dates = annotations.Dates,
        };
        var found = claims.Extract(context);
        return new ArticleCoding(found, CurrentVersion, Events.EventAttribution.Attribute(events.Code(context, annotations.Quantities, annotations.Places), found));
    }
}

/// <summary>Adds the coder to a <see cref="PipelineBuilder"/>.</summary>
public static class CodingPipelineExtensions
{
    /// <summary>Codes every annotated article with the built-in coder.</summary>
    public static PipelineBuilder UseDefaultCoding(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseCoder(ArticleCoder.Default);
    }
}
