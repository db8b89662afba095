using System.Text.Json;
using Sitrep.Linking.Stories;

namespace Sitrep.Linking.Tests.Stories;

public sealed class StoryClustererTests
{
    private static readonly DateOnly Day = new(2026, 3, 4);

    // Two events of the same kind: a market shelled in one town, a hospital shelled in another, with other names,
    // figures and places; and an unrelated story so the document frequencies are not all ones.
    private static readonly StoryDocument MarketFirst = new(1, Day, "Shelling kills 14 at Karbeh market",
        "Artillery shells struck the crowded vegetable market in Karbeh on Tuesday morning, killing 14 civilians and wounding 31, " +
        "according to the Karbeh civil defence. Commander Yusuf Haddad of the Northern Brigade denied firing on the town.",
        ["Northern Brigade", "Yusuf Haddad"], ["Karbeh"]);

    private static readonly StoryDocument MarketSecond = new(2, Day.AddDays(1), "Karbeh market toll rises to 17",
        "The toll from the shelling of the Karbeh vegetable market rose to 17 after three of the 31 wounded died in hospital, " +
        "the civil defence said. The Northern Brigade and its commander Yusuf Haddad again denied responsibility for the shells.",
        ["Northern Brigade", "Yusuf Haddad"], ["Karbeh"]);

    private static readonly StoryDocument Hospital = new(3, Day.AddDays(2), "Shelling hits Tel Samra hospital, 6 dead",
        "Shells hit the main hospital of Tel Samra on Thursday, killing six patients and a nurse, medics said. " +
        "The Eastern Front militia blamed government gunners positioned near Wadi Harun for the attack on the hospital.",
        ["Eastern Front", "government forces"], ["Tel Samra", "Wadi Harun"]);

    private static readonly StoryDocument Floods = new(4, Day.AddDays(1), "Floods close the coastal highway",
        "Heavy rain flooded the coastal highway near Port Elma, stranding hundreds of lorries, the transport ministry said.",
        [], ["Port Elma"]);

    private static (StoryClusterer Clusterer, InMemoryStories Stories) Create(StoryClusteringOptions? options = null)
    {
        var stories = new InMemoryStories();
        return (new StoryClusterer(stories, options), stories);
    }

    private static StoryAssignment Add(StoryClusterer clusterer, InMemoryStories stories, StoryDocument document)
    {
        var assignment = clusterer.Add(document);
        stories.Save(assignment.Profile);
        return assignment;
    }

    [Fact]
    public void A_follow_up_on_the_same_event_joins_its_story()
    {
        var (clusterer, stories) = Create();
        Add(clusterer, stories, Floods);
        var first = Add(clusterer, stories, MarketFirst);
        var second = Add(clusterer, stories, MarketSecond);

        Assert.True(first.IsNew);
        Assert.False(second.IsNew);
        Assert.Equal(MarketFirst.Id, second.StoryId);
        Assert.Equal(2, second.Profile.Members);
        Assert.Equal(2, second.Profile.Actors["Northern Brigade"]);
        Assert.Equal(Day, second.Profile.First);
        Assert.Equal(Day.AddDays(1), second.Profile.Last);
        Assert.True(second.Score >= clusterer.Options.Threshold, $"score {second.Score:F3}");
    }

    [Fact]
    public void Another_event_of_the_same_kind_with_other_names_figures_and_places_starts_its_own_story()
    {
        var (clusterer, stories) = Create();
        Add(clusterer, stories, Floods);
        Add(clusterer, stories, MarketFirst);
        Add(clusterer, stories, MarketSecond);
        var hospital = Add(clusterer, stories, Hospital);

        Assert.True(hospital.IsNew, $"joined story {hospital.StoryId} with score {hospital.Score:F3}");
        Assert.Equal(Hospital.Id, hospital.StoryId);
        Assert.Equal(3, stories.Stories.Count);
    }

    [Fact]
    public void A_report_outside_the_time_window_starts_a_new_story_and_one_inside_it_joins()
    {
        var (clusterer, stories) = Create();
        Add(clusterer, stories, Floods);
        Add(clusterer, stories, MarketFirst);
        var late = Add(clusterer, stories, MarketSecond with { Id = 10, Published = Day.AddDays(20) });
        var inWindow = Add(clusterer, stories, MarketSecond with { Id = 11, Published = Day.AddDays(6) });

        Assert.True(late.IsNew);
        Assert.Equal(MarketFirst.Id, inWindow.StoryId);
    }

    [Fact]
    public void An_undated_report_may_join_a_story_of_any_date()
    {
        var (clusterer, stories) = Create();
        Add(clusterer, stories, Floods);
        Add(clusterer, stories, MarketFirst);
        var undated = Add(clusterer, stories, MarketSecond with { Published = null });

        Assert.Equal(MarketFirst.Id, undated.StoryId);
        Assert.Equal(Day, undated.Profile.First);
        Assert.Equal(Day, undated.Profile.Last);
    }

    [Fact]
    public void A_higher_threshold_splits_what_the_default_merges()
    {
        var (clusterer, stories) = Create(StoryClusteringOptions.Default with { Threshold = 2 });
        Add(clusterer, stories, MarketFirst);
        Assert.True(Add(clusterer, stories, MarketSecond).IsNew);
    }

    [Fact]
    public void The_centroid_keeps_only_the_strongest_terms_and_the_article_counts_in_the_document_frequencies()
    {
        var (clusterer, stories) = Create(StoryClusteringOptions.Default with { CentroidTerms = 5 });
        var first = Add(clusterer, stories, MarketFirst);

        Assert.Equal(5, first.Profile.Centroid.Count);
        Assert.Contains("karbeh", first.Terms);
        Assert.Contains("actor: Northern Brigade", first.Terms);
        Assert.Equal(1, clusterer.Terms.Documents);
        Assert.Equal(1, clusterer.Terms.Frequencies["karbeh"]);
        Assert.All(first.Profile.Centroid.Values, w => Assert.InRange(w, 0, 1));
    }

    [Fact]
    public void State_saved_as_records_and_reloaded_goes_on_exactly_as_the_running_clusterer()
    {
        var (running, runningStories) = Create();
        Add(running, runningStories, Floods);
        Add(running, runningStories, MarketFirst);

        // What a store would keep: the profiles and the term statistics, here through JSON and back.
        var savedProfiles = JsonSerializer.Serialize(runningStories.Stories.Values.ToList());
        var savedTerms = JsonSerializer.Serialize(running.Terms);
        var reloadedStories = new InMemoryStories();
        foreach (var profile in JsonSerializer.Deserialize<List<StoryProfile>>(savedProfiles)!)
        {
            reloadedStories.Save(profile);
        }

        var reloaded = new StoryClusterer(reloadedStories, terms: JsonSerializer.Deserialize<TermStatistics>(savedTerms));

        foreach (var next in (StoryDocument[])[MarketSecond, Hospital])
        {
            var expected = Add(running, runningStories, next);
            var actual = Add(reloaded, reloadedStories, next);
            Assert.Equal(expected.StoryId, actual.StoryId);
            Assert.Equal(expected.Score, actual.Score, 12);
            Assert.Equal(expected.Profile.Members, actual.Profile.Members);
            Assert.Equal(expected.Profile.Centroid.OrderBy(kv => kv.Key), actual.Profile.Centroid.OrderBy(kv => kv.Key));
        }

        Assert.Equal(running.Terms.Documents, reloaded.Terms.Documents);
        Assert.Equal(running.Terms.Frequencies.OrderBy(kv => kv.Key), reloaded.Terms.Frequencies.OrderBy(kv => kv.Key));
    }

    [Fact]
    public void The_in_memory_index_returns_only_stories_in_the_window_that_share_a_key()
    {
        var stories = new InMemoryStories();
        var centroid = new Dictionary<string, double> { ["karbeh"] = 0.8, ["market"] = 0.6 };
        stories.Save(new StoryProfile(1, centroid, Day, Day, new Dictionary<string, int>(), new Dictionary<string, int>(), 1));
        stories.Save(new StoryProfile(2, centroid, Day.AddDays(-30), Day.AddDays(-30), new Dictionary<string, int>(), new Dictionary<string, int>(), 1));
        stories.Save(new StoryProfile(3, new Dictionary<string, double> { ["flood"] = 1 }, Day, Day,
            new Dictionary<string, int>(), new Dictionary<string, int> { ["Karbeh"] = 1 }, 1));
        stories.Save(new StoryProfile(4, new Dictionary<string, double> { ["flood"] = 1 }, Day, Day, new Dictionary<string, int>(), new Dictionary<string, int>(), 1));

        var dated = stories.Near(new StoryQuery(Day.AddDays(3), 7, ["karbeh"], [], ["Karbeh"]));
        Assert.Equal([1L, 3L], dated.Select(s => s.Id).Order());

        var undated = stories.Near(new StoryQuery(null, 7, ["karbeh"], [], []));
        Assert.Equal([1L, 2L], undated.Select(s => s.Id).Order());

        // Saving an updated profile replaces the old one in every index.
        stories.Save(new StoryProfile(1, new Dictionary<string, double> { ["flood"] = 1 }, Day, Day.AddDays(1),
            new Dictionary<string, int>(), new Dictionary<string, int>(), 2));
        Assert.DoesNotContain(stories.Near(new StoryQuery(null, 7, ["karbeh"], [], [])), s => s.Id == 1);
        Assert.Contains(stories.Near(new StoryQuery(Day.AddDays(8), 7, ["flood"], [], [])), s => s.Id == 1);
    }

    [Theory]
    [InlineData("Strikes", "strik")]
    [InlineData("striking", "strik")]
    [InlineData("strike", "strik")]
    [InlineData("shelled", "shell")]
    [InlineData("stopped", "stop")]
    [InlineData("casualties", "casualty")]
    [InlineData("1,200", "1200")]
    [InlineData("2014", "2014")]
    public void Words_are_lowercased_and_stripped_of_common_endings(string word, string term) =>
        Assert.Equal([term], StoryTerms.Of(word));

    [Fact]
    public void Stop_words_lone_digits_and_stray_letters_are_not_terms() =>
        Assert.Equal(["rocket", "hit", "depot"], StoryTerms.Of("The 3 rockets hit a depot, he said; s"));
}
