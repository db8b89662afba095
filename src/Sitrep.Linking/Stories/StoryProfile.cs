namespace Sitrep.Linking.Stories;

/// <summary>
/// Everything the clusterer keeps of one story, so a store can save it and the clusterer can go on from it without
/// re-reading the story's articles.
/// </summary>
/// <param name="Id">The story's id: the id of the article that started it.</param>
/// <param name="Centroid">The mean of the members' unit TF-IDF vectors, cut to the strongest terms
/// (<see cref="StoryClusteringOptions.CentroidTerms"/>); its norm is at most 1.</param>
/// <param name="First">The earliest publication date of a dated member, or null when no member is dated.</param>
/// <param name="Last">The latest publication date of a dated member, or null when no member is dated.</param>
/// <param name="Actors">How many members name each actor.</param>
/// <param name="Places">How many members name each place.</param>
/// <param name="Members">How many articles joined the story.</param>
public sealed record StoryProfile(
    long Id,
    IReadOnlyDictionary<string, double> Centroid,
    DateOnly? First,
    DateOnly? Last,
    IReadOnlyDictionary<string, int> Actors,
    IReadOnlyDictionary<string, int> Places,
    int Members)
{
    /// <summary>Whether an article published on <paramref name="date"/> falls in this story's window: its date span
    /// widened by <paramref name="windowDays"/> on each side. Undated articles and stories match any date.</summary>
    public bool InWindow(DateOnly? date, int windowDays) =>
        date is not { } d || First is not { } first || Last is not { } last
        || (d >= first.AddDays(-windowDays) && d <= last.AddDays(windowDays));
}

/// <summary>
/// Document frequencies the clusterer's IDF weights come from, counted as articles arrive. A store persists the
/// count and adds one to the frequency of each of <see cref="StoryAssignment.Terms"/> after every
/// <see cref="StoryClusterer.Add"/>.
/// </summary>
/// <param name="Documents">Articles counted.</param>
/// <param name="Frequencies">For each term, how many of those articles contain it.</param>
public sealed record TermStatistics(long Documents, IReadOnlyDictionary<string, long> Frequencies)
{
    /// <summary>No articles seen yet.</summary>
    public static TermStatistics Empty { get; } = new(0, new Dictionary<string, long>(StringComparer.Ordinal));
}
