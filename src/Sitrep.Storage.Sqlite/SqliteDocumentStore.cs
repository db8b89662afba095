using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// Stores documents and extracted articles in one SQLite file (WAL mode, FTS5 index). Each document is written in
/// its own transaction, so a failure never leaves a half-written document and never touches what is stored.
/// Not thread-safe: use one instance per thread.
/// </summary>
public sealed partial class SqliteDocumentStore : IDocumentStore
{
    private readonly SqliteConnection _connection;

    // Set while a multi-step operation (linking) runs in one transaction, so the reads it reuses join it.
    private SqliteTransaction? _ambientTransaction;

    private SqliteDocumentStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>The schema version this build of Sitrep writes.</summary>
    public static int CurrentSchemaVersion => Migrations.All.Count;

    /// <summary>
    /// Opens (creating if needed) the database at <paramref name="path"/> and brings its schema up to date.
    /// </summary>
    /// <exception cref="StorageException">The file is not a Sitrep database, is from a newer Sitrep, or cannot be opened.</exception>
    public static SqliteDocumentStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;");
            Migrate(connection, fullPath);
            return new SqliteDocumentStore(connection, fullPath);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StorageException($"{fullPath}: cannot open as a Sitrep database: {FirstLine(e.Message)}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The schema version recorded in the open database.</summary>
    public int SchemaVersion => ReadUserVersion(_connection);

    private static void Migrate(SqliteConnection connection, string path)
    {
        var version = ReadUserVersion(connection);
        if (version > Migrations.All.Count)
        {
            throw new StorageException(
                $"{path}: schema version {version} was written by a newer Sitrep (this one knows up to {Migrations.All.Count}); upgrade Sitrep");
        }

        if (version == Migrations.All.Count)
        {
            return;
        }

        using var transaction = connection.BeginTransaction();
        for (var i = version; i < Migrations.All.Count; i++)
        {
            Execute(connection, Migrations.All[i], transaction);
        }

        Execute(connection, $"PRAGMA user_version = {Migrations.All.Count}", transaction);
        transaction.Commit();
    }

    private static int ReadUserVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public bool Contains(string contentHash)
    {
        using var command = Command("SELECT 1 FROM documents WHERE content_hash = $hash");
        command.Parameters.AddWithValue("$hash", contentHash);
        return command.ExecuteScalar() is not null;
    }

    /// <inheritdoc />
    public StoreResult Store(ProcessedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var raw = document.Raw;
        var hash = raw.ContentHash;
        using var transaction = _connection.BeginTransaction();
        using (var existing = Command("SELECT id FROM documents WHERE content_hash = $hash", transaction))
        {
            existing.Parameters.AddWithValue("$hash", hash);
            if (existing.ExecuteScalar() is long id)
            {
                return new StoreResult(id, StoreOutcome.AlreadyPresent);
            }
        }

        long documentId;
        using (var insert = Command(
            """
            INSERT INTO documents (content_hash, origin, kind, url, declared_charset, hint_title, hint_published,
                                   hint_author, hint_outlet, raw, raw_bytes, ingested_at)
            VALUES ($hash, $origin, $kind, $url, $charset, $title, $published, $author, $outlet, $raw, $bytes, $at)
            RETURNING id
            """, transaction))
        {
            var hints = raw.EffectiveHints;
            insert.Parameters.AddWithValue("$hash", hash);
            insert.Parameters.AddWithValue("$origin", raw.Origin);
            insert.Parameters.AddWithValue("$kind", KindName(raw.Kind));
            insert.Parameters.AddWithValue("$url", (object?)raw.Url ?? DBNull.Value);
            insert.Parameters.AddWithValue("$charset", (object?)raw.DeclaredCharset ?? DBNull.Value);
            insert.Parameters.AddWithValue("$title", (object?)hints.Title ?? DBNull.Value);
            insert.Parameters.AddWithValue("$published", (object?)hints.Published ?? DBNull.Value);
            insert.Parameters.AddWithValue("$author", (object?)hints.Author ?? DBNull.Value);
            insert.Parameters.AddWithValue("$outlet", (object?)hints.Outlet ?? DBNull.Value);
            insert.Parameters.Add("$raw", SqliteType.Blob).Value = raw.Content.ToArray();
            insert.Parameters.AddWithValue("$bytes", raw.Content.Length);
            insert.Parameters.AddWithValue("$at", FormatTime(document.ProcessedAt));
            documentId = (long)insert.ExecuteScalar()!;
        }

        if (document.Article is { } article)
        {
            WriteArticle(documentId, article, document.Decoded?.Encoding, document.ProcessedAt, transaction);
            if (document.Annotations is { } annotations)
            {
                WriteAnnotations(documentId, annotations, document.ProcessedAt, transaction);
            }

            if (document.Coding is { } coding)
            {
                WriteCoding(documentId, coding, document.ProcessedAt, transaction);
            }
        }

        transaction.Commit();
        return new StoreResult(documentId, StoreOutcome.Added);
    }

    /// <summary>
    /// Replaces the extracted article of a stored document (after re-running extraction on its raw bytes), in one
    /// transaction. Returns false when no document has that id.
    /// </summary>
    public bool ReplaceArticle(long documentId, ProcessedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var transaction = _connection.BeginTransaction();
        using (var exists = Command("SELECT 1 FROM documents WHERE id = $id", transaction))
        {
            exists.Parameters.AddWithValue("$id", documentId);
            if (exists.ExecuteScalar() is null)
            {
                return false;
            }
        }

        UnlinkEvents(documentId, transaction);
        using (var delete = Command("DELETE FROM articles WHERE document_id = $id; DELETE FROM articles_fts WHERE rowid = $id;", transaction))
        {
            delete.Parameters.AddWithValue("$id", documentId);
            delete.ExecuteNonQuery();
        }

        if (document.Article is { } article)
        {
            WriteArticle(documentId, article, document.Decoded?.Encoding, document.ProcessedAt, transaction);
            if (document.Annotations is { } annotations)
            {
                WriteAnnotations(documentId, annotations, document.ProcessedAt, transaction);
            }

            if (document.Coding is { } coding)
            {
                WriteCoding(documentId, coding, document.ProcessedAt, transaction);
            }
        }

        transaction.Commit();
        return true;
    }

    private void WriteArticle(long documentId, Article article, string? encoding, DateTimeOffset at, SqliteTransaction transaction)
    {
        using (var insert = Command(
            """
            INSERT INTO articles (document_id, title, published, published_time, published_offset, published_evidence,
                                  outlet, author, url, language, encoding, body, extracted_at)
            VALUES ($id, $title, $published, $time, $offset, $evidence, $outlet, $author, $url, $language, $encoding, $body, $at)
            """, transaction))
        {
            insert.Parameters.AddWithValue("$id", documentId);
            insert.Parameters.AddWithValue("$title", (object?)article.Title ?? DBNull.Value);
            insert.Parameters.AddWithValue("$published", (object?)article.Published?.IsoDate ?? DBNull.Value);
            insert.Parameters.AddWithValue("$time", (object?)article.Published?.Time?.ToString("HH:mm:ss", CultureInfo.InvariantCulture) ?? DBNull.Value);
            insert.Parameters.AddWithValue("$offset", (object?)FormatOffset(article.Published?.Offset) ?? DBNull.Value);
            insert.Parameters.AddWithValue("$evidence", (object?)article.Published?.Evidence ?? DBNull.Value);
            insert.Parameters.AddWithValue("$outlet", (object?)article.Outlet ?? DBNull.Value);
            insert.Parameters.AddWithValue("$author", (object?)article.Author ?? DBNull.Value);
            insert.Parameters.AddWithValue("$url", (object?)article.Url ?? DBNull.Value);
            insert.Parameters.AddWithValue("$language", (object?)article.Language ?? DBNull.Value);
            insert.Parameters.AddWithValue("$encoding", (object?)encoding ?? DBNull.Value);
            insert.Parameters.AddWithValue("$body", article.Body);
            insert.Parameters.AddWithValue("$at", FormatTime(at));
            insert.ExecuteNonQuery();
        }

        using (var paragraph = Command(
            "INSERT INTO paragraphs (document_id, idx, kind, start, length, source_start, source_length) VALUES ($id, $idx, $kind, $start, $length, $sstart, $slength)",
            transaction))
        {
            var idx = paragraph.Parameters.Add("$idx", SqliteType.Integer);
            var kind = paragraph.Parameters.Add("$kind", SqliteType.Text);
            var start = paragraph.Parameters.Add("$start", SqliteType.Integer);
            var length = paragraph.Parameters.Add("$length", SqliteType.Integer);
            var sourceStart = paragraph.Parameters.Add("$sstart", SqliteType.Integer);
            var sourceLength = paragraph.Parameters.Add("$slength", SqliteType.Integer);
            paragraph.Parameters.AddWithValue("$id", documentId);
            foreach (var p in article.Paragraphs)
            {
                idx.Value = p.Index;
                kind.Value = p.Kind.ToString();
                start.Value = p.Span.Start;
                length.Value = p.Span.Length;
                sourceStart.Value = (object?)p.SourceSpan?.Start ?? DBNull.Value;
                sourceLength.Value = (object?)p.SourceSpan?.Length ?? DBNull.Value;
                paragraph.ExecuteNonQuery();
            }
        }

        using (var comment = Command(
            "INSERT INTO comments (document_id, idx, author, text, posted) VALUES ($id, $idx, $author, $text, $posted)", transaction))
        {
            var idx = comment.Parameters.Add("$idx", SqliteType.Integer);
            var author = comment.Parameters.Add("$author", SqliteType.Text);
            var text = comment.Parameters.Add("$text", SqliteType.Text);
            var posted = comment.Parameters.Add("$posted", SqliteType.Text);
            comment.Parameters.AddWithValue("$id", documentId);
            foreach (var c in article.Comments)
            {
                idx.Value = c.Index;
                author.Value = (object?)c.Author ?? DBNull.Value;
                text.Value = c.Text;
                posted.Value = (object?)c.Posted ?? DBNull.Value;
                comment.ExecuteNonQuery();
            }
        }

        using (var boilerplate = Command(
            "INSERT INTO boilerplate (document_id, idx, reason, text) VALUES ($id, $idx, $reason, $text)", transaction))
        {
            var idx = boilerplate.Parameters.Add("$idx", SqliteType.Integer);
            var reason = boilerplate.Parameters.Add("$reason", SqliteType.Text);
            var text = boilerplate.Parameters.Add("$text", SqliteType.Text);
            boilerplate.Parameters.AddWithValue("$id", documentId);
            var i = 0;
            foreach (var b in article.Boilerplate)
            {
                idx.Value = i++;
                reason.Value = b.Reason.ToString();
                text.Value = b.Text;
                boilerplate.ExecuteNonQuery();
            }
        }

        using var fts = Command("INSERT INTO articles_fts (rowid, title, body) VALUES ($id, $title, $body)", transaction);
        fts.Parameters.AddWithValue("$id", documentId);
        fts.Parameters.AddWithValue("$title", article.Title ?? "");
        fts.Parameters.AddWithValue("$body", article.Body);
        fts.ExecuteNonQuery();
    }

    private const string SummarySelect =
        """
        SELECT d.id, COALESCE(a.title, d.hint_title), a.outlet, a.published, COALESCE(a.url, d.url), d.origin, d.kind,
               (SELECT COUNT(*) FROM paragraphs p WHERE p.document_id = d.id),
               (SELECT COUNT(*) FROM comments c WHERE c.document_id = d.id),
               COALESCE(LENGTH(a.body), 0), d.ingested_at
        FROM documents d LEFT JOIN articles a ON a.document_id = d.id
        """;

    /// <inheritdoc />
    public IReadOnlyList<ArticleSummary> ListArticles(int limit = 100, int offset = 0)
    {
        using var command = Command(SummarySelect + " ORDER BY COALESCE(a.published, substr(d.ingested_at, 1, 10)) DESC, d.id DESC LIMIT $limit OFFSET $offset");
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", offset);
        return ReadSummaries(command);
    }

    /// <inheritdoc />
    public StoredArticle? GetArticle(long id)
    {
        ArticleSummary summary;
        using (var command = Command(SummarySelect + " WHERE d.id = $id"))
        {
            command.Parameters.AddWithValue("$id", id);
            var rows = ReadSummaries(command);
            if (rows.Count == 0)
            {
                return null;
            }

            summary = rows[0];
        }

        using var article = Command(
            """
            SELECT d.content_hash, a.encoding, a.title, a.published, a.published_time, a.published_offset, a.published_evidence,
                   a.outlet, a.author, a.url, a.language, a.body
            FROM documents d LEFT JOIN articles a ON a.document_id = d.id WHERE d.id = $id
            """);
        article.Parameters.AddWithValue("$id", id);
        using var reader = article.ExecuteReader();
        reader.Read();
        var hash = reader.GetString(0);
        var encoding = NullableString(reader, 1);
        if (reader.IsDBNull(11))
        {
            return new StoredArticle(summary, null, hash, encoding);
        }

        PublicationDate? published = null;
        if (NullableString(reader, 3) is { } date)
        {
            published = new PublicationDate(
                DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                NullableString(reader, 4) is { } time ? TimeOnly.ParseExact(time, "HH:mm:ss", CultureInfo.InvariantCulture) : null,
                ParseOffset(NullableString(reader, 5)),
                NullableString(reader, 6) ?? date);
        }

        var body = reader.GetString(11);
        var result = new Article(
            NullableString(reader, 2), published, NullableString(reader, 7), NullableString(reader, 8), NullableString(reader, 9),
            NullableString(reader, 10), body, ReadParagraphs(id), ReadComments(id), ReadBoilerplate(id));
        return new StoredArticle(summary, result, hash, encoding);
    }

    /// <inheritdoc />
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        try
        {
            return RunSearch(query, limit);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 1)
        {
            // Plain words with punctuation ("al-Tanf", "U.S.") are not valid FTS5 syntax (FTS5 reads "al-Tanf" as a
            // column filter); search each whitespace-separated term as a phrase instead.
            var quoted = string.Join(' ', query.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(term => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
            try
            {
                return RunSearch(quoted, limit);
            }
            catch (SqliteException)
            {
                throw new ArgumentException($"invalid search query '{query}': {FirstLine(e.Message)}", nameof(query), e);
            }
        }
    }

    private List<SearchHit> RunSearch(string query, int limit)
    {
        using var command = Command(
            """
            SELECT rowid, snippet(articles_fts, 1, '[', ']', '…', 16), bm25(articles_fts, 5.0, 1.0)
            FROM articles_fts WHERE articles_fts MATCH $query ORDER BY bm25(articles_fts, 5.0, 1.0) LIMIT $limit
            """);
        command.Parameters.AddWithValue("$query", query);
        command.Parameters.AddWithValue("$limit", limit);
        var hits = new List<(long Id, string Snippet, double Rank)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                hits.Add((reader.GetInt64(0), reader.GetString(1), reader.GetDouble(2)));
            }
        }

        var results = new List<SearchHit>(hits.Count);
        foreach (var (id, snippet, rank) in hits)
        {
            using var summary = Command(SummarySelect + " WHERE d.id = $id");
            summary.Parameters.AddWithValue("$id", id);
            var row = ReadSummaries(summary);
            if (row.Count == 1)
            {
                results.Add(new SearchHit(row[0], snippet, rank));
            }
        }

        return results;
    }

    /// <inheritdoc />
    public RawDocument? GetRaw(long id)
    {
        using var command = Command(
            "SELECT origin, kind, raw, url, declared_charset, hint_title, hint_published, hint_author, hint_outlet FROM documents WHERE id = $id");
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new RawDocument(
            reader.GetString(0),
            ParseKind(reader.GetString(1)),
            (byte[])reader.GetValue(2),
            NullableString(reader, 3),
            NullableString(reader, 4),
            new DocumentHints(NullableString(reader, 5), NullableString(reader, 6), NullableString(reader, 7), NullableString(reader, 8)));
    }

    /// <summary>Ids of every stored document, in id order.</summary>
    public IReadOnlyList<long> DocumentIds()
    {
        using var command = Command("SELECT id FROM documents ORDER BY id");
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    /// <inheritdoc />
    public int Count()
    {
        using var command = Command("SELECT COUNT(*) FROM documents");
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private List<Paragraph> ReadParagraphs(long id)
    {
        using var command = Command("SELECT idx, kind, start, length, source_start, source_length FROM paragraphs WHERE document_id = $id ORDER BY idx");
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var list = new List<Paragraph>();
        while (reader.Read())
        {
            TextSpan? source = reader.IsDBNull(4) ? null : new TextSpan(reader.GetInt32(4), reader.GetInt32(5));
            list.Add(new Paragraph(reader.GetInt32(0), Enum.Parse<BlockKind>(reader.GetString(1)), new TextSpan(reader.GetInt32(2), reader.GetInt32(3)), source));
        }

        return list;
    }

    private List<ReaderComment> ReadComments(long id)
    {
        using var command = Command("SELECT idx, author, text, posted FROM comments WHERE document_id = $id ORDER BY idx");
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var list = new List<ReaderComment>();
        while (reader.Read())
        {
            list.Add(new ReaderComment(reader.GetInt32(0), NullableString(reader, 1), reader.GetString(2), NullableString(reader, 3)));
        }

        return list;
    }

    private List<BoilerplateBlock> ReadBoilerplate(long id)
    {
        using var command = Command("SELECT reason, text FROM boilerplate WHERE document_id = $id ORDER BY idx");
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var list = new List<BoilerplateBlock>();
        while (reader.Read())
        {
            list.Add(new BoilerplateBlock(reader.GetString(1), Enum.TryParse<BoilerplateReason>(reader.GetString(0), out var r) ? r : BoilerplateReason.Other));
        }

        return list;
    }

    private static List<ArticleSummary> ReadSummaries(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var list = new List<ArticleSummary>();
        while (reader.Read())
        {
            list.Add(new ArticleSummary(
                reader.GetInt64(0), NullableString(reader, 1), NullableString(reader, 2), NullableString(reader, 3),
                NullableString(reader, 4), reader.GetString(5), ParseKind(reader.GetString(6)), reader.GetInt32(7), reader.GetInt32(8),
                reader.GetInt32(9), DateTimeOffset.Parse(reader.GetString(10), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)));
        }

        return list;
    }

    private SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction ?? _ambientTransaction;
        return command;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static string KindName(ContentKind kind) => kind switch
    {
        ContentKind.Text => "text",
        ContentKind.Html => "html",
        _ => "pending",
    };

    private static ContentKind ParseKind(string kind) => kind switch
    {
        "text" => ContentKind.Text,
        "html" => ContentKind.Html,
        _ => ContentKind.Pending,
    };

    private static string FormatTime(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string? FormatOffset(TimeSpan? offset)
        => offset is { } o ? (o < TimeSpan.Zero ? "-" : "+") + o.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture) : null;

    private static TimeSpan? ParseOffset(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var span = TimeSpan.ParseExact(text[1..], @"hh\:mm", CultureInfo.InvariantCulture);
        return text[0] == '-' ? -span : span;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            FlushStoryTerms();
        }
        finally
        {
            _connection.Dispose();
        }
    }
}
