using System.Diagnostics;
using System.Globalization;
using Sitrep;
using Sitrep.Extraction.Decoding;
using Sitrep.Extraction.Html;
using Sitrep.Language;
using Sitrep.Language.Text;

/// <summary>
/// Throughput of the language layer: MB of article text annotated per second on one thread, overall and per stage,
/// plus the one-off cost of loading the actor dictionary and gazetteer.
/// </summary>
internal static class LanguageBench
{
    public static int Run(string[] args, string root)
    {
        if (BenchArticles.FromArgs(args, root) is not var (articles, utf8Bytes, seconds))
        {
            return 3;
        }

        var load = Stopwatch.StartNew();
        var annotator = new LanguageAnnotatorBuilder().Build();
        annotator.Annotate(articles[0]);
        load.Stop();
        Console.WriteLine($"load (dictionary, gazetteer, first article): {load.Elapsed.TotalMilliseconds:F0} ms");

        Measure("whole language layer", articles, utf8Bytes, seconds, a => annotator.Annotate(a));
        var tagger = Sitrep.Language.Time.TemporalTagger.Default;
        var quantities = Sitrep.Language.Quantities.QuantityRecognizer.Default;
        Measure("  sentences + tokens", articles, utf8Bytes, seconds / 2, a => Context(a));
        Measure("  dates", articles, utf8Bytes, seconds / 2, a => tagger.Tag(Context(a)));
        Measure("  quantities", articles, utf8Bytes, seconds / 2, a => quantities.Recognize(Context(a)));
        var actors = Sitrep.Language.Actors.ActorRecognizer.CreateDefault();
        var places = Sitrep.Language.Places.PlaceRecognizer.CreateDefault();
        Measure("  actors", articles, utf8Bytes, seconds / 2, a => actors.Recognize(Context(a)));
        var withActors = articles.ToDictionary(a => a, a => Context(a) with { Actors = actors.Recognize(Context(a)) });
        Measure("  places", articles, utf8Bytes, seconds / 2, a => places.Recognize(withActors[a]));
        return 0;
    }

    private static AnnotationContext Context(Article a)
    {
        var paragraphs = a.Paragraphs.Select(p => p.Span).ToList();
        return new AnnotationContext
        {
            Text = a.Body,
            Paragraphs = paragraphs,
            Sentences = SentenceSplitter.Default.Split(a.Body, paragraphs),
            Tokens = Tokenizer.Tokenize(a.Body),
            Anchor = a.Published?.Date,
        };
    }

    private static void Measure(string name, List<Article> articles, long bytes, double seconds, Action<Article> work)
    {
        // Warm-up until tiered compilation has settled (a second of work), so the figure is steady-state speed.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 1.5)
        {
            foreach (var a in articles)
            {
                work(a);
            }
        }

        var watch = Stopwatch.StartNew();
        long done = 0;
        var rounds = 0;
        while (watch.Elapsed.TotalSeconds < seconds || rounds == 0)
        {
            foreach (var a in articles)
            {
                work(a);
            }

            done += bytes;
            rounds++;
        }

        watch.Stop();
        var mbps = done / 1e6 / watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-24} {mbps,8:F2} MB/s   {watch.Elapsed.TotalMilliseconds / (rounds * articles.Count),7:F3} ms/article   ({rounds} rounds)"));
    }
}
