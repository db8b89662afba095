namespace Sitrep.Linking.Stories;

/// <summary>What the story clusterer reads of one article.</summary>
/// <param name="Id">The article's id; a story started by this article takes the same id.</param>
/// <param name="Published">The publication date, when known. An undated article may join a story of any date.</param>
/// <param name="Title">The headline, when known; its words weigh more than the body's.</param>
/// <param name="Body">The clean article text.</param>
/// <param name="Actors">Canonical names of the actors the article mentions (repeats are ignored).</param>
/// <param name="Places">Canonical keys of the places it mentions, such as GeoNames ids (repeats are ignored).</param>
public sealed record StoryDocument(long Id, DateOnly? Published, string? Title, string Body, IReadOnlyList<string> Actors, IReadOnlyList<string> Places)
{
    /// <summary>An article known only by its text.</summary>
    public StoryDocument(long id, DateOnly? published, string? title, string body) : this(id, published, title, body, [], []) { }
}
