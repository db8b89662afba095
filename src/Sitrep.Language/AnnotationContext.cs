using Sitrep.Language.Text;

namespace Sitrep.Language;

/// <summary>
/// The text being annotated and what earlier annotators found in it. Recognisers read it and return their own
/// mentions; every span refers to <see cref="Text"/>.
/// </summary>
public sealed record AnnotationContext
{
    /// <summary>The text (an article body).</summary>
    public required string Text { get; init; }

    /// <summary>Body blocks' spans, in order.</summary>
    public required IReadOnlyList<TextSpan> Paragraphs { get; init; }

    /// <summary>Sentences, in order.</summary>
    public required IReadOnlyList<Sentence> Sentences { get; init; }

    /// <summary>Tokens of the whole text, in order.</summary>
    public required IReadOnlyList<Token> Tokens { get; init; }

    /// <summary>The date relative expressions resolve against (the publication date), when known.</summary>
    public DateOnly? Anchor { get; init; }

    /// <summary>Whether <see cref="Anchor"/> was inferred from dates printed on the page rather than being the publication date.</summary>
    public bool AnchorInferred { get; init; }

    /// <summary>The article's headline, a hint for the article's focus.</summary>
    public string? Title { get; init; }

    /// <summary>The article's URL, a hint for the outlet's country.</summary>
    public string? Url { get; init; }

    /// <summary>The outlet's name ("Libya Herald", "The Guardian (Lagos)"), a hint for the country it reports on.</summary>
    public string? Outlet { get; init; }

    /// <summary>Actors found so far (place recognition skips their spans: "Islamic State" is not a state).</summary>
    public IReadOnlyList<ActorMention> Actors { get; init; } = [];

    /// <summary>Temporal expressions found so far ("May" the month is not a place).</summary>
    public IReadOnlyList<DateMention> Dates { get; init; } = [];

    /// <summary>Builds a context for plain text split into paragraphs at blank lines.</summary>
    public static AnnotationContext ForText(string text, DateOnly? anchor = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = SentenceSplitter.ParagraphsOf(text);
        return new AnnotationContext
        {
            Text = text,
            Paragraphs = paragraphs,
            Sentences = SentenceSplitter.Default.Split(text, paragraphs),
            Tokens = Tokenizer.Tokenize(text),
            Anchor = anchor,
        };
    }
}

/// <summary>Finds temporal expressions and resolves them against <see cref="AnnotationContext.Anchor"/>.</summary>
public interface ITemporalTagger
{
    /// <summary>The temporal expressions in the context's text, in order.</summary>
    IReadOnlyList<DateMention> Tag(AnnotationContext context);
}

/// <summary>Finds counts and measures.</summary>
public interface IQuantityRecognizer
{
    /// <summary>The quantities in the context's text, in order.</summary>
    IReadOnlyList<QuantityMention> Recognize(AnnotationContext context);
}

/// <summary>Finds actors, organisations and persons.</summary>
public interface IActorRecognizer
{
    /// <summary>The actor mentions in the context's text, in order.</summary>
    IReadOnlyList<ActorMention> Recognize(AnnotationContext context);
}

/// <summary>Finds toponyms and resolves them to gazetteer places.</summary>
public interface IPlaceRecognizer
{
    /// <summary>The place mentions in the context's text, in order.</summary>
    IReadOnlyList<PlaceMention> Recognize(AnnotationContext context);
}
