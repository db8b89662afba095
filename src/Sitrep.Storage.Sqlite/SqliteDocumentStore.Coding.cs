using Microsoft.Data.Sqlite;

namespace Sitrep.Storage.Sqlite;

public sealed partial class SqliteDocumentStore
{
    /// <inheritdoc />
    public bool StoreCoding(long documentId, ArticleCoding coding)
    {
        ArgumentNullException.ThrowIfNull(coding);
        using var transaction = _connection.BeginTransaction();
        using (var exists = Command("SELECT 1 FROM articles WHERE document_id = $id", transaction))
        {
            exists.Parameters.AddWithValue("$id", documentId);
            if (exists.ExecuteScalar() is null)
            {
                return false;
            }
        }

        WriteCoding(documentId, coding, DateTimeOffset.UtcNow, transaction);
        transaction.Commit();
        return true;
    }

    private void WriteCoding(long documentId, ArticleCoding coding, DateTimeOffset at, SqliteTransaction transaction)
    {
        UnlinkEvents(documentId, transaction);
        using (var delete = Command("DELETE FROM coding_runs WHERE document_id = $id", transaction))
        {
            delete.Parameters.AddWithValue("$id", documentId);
            delete.ExecuteNonQuery();
        }

        using (var run = Command("INSERT INTO coding_runs (document_id, version, coded_at) VALUES ($id, $version, $at)", transaction))
        {
            run.Parameters.AddWithValue("$id", documentId);
            run.Parameters.AddWithValue("$version", coding.Version);
            run.Parameters.AddWithValue("$at", FormatTime(at));
            run.ExecuteNonQuery();
        }

        using var insert = Command(
            """
            INSERT INTO claims (document_id, idx, source_start, source_length, source_text, source_kind, source_actor,
                                cue_start, cue_length, cue_text, content_start, content_length, content_text, direct, hedged)
            VALUES ($id, $idx, $sourceStart, $sourceLength, $sourceText, $kind, $actor, $cueStart, $cueLength, $cueText,
                    $contentStart, $contentLength, $contentText, $direct, $hedged)
            """, transaction);
        for (var i = 0; i < coding.Claims.Count; i++)
        {
            var claim = coding.Claims[i];
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$id", documentId);
            insert.Parameters.AddWithValue("$idx", i);
            insert.Parameters.AddWithValue("$sourceStart", claim.Source is { } s ? s.Start : DBNull.Value);
            insert.Parameters.AddWithValue("$sourceLength", claim.Source is { } l ? l.Length : DBNull.Value);
            insert.Parameters.AddWithValue("$sourceText", (object?)claim.SourceText ?? DBNull.Value);
            insert.Parameters.AddWithValue("$kind", claim.SourceKind.ToString());
            insert.Parameters.AddWithValue("$actor", (object?)claim.SourceActor ?? DBNull.Value);
            insert.Parameters.AddWithValue("$cueStart", claim.Cue.Start);
            insert.Parameters.AddWithValue("$cueLength", claim.Cue.Length);
            insert.Parameters.AddWithValue("$cueText", claim.CueText);
            insert.Parameters.AddWithValue("$contentStart", claim.Content.Start);
            insert.Parameters.AddWithValue("$contentLength", claim.Content.Length);
            insert.Parameters.AddWithValue("$contentText", claim.ContentText);
            insert.Parameters.AddWithValue("$direct", claim.Direct ? 1 : 0);
            insert.Parameters.AddWithValue("$hedged", claim.Hedged ? 1 : 0);
            insert.ExecuteNonQuery();
        }

        WriteEvents(documentId, coding.EventList, transaction);
    }

    private void WriteEvents(long documentId, IReadOnlyList<CodedEvent> events, SqliteTransaction transaction)
    {
        using var insert = Command(
            """
            INSERT INTO events (document_id, idx, event_date, time_precision, disorder_type, event_type, sub_event_type,
                                actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction, civilian_targeting,
                                country, admin1, location, latitude, longitude, geo_precision, geonameid, fatalities,
                                reported_by, hedged, notes, trigger_start, trigger_length, sentence_start, sentence_length, evidence,
                                feature_code, country_code)
            VALUES ($id, $idx, $date, $tp, $disorder, $type, $sub, $a1, $aa1, $i1, $a2, $aa2, $i2, $interaction, $civ,
                    $country, $admin1, $location, $lat, $lon, $gp, $gid, $fatalities, $by, $hedged, $notes, $ts, $tl, $ss, $sl, $evidence, $fc, $cc)
            """, transaction);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var p = insert.Parameters;
            p.Clear();
            p.AddWithValue("$id", documentId);
            p.AddWithValue("$idx", i);
            p.AddWithValue("$date", e.EventDate is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : DBNull.Value);
            p.AddWithValue("$tp", (object?)e.TimePrecision ?? DBNull.Value);
            p.AddWithValue("$disorder", e.DisorderType);
            p.AddWithValue("$type", e.EventType);
            p.AddWithValue("$sub", e.SubEventType);
            p.AddWithValue("$a1", (object?)e.Actor1 ?? DBNull.Value);
            p.AddWithValue("$aa1", (object?)e.AssocActor1 ?? DBNull.Value);
            p.AddWithValue("$i1", e.Inter1);
            p.AddWithValue("$a2", (object?)e.Actor2 ?? DBNull.Value);
            p.AddWithValue("$aa2", (object?)e.AssocActor2 ?? DBNull.Value);
            p.AddWithValue("$i2", e.Inter2);
            p.AddWithValue("$interaction", e.Interaction);
            p.AddWithValue("$civ", e.CivilianTargeting ? 1 : 0);
            p.AddWithValue("$country", (object?)e.Location?.Country ?? DBNull.Value);
            p.AddWithValue("$admin1", (object?)e.Location?.Admin1 ?? DBNull.Value);
            p.AddWithValue("$location", (object?)e.Location?.Name ?? DBNull.Value);
            p.AddWithValue("$lat", (object?)e.Location?.Latitude ?? DBNull.Value);
            p.AddWithValue("$lon", (object?)e.Location?.Longitude ?? DBNull.Value);
            p.AddWithValue("$gp", (object?)e.GeoPrecision ?? DBNull.Value);
            p.AddWithValue("$gid", (object?)e.Location?.GeoNameId ?? DBNull.Value);
            p.AddWithValue("$fatalities", e.Fatalities);
            p.AddWithValue("$by", (object?)e.ReportedBy ?? DBNull.Value);
            p.AddWithValue("$hedged", e.Hedged ? 1 : 0);
            p.AddWithValue("$notes", e.Notes);
            p.AddWithValue("$ts", e.Trigger.Start);
            p.AddWithValue("$tl", e.Trigger.Length);
            p.AddWithValue("$ss", e.Sentence.Start);
            p.AddWithValue("$sl", e.Sentence.Length);
            p.AddWithValue("$evidence", System.Text.Json.JsonSerializer.Serialize(e.Evidence.ToDictionary(kv => kv.Key, kv => new[] { kv.Value.Start, kv.Value.Length })));
            p.AddWithValue("$fc", (object?)e.Location?.FeatureCode ?? DBNull.Value);
            p.AddWithValue("$cc", (object?)e.Location?.CountryCode ?? DBNull.Value);
            insert.ExecuteNonQuery();
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredEvent> ListEvents(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        // One article's events are read on every link: the index on document_id is used only when the SQL names it.
        using var command = Command(string.Format(System.Globalization.CultureInfo.InvariantCulture,
            """
            SELECT e.document_id, a.outlet, e.event_date, e.time_precision, e.disorder_type, e.event_type, e.sub_event_type,
                   e.actor1, e.assoc_actor_1, e.inter1, e.actor2, e.assoc_actor_2, e.inter2, e.interaction, e.civilian_targeting,
                   e.country, e.admin1, e.location, e.latitude, e.longitude, e.geo_precision, e.geonameid, e.fatalities,
                   e.reported_by, e.hedged, e.notes, e.trigger_start, e.trigger_length, e.sentence_start, e.sentence_length,
                   e.evidence, substr(a.body, e.trigger_start + 1, e.trigger_length), e.feature_code, e.country_code, e.idx
            FROM events e JOIN articles a ON a.document_id = e.document_id
            WHERE {0} AND ($country IS NULL OR lower(e.country) = lower($country))
              AND ($admin1 IS NULL OR lower(e.admin1) = lower($admin1))
              AND ($type IS NULL OR lower(e.event_type) = lower($type) OR lower(e.sub_event_type) = lower($type))
              AND ($actor IS NULL OR instr(lower(coalesce(e.actor1, '') || ' ' || coalesce(e.actor2, '')), lower($actor)) > 0)
              AND ($from IS NULL OR e.event_date >= $from)
              AND ($to IS NULL OR e.event_date <= $to)
              AND ($source IS NULL OR lower(a.outlet) = lower($source))
            ORDER BY e.event_date DESC, e.document_id, e.idx
            LIMIT $limit
            """, query.DocumentId is null ? "1 = 1" : "e.document_id = $doc"));
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        command.Parameters.AddWithValue("$doc", (object?)query.DocumentId ?? DBNull.Value);
        command.Parameters.AddWithValue("$country", (object?)query.Country ?? DBNull.Value);
        command.Parameters.AddWithValue("$admin1", (object?)query.Admin1 ?? DBNull.Value);
        command.Parameters.AddWithValue("$type", (object?)query.EventType ?? DBNull.Value);
        command.Parameters.AddWithValue("$actor", (object?)query.Actor ?? DBNull.Value);
        command.Parameters.AddWithValue("$from", query.From is { } f ? f.ToString("yyyy-MM-dd", inv) : DBNull.Value);
        command.Parameters.AddWithValue("$to", query.To is { } t ? t.ToString("yyyy-MM-dd", inv) : DBNull.Value);
        command.Parameters.AddWithValue("$source", (object?)query.Source ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", Math.Max(1, query.Limit));
        var events = new List<StoredEvent>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            Place? place = reader.IsDBNull(17) ? null : new Place(
                reader.IsDBNull(21) ? 0 : reader.GetInt64(21), reader.GetString(17), reader.GetDouble(18), reader.GetDouble(19),
                NullableString(reader, 32) ?? string.Empty, NullableString(reader, 33) ?? string.Empty, NullableString(reader, 15) ?? string.Empty,
                NullableString(reader, 16), 0);
            var evidence = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, int[]>>(reader.GetString(30))!
                .ToDictionary(kv => kv.Key, kv => new TextSpan(kv.Value[0], kv.Value[1]), StringComparer.Ordinal);
            var e = new CodedEvent(
                new TextSpan(reader.GetInt32(26), reader.GetInt32(27)), NullableString(reader, 31) ?? string.Empty,
                new TextSpan(reader.GetInt32(28), reader.GetInt32(29)), reader.GetString(4), reader.GetString(5), reader.GetString(6),
                reader.IsDBNull(2) ? null : DateOnly.ParseExact(reader.GetString(2), "yyyy-MM-dd", inv), reader.IsDBNull(3) ? null : reader.GetInt32(3),
                NullableString(reader, 7), NullableString(reader, 8), reader.GetInt32(9), NullableString(reader, 10), NullableString(reader, 11),
                reader.GetInt32(12), reader.GetInt32(13), reader.GetInt64(14) != 0, place, reader.IsDBNull(20) ? null : reader.GetInt32(20),
                reader.GetInt32(22), NullableString(reader, 23), reader.GetInt64(24) != 0, reader.GetString(25), evidence);
            events.Add(new StoredEvent(reader.GetInt64(0), NullableString(reader, 1), e) { Index = reader.GetInt32(34) });
        }

        return events;
    }

    /// <summary>Ids of articles whose stored coding is missing or was made by another coder version.</summary>
    public IReadOnlyList<long> ArticlesNeedingCoding(string version) => ArticlesWithoutRun("coding_runs", version);

    /// <inheritdoc />
    public IReadOnlyList<StoredClaim> ListClaims(ClaimQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var command = Command(
            """
            SELECT c.document_id, a.title, a.outlet, a.published, c.source_start, c.source_length, c.source_text, c.source_kind,
                   c.source_actor, c.cue_start, c.cue_length, c.cue_text, c.content_start, c.content_length, c.content_text,
                   c.direct, c.hedged
            FROM claims c JOIN articles a ON a.document_id = c.document_id
            WHERE ($doc IS NULL OR c.document_id = $doc)
              AND ($source IS NULL OR instr(lower(coalesce(c.source_text, '') || ' ' || coalesce(c.source_actor, '')), lower($source)) > 0)
              AND ($hedged IS NULL OR c.hedged = $hedged)
              AND ($text IS NULL OR instr(lower(c.content_text), lower($text)) > 0)
            ORDER BY c.document_id DESC, c.idx
            LIMIT $limit
            """);
        command.Parameters.AddWithValue("$doc", (object?)query.DocumentId ?? DBNull.Value);
        command.Parameters.AddWithValue("$source", (object?)query.Source ?? DBNull.Value);
        command.Parameters.AddWithValue("$hedged", query.Hedged is { } h ? (h ? 1 : 0) : DBNull.Value);
        command.Parameters.AddWithValue("$text", (object?)query.Text ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", Math.Max(1, query.Limit));
        var claims = new List<StoredClaim>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            TextSpan? source = reader.IsDBNull(4) ? null : new TextSpan(reader.GetInt32(4), reader.GetInt32(5));
            var claim = new Claim(
                source,
                NullableString(reader, 6),
                Enum.TryParse<ClaimSourceKind>(reader.GetString(7), out var kind) ? kind : ClaimSourceKind.Organisation,
                new TextSpan(reader.GetInt32(9), reader.GetInt32(10)),
                reader.GetString(11),
                new TextSpan(reader.GetInt32(12), reader.GetInt32(13)),
                reader.GetString(14),
                reader.GetInt64(15) != 0,
                reader.GetInt64(16) != 0,
                NullableString(reader, 8));
            claims.Add(new StoredClaim(reader.GetInt64(0), NullableString(reader, 1), NullableString(reader, 2), NullableString(reader, 3), claim));
        }

        return claims;
    }
}
