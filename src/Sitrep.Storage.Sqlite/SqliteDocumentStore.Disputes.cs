using System.Globalization;
using System.Text.Json;
using Sitrep.Linking;
using Sitrep.Linking.Disputes;

namespace Sitrep.Storage.Sqlite;

public sealed partial class SqliteDocumentStore
{
    private static readonly DisputeFinder Disputes = new();
    private static readonly JsonSerializerOptions RecordJson = new(JsonSerializerDefaults.Web);

    /// <summary>Re-reads the propositions of an article's claims and unattributed statements; returns how many.</summary>
    private int LinkPropositions(long documentId, string body, string? outlet, string? published, ArticleAnnotations? annotations)
    {
        Delete("DELETE FROM propositions WHERE document_id = $id", documentId);
        if (annotations is null)
        {
            return 0;
        }

        var claims = ListClaims(new ClaimQuery(DocumentId: documentId, Limit: int.MaxValue)).Select(c => c.Claim).ToList();
        var date = ParseIsoDate(published);
        var records = Disputes.Read(ClaimInContext.FromArticle(documentId, outlet, date, body, annotations, claims, includeAuthorStatements: true));
        using var insert = Command("INSERT INTO propositions (document_id, idx, key, claim_idx, record) VALUES ($doc, $idx, $key, $claim, $record)");
        for (var i = 0; i < records.Count; i++)
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$doc", documentId);
            insert.Parameters.AddWithValue("$idx", i);
            insert.Parameters.AddWithValue("$key", records[i].Proposition.Key);
            insert.Parameters.AddWithValue("$claim", records[i].Claim.ClaimIndex);
            insert.Parameters.AddWithValue("$record", JsonSerializer.Serialize(records[i], RecordJson));
            insert.ExecuteNonQuery();
        }

        return records.Count;
    }

    /// <inheritdoc />
    public IReadOnlyList<Dispute> ListDisputes(DisputeQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var keys = new List<string>();
        using (var command = Command(
            """
            SELECT key FROM propositions
            WHERE ($doc IS NULL OR key IN (SELECT key FROM propositions WHERE document_id = $doc))
            GROUP BY key HAVING count(*) >= 2
            """))
        {
            command.Parameters.AddWithValue("$doc", (object?)query.DocumentId ?? DBNull.Value);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                keys.Add(reader.GetString(0));
            }
        }

        return keys.Select(GetDispute).OfType<Dispute>()
            .Where(d => !query.ContradictedOnly || d.Status == DisputeStatus.Contradicted)
            .Where(d => query.Text is null || d.Label.Contains(query.Text, StringComparison.OrdinalIgnoreCase))
            .OrderBy(d => d.Status == DisputeStatus.Contradicted ? 0 : 1)
            .ThenByDescending(d => d.Sides.Sum(s => s.Supporters.Count))
            .ThenBy(d => d.Key, StringComparer.Ordinal)
            .Take(Math.Max(1, query.Limit))
            .ToList();
    }

    /// <inheritdoc />
    public Dispute? GetDispute(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var command = Command("SELECT record FROM propositions WHERE key = $key ORDER BY document_id, idx");
        command.Parameters.AddWithValue("$key", key);
        var records = new List<PropositionRecord>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                records.Add(JsonSerializer.Deserialize<PropositionRecord>(reader.GetString(0), RecordJson)!);
            }
        }

        return Disputes.Judge(records);
    }

    /// <inheritdoc />
    public IReadOnlyList<Dispute> DisputesOfLinkedEvent(long linkedEventId)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        using (var command = Command(
            """
            SELECT p.key
            FROM event_reports r
            JOIN events e ON e.document_id = r.document_id AND e.idx = r.event_idx
            JOIN propositions p ON p.document_id = r.document_id AND p.claim_idx >= 0
            JOIN claims c ON c.document_id = p.document_id AND c.idx = p.claim_idx
            WHERE r.linked_event_id = $id AND c.content_start <= e.trigger_start AND e.trigger_start < c.content_start + c.content_length
            UNION
            SELECT p.key
            FROM event_reports r
            JOIN events e ON e.document_id = r.document_id AND e.idx = r.event_idx
            JOIN propositions p ON p.document_id = r.document_id AND p.claim_idx < 0
            JOIN sentences s ON s.document_id = p.document_id AND s.idx = -1 - p.claim_idx
            WHERE r.linked_event_id = $id AND s.start <= e.trigger_start AND e.trigger_start < s.start + s.length
            """))
        {
            command.Parameters.AddWithValue("$id", linkedEventId);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                keys.Add(reader.GetString(0));
            }
        }

        return keys.Order(StringComparer.Ordinal).Select(GetDispute).OfType<Dispute>().ToList();
    }
}
