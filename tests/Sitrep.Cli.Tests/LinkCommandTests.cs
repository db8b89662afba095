using System.Text.Json;

namespace Sitrep.Cli.Tests;

/// <summary>Linking through the command line: two outlets' own reports of one attack, and a re-post of one of them.</summary>
public sealed class LinkCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    private static string Fixture => Path.Combine(Testing.SharedData.RepositoryRoot, "tests", "Sitrep.Cli.Tests", "Fixtures", "kidal-two-outlets.jsonl");

    private JsonElement Json(params string[] args)
    {
        var (exit, output, error) = _cli.Run(args);
        Assert.True(exit == ExitCodes.Success, $"sitrep {string.Join(' ', args)} exited {exit}: {error}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    [Fact]
    public void Two_outlets_reporting_one_attack_make_one_event_with_two_sources_and_their_figures_are_compared()
    {
        Assert.Equal(ExitCodes.Success, _cli.Run("ingest", Fixture).Exit);

        var corroborated = Json("events", "--linked", "--min-sources", "2", "--format", "json").EnumerateArray().ToList();
        var linked = Assert.Single(corroborated);
        Assert.Equal("Kidal", linked.GetProperty("fields").GetProperty("location").GetProperty("name").GetString());
        Assert.Equal(4, linked.GetProperty("fields").GetProperty("fatalities").GetInt32()); // the lower of 4 and 6

        var detail = Json("event", linked.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");
        var outlets = detail.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("report").GetProperty("outlet").GetString()).Order().ToList();
        Assert.Equal(["Desert Herald", "North Courier"], outlets);
        var tolls = detail.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("report").GetProperty("event").GetProperty("fatalities").GetInt32()).Order().ToList();
        Assert.Equal([4, 6], tolls);

        var disputes = Json("disputes", "--contradicted", "--json").EnumerateArray().ToList();
        var size = disputes.Single(d => d.GetProperty("sides").EnumerateArray().Any(s => s.GetProperty("label").GetString()!.Contains("1,200", StringComparison.Ordinal)));
        Assert.Equal("contradicted", size.GetProperty("status").GetString());
        Assert.Contains(size.GetProperty("sides").EnumerateArray(), s => s.GetProperty("label").GetString()!.Contains("300", StringComparison.Ordinal));

        // Re-linking from scratch takes the articles in the order they arrived, so it rebuilds what ingest built.
        var before = Json("events", "--linked", "--format", "json").ToString();
        Assert.Equal(ExitCodes.Success, _cli.Run("link", "--all").Exit);
        Assert.Equal(before, Json("events", "--linked", "--format", "json").ToString());

        var sources = Json("sources", "--json").EnumerateArray().ToList();
        Assert.Equal(2, sources.Count);
        Assert.All(sources, s => Assert.True(s.GetProperty("eventsCorroborated").GetInt32() >= 1));
        Assert.Contains(sources, s => s.GetProperty("domains").EnumerateArray().Any(d => d.GetString() == "desertherald.example"));
    }

    [Fact]
    public void A_re_post_under_another_outlet_is_stored_as_a_copy_and_corroborates_nothing()
    {
        Assert.Equal(ExitCodes.Success, _cli.Run("ingest", Fixture).Exit);
        var original = File.ReadLines(Fixture).First();
        var repost = _cli.Temp.Combine("repost.jsonl");
        File.WriteAllText(repost, original
            .Replace("https://northcourier.example/2026/03/04/kidal", "https://aggregator.example/kidal-repost", StringComparison.Ordinal)
            .Replace("\"North Courier\"", "\"Aggregator Daily\"", StringComparison.Ordinal)
            .Replace("Militants storm army checkpoint in Kidal", "Kidal checkpoint stormed by militants", StringComparison.Ordinal)
            .Replace("\"text\": \"", "\"text\": \"Republished with permission from the North Courier.\\n\\n", StringComparison.Ordinal) + "\n");

        var (exit, output, _) = _cli.Run("ingest", repost);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("(1 copies of stored articles)", output, StringComparison.Ordinal);

        var linked = Json("events", "--linked", "--min-sources", "2", "--format", "json").EnumerateArray().Single();
        Assert.Equal(3, linked.GetProperty("reports").GetInt32());
        Assert.Equal(2, linked.GetProperty("fields").GetProperty("corroboration").GetInt32());
        var aggregator = Json("sources", "--json").EnumerateArray().Single(s => s.GetProperty("outlet").GetString() == "Aggregator Daily");
        Assert.Equal(1, aggregator.GetProperty("copies").GetInt32());

        // Re-linking everything from scratch finds the same.
        Assert.Equal(ExitCodes.Success, _cli.Run("link", "--all").Exit);
        Assert.Equal(2, Json("events", "--linked", "--min-sources", "2", "--format", "json").EnumerateArray().Single().GetProperty("fields").GetProperty("corroboration").GetInt32());
    }

    [Fact]
    public void An_unknown_linked_event_is_not_found()
    {
        Assert.Equal(ExitCodes.Success, _cli.Run("ingest", Fixture).Exit);
        var (exit, _, error) = _cli.Run("event", "999");
        Assert.Equal(ExitCodes.NotFound, exit);
        Assert.Contains("no linked event with id 999", error, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}

/// <summary>Stories on the seed articles (real scraped pages in ../shared).</summary>
public sealed class SeedStoryTests : IDisposable
{
    private readonly CliRunner _cli = new();

    [Fact]
    public void The_two_Libya_articles_share_a_story_and_the_SouthFront_reports_a_year_apart_do_not()
    {
        var seeds = Testing.SharedData.PathOrSkip("seeds");
        Assert.Equal(ExitCodes.Success, _cli.Run("ingest", seeds).Exit);
        using var articles = JsonDocument.Parse(_cli.Run("articles", "--json").Out);
        var idOf = articles.RootElement.EnumerateArray().ToDictionary(
            a => Path.GetFileName(a.GetProperty("origin").GetString()!)[..3], a => a.GetProperty("id").GetInt64());

        var storyOf = new Dictionary<long, long>();
        using var stories = JsonDocument.Parse(_cli.Run("stories", "--json").Out);
        foreach (var story in stories.RootElement.EnumerateArray())
        {
            var id = story.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
            using var detail = JsonDocument.Parse(_cli.Run("story", id, "--json").Out);
            foreach (var article in detail.RootElement.GetProperty("articles").EnumerateArray())
            {
                storyOf[article.GetProperty("documentId").GetInt64()] = story.GetProperty("id").GetInt64();
            }
        }

        Assert.Equal(5, storyOf.Count);
        Assert.Equal(storyOf[idOf["001"]], storyOf[idOf["003"]]);   // ISIS in Libya, two outlets
        Assert.NotEqual(storyOf[idOf["000"]], storyOf[idOf["004"]]); // 1 Dec 2017 and 23 Nov 2018
        Assert.NotEqual(storyOf[idOf["001"]], storyOf[idOf["004"]]);
    }

    public void Dispose() => _cli.Dispose();
}
