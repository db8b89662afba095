using System.Globalization;
using System.Text.Json;
using Sitrep.Linking;
using Sitrep.Linking.Stories;

namespace Sitrep.Storage.Sqlite;

public sealed partial class SqliteDocumentStore
{
    /// <summary>How far back from the latest story the in-memory index reaches; older stories are read from the file
    /// when a late article needs them.</summary>
    private const int StoryHorizonDays = 120;

    private const int TermFlushInterval = 500;

    private readonly Dictionary<string, long> _pendingTerms = new(StringComparer.Ordinal);
    private long _pendingDocuments;
    private StoryIndex? _storyIndex;

    /// <summary>Writes the document frequencies counted since the last write.</summary>
    private void FlushStoryTerms()
    {
        if (_pendingDocuments == 0 && _pendingTerms.Count == 0)
        {
            return;
        }

        var own = _ambientTransaction is null ? _connection.BeginTransaction() : null;
        try
        {
            using (var term = Command("INSERT INTO story_terms (term, documents) VALUES ($term, $n) ON CONFLICT (term) DO UPDATE SET documents = documents + excluded.documents", own))
            {
                var key = term.Parameters.Add("$term", Microsoft.Data.Sqlite.SqliteType.Text);
                var n = term.Parameters.Add("$n", Microsoft.Data.Sqlite.SqliteType.Integer);
                foreach (var (k, v) in _pendingTerms.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    key.Value = k;
                    n.Value = v;
                    term.ExecuteNonQuery();
                }
            }

            using (var count = Command("INSERT INTO story_counts (name, value) VALUES ('documents', $n) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value", own))
            {
                count.Parameters.AddWithValue("$n", _pendingDocuments);
                count.ExecuteNonQuery();
            }

            own?.Commit();
            _pendingTerms.Clear();
            _pendingDocuments = 0;
        }
        finally
        {
            own?.Dispose();
        }
    }

    /// <summary>Puts the article in a story (unless it already has one) and saves the story and term counts.</summary>
    private long AssignStory(long documentId, long? previousStory, string? title, string body, string? published, ArticleAnnotations? annotations)
    {
        // Re-linking after re-coding keeps the story: adding the article again would count it twice.
        var storyId = previousStory is { } kept && StoryExists(kept) ? kept : NewStoryAssignment(documentId, title, body, published, annotations);
        using (var link = Command("UPDATE article_links SET story_id = $story WHERE document_id = $id"))
        {
            link.Parameters.AddWithValue("$story", storyId);
            link.Parameters.AddWithValue("$id", documentId);
            link.ExecuteNonQuery();
        }

        return storyId;
    }

    private long NewStoryAssignment(long documentId, string? title, string body, string? published, ArticleAnnotations? annotations)
    {

        var index = _storyIndex ??= StoryIndex.Load(this);
        var date = ParseIsoDate(published);
        var actors = annotations?.Actors.Where(a => a.ActorId is not null).Select(a => a.Name).Distinct(StringComparer.Ordinal).ToList() ?? [];
        var places = annotations?.Places.Where(p => p.Place is not null).Select(p => p.Place!.GeoNameId.ToString(CultureInfo.InvariantCulture)).Distinct(StringComparer.Ordinal).ToList() ?? [];
        var assignment = index.Clusterer.Add(new StoryDocument(documentId, date, title, body, actors, places));
        var profile = assignment.Profile;
        index.Save(profile);

        using (var upsert = Command(
            """
            INSERT INTO stories (id, first, last, members, profile) VALUES ($id, $first, $last, $members, $profile)
            ON CONFLICT (id) DO UPDATE SET first = excluded.first, last = excluded.last, members = excluded.members, profile = excluded.profile
            """))
        {
            upsert.Parameters.AddWithValue("$id", profile.Id);
            upsert.Parameters.AddWithValue("$first", profile.First is { } f ? f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value);
            upsert.Parameters.AddWithValue("$last", profile.Last is { } l ? l.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value);
            upsert.Parameters.AddWithValue("$members", profile.Members);
            upsert.Parameters.AddWithValue("$profile", JsonSerializer.Serialize(profile, RecordJson));
            upsert.ExecuteNonQuery();
        }

        // Document frequencies change with every article but matter only in bulk: they are counted in memory and
        // written every few hundred articles (and when the store closes), instead of rewriting hundreds of scattered
        // index pages on every commit. A crash loses at most those counts, which only nudges IDF weights.
        foreach (var key in assignment.Terms)
        {
            _pendingTerms[key] = _pendingTerms.GetValueOrDefault(key) + 1;
        }

        _pendingDocuments++;
        if (_pendingDocuments >= TermFlushInterval)
        {
            FlushStoryTerms();
        }

        return profile.Id;
    }

    private bool StoryExists(long id)
    {
        using var command = Command("SELECT 1 FROM stories WHERE id = $id");
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteScalar() is not null;
    }

    private static DateOnly? ParseIsoDate(string? text)
        => text is { Length: >= 10 } t && DateOnly.TryParseExact(t[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private StoryProfile? ReadStoryProfile(long id)
    {
        using var command = Command("SELECT profile FROM stories WHERE id = $id");
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteScalar() is string json ? JsonSerializer.Deserialize<StoryProfile>(json, RecordJson) : null;
    }

    private const string StorySummarySelect =
        """
        SELECT s.id, s.first, s.last, s.members,
               (SELECT a.title FROM articles a WHERE a.document_id = s.id),
               (SELECT count(DISTINCT l.duplicate_group) FROM article_links l WHERE l.story_id = s.id),
               (SELECT count(DISTINCT coalesce(a.outlet, '#' || a.document_id)) FROM article_links l JOIN articles a ON a.document_id = l.document_id WHERE l.story_id = s.id)
        FROM stories s
        """;

    /// <inheritdoc />
    public IReadOnlyList<StorySummary> ListStories(int limit = 100, int offset = 0)
    {
        using var command = Command(StorySummarySelect + " ORDER BY coalesce(s.last, '') DESC, s.members DESC, s.id LIMIT $limit OFFSET $offset");
        command.Parameters.AddWithValue("$limit", Math.Max(1, limit));
        command.Parameters.AddWithValue("$offset", Math.Max(0, offset));
        return ReadStorySummaries(command);
    }

    private static List<StorySummary> ReadStorySummaries(Microsoft.Data.Sqlite.SqliteCommand command)
    {
        var list = new List<StorySummary>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new StorySummary(reader.GetInt64(0), NullableString(reader, 4), ParseIsoDate(NullableString(reader, 1)), ParseIsoDate(NullableString(reader, 2)),
                reader.GetInt32(3), reader.GetInt32(5), reader.GetInt32(6)));
        }

        return list;
    }

    /// <inheritdoc />
    public StoryDetail? GetStory(long id)
    {
        var summary = StorySummaryOf(id);
        if (summary is null || ReadStoryProfile(id) is not { } profile)
        {
            return null;
        }

        using var command = Command(ArticleLinkSelect + " WHERE l.story_id = $id ORDER BY coalesce(a.published, ''), l.document_id");
        command.Parameters.AddWithValue("$id", id);
        var articles = ReadArticleLinks(command);
        var events = new List<long>();
        using (var linked = Command(
            """
            SELECT DISTINCT r.linked_event_id FROM event_reports r JOIN article_links l ON l.document_id = r.document_id
            WHERE l.story_id = $id ORDER BY r.linked_event_id
            """))
        {
            linked.Parameters.AddWithValue("$id", id);
            using var reader = linked.ExecuteReader();
            while (reader.Read())
            {
                events.Add(reader.GetInt64(0));
            }
        }

        return new StoryDetail(summary,
            profile.Centroid.OrderByDescending(kv => kv.Value).Take(12).Select(kv => kv.Key).ToList(),
            profile.Actors.OrderByDescending(kv => kv.Value).Select(kv => kv.Key).ToList(),
            articles, events);
    }

    private StorySummary? StorySummaryOf(long id)
    {
        using var command = Command(StorySummarySelect + " WHERE s.id = $id");
        command.Parameters.AddWithValue("$id", id);
        return ReadStorySummaries(command).FirstOrDefault();
    }

    /// <summary>
    /// The clusterer and the stories it compares with, kept in memory for as long as the store is open: the term
    /// counts, and the stories of the last <see cref="StoryHorizonDays"/> days (and undated ones). An article older
    /// than that reads the stories of its window from the file.
    /// </summary>
    private sealed class StoryIndex : IStoryCandidates
    {
        private readonly SqliteDocumentStore _store;
        private readonly InMemoryStories _recent = new();
        private DateOnly? _horizon;

        private StoryIndex(SqliteDocumentStore store) => _store = store;

        public StoryClusterer Clusterer { get; private set; } = null!;

        public static StoryIndex Load(SqliteDocumentStore store)
        {
            var index = new StoryIndex(store);
            long documents = 0;
            using (var count = store.Command("SELECT value FROM story_counts WHERE name = 'documents'"))
            {
                documents = count.ExecuteScalar() is long n ? n : 0;
            }

            var frequencies = new Dictionary<string, long>(StringComparer.Ordinal);
            using (var terms = store.Command("SELECT term, documents FROM story_terms"))
            using (var reader = terms.ExecuteReader())
            {
                while (reader.Read())
                {
                    frequencies[reader.GetString(0)] = reader.GetInt64(1);
                }
            }

            using (var latest = store.Command("SELECT max(last) FROM stories"))
            {
                index._horizon = ParseIsoDate(latest.ExecuteScalar() as string)?.AddDays(-StoryHorizonDays);
            }

            using (var recent = store.Command("SELECT profile FROM stories WHERE last IS NULL OR last >= $from"))
            {
                recent.Parameters.AddWithValue("$from", index._horizon is { } h ? h.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "");
                LoadProfiles(recent, index._recent);
            }

            index.Clusterer = new StoryClusterer(index, terms: new TermStatistics(documents, frequencies));
            return index;
        }

        public void Save(StoryProfile profile) => _recent.Save(profile);

        public IReadOnlyList<StoryProfile> Near(StoryQuery query)
        {
            if (query.Date is not { } date || _horizon is not { } horizon || date >= horizon.AddDays(query.WindowDays))
            {
                return _recent.Near(query);
            }

            // A late article from before the horizon: read the stories of its window from the file.
            var older = new InMemoryStories();
            using var command = _store.Command("SELECT profile FROM stories WHERE last >= $from AND (first IS NULL OR first <= $to)");
            command.Parameters.AddWithValue("$from", date.AddDays(-query.WindowDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$to", date.AddDays(query.WindowDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            LoadProfiles(command, older);
            return older.Near(query);
        }

        private static void LoadProfiles(Microsoft.Data.Sqlite.SqliteCommand command, InMemoryStories into)
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                into.Save(JsonSerializer.Deserialize<StoryProfile>(reader.GetString(0), RecordJson)!);
            }
        }
    }
}
