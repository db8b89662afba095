using System.Globalization;
using Microsoft.Data.Sqlite;
using Sitrep.Linking;
using Sitrep.Linking.Duplicates;
using Sitrep.Linking.Events;

namespace Sitrep.Storage.Sqlite;

public sealed partial class SqliteDocumentStore : IArticleLinker, ILinkReader
{
    /// <summary>The version of the linking rules; articles linked by another version are re-linked by <c>sitrep link</c>.</summary>
    public const string LinkingVersion = "sitrep-linking/1";

    private static readonly DuplicateDetector Duplicates = new();

    /// <inheritdoc />
    public LinkOutcome? Link(long documentId)
    {
        using var transaction = _connection.BeginTransaction();
        _ambientTransaction = transaction;
        try
        {
            var outcome = LinkInTransaction(documentId);
            transaction.Commit();
            return outcome;
        }
        catch
        {
            // The story index in memory may hold the rolled-back assignment: read it again from the file next time.
            _storyIndex = null;
            throw;
        }
        finally
        {
            _ambientTransaction = null;
        }
    }

    /// <summary>Drops every link (copies, linked events) so that <see cref="Link"/> can rebuild them in a new order.</summary>
    public void ClearLinks()
    {
        using var transaction = _connection.BeginTransaction();
        Execute(_connection, "DELETE FROM propositions; DELETE FROM event_reports; DELETE FROM linked_events; DELETE FROM lsh_buckets; DELETE FROM article_links; DELETE FROM stories; DELETE FROM story_terms; DELETE FROM story_counts;", transaction);
        transaction.Commit();
        _storyIndex = null;
        _pendingTerms.Clear();
        _pendingDocuments = 0;
    }

    /// <summary>
    /// Articles to link, in the order they arrived (linking is incremental, so this rebuilds what ingest built): those
    /// not linked yet, or linked by another version.
    /// </summary>
    public IReadOnlyList<long> ArticlesNeedingLinks(bool all = false)
    {
        using var command = Command(
            """
            SELECT a.document_id FROM articles a LEFT JOIN article_links l ON l.document_id = a.document_id
            WHERE $all = 1 OR l.document_id IS NULL OR l.version <> $version
            ORDER BY a.document_id
            """);
        command.Parameters.AddWithValue("$all", all ? 1 : 0);
        command.Parameters.AddWithValue("$version", LinkingVersion);
        var ids = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    private LinkOutcome? LinkInTransaction(long documentId)
    {
        string? title, body, outlet, published;
        using (var read = Command("SELECT title, body, outlet, published FROM articles WHERE document_id = $id"))
        {
            read.Parameters.AddWithValue("$id", documentId);
            using var reader = read.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            (title, body, outlet, published) = (NullableString(reader, 0), NullableString(reader, 1), NullableString(reader, 2), NullableString(reader, 3));
        }

        if (body is null)
        {
            return null;
        }

        // Re-linking starts from a clean slate for this article: its buckets and its reports go; its story stays.
        long? previousStory;
        using (var story = Command("SELECT story_id FROM article_links WHERE document_id = $id"))
        {
            story.Parameters.AddWithValue("$id", documentId);
            previousStory = story.ExecuteScalar() is long s ? s : null;
        }

        UnlinkEvents(documentId);
        Delete("DELETE FROM article_links WHERE document_id = $id", documentId);

        var check = Duplicates.Check(DuplicateDetector.TextOf(title, body), new BucketCandidates(this, documentId));
        var group = check.Match?.GroupId ?? documentId;
        WriteArticleLink(documentId, group, check);

        var events = ListEvents(new EventQuery(DocumentId: documentId, Limit: int.MaxValue));
        var linked = new List<long>();
        foreach (var stored in events)
        {
            var target = FindLinkedEvent(stored.Event, documentId) ?? NewLinkedEvent(stored.Event);
            using (var insert = Command("INSERT INTO event_reports (document_id, event_idx, linked_event_id) VALUES ($doc, $idx, $le)"))
            {
                insert.Parameters.AddWithValue("$doc", documentId);
                insert.Parameters.AddWithValue("$idx", stored.Index);
                insert.Parameters.AddWithValue("$le", target);
                insert.ExecuteNonQuery();
            }

            linked.Add(target);
        }

        var corroborated = 0;
        foreach (var id in linked.Distinct())
        {
            corroborated += RecomputeLinkedEvent(id) > 1 ? 1 : 0;
        }

        var annotations = GetAnnotations(documentId);
        var storyId = AssignStory(documentId, previousStory, title, body, published, annotations);
        LinkPropositions(documentId, body, outlet, published, annotations);
        return new LinkOutcome(documentId, group, check.Match?.DocumentId, storyId, linked.Count, corroborated);
    }

    /// <summary>
    /// Removes an article's reports from the linked events they belong to and recomputes those events (deleting the
    /// ones left without reports): called before its events are replaced, so no linked event keeps a stale figure.
    /// </summary>
    private void UnlinkEvents(long documentId, SqliteTransaction? transaction = null)
    {
        var outer = _ambientTransaction;
        _ambientTransaction = transaction ?? outer;
        try
        {
            var touched = LinkedEventsOfDocument(documentId);
            Delete("DELETE FROM event_reports WHERE document_id = $id", documentId);
            foreach (var id in touched)
            {
                RecomputeLinkedEvent(id);
            }
        }
        finally
        {
            _ambientTransaction = outer;
        }
    }

    private void Delete(string sql, long documentId)
    {
        using var command = Command(sql);
        command.Parameters.AddWithValue("$id", documentId);
        command.ExecuteNonQuery();
    }

    private List<long> LinkedEventsOfDocument(long documentId)
    {
        using var command = Command("SELECT DISTINCT linked_event_id FROM event_reports WHERE document_id = $id");
        command.Parameters.AddWithValue("$id", documentId);
        var ids = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    private void WriteArticleLink(long documentId, long group, DuplicateCheck check)
    {
        using (var insert = Command(
            """
            INSERT INTO article_links (document_id, duplicate_group, duplicate_of, similarity, shingles, signature, version, linked_at)
            VALUES ($id, $group, $of, $similarity, $shingles, $signature, $version, $at)
            """))
        {
            insert.Parameters.AddWithValue("$id", documentId);
            insert.Parameters.AddWithValue("$group", group);
            insert.Parameters.AddWithValue("$of", (object?)check.Match?.DocumentId ?? DBNull.Value);
            insert.Parameters.AddWithValue("$similarity", (object?)check.Match?.Jaccard ?? DBNull.Value);
            insert.Parameters.AddWithValue("$shingles", check.Fingerprint.ShingleCount);
            insert.Parameters.AddWithValue("$signature", MinHasher.ToBytes(check.Fingerprint.Signature));
            insert.Parameters.AddWithValue("$version", LinkingVersion);
            insert.Parameters.AddWithValue("$at", FormatTime(DateTimeOffset.UtcNow));
            insert.ExecuteNonQuery();
        }

        if (check.Fingerprint.ShingleCount == 0)
        {
            return; // an empty text has no buckets worth sharing
        }

        using var bucket = Command("INSERT OR IGNORE INTO lsh_buckets (band, key, document_id) VALUES ($band, $key, $id)");
        var band = bucket.Parameters.Add("$band", SqliteType.Integer);
        var key = bucket.Parameters.Add("$key", SqliteType.Integer);
        bucket.Parameters.AddWithValue("$id", documentId);
        for (var i = 0; i < check.Fingerprint.BandKeys.Length; i++)
        {
            band.Value = i;
            key.Value = check.Fingerprint.BandKeys[i];
            bucket.ExecuteNonQuery();
        }
    }

    private long? FindLinkedEvent(CodedEvent coded, long documentId)
    {
        if (coded.EventDate is not { } date || coded.Location is null)
        {
            return null; // without a date and a place there is nothing to match another report on
        }

        // The index narrows candidates to the family, the country and the widest precision window; the exact test is
        // EventCoreference.Compatible. Reports of one event placed in two countries (a border town) are not linked.
        var slack = 31;
        using var command = Command(
            """
            SELECT id, event_type, sub_event_type, event_date, time_precision, actor1, actor2, country, country_code, admin1,
                   location, latitude, longitude, feature_code, geonameid, geo_precision
            FROM linked_events
            WHERE family = $family AND event_date BETWEEN $from AND $to
              AND country_code = $cc
              AND NOT EXISTS (SELECT 1 FROM event_reports r WHERE r.linked_event_id = linked_events.id AND r.document_id = $doc)
            """);
        command.Parameters.AddWithValue("$family", EventCoreference.Family(coded));
        command.Parameters.AddWithValue("$from", date.AddDays(-slack).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$to", date.AddDays(slack).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$doc", documentId);
        command.Parameters.AddWithValue("$cc", coded.Location.CountryCode);
        long? best = null;
        var bestScore = double.MinValue;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var candidate = LinkedAsCodedEvent(reader);
            if (EventCoreference.Compatible(coded, candidate) && EventCoreference.Affinity(coded, candidate) is var score && score > bestScore)
            {
                (best, bestScore) = (reader.GetInt64(0), score);
            }
        }

        return best;
    }

    // The linked event's fields, shaped as a coded event so the coreference rules can compare it with a report.
    private static CodedEvent LinkedAsCodedEvent(SqliteDataReader reader)
    {
        Place? place = reader.IsDBNull(10) ? null : new Place(
            reader.IsDBNull(14) ? 0 : reader.GetInt64(14), reader.GetString(10), reader.GetDouble(11), reader.GetDouble(12),
            NullableString(reader, 13) ?? string.Empty, NullableString(reader, 8) ?? string.Empty, NullableString(reader, 7) ?? string.Empty,
            NullableString(reader, 9), 0);
        return new CodedEvent(
            default, string.Empty, default, string.Empty, reader.GetString(1), reader.GetString(2),
            reader.IsDBNull(3) ? null : DateOnly.ParseExact(reader.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            reader.IsDBNull(4) ? null : reader.GetInt32(4),
            NullableString(reader, 5), null, 0, NullableString(reader, 6), null, 0, 0, false, place,
            reader.IsDBNull(15) ? null : reader.GetInt32(15), 0, null, false, string.Empty, new Dictionary<string, TextSpan>());
    }

    private long NewLinkedEvent(CodedEvent coded)
    {
        using var insert = Command(
            "INSERT INTO linked_events (family, event_type, sub_event_type, fatalities, reports, corroboration) VALUES ($family, $type, $sub, 0, 0, 0) RETURNING id");
        insert.Parameters.AddWithValue("$family", EventCoreference.Family(coded));
        insert.Parameters.AddWithValue("$type", coded.EventType);
        insert.Parameters.AddWithValue("$sub", coded.SubEventType);
        return (long)insert.ExecuteScalar()!;
    }

    /// <summary>Recomputes a linked event's fields from its reports (deleting it when none is left); returns its corroboration.</summary>
    private int RecomputeLinkedEvent(long id)
    {
        var reports = ReportsOf(id);
        if (reports.Count == 0)
        {
            using var delete = Command("DELETE FROM linked_events WHERE id = $id");
            delete.Parameters.AddWithValue("$id", id);
            delete.ExecuteNonQuery();
            return 0;
        }

        var first = reports[0].Report.Event;
        var fields = EventCoreference.Merge(reports.Select(r => r.Report).ToList());
        using var update = Command(
            """
            UPDATE linked_events SET family = $family, event_type = $type, sub_event_type = $sub, event_date = $date, time_precision = $tp,
                actor1 = $a1, actor2 = $a2, country = $country, country_code = $cc, admin1 = $admin1, location = $location,
                latitude = $lat, longitude = $lon, feature_code = $fc, geonameid = $gid, geo_precision = $gp,
                fatalities = $fatalities, reports = $reports, corroboration = $corroboration
            WHERE id = $id
            """);
        var p = update.Parameters;
        p.AddWithValue("$id", id);
        p.AddWithValue("$family", EventCoreference.Family(first));
        p.AddWithValue("$type", fields.EventType);
        p.AddWithValue("$sub", fields.SubEventType);
        p.AddWithValue("$date", fields.EventDate is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value);
        p.AddWithValue("$tp", (object?)fields.TimePrecision ?? DBNull.Value);
        p.AddWithValue("$a1", (object?)fields.Actor1 ?? DBNull.Value);
        p.AddWithValue("$a2", (object?)fields.Actor2 ?? DBNull.Value);
        p.AddWithValue("$country", (object?)fields.Location?.Country ?? DBNull.Value);
        p.AddWithValue("$cc", (object?)fields.Location?.CountryCode ?? DBNull.Value);
        p.AddWithValue("$admin1", (object?)fields.Location?.Admin1 ?? DBNull.Value);
        p.AddWithValue("$location", (object?)fields.Location?.Name ?? DBNull.Value);
        p.AddWithValue("$lat", (object?)fields.Location?.Latitude ?? DBNull.Value);
        p.AddWithValue("$lon", (object?)fields.Location?.Longitude ?? DBNull.Value);
        p.AddWithValue("$fc", (object?)fields.Location?.FeatureCode ?? DBNull.Value);
        p.AddWithValue("$gid", (object?)fields.Location?.GeoNameId ?? DBNull.Value);
        p.AddWithValue("$gp", (object?)fields.GeoPrecision ?? DBNull.Value);
        p.AddWithValue("$fatalities", fields.Fatalities);
        p.AddWithValue("$reports", reports.Count);
        p.AddWithValue("$corroboration", fields.Corroboration);
        update.ExecuteNonQuery();
        return fields.Corroboration;
    }

    private List<LinkedEventReport> ReportsOf(long linkedEventId)
    {
        var keys = new List<(long Doc, int Idx, long Group, long? Of, string? Title, string? Url, string? Published)>();
        using (var command = Command(
            """
            SELECT r.document_id, r.event_idx, coalesce(l.duplicate_group, r.document_id), l.duplicate_of, a.title, a.url, a.published
            FROM event_reports r JOIN articles a ON a.document_id = r.document_id
            LEFT JOIN article_links l ON l.document_id = r.document_id
            WHERE r.linked_event_id = $id ORDER BY r.document_id, r.event_idx
            """))
        {
            command.Parameters.AddWithValue("$id", linkedEventId);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                keys.Add((reader.GetInt64(0), reader.GetInt32(1), reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetInt64(3),
                    NullableString(reader, 4), NullableString(reader, 5), NullableString(reader, 6)));
            }
        }

        var reports = new List<LinkedEventReport>();
        foreach (var byDocument in keys.GroupBy(k => k.Doc))
        {
            var events = ListEvents(new EventQuery(DocumentId: byDocument.Key, Limit: int.MaxValue)).ToDictionary(e => e.Index);
            foreach (var key in byDocument)
            {
                if (events.TryGetValue(key.Idx, out var stored))
                {
                    reports.Add(new LinkedEventReport(new EventReport(key.Doc, key.Idx, stored.Outlet, key.Group, ParseIsoDate(key.Published), stored.Event), key.Title, key.Url, key.Of));
                }
            }
        }

        return reports;
    }

    /// <inheritdoc />
    public IReadOnlyList<LinkedEvent> ListLinkedEvents(LinkedEventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var command = Command(
            """
            SELECT id, event_type, sub_event_type, event_date, time_precision, actor1, actor2, country, country_code, admin1,
                   location, latitude, longitude, feature_code, geonameid, geo_precision, fatalities, reports, corroboration
            FROM linked_events
            WHERE ($country IS NULL OR lower(country) = lower($country))
              AND ($admin1 IS NULL OR lower(admin1) = lower($admin1))
              AND ($type IS NULL OR lower(event_type) = lower($type) OR lower(sub_event_type) = lower($type))
              AND ($actor IS NULL OR instr(lower(coalesce(actor1, '') || ' ' || coalesce(actor2, '')), lower($actor)) > 0)
              AND ($from IS NULL OR event_date >= $from)
              AND ($to IS NULL OR event_date <= $to)
              AND corroboration >= $min
            ORDER BY event_date DESC, id
            LIMIT $limit OFFSET $offset
            """);
        var p = command.Parameters;
        p.AddWithValue("$country", (object?)query.Country ?? DBNull.Value);
        p.AddWithValue("$admin1", (object?)query.Admin1 ?? DBNull.Value);
        p.AddWithValue("$type", (object?)query.EventType ?? DBNull.Value);
        p.AddWithValue("$actor", (object?)query.Actor ?? DBNull.Value);
        p.AddWithValue("$from", query.From is { } f ? f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value);
        p.AddWithValue("$to", query.To is { } t ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value);
        p.AddWithValue("$min", query.MinCorroboration);
        p.AddWithValue("$limit", Math.Max(1, query.Limit));
        p.AddWithValue("$offset", Math.Max(0, query.Offset));
        return ReadLinkedEvents(command);
    }

    /// <inheritdoc />
    public LinkedEventDetail? GetLinkedEvent(long id)
    {
        using var command = Command(
            """
            SELECT id, event_type, sub_event_type, event_date, time_precision, actor1, actor2, country, country_code, admin1,
                   location, latitude, longitude, feature_code, geonameid, geo_precision, fatalities, reports, corroboration
            FROM linked_events WHERE id = $id
            """);
        command.Parameters.AddWithValue("$id", id);
        var found = ReadLinkedEvents(command);
        return found.Count == 0 ? null : new LinkedEventDetail(found[0], ReportsOf(id));
    }

    /// <inheritdoc />
    public long? LinkedEventOf(long documentId, int eventIndex)
    {
        using var command = Command("SELECT linked_event_id FROM event_reports WHERE document_id = $doc AND event_idx = $idx");
        command.Parameters.AddWithValue("$doc", documentId);
        command.Parameters.AddWithValue("$idx", eventIndex);
        return command.ExecuteScalar() is long id ? id : null;
    }

    private static List<LinkedEvent> ReadLinkedEvents(SqliteCommand command)
    {
        var list = new List<LinkedEvent>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var coded = LinkedAsCodedEvent(reader);
            var fields = new LinkedEventFields(coded.EventType, coded.SubEventType, coded.EventDate, coded.TimePrecision, coded.Actor1, coded.Actor2,
                coded.Location, coded.GeoPrecision, reader.GetInt32(16), reader.GetInt32(18));
            list.Add(new LinkedEvent(reader.GetInt64(0), fields, reader.GetInt32(17)));
        }

        return list;
    }

    /// <inheritdoc />
    public IReadOnlyList<SourceProfile> ListSources()
    {
        var articles = new Dictionary<string, (string Name, HashSet<string> Domains, int Articles, int Copies)>(StringComparer.OrdinalIgnoreCase);
        using (var command = Command(
            """
            SELECT coalesce(a.outlet, ''), coalesce(a.url, d.url), l.duplicate_of
            FROM articles a JOIN documents d ON d.id = a.document_id LEFT JOIN article_links l ON l.document_id = a.document_id
            """))
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var outlet = reader.GetString(0).Trim();
                var domain = NullableString(reader, 1) is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host)
                    ? uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host
                    : null;
                if (outlet.Length == 0)
                {
                    outlet = domain ?? "(unknown outlet)";
                }

                var entry = articles.TryGetValue(outlet, out var found) ? found : (Name: outlet, Domains: new HashSet<string>(StringComparer.OrdinalIgnoreCase), Articles: 0, Copies: 0);
                if (domain is not null)
                {
                    entry.Domains.Add(domain);
                }

                articles[outlet] = (entry.Name, entry.Domains, entry.Articles + 1, entry.Copies + (reader.IsDBNull(2) ? 0 : 1));
            }
        }

        // Per outlet: the linked events it reports, and how many of them another independent source reports too.
        var events = new Dictionary<string, (HashSet<long> All, HashSet<long> Corroborated)>(StringComparer.OrdinalIgnoreCase);
        using (var command = Command(
            """
            SELECT DISTINCT coalesce(a.outlet, ''), r.linked_event_id, e.corroboration
            FROM event_reports r JOIN articles a ON a.document_id = r.document_id JOIN linked_events e ON e.id = r.linked_event_id
            """))
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var outlet = reader.GetString(0).Trim();
                if (!events.TryGetValue(outlet, out var sets))
                {
                    events[outlet] = sets = ([], []);
                }

                sets.All.Add(reader.GetInt64(1));
                if (reader.GetInt32(2) > 1)
                {
                    sets.Corroborated.Add(reader.GetInt64(1));
                }
            }
        }

        return articles.Values
            .Select(a => events.TryGetValue(a.Name, out var e)
                ? new SourceProfile(a.Name, a.Domains.Order(StringComparer.Ordinal).ToList(), a.Articles, a.Copies, e.All.Count, e.Corroborated.Count)
                : new SourceProfile(a.Name, a.Domains.Order(StringComparer.Ordinal).ToList(), a.Articles, a.Copies, 0, 0))
            .OrderByDescending(s => s.Articles).ThenBy(s => s.Outlet, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <inheritdoc />
    public ArticleLink? GetArticleLink(long documentId)
    {
        using var command = Command(ArticleLinkSelect + " WHERE l.document_id = $id");
        command.Parameters.AddWithValue("$id", documentId);
        return ReadArticleLinks(command).FirstOrDefault();
    }

    /// <inheritdoc />
    public IReadOnlyList<ArticleLink> DuplicateGroup(long groupId)
    {
        using var command = Command(ArticleLinkSelect + " WHERE l.duplicate_group = $group ORDER BY l.document_id");
        command.Parameters.AddWithValue("$group", groupId);
        return ReadArticleLinks(command);
    }

    private const string ArticleLinkSelect =
        """
        SELECT l.document_id, a.title, a.outlet, a.published, l.duplicate_group, l.duplicate_of, l.similarity, l.story_id
        FROM article_links l JOIN articles a ON a.document_id = l.document_id
        """;

    private static List<ArticleLink> ReadArticleLinks(SqliteCommand command)
    {
        var list = new List<ArticleLink>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new ArticleLink(reader.GetInt64(0), NullableString(reader, 1), NullableString(reader, 2), NullableString(reader, 3),
                reader.GetInt64(4), reader.IsDBNull(5) ? null : reader.GetInt64(5), reader.IsDBNull(6) ? null : reader.GetDouble(6),
                reader.IsDBNull(7) ? null : reader.GetInt64(7)));
        }

        return list;
    }

    /// <summary>The stored articles sharing an LSH bucket with the one being linked.</summary>
    private sealed class BucketCandidates(SqliteDocumentStore store, long self) : IDuplicateCandidates
    {
        public IReadOnlyList<DuplicateCandidate> WithAnyBandKey(IReadOnlyList<long> bandKeys)
        {
            var ids = new HashSet<long>();
            using (var command = store.Command("SELECT document_id FROM lsh_buckets WHERE band = $band AND key = $key"))
            {
                var band = command.Parameters.Add("$band", SqliteType.Integer);
                var key = command.Parameters.Add("$key", SqliteType.Integer);
                for (var i = 0; i < bandKeys.Count; i++)
                {
                    band.Value = i;
                    key.Value = bandKeys[i];
                    using var reader = command.ExecuteReader();
                    while (reader.Read())
                    {
                        ids.Add(reader.GetInt64(0));
                    }
                }
            }

            ids.Remove(self);
            var candidates = new List<DuplicateCandidate>();
            using var text = store.Command(
                "SELECT l.duplicate_group, a.title, a.body FROM article_links l JOIN articles a ON a.document_id = l.document_id WHERE l.document_id = $id");
            var id = text.Parameters.Add("$id", SqliteType.Integer);
            foreach (var candidate in ids.Order())
            {
                id.Value = candidate;
                using var reader = text.ExecuteReader();
                if (reader.Read() && !reader.IsDBNull(2))
                {
                    candidates.Add(new DuplicateCandidate(candidate, reader.GetInt64(0), DuplicateDetector.TextOf(NullableString(reader, 1), reader.GetString(2))));
                }
            }

            return candidates;
        }
    }
}
