namespace Sitrep.Linking.Disputes;

/// <summary>
/// One claim with what the dispute reader needs around it: the article body its spans point into and the article's
/// annotations (mentions outside the claim are used to resolve "it", "its forces" or a place named just before).
/// Everything here is what storage already holds for an article, so it is cheap to rebuild.
/// </summary>
/// <param name="DocumentId">The stored document the claim comes from.</param>
/// <param name="ClaimIndex">The claim's position in the article's coding; negative for an author statement made by
/// <see cref="FromArticle"/> (−1 − the sentence index), which has no stored claim of its own.</param>
/// <param name="Outlet">The outlet that published the article, when known.</param>
/// <param name="Published">The article's publication date, when known.</param>
/// <param name="Body">The article body the claim's and the annotations' spans refer to.</param>
/// <param name="Claim">The claim.</param>
/// <param name="Annotations">The article's annotations.</param>
public sealed record ClaimInContext(
    long DocumentId,
    int ClaimIndex,
    string? Outlet,
    DateOnly? Published,
    string Body,
    Claim Claim,
    ArticleAnnotations Annotations)
{
    /// <summary>Whether this is the author's own statement rather than an attributed claim.</summary>
    public bool IsAuthorStatement => ClaimIndex < 0;

    /// <summary>
    /// Wraps an article's claims; with <paramref name="includeAuthorStatements"/>, every sentence that no claim covers
    /// is added as the author's own statement, because outlets assert figures and whereabouts without attributing
    /// them ("It now has an estimated 5,000 fighters there") and those assertions take part in disputes too.
    /// </summary>
    /// <param name="documentId">The stored document.</param>
    /// <param name="outlet">The outlet, when known.</param>
    /// <param name="published">The publication date, when known.</param>
    /// <param name="body">The article body.</param>
    /// <param name="annotations">The article's annotations.</param>
    /// <param name="claims">The article's claims, in the coder's order (their index is kept).</param>
    /// <param name="includeAuthorStatements">Whether to add the sentences no claim covers as author statements.</param>
    public static IReadOnlyList<ClaimInContext> FromArticle(long documentId, string? outlet, DateOnly? published, string body,
        ArticleAnnotations annotations, IReadOnlyList<Claim> claims, bool includeAuthorStatements = false)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(annotations);
        ArgumentNullException.ThrowIfNull(claims);
        var result = new List<ClaimInContext>(claims.Count);
        for (var i = 0; i < claims.Count; i++)
        {
            result.Add(new ClaimInContext(documentId, i, outlet, published, body, claims[i], annotations));
        }

        if (!includeAuthorStatements)
        {
            return result;
        }

        foreach (var sentence in annotations.Sentences)
        {
            if (claims.Any(c => Overlaps(c.Content, sentence.Span) || (c.Source is { } s && Overlaps(s, sentence.Span)) || Overlaps(c.Cue, sentence.Span)))
            {
                continue;
            }

            var statement = new Claim(null, null, ClaimSourceKind.Author, new TextSpan(sentence.Span.Start, 0), "", sentence.Span,
                sentence.Span.Slice(body), Direct: false, Hedged: false);
            result.Add(new ClaimInContext(documentId, -1 - sentence.Index, outlet, published, body, statement, annotations));
        }

        return result;
    }

    private static bool Overlaps(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;
}
