using Microsoft.Data.Sqlite;
using Sitrep.Testing;

namespace Sitrep.Storage.Sqlite.Tests;

public sealed class SqliteDocumentStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 5, 10, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new();

    private string DbPath => _temp.Combine("data", "sitrep.db");

    private static ProcessedDocument Sample(string text = "First paragraph about al-Tanf.\n\nSecond paragraph, shelling near Hajin.", string origin = "a.txt")
    {
        var raw = new RawDocument(origin, ContentKind.Text, System.Text.Encoding.UTF8.GetBytes(text + "\nnoise"), "https://example.org/a",
            Hints: new DocumentHints(Outlet: "Hint Outlet"));
        var split = text.IndexOf("\n\n", StringComparison.Ordinal);
        var article = new Article(
            "Clashes reported near Hajin",
            new PublicationDate(new DateOnly(2026, 3, 4), new TimeOnly(8, 30), TimeSpan.FromHours(3), "2026-03-04T08:30:00+03:00"),
            "Levant Monitor", "A. Writer", "https://example.org/a", "en", text,
            [new Paragraph(0, BlockKind.Paragraph, new TextSpan(0, split), new TextSpan(0, split)),
             new Paragraph(1, BlockKind.Quote, new TextSpan(split + 2, text.Length - split - 2))],
            [new ReaderComment(0, "reader1", "Nonsense."), new ReaderComment(1, null, "Thanks for the report.")],
            [new BoilerplateBlock("Support Levant Monitor", BoilerplateReason.Donation), new BoilerplateBlock("noise", BoilerplateReason.Other)]);
        return new ProcessedDocument(raw, new DecodedDocument(raw, text, "utf-8"), article, Now);
    }

    [Fact]
    public void Opening_creates_the_file_with_the_current_schema_in_WAL_mode()
    {
        using var store = SqliteDocumentStore.Open(DbPath);
        Assert.True(File.Exists(DbPath));
        Assert.Equal(SqliteDocumentStore.CurrentSchemaVersion, store.SchemaVersion);
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string)command.ExecuteScalar()!);
    }

    [Fact]
    public void A_stored_article_reads_back_with_offsets_comments_boilerplate_and_date()
    {
        using var store = SqliteDocumentStore.Open(DbPath);
        var result = store.Store(Sample());
        Assert.Equal(StoreOutcome.Added, result.Outcome);

        var stored = store.GetArticle(result.DocumentId)!;
        var article = stored.Article!;
        Assert.Equal("Clashes reported near Hajin", article.Title);
        Assert.Equal("2026-03-04", article.Published!.IsoDate);
        Assert.Equal(new TimeOnly(8, 30), article.Published.Time);
        Assert.Equal(TimeSpan.FromHours(3), article.Published.Offset);
        Assert.Equal(["First paragraph about al-Tanf.", "Second paragraph, shelling near Hajin."], article.ParagraphTexts);
        Assert.Equal(BlockKind.Quote, article.Paragraphs[1].Kind);
        Assert.Equal(new TextSpan(0, 30), article.Paragraphs[0].SourceSpan);
        Assert.Null(article.Paragraphs[1].SourceSpan);
        Assert.Equal("reader1", article.Comments[0].Author);
        Assert.Null(article.Comments[1].Author);
        Assert.Equal(BoilerplateReason.Donation, article.Boilerplate[0].Reason);
        Assert.Equal("utf-8", stored.Encoding);
        Assert.Equal(2, stored.Summary.ParagraphCount);
        Assert.Equal(2, stored.Summary.CommentCount);
        Assert.Equal(Now, stored.Summary.IngestedAt);
    }

    [Fact]
    public void Storing_the_same_content_twice_keeps_one_copy()
    {
        using var store = SqliteDocumentStore.Open(DbPath);
        var first = store.Store(Sample(origin: "a.txt"));
        var second = store.Store(Sample(origin: "copy-of-a.txt"));
        Assert.Equal(StoreOutcome.AlreadyPresent, second.Outcome);
        Assert.Equal(first.DocumentId, second.DocumentId);
        Assert.Equal(1, store.Count());
        Assert.True(store.Contains(Sample().Raw.ContentHash));
    }

    [Fact]
    public void The_raw_bytes_are_kept_exactly_for_re_running_later_stages()
    {
        using var store = SqliteDocumentStore.Open(DbPath);
        var sample = Sample();
        var id = store.Store(sample).DocumentId;
        var raw = store.GetRaw(id)!;
        Assert.Equal(sample.Raw.Content.ToArray(), raw.Content.ToArray());
        Assert.Equal("https://example.org/a", raw.Url);
        Assert.Equal("Hint Outlet", raw.EffectiveHints.Outlet);
        Assert.Equal(ContentKind.Text, raw.Kind);
    }

    [Fact]
    public void Pending_feed_items_are_listed_with_their_hint_title_and_no_article()
    {
        using var store = SqliteDocumentStore.Open(DbPath);
        var raw = new RawDocument("feed.xml#item-2", ContentKind.Pending, ReadOnlyMemory<byte>.Empty, "https://example.org/b",
            Hints: new DocumentHints(Title: "Teaser only"));
        var id = store.Store(new ProcessedDocument(raw, null, null, Now)).DocumentId;
        var row = Assert.Single(store.ListArticles());
        Assert.Equal("Teaser only", row.Title);
        Assert.Equal(ContentKind.Pending, row.Kind);
        Assert.Null(store.GetArticle(id)!.Article);
    }

    [Fact]
    public void Full_text_search_finds_words_and_falls_back_to_phrases_for_punctuated_terms()
    {
        using var store = SqliteDocumentStore.Open(DbPath);
        store.Store(Sample());
        store.Store(Sample("Nothing relevant here.\n\nOnly weather.", "b.txt"));

        var hit = Assert.Single(store.Search("shelling"));
        Assert.Contains("[shelling]", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal("Clashes reported near Hajin", hit.Summary.Title);
        Assert.Single(store.Search("al-Tanf"));
        Assert.Empty(store.Search("Mosul"));
    }

    [Fact]
    public void A_document_that_fails_half_way_leaves_nothing_behind_and_keeps_what_was_stored()
    {
        using var store = SqliteDocumentStore.Open(DbPath);
        store.Store(Sample());
        var bad = Sample("Another body.\n\nWith two paragraphs.", "bad.txt");
        // Two paragraphs with the same index violate the primary key after the document row is written.
        var broken = bad with { Article = bad.Article! with { Paragraphs = [bad.Article.Paragraphs[0], bad.Article.Paragraphs[0]] } };

        Assert.Throws<SqliteException>(() => store.Store(broken));

        Assert.Equal(1, store.Count());
        Assert.False(store.Contains(broken.Raw.ContentHash));
        Assert.Single(store.Search("shelling"));
    }

    [Fact]
    public void Replacing_an_article_rewrites_it_and_its_search_entry()
    {
        using var store = SqliteDocumentStore.Open(DbPath);
        var id = store.Store(Sample()).DocumentId;
        var replacement = Sample("Rewritten body mentions Raqqa.\n\nAnd a second part.");
        Assert.True(store.ReplaceArticle(id, replacement));
        Assert.Empty(store.Search("shelling"));
        Assert.Single(store.Search("Raqqa"));
        Assert.False(store.ReplaceArticle(id + 100, replacement));
    }

    [Fact]
    public void A_database_from_a_newer_Sitrep_is_refused_with_a_clear_message()
    {
        using (var store = SqliteDocumentStore.Open(DbPath))
        {
            store.Store(Sample());
        }

        using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 999";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<StorageException>(() => SqliteDocumentStore.Open(DbPath));
        Assert.Contains("newer Sitrep", error.Message, StringComparison.Ordinal);
        Assert.Contains(DbPath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_and_left_untouched()
    {
        var path = _temp.WriteText("notes.db", new string('x', 5000));
        var error = Assert.Throws<StorageException>(() => SqliteDocumentStore.Open(path));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Equal(new string('x', 5000), File.ReadAllText(path));
    }

    public void Dispose() => _temp.Dispose();
}
