namespace Sitrep.Linking.Stories;

/// <summary>
/// Story profiles held in memory, indexed by their last date and by the terms of their centroids, their actors and
/// places, so <see cref="Near"/> touches only stories that can match. Not thread-safe.
/// </summary>
public sealed class InMemoryStories : IStoryCandidates
{
    private readonly Dictionary<long, StoryProfile> _stories = [];
    private readonly Dictionary<string, HashSet<long>> _postings = new(StringComparer.Ordinal);
    private readonly SortedDictionary<DateOnly, HashSet<long>> _byLast = [];
    private readonly HashSet<long> _undated = [];

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
                _postings.GetValueOrDefault(key)?.Remove(old.Id);
            }

            (old.Last is { } last ? _byLast.GetValueOrDefault(last) : _undated)?.Remove(old.Id);
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

        if (profile.Last is { } date)
        {
            if (!_byLast.TryGetValue(date, out var ids))
            {
                _byLast[date] = ids = [];
            }

            ids.Add(profile.Id);
        }
        else
        {
            _undated.Add(profile.Id);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<StoryProfile> Near(StoryQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var keys = query.Terms.Concat(query.Actors.Select(ActorKey)).Concat(query.Places.Select(PlaceKey)).ToList();
        var found = new List<StoryProfile>();
        if (query.Date is not { } date)
        {
            // Undated: every story is in the window, so only the postings narrow the search.
            var seen = new HashSet<long>();
            foreach (var key in keys)
            {
                foreach (var id in _postings.GetValueOrDefault(key) ?? [])
                {
                    if (seen.Add(id))
                    {
                        found.Add(_stories[id]);
                    }
                }
            }

            return found;
        }

        // Dated: the stories that ended within the window before the date (or later) are few next to a common
        // term's postings, which span the whole corpus; each is kept if it shares a key with the article.
        var from = date.AddDays(-query.WindowDays);
        foreach (var (last, ids) in _byLast)
        {
            if (last < from)
            {
                continue;
            }

            foreach (var id in ids)
            {
                var story = _stories[id];
                if (story.InWindow(date, query.WindowDays) && Shares(story, keys))
                {
                    found.Add(story);
                }
            }
        }

        found.AddRange(_undated.Select(id => _stories[id]).Where(s => Shares(s, keys)));
        return found;
    }

    private static bool Shares(StoryProfile story, List<string> keys) =>
        keys.Exists(k => story.Centroid.ContainsKey(k)
            || (k.StartsWith(ActorPrefix, StringComparison.Ordinal) && story.Actors.ContainsKey(k[ActorPrefix.Length..]))
            || (k.StartsWith(PlacePrefix, StringComparison.Ordinal) && story.Places.ContainsKey(k[PlacePrefix.Length..])));

    // Actor and place keys live in the same postings as terms; the prefixes keep "Aleppo" the place apart from a
    // term or an actor spelled alike (terms are lowercase words and never contain a space or a colon).
    private const string ActorPrefix = "actor: ";
    private const string PlacePrefix = "place: ";

    private static string ActorKey(string actor) => ActorPrefix + actor;

    private static string PlaceKey(string place) => PlacePrefix + place;

    private static IEnumerable<string> Keys(StoryProfile profile) =>
        profile.Centroid.Keys.Concat(profile.Actors.Keys.Select(ActorKey)).Concat(profile.Places.Keys.Select(PlaceKey));
}
