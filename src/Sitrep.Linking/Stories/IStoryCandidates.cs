namespace Sitrep.Linking.Stories;

/// <summary>What the clusterer asks for when an article arrives.</summary>
/// <param name="Date">The article's publication date; null asks for stories of any date.</param>
/// <param name="WindowDays">How far outside a story's date span the date may fall.</param>
/// <param name="Terms">The article's strongest terms. A store may return only stories whose centroid holds one of
/// them or that share one of <paramref name="Actors"/> or <paramref name="Places"/>: a story sharing none of them
/// could not reach the merge threshold anyway.</param>
/// <param name="Actors">The article's actors.</param>
/// <param name="Places">The article's places.</param>
public sealed record StoryQuery(DateOnly? Date, int WindowDays, IReadOnlyList<string> Terms, IReadOnlyList<string> Actors, IReadOnlyList<string> Places);

/// <summary>
/// Where the clusterer finds the stories an arriving article may join: an in-memory index
/// (<see cref="InMemoryStories"/>) or a database.
/// </summary>
public interface IStoryCandidates
{
    /// <summary>The stories in the query's time window that share a term, actor or place with it (a superset is
    /// fine, only slower).</summary>
    IReadOnlyList<StoryProfile> Near(StoryQuery query);
}
