namespace Sitrep.Linking.Stories;

/// <summary>
/// Story profiles held in memory, indexed by the terms of their centroids, their actors and places, and by their
/// last date, so <see cref="Near"/> touches only stories that can match. Not thread-safe.
/// </summary>
public sealed class InMemoryStories : IStoryCandidates
{
    private readonly Dictionary<long, StoryProfile> _stories = [];
    private readonly Dictionary<string, HashSet<long>> _postings = new(StringComparer.Ordinal);

    /// <summary>The stories held, by id.</summary>
    public IReadOnlyDictionary<long, StoryProfile> Stories => _stories;

    /// <summary>Adds a story or replaces it with its updated profile.</summary>
    public void Save(StoryProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (_stories.TryGetValue(profile.Id, out var old))
        {
            foreach (var key in Keys(old))
            {
                if (_postings.TryGetValue(key, out var ids))
                {
                    ids.Remove(old.Id);
                }
            }
        }

        _stories[profile.Id] = profile;
        foreach (var key in Keys(profile))
        {
            if (!_postings.TryGetValue(key, out var ids))
            {
                _postings[key] = ids = [];
            }

            ids.Add(profile.Id);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<StoryProfile> Near(StoryQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var seen = new HashSet<long>();
        var found = new List<StoryProfile>();
        void Visit(string key)
        {
            if (!_postings.TryGetValue(key, out var ids))
            {
                return;
            }

            foreach (var id in ids)
            {
                if (seen.Add(id) && _stories[id] is var story && story.InWindow(query.Date, query.WindowDays))
                {
                    found.Add(story);
                }
            }
        }

        foreach (var term in query.Terms)
        {
            Visit(term);
        }

        foreach (var actor in query.Actors)
        {
            Visit(ActorKey(actor));
        }

        foreach (var place in query.Places)
        {
            Visit(PlaceKey(place));
        }

        return found;
    }

    // Actor and place keys live in the same postings as terms; the prefixes keep "Aleppo" the place apart from a
    // term or an actor spelled alike (terms are lowercase words and never contain a space or a colon).
    private static string ActorKey(string actor) => "actor: " + actor;

    private static string PlaceKey(string place) => "place: " + place;

    private static IEnumerable<string> Keys(StoryProfile profile) =>
        profile.Centroid.Keys.Concat(profile.Actors.Keys.Select(ActorKey)).Concat(profile.Places.Keys.Select(PlaceKey));
}
