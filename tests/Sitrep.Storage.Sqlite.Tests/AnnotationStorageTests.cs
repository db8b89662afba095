using Microsoft.Data.Sqlite;
using Sitrep.Testing;

namespace Sitrep.Storage.Sqlite.Tests;

public sealed class AnnotationStorageTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 5, 10, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new();

    private string DbPath => _temp.Combine("sitrep.db");

    private const string Body = "On March 3, up to 10 fighters of Hayat Tahrir al-Sham attacked Hajin.";

    private static ProcessedDocument Document(ArticleAnnotations? annotations)
    {
        var raw = new RawDocument("a.txt", ContentKind.Text, System.Text.Encoding.UTF8.GetBytes(Body));
        var article = new Article("Attack on Hajin", new PublicationDate(new DateOnly(2026, 3, 4), null, null, "2026-03-04"), "Monitor", null, null, "en",
            Body, [new Paragraph(0, BlockKind.Paragraph, new TextSpan(0, Body.Length))], [], []);
        return new ProcessedDocument(raw, new DecodedDocument(raw, Body, "utf-8"), article, Now, annotations);
    }

    private static TextSpan At(string phrase) => new(Body.IndexOf(phrase, StringComparison.Ordinal), phrase.Length);

    private static ArticleAnnotations Sample(string version = "test/1") => new(
        new DateOnly(2026, 3, 4),
        [new Sentence(0, new TextSpan(0, Body.Length), 0)],
        [new DateMention(At("March 3"), "March 3", TemporalKind.Date, "2026-03-03", DatePrecision.Day, DateResolution.Anchored, new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 3))],
        [new QuantityMention(At("up to 10 fighters"), "up to 10 fighters", null, 10m, false, false, "fighters", At("fighters"))],
        [new ActorMention(At("Hayat Tahrir al-Sham"), "Hayat Tahrir al-Sham", ActorMentionKind.Known, "Hayat Tahrir al-Sham", "hts", 2, "SY")],
        [new PlaceMention(At("Hajin"), "Hajin", new Place(170000, "Hajin", 34.69, 40.83, "P.PPL", "SY", "Syria", "Deir ez-Zor", 37000), 1, null, 0.9)],
        version);

    [Fact]
    public void Annotations_stored_with_the_article_read_back_field_for_field()
    {
        using var store = SqliteDocumentStore.Open(DbPath);
        var id = store.Store(Document(Sample())).DocumentId;

        var read = store.GetAnnotations(id)!;
        var expected = Sample();
        Assert.Equal(expected.Anchor, read.Anchor);
        Assert.Equal(expected.Version, read.Version);
        Assert.Equal(expected.Sentences, read.Sentences);
        Assert.Equal(expected.Dates, read.Dates);
        Assert.Equal(expected.Quantities, read.Quantities);
        Assert.Equal(expected.Actors, read.Actors);
        Assert.Equal(expected.Places.Single().Place, read.Places.Single().Place);
        Assert.Equal(expected.Places.Single().Span, read.Places.Single().Span);
        Assert.Equal("Hajin", read.Places.Single().Span.Slice(Body));
    }

    [Fact]
    public void Re_annotating_replaces_the_previous_run_and_stale_versions_are_listed()
    {
        using var store = SqliteDocumentStore.Open(DbPath);
        var annotated = store.Store(Document(Sample("old/1"))).DocumentId;
        var bare = store.Store(Document(null) with { Raw = new RawDocument("b.txt", ContentKind.Text, "other"u8.ToArray()) }).DocumentId;

        Assert.Null(store.GetAnnotations(bare));
        Assert.Equal([annotated, bare], store.ArticlesNeedingAnnotation("new/1"));
        Assert.Equal([bare], store.ArticlesNeedingAnnotation("old/1"));

        var fewer = Sample("new/1") with { Quantities = [] };
        Assert.True(store.StoreAnnotations(annotated, fewer));
        var read = store.GetAnnotations(annotated)!;
        Assert.Equal("new/1", read.Version);
        Assert.Empty(read.Quantities);
        Assert.Single(read.Dates);
        Assert.False(store.StoreAnnotations(9999, fewer));
    }

    [Fact]
    public void Mentions_are_queryable_by_their_key_in_sql()
    {
        using (var store = SqliteDocumentStore.Open(DbPath))
        {
            store.Store(Document(Sample()));
        }

        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT kind || ':' || key FROM mentions ORDER BY kind";
        var keys = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }

        Assert.Equal(["actor:Hayat Tahrir al-Sham", "date:2026-03-03", "place:170000", "quantity:fighters"], keys);
    }

    [Fact]
    public void Replacing_the_article_drops_its_old_annotations()
    {
        using var store = SqliteDocumentStore.Open(DbPath);
        var id = store.Store(Document(Sample())).DocumentId;
        store.ReplaceArticle(id, Document(null));
        Assert.Null(store.GetAnnotations(id));
    }

    public void Dispose() => _temp.Dispose();
}

public sealed class ClaimStorageTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private const string Body = "The ministry said the bridge was destroyed. Rebels claimed they had downed a drone.";

    private static TextSpan At(string phrase) => new(Body.IndexOf(phrase, StringComparison.Ordinal), phrase.Length);

    private static ProcessedDocument Document()
    {
        var raw = new RawDocument("c.txt", ContentKind.Text, System.Text.Encoding.UTF8.GetBytes(Body));
        var article = new Article("Bridge", null, "Monitor", null, null, "en", Body, [new Paragraph(0, BlockKind.Paragraph, new TextSpan(0, Body.Length))], [], []);
        var coding = new ArticleCoding(
        [
            new Claim(At("The ministry"), "The ministry", ClaimSourceKind.Organisation, At("said"), "said", At("the bridge was destroyed"), "the bridge was destroyed", false, false),
            new Claim(At("Rebels"), "Rebels", ClaimSourceKind.Organisation, At("claimed"), "claimed", At("they had downed a drone"), "they had downed a drone", false, true, "Rebel Forces"),
        ], "test/1");
        return new ProcessedDocument(raw, new DecodedDocument(raw, Body, "utf-8"), article, DateTimeOffset.UnixEpoch, ArticleAnnotations.Empty("test/1"), coding);
    }

    [Fact]
    public void Claims_are_stored_with_their_spans_and_listed_with_filters()
    {
        using var store = SqliteDocumentStore.Open(_temp.Combine("c.db"));
        var id = store.Store(Document()).DocumentId;

        var all = store.ListClaims(new ClaimQuery());
        Assert.Equal(2, all.Count);
        Assert.All(all, c => Assert.Equal(c.Claim.ContentText, c.Claim.Content.Slice(Body)));
        Assert.Equal("Bridge", all[0].Title);

        var hedged = Assert.Single(store.ListClaims(new ClaimQuery(Hedged: true)));
        Assert.Equal("Rebel Forces", hedged.Claim.SourceActor);
        Assert.Single(store.ListClaims(new ClaimQuery(Source: "rebel forces")));
        Assert.Single(store.ListClaims(new ClaimQuery(Text: "BRIDGE")));
        Assert.Empty(store.ListClaims(new ClaimQuery(DocumentId: id + 1)));

        Assert.True(store.StoreCoding(id, new ArticleCoding([], "test/2")));
        Assert.Empty(store.ListClaims(new ClaimQuery()));
        Assert.Equal([id], store.ArticlesNeedingCoding("test/3"));
        Assert.False(store.StoreCoding(id + 5, new ArticleCoding([], "test/2")));
    }

    public void Dispose() => _temp.Dispose();
}
