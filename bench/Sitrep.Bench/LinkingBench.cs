using System.Diagnostics;
using System.Globalization;
using System.Text;
using Sitrep;
using Sitrep.Storage.Sqlite;

/// <summary>
/// Cost of linking one new article against a large store: builds (or reuses) a SQLite database of generated
/// articles, each stored and linked as ingest does, then stores and links new articles and prints what linking
/// alone cost per article (mean, median, 95th percentile, max).
/// </summary>
internal static class LinkingBench
{
    private const int Vocabulary = 30_000;

    public static int Run(string[] args)
    {
        var count = int.Parse(Bench.Option(args, "--articles") ?? "100000", CultureInfo.InvariantCulture);
        var probes = int.Parse(Bench.Option(args, "--probes") ?? "300", CultureInfo.InvariantCulture);
        var path = Bench.Option(args, "--db") ?? Path.Combine(Path.GetTempPath(), $"sitrep-linking-bench-{count}.db");
        Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, one thread; store {path}");

        var corpus = new GeneratedCorpus(seed: 11, spreadOver: count);
        using (var store = SqliteDocumentStore.Open(path))
        {
            var have = store.Count();
            if (have < count)
            {
                Console.WriteLine($"building: {have} → {count} generated articles, each stored and linked (done once; the file is reused)");
                var watch = Stopwatch.StartNew();
                for (var i = have; i < count; i++)
                {
                    var id = store.Store(corpus.Next(i)).DocumentId;
                    store.Link(id);
                    if ((i + 1) % 10_000 == 0)
                    {
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {i + 1} articles, {watch.Elapsed.TotalSeconds:F0} s"));
                    }
                }
            }
            else
            {
                corpus.Skip(have);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{store.Count()} articles stored; {new FileInfo(path).Length / 1e6:F0} MB"));
            var times = new List<double>();
            int copies = 0, corroborated = 0;
            for (var i = 0; i < probes; i++)
            {
                var id = store.Store(corpus.Next(count + 1_000_000 + i)).DocumentId;
                var watch = Stopwatch.StartNew();
                var outcome = store.Link(id)!;
                times.Add(watch.Elapsed.TotalMilliseconds);
                copies += outcome.DuplicateOf is null ? 0 : 1;
                corroborated += outcome.EventsCorroborated;
            }

            // The first probes warm SQLite's page cache and the JIT; a long-running ingest sees the warm figure.
            var warm = times.Skip(Math.Min(20, times.Count / 5)).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"link one new article: mean {warm.Average():F2} ms, median {warm[warm.Count / 2]:F2} ms, p95 {warm[(int)(warm.Count * 0.95)]:F2} ms, max {warm[^1]:F2} ms over {warm.Count} articles (target < 50 ms)"));
            Console.WriteLine($"  of the {probes} new articles, {copies} were found to be copies and {corroborated} event reports were corroborated");
        }

        return 0;
    }

    /// <summary>Deterministic news-like articles: words from a Zipf-like vocabulary, a share of syndicated copies, and
    /// coded events spread over places and two years so that linking has real candidates to reject.</summary>
    private sealed class GeneratedCorpus(int seed, int spreadOver)
    {
        private static readonly string[] Types = ["Battles/Armed clash", "Explosions/Remote violence/Air/drone strike", "Violence against civilians/Attack", "Protests/Peaceful protest"];
        private readonly List<string> _bodies = [];
        private Random _random = new(seed);

        public void Skip(int n)
        {
            for (var i = 0; i < n; i++)
            {
                Next(i);
            }
        }

        public ProcessedDocument Next(int index)
        {
            var random = _random;
            string body;
            if (_bodies.Count > 10 && random.NextDouble() < 0.05)
            {
                // A syndicated copy: someone else's text with this site's furniture around it.
                body = $"Site {index} news desk.\n{_bodies[random.Next(_bodies.Count)]}\nShare this story.";
            }
            else
            {
                var text = new StringBuilder();
                var words = random.Next(300, 520);
                for (var w = 0; w < words; w++)
                {
                    // Zipf-like: small ranks are common, as in real text.
                    var rank = (int)Math.Min(Vocabulary - 1, Math.Exp(random.NextDouble() * Math.Log(Vocabulary)));
                    text.Append(Word(rank)).Append(w % 23 == 22 ? ".\n" : " ");
                }

                body = text.ToString();
                if (_bodies.Count < 20_000)
                {
                    _bodies.Add(body);
                }
            }

            // Articles arrive in date order over two years, as a live feed does; the probes come after the corpus.
            var published = new DateOnly(2025, 1, 1).AddDays((int)Math.Min(729, (long)index * 730 / Math.Max(1, spreadOver)));
            var events = new List<CodedEvent>();
            for (var e = random.Next(0, 3); e > 0; e--)
            {
                var place = random.Next(3000);
                var country = place % 12;
                var type = Types[random.Next(Types.Length)].Split('/');
                var location = new Place(900_000 + place, "Place " + place, 10 + country + ((place / 12) % 40 * 0.07), 30 + ((place / 480) * 0.3) + (place % 7 * 0.05),
                    "P.PPL", "C" + country.ToString(CultureInfo.InvariantCulture), "Country " + country, "Province " + (place % 40), 5000);
                events.Add(new CodedEvent(new TextSpan(0, 5), "event", new TextSpan(0, 50), "Political violence", type[0], type[^1],
                    published.AddDays(-random.Next(3)), 1, "Actor " + random.Next(60), null, 2, "Actor " + random.Next(60), null, 3, 23,
                    false, location, 1, random.Next(0, 20), null, false, "", new Dictionary<string, TextSpan>()));
            }

            var raw = new RawDocument($"generated/{index}.txt", ContentKind.Text, Encoding.UTF8.GetBytes(index.ToString(CultureInfo.InvariantCulture) + body));
            var article = new Article($"Report {index}", new PublicationDate(published, null, null, published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "Outlet " + (index % 400), null, null, "en", body,
                [new Paragraph(0, BlockKind.Paragraph, new TextSpan(0, body.Length))], [], []);
            return new ProcessedDocument(raw, new DecodedDocument(raw, body, "utf-8"), article, DateTimeOffset.UnixEpoch, null,
                new ArticleCoding([], "bench/1", events));
        }

        private static string Word(int rank)
        {
            const string Consonants = "bdfgklmnprstvz";
            const string Vowels = "aeiou";
            var chars = new StringBuilder();
            var n = rank + 1;
            do
            {
                chars.Append(Consonants[n % Consonants.Length]).Append(Vowels[(n / Consonants.Length) % Vowels.Length]);
                n /= Consonants.Length * Vowels.Length;
            }
            while (n > 0);
            return chars.ToString();
        }
    }
}
