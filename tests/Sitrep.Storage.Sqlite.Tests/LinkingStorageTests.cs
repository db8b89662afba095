using Sitrep.Testing;

namespace Sitrep.Storage.Sqlite.Tests;

public sealed class LinkingStorageTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 5, 10, 0, 0, TimeSpan.Zero);
    private static readonly Place Hajin = new(170000, "Hajin", 34.69, 40.83, "P.PPL", "SY", "Syria", "Deir ez-Zor", 37000);
    private static readonly Place Raqqa = new(170002, "Raqqa", 35.95, 39.01, "P.PPLA", "SY", "Syria", "Ar-Raqqah", 220000);
    private readonly TempDirectory _temp = new();

    private const string WireStory =
        "Fighters of the Syrian Democratic Forces clashed with an Islamic State cell on the outskirts of Hajin before dawn on Tuesday, " +
        "a local monitoring group said. At least nine people were killed in the fighting, among them five militants, and several " +
        "houses near the main road were damaged. Residents said the shooting lasted for almost four hours and that reinforcements " +
        "arrived from the north of the province in the morning. The group has carried out a string of raids on checkpoints in the area " +
        "this winter, and local officials have asked for more patrols along the river.";

    private const string OwnReport =
        "Kurdish-led forces fought jihadists near Hajin on March 3. Our correspondent in the province counted twelve dead, most of " +
        "them attackers, after a night assault on a checkpoint that the defenders repelled with help from the air. A hospital in the " +
        "town received the wounded. Commanders said the attackers came from the desert to the south.";

    private string DbPath => _temp.Combine("sitrep.db");

    private static CodedEvent Clash(Place place, int fatalities, string date = "2026-03-03")
        => new(new TextSpan(0, 7), "clashed", new TextSpan(0, 40), "Political violence", "Battles", "Armed clash",
            DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), 1, "Islamic State", null, 2, "Syrian Democratic Forces", null, 2, 22,
            false, place, 1, fatalities, null, false, "On 3 March 2026, …", new Dictionary<string, TextSpan> { ["event_type"] = new(0, 7) });

    private static ProcessedDocument Document(string name, string outlet, string body, params CodedEvent[] events)
    {
        var raw = new RawDocument(name, ContentKind.Text, System.Text.Encoding.UTF8.GetBytes(outlet + "\n" + body));
        var article = new Article("Clashes near Hajin", new PublicationDate(new DateOnly(2026, 3, 4), null, null, "2026-03-04"), outlet, null,
            $"https://{outlet.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()}.example/hajin", "en",
            body, [new Paragraph(0, BlockKind.Paragraph, new TextSpan(0, body.Length))], [], []);
        return new ProcessedDocument(raw, new DecodedDocument(raw, body, "utf-8"), article, Now, null, new ArticleCoding([], "test/1", events));
    }

    private (long Id, LinkOutcome Outcome) StoreAndLink(SqliteDocumentStore store, ProcessedDocument document)
    {
        var id = store.Store(document).DocumentId;
        return (id, store.Link(id)!);
    }

    [Fact]
    public void Forty_syndicated_copies_and_one_independent_report_make_one_event_with_two_sources()
    {
        using var store = SqliteDocumentStore.Open(DbPath);
        var (first, _) = StoreAndLink(store, Document("wire.txt", "Wire", WireStory, Clash(Hajin, 9)));
        for (var i = 1; i < 40; i++)
        {
            // Each re-post carries its own site furniture around the wire text.
            var (_, outcome) = StoreAndLink(store, Document($"copy{i}.txt", $"Outlet {i}", $"Outlet {i} news desk. Share this story.\n{WireStory}\nMore from Outlet {i}.", Clash(Hajin, 9)));
            Assert.Equal(first, outcome.DuplicateGroup);
            Assert.NotNull(outcome.DuplicateOf);
        }

        var (own, ownOutcome) = StoreAndLink(store, Document("own.txt", "Independent", OwnReport, Clash(Hajin, 12)));
        Assert.Null(ownOutcome.DuplicateOf);
        Assert.Equal(own, ownOutcome.DuplicateGroup);
        Assert.Equal(1, ownOutcome.EventsCorroborated);

        var linked = Assert.Single(store.ListLinkedEvents(new Linking.LinkedEventQuery()));
        Assert.Equal(41, linked.Reports);
        Assert.Equal(2, linked.Fields.Corroboration);
        Assert.Equal(9, linked.Fields.Fatalities); // the most conservative toll
        var detail = store.GetLinkedEvent(linked.Id)!;
        Assert.Equal(41, detail.Reports.Count);
        Assert.Equal(12, detail.Reports.Single(r => r.Report.DocumentId == own).Report.Event.Fatalities);
        Assert.Equal(linked.Id, store.LinkedEventOf(own, 0));

        var sources = store.ListSources();
        Assert.Equal(41, sources.Count);
        Assert.Equal(1, sources.Single(s => s.Outlet == "Outlet 7").Copies);
        Assert.Equal(["outlet7.example"], sources.Single(s => s.Outlet == "Outlet 7").Domains);
        Assert.All(sources, s => Assert.Equal(1, s.EventsCorroborated));
        Assert.Equal(40, store.DuplicateGroup(first).Count);
    }

    [Fact]
    public void Reports_of_different_places_stay_apart_and_corroborate_nothing()
    {
        using var store = SqliteDocumentStore.Open(DbPath);
        StoreAndLink(store, Document("a.txt", "Wire", WireStory, Clash(Hajin, 9)));
        var (_, outcome) = StoreAndLink(store, Document("b.txt", "Independent", OwnReport, Clash(Raqqa, 12)));
        Assert.Equal(0, outcome.EventsCorroborated);
        Assert.Equal(2, store.ListLinkedEvents(new Linking.LinkedEventQuery()).Count);
        Assert.Empty(store.ListLinkedEvents(new Linking.LinkedEventQuery(MinCorroboration: 2)));
    }

    [Fact]
    public void Re_coding_an_article_leaves_no_stale_figure_in_its_linked_event()
    {
        using var store = SqliteDocumentStore.Open(DbPath);
        var (wire, _) = StoreAndLink(store, Document("a.txt", "Wire", WireStory, Clash(Hajin, 3)));
        StoreAndLink(store, Document("b.txt", "Independent", OwnReport, Clash(Hajin, 12)));
        Assert.Equal(3, store.ListLinkedEvents(new Linking.LinkedEventQuery()).Single().Fields.Fatalities);

        // The wire article is re-coded with no event: the linked event now rests on the other report alone.
        Assert.True(store.StoreCoding(wire, new ArticleCoding([], "test/2", [])));
        var left = store.ListLinkedEvents(new Linking.LinkedEventQuery()).Single();
        Assert.Equal(12, left.Fields.Fatalities);
        Assert.Equal(1, left.Fields.Corroboration);
        Assert.Equal(1, left.Reports);
    }

    [Fact]
    public void Re_linking_everything_from_scratch_gives_the_same_links()
    {
        using var store = SqliteDocumentStore.Open(DbPath);
        StoreAndLink(store, Document("a.txt", "Wire", WireStory, Clash(Hajin, 9)));
        StoreAndLink(store, Document("b.txt", "Copy", "Copy desk.\n" + WireStory, Clash(Hajin, 9)));
        StoreAndLink(store, Document("c.txt", "Independent", OwnReport, Clash(Hajin, 12, "2026-03-04")));
        var before = store.ListLinkedEvents(new Linking.LinkedEventQuery()).Select(e => (e.Fields, e.Reports)).ToList();

        store.ClearLinks();
        Assert.Empty(store.ListLinkedEvents(new Linking.LinkedEventQuery()));
        Assert.Equal(3, store.ArticlesNeedingLinks().Count);
        foreach (var id in store.ArticlesNeedingLinks())
        {
            store.Link(id);
        }

        Assert.Equal(before, store.ListLinkedEvents(new Linking.LinkedEventQuery()).Select(e => (e.Fields, e.Reports)).ToList());
        Assert.Empty(store.ArticlesNeedingLinks());
    }

    public void Dispose() => _temp.Dispose();
}
