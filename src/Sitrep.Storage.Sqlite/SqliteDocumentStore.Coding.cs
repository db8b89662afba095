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
    }

    /// <summary>Ids of articles whose stored coding is missing or was made by another coder version.</summary>
    public IReadOnlyList<long> ArticlesNeedingCoding(string version)
    {
        using var command = Command(
            """
            SELECT a.document_id FROM articles a
            LEFT JOIN coding_runs r ON r.document_id = a.document_id
            WHERE r.document_id IS NULL OR r.version <> $version
            ORDER BY a.document_id
            """);
        command.Parameters.AddWithValue("$version", version);
        var ids = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

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
