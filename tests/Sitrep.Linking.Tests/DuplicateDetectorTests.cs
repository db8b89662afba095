using Sitrep.Linking.Duplicates;

namespace Sitrep.Linking.Tests;

public sealed class DuplicateDetectorTests
{
    private static readonly DuplicateDetector Detector = new();

    [Fact]
    public void Shingles_ignore_case_punctuation_and_spacing()
    {
        var a = Shingles.Of("Fighters  shelled the town of Hajin, on Monday; officials said.");
        var b = Shingles.Of("fighters shelled THE town of Hajin on Monday officials said");
        Assert.Equal(a, b);
        Assert.Equal(6, a.Count);
    }

    [Fact]
    public void Word_order_changes_the_shingles()
    {
        Assert.NotEqual(Shingles.Of("one two three four five"), Shingles.Of("five four three two one"));
    }

    [Fact]
    public void MinHash_estimate_tracks_the_true_Jaccard_similarity()
    {
        var words = Enumerable.Range(0, 400).Select(i => "w" + i).ToArray();
        var a = Shingles.Of(string.Join(' ', words[..300]));
        var b = Shingles.Of(string.Join(' ', words[100..]));
        var hasher = new MinHasher();
        var (jaccard, _) = DuplicateDetector.Compare(a, b);
        var estimate = MinHasher.EstimatedJaccard(hasher.Signature(a), hasher.Signature(b));
        Assert.InRange(jaccard, 0.49, 0.51);
        Assert.InRange(estimate, jaccard - 0.15, jaccard + 0.15);
    }

    [Fact]
    public void Signatures_round_trip_through_bytes_and_keep_their_band_keys()
    {
        var hasher = new MinHasher();
        var signature = hasher.Signature(Shingles.Of("Rebels seized two villages north of the city after heavy fighting overnight."));
        var back = MinHasher.FromBytes(MinHasher.ToBytes(signature));
        Assert.Equal(signature, back);
        Assert.Equal(hasher.BandKeys(signature), new MinHasher().BandKeys(back));
    }

    [Fact]
    public void An_excerpt_of_a_longer_story_is_a_copy_but_a_short_teaser_is_not()
    {
        var story = DemoArticles.Articles.OrderByDescending(a => a.Body.Length).First();
        var paragraphs = story.ParagraphTexts.ToList();
        var excerpt = string.Join("\n", paragraphs.Take((paragraphs.Count + 1) / 2));
        Assert.True(Detector.AreCopies(story.Body, excerpt + "\nRead more at the original site."));
        var teaser = string.Join(' ', story.Body.Split(' ').Take(20));
        Assert.False(Detector.AreCopies(story.Body, teaser));
    }

    [Fact]
    public void Synthetic_copies_of_the_demo_corpus_are_grouped_with_precision_and_recall_of_at_least_095()
    {
        var originals = DemoArticles.Articles;
        Assert.True(originals.Count >= 10, $"the demo corpus gave only {originals.Count} articles");

        // The demo corpus syndicates one wire story itself (same headline, two outlets): those originals are one.
        var truth = originals.Select((a, i) => originals.FindIndex(b => b.Title == a.Title)).ToList();
        var random = new Random(7);
        var documents = new List<(long Id, int Original, string Text)>();
        var id = 0L;
        for (var i = 0; i < originals.Count; i++)
        {
            var article = originals[i];
            documents.Add((++id, truth[i], DuplicateDetector.TextOf(article.Title, article.Body)));
            foreach (var variant in SyntheticCopies.All(article, random))
            {
                documents.Add((++id, truth[i], variant));
            }
        }

        // Arrival order is mixed so copies often arrive before their original.
        var shuffled = documents.OrderBy(_ => random.Next()).ToList();
        var index = new InMemoryDuplicateIndex();
        var group = new Dictionary<long, long>();
        foreach (var (docId, _, text) in shuffled)
        {
            group[docId] = index.AddChecked(Detector, docId, text);
        }

        int truePairs = 0, predictedPairs = 0, correct = 0;
        for (var a = 0; a < documents.Count; a++)
        {
            for (var b = a + 1; b < documents.Count; b++)
            {
                var same = documents[a].Original == documents[b].Original;
                var predicted = group[documents[a].Id] == group[documents[b].Id];
                truePairs += same ? 1 : 0;
                predictedPairs += predicted ? 1 : 0;
                correct += same && predicted ? 1 : 0;
            }
        }

        var precision = (double)correct / predictedPairs;
        var recall = (double)correct / truePairs;
        TestContext.Current.TestOutputHelper?.WriteLine($"{documents.Count} documents from {originals.Count} demo articles: pairwise precision {precision:F3}, recall {recall:F3}");
        Assert.True(precision >= 0.95, $"pairwise precision {precision:F3} ({correct}/{predictedPairs})");
        Assert.True(recall >= 0.95, $"pairwise recall {recall:F3} ({correct}/{truePairs})");
    }

    [Fact]
    public void Independent_reports_of_one_event_are_not_copies_but_syndicated_ones_are()
    {
        // The demo corpus has two outlets' own reports of the Hajin clashes (they share facts, not text) and one wire
        // story about Abu Kamal that a second outlet re-posted.
        var hajin = About("Hajin");
        Assert.True(hajin.Count >= 2, "the demo corpus should hold two reports of the Hajin clashes");
        Assert.False(Detector.AreCopies(hajin[0].Body, hajin[1].Body));
        var strike = About("Abu Kamal").GroupBy(a => a.Title).Single(g => g.Count() >= 2).ToList();
        Assert.True(Detector.AreCopies(strike[0].Body, strike[1].Body));
        Assert.NotEqual(strike[0].Outlet, strike[1].Outlet);
    }

    private static List<Article> About(string place)
        => DemoArticles.Articles.Where(a => a.Title is not null && a.Title.Contains(place, StringComparison.OrdinalIgnoreCase)).ToList();
}

/// <summary>Copies of an article as syndication and re-posting make them.</summary>
internal static class SyntheticCopies
{
    private static readonly string[] Banners =
    [
        "Subscribe to our newsletter for the latest updates.\nShare this article on social media.",
        "Advertisement\nThis story was republished from a partner site under licence.",
        "Support independent journalism: donate today.\nFollow us for breaking news.",
    ];

    public static IEnumerable<string> All(Article article, Random random)
    {
        var paragraphs = article.ParagraphTexts.ToList();
        var title = article.Title ?? "";

        // Boilerplate changed: another site's banners around the same text.
        yield return Banners[random.Next(Banners.Length)] + "\n" + title + "\n" + string.Join("\n", paragraphs) + "\n" + Banners[random.Next(Banners.Length)];

        // Paragraphs reordered (as aggregators that move the lede do).
        var reordered = paragraphs.OrderBy(_ => random.Next()).ToList();
        yield return title + "\n" + string.Join("\n", reordered);

        // Headline rewritten and a dateline added.
        yield return "UPDATE: " + string.Join(' ', title.Split(' ').Reverse()) + "\n(Wire) — " + string.Join("\n", paragraphs);
    }
}
