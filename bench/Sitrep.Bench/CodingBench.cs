using System.Diagnostics;
using System.Globalization;
using System.Text;
using Sitrep;
using Sitrep.Coding;
using Sitrep.Extraction.Decoding;
using Sitrep.Extraction.Html;
using Sitrep.Extraction.Text;
using Sitrep.Language;
using Sitrep.Storage.Sqlite;

/// <summary>
/// Throughput of event and claim coding on one thread, in MB of article text per second: coding alone (annotations
/// given), the language layer plus coding, and end to end from the article's text to events and claims stored in a
/// SQLite file (decode, extract, annotate, code, one transaction per document).
/// </summary>
internal static class CodingBench
{
    public static int Run(string[] args, string root)
    {
        if (BenchArticles.FromArgs(args, root) is not var (articles, utf8Bytes, seconds))
        {
            return 3;
        }

        var annotator = new LanguageAnnotatorBuilder().Build();
        var coder = ArticleCoder.Default;
        var annotations = articles.ToDictionary(a => a, annotator.Annotate);
        var events = articles.Sum(a => coder.Code(a, annotations[a]).EventList.Count);
        Console.WriteLine($"{events} events coded per pass");

        Measure("coding (events + claims)", utf8Bytes, seconds, () =>
        {
            foreach (var a in articles)
            {
                coder.Code(a, annotations[a]);
            }
        });
        Measure("language + coding", utf8Bytes, seconds, () =>
        {
            foreach (var a in articles)
            {
                coder.Code(a, annotator.Annotate(a));
            }
        });

        // End to end: text documents in, events stored. Each pass writes a fresh database, since storing the same
        // content twice is (rightly) a no-op.
        var pipeline = new PipelineBuilder()
            .UseDecoder(new DocumentDecoder())
            .UseHtmlExtractor(new HtmlArticleExtractor())
            .UseTextExtractor(new PlainTextArticleExtractor())
            .UseDefaultLanguage()
            .UseDefaultCoding()
            .Build();
        var documents = articles.Select((a, i) => new RawDocument($"bench-{i}.txt", ContentKind.Text, Encoding.UTF8.GetBytes((a.Title is null ? "" : a.Title + "\n\n") + a.Body),
            Hints: new DocumentHints(Published: a.Published!.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))).ToList();
        var textBytes = documents.Sum(d => (long)d.Content.Length);
        Measure("text through the pipeline", textBytes, seconds, () =>
        {
            foreach (var document in documents)
            {
                pipeline.Process(document);
            }
        });
        var folder = Directory.CreateTempSubdirectory("sitrep-bench-");
        try
        {
            var pass = 0;
            Measure("text to stored events", textBytes, seconds, () =>
            {
                using var store = SqliteDocumentStore.Open(Path.Combine(folder.FullName, $"pass-{pass++}.db"));
                foreach (var document in documents)
                {
                    store.Store(pipeline.Process(document));
                }
            });
            var processed = documents.Select(pipeline.Process).ToList();
            Measure("  storing alone", textBytes, seconds, () =>
            {
                using var store = SqliteDocumentStore.Open(Path.Combine(folder.FullName, $"pass-{pass++}.db"));
                foreach (var document in processed)
                {
                    store.Store(document);
                }
            });
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }

        return 0;
    }

    private static void Measure(string name, long bytesPerPass, double seconds, Action pass)
    {
        // Warm-up until tiered compilation has settled, so the figure is steady-state speed.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 1.5)
        {
            pass();
        }

        var watch = Stopwatch.StartNew();
        long done = 0;
        var passes = 0;
        while (watch.Elapsed.TotalSeconds < seconds || passes == 0)
        {
            pass();
            done += bytesPerPass;
            passes++;
        }

        watch.Stop();
        var mbps = done / 1e6 / watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-26} {mbps,8:F2} MB/s per core   ({passes} passes, {watch.Elapsed.TotalSeconds:F1} s)"));
    }
}
