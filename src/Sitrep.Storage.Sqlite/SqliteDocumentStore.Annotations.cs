using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;

namespace Sitrep.Storage.Sqlite;

public sealed partial class SqliteDocumentStore
{
    private static readonly JsonSerializerOptions MentionJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <inheritdoc />
    public bool StoreAnnotations(long documentId, ArticleAnnotations annotations)
    {
        ArgumentNullException.ThrowIfNull(annotations);
        using var transaction = _connection.BeginTransaction();
        using (var exists = Command("SELECT 1 FROM articles WHERE document_id = $id", transaction))
        {
            exists.Parameters.AddWithValue("$id", documentId);
            if (exists.ExecuteScalar() is null)
            {
                return false;
            }
        }

        WriteAnnotations(documentId, annotations, DateTimeOffset.UtcNow, transaction);
        transaction.Commit();
        return true;
    }

    /// <summary>Ids of articles whose stored annotations are missing or were made by another annotator version.</summary>
    public IReadOnlyList<long> ArticlesNeedingAnnotation(string version) => ArticlesWithoutRun("annotation_runs", version);

    /// <summary>Ids of articles with no run of <paramref name="version"/> in the run table <paramref name="runTable"/>.</summary>
    private List<long> ArticlesWithoutRun(string runTable, string version)
    {
        // The table name is one of this class's own constants, never user input.
        using var command = Command(
            $"""
            SELECT a.document_id FROM articles a
            LEFT JOIN {runTable} r ON r.document_id = a.document_id
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

    private void WriteAnnotations(long documentId, ArticleAnnotations annotations, DateTimeOffset at, SqliteTransaction transaction)
    {
        using (var delete = Command("DELETE FROM annotation_runs WHERE document_id = $id", transaction))
        {
            delete.Parameters.AddWithValue("$id", documentId);
            delete.ExecuteNonQuery();
        }

        using (var run = Command("INSERT INTO annotation_runs (document_id, version, anchor, inferred, annotated_at) VALUES ($id, $version, $anchor, $inferred, $at)", transaction))
        {
            run.Parameters.AddWithValue("$id", documentId);
            run.Parameters.AddWithValue("$version", annotations.Version);
            run.Parameters.AddWithValue("$anchor", annotations.Anchor is { } anchor ? anchor.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value);
            run.Parameters.AddWithValue("$inferred", annotations.AnchorInferred ? 1 : 0);
            run.Parameters.AddWithValue("$at", FormatTime(at));
            run.ExecuteNonQuery();
        }

        using (var sentence = Command("INSERT INTO sentences (document_id, idx, start, length, paragraph) VALUES ($id, $idx, $start, $length, $paragraph)", transaction))
        {
            var id = sentence.Parameters.AddWithValue("$id", documentId);
            var idx = sentence.Parameters.Add("$idx", SqliteType.Integer);
            var start = sentence.Parameters.Add("$start", SqliteType.Integer);
            var length = sentence.Parameters.Add("$length", SqliteType.Integer);
            var paragraph = sentence.Parameters.Add("$paragraph", SqliteType.Integer);
            foreach (var s in annotations.Sentences)
            {
                idx.Value = s.Index;
                start.Value = s.Span.Start;
                length.Value = s.Span.Length;
                paragraph.Value = s.Paragraph;
                sentence.ExecuteNonQuery();
            }
        }

        using var mention = Command(
            "INSERT INTO mentions (document_id, kind, idx, start, length, text, key, data) VALUES ($id, $kind, $idx, $start, $length, $text, $key, $data)",
            transaction);
        mention.Parameters.AddWithValue("$id", documentId);
        var kindParameter = mention.Parameters.Add("$kind", SqliteType.Text);
        var idxParameter = mention.Parameters.Add("$idx", SqliteType.Integer);
        var startParameter = mention.Parameters.Add("$start", SqliteType.Integer);
        var lengthParameter = mention.Parameters.Add("$length", SqliteType.Integer);
        var textParameter = mention.Parameters.Add("$text", SqliteType.Text);
        var keyParameter = mention.Parameters.Add("$key", SqliteType.Text);
        var dataParameter = mention.Parameters.Add("$data", SqliteType.Text);

        void Write<T>(string kind, IReadOnlyList<T> items, Func<T, TextSpan> span, Func<T, string> text, Func<T, string?> key)
        {
            kindParameter.Value = kind;
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                var s = span(item);
                idxParameter.Value = i;
                startParameter.Value = s.Start;
                lengthParameter.Value = s.Length;
                textParameter.Value = text(item);
                keyParameter.Value = (object?)key(item) ?? DBNull.Value;
                dataParameter.Value = JsonSerializer.Serialize(item, MentionJson);
                mention.ExecuteNonQuery();
            }
        }

        Write("date", annotations.Dates, d => d.Span, d => d.Text, d => d.Value);
        Write("quantity", annotations.Quantities, q => q.Span, q => q.Text, q => q.Unit);
        Write("actor", annotations.Actors, a => a.Span, a => a.Text, a => a.Name);
        Write("place", annotations.Places, p => p.Span, p => p.Text, p => p.Place?.GeoNameId.ToString(CultureInfo.InvariantCulture));
    }

    /// <inheritdoc />
    public ArticleAnnotations? GetAnnotations(long documentId)
    {
        string version;
        DateOnly? anchor = null;
        var inferred = false;
        using (var run = Command("SELECT version, anchor, inferred FROM annotation_runs WHERE document_id = $id"))
        {
            run.Parameters.AddWithValue("$id", documentId);
            using var reader = run.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            version = reader.GetString(0);
            if (!reader.IsDBNull(1))
            {
                anchor = DateOnly.ParseExact(reader.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            inferred = reader.GetInt64(2) != 0;
        }

        var sentences = new List<Sentence>();
        using (var command = Command("SELECT idx, start, length, paragraph FROM sentences WHERE document_id = $id ORDER BY idx"))
        {
            command.Parameters.AddWithValue("$id", documentId);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                sentences.Add(new Sentence(reader.GetInt32(0), new TextSpan(reader.GetInt32(1), reader.GetInt32(2)), reader.GetInt32(3)));
            }
        }

        var dates = new List<DateMention>();
        var quantities = new List<QuantityMention>();
        var actors = new List<ActorMention>();
        var places = new List<PlaceMention>();
        using (var command = Command("SELECT kind, data FROM mentions WHERE document_id = $id ORDER BY kind, idx"))
        {
            command.Parameters.AddWithValue("$id", documentId);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var data = reader.GetString(1);
                switch (reader.GetString(0))
                {
                    case "date":
                        dates.Add(Deserialize<DateMention>(data, documentId));
                        break;
                    case "quantity":
                        quantities.Add(Deserialize<QuantityMention>(data, documentId));
                        break;
                    case "actor":
                        actors.Add(Deserialize<ActorMention>(data, documentId));
                        break;
                    case "place":
                        places.Add(Deserialize<PlaceMention>(data, documentId));
                        break;
                }
            }
        }

        return new ArticleAnnotations(anchor, sentences, dates, quantities, actors, places, version, inferred);
    }

    private T Deserialize<T>(string json, long documentId)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, MentionJson)
                ?? throw new StorageException($"{Path}: document {documentId}: an empty {typeof(T).Name} record");
        }
        catch (JsonException e)
        {
            throw new StorageException($"{Path}: document {documentId}: unreadable {typeof(T).Name} record ({e.Message})", e);
        }
    }
}
