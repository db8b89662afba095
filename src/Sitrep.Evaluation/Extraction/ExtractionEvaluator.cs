using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Sitrep.Evaluation.Extraction;

/// <summary>The benchmark format of an evaluation folder.</summary>
public enum ExtractionBenchmarkFormat
{
    /// <summary>article-extraction-benchmark: <c>ground-truth.json</c> keyed by file hash, pages in <c>html/</c>.</summary>
    ArticleExtractionBenchmark,

    /// <summary>WCXB: <c>ground-truth/NNNN.json</c> beside <c>html/NNNN.html.gz</c>.</summary>
    Wcxb,
}

/// <summary>One page's scores.</summary>
/// <param name="Page">The page's file name.</param>
/// <param name="Body">Body match counts.</param>
/// <param name="TitleMatch">Title exact match (WCXB; null when the gold has none).</param>
/// <param name="AuthorMatch">Author match (WCXB; null when the gold has none).</param>
/// <param name="DateMatch">Publication date exact match (WCXB; null when the gold has none).</param>
/// <param name="Milliseconds">Decode and extraction time.</param>
public sealed record PageScore(string Page, MatchCounts Body, bool? TitleMatch, bool? AuthorMatch, bool? DateMatch, double Milliseconds)
{
    /// <summary>The gold and extracted title, author and date, kept so that mismatches can be listed.</summary>
    public MetadataPair Metadata { get; init; } = MetadataPair.None;
}

/// <summary>Gold and extracted metadata of one page (WCXB only; all null on other benchmarks).</summary>
/// <param name="GoldTitle">The gold title.</param>
/// <param name="Title">The extracted title.</param>
/// <param name="GoldAuthor">The gold author.</param>
/// <param name="Author">The extracted author.</param>
/// <param name="GoldDate">The gold publication date (yyyy-MM-dd).</param>
/// <param name="Date">The extracted publication date (yyyy-MM-dd).</param>
/// <param name="DateEvidence">The text the extracted date was read from.</param>
public sealed record MetadataPair(string? GoldTitle, string? Title, string? GoldAuthor, string? Author, string? GoldDate, string? Date, string? DateEvidence = null)
{
    /// <summary>No metadata known.</summary>
    public static MetadataPair None { get; } = new(null, null, null, null, null, null);
}

/// <summary>The result of scoring an extractor on a benchmark folder.</summary>
/// <param name="Directory">The folder scored.</param>
/// <param name="Format">Its format.</param>
/// <param name="Pages">Per-page scores.</param>
/// <param name="Failures">Pages that could not be scored, with the reason.</param>
public sealed record ExtractionReport(string Directory, ExtractionBenchmarkFormat Format, IReadOnlyList<PageScore> Pages, IReadOnlyList<string> Failures)
{
    /// <summary>Body precision, recall and F1, aggregated the benchmark's way.</summary>
    public (double Precision, double Recall, double F1) Body => ExtractionMetrics.Aggregate(Pages.Select(p => p.Body).ToList());

    /// <summary>The mean of per-page body F1 (WCXB's headline figure).</summary>
    public double MeanPageF1 => Pages.Select(p => p.Body.F1).DefaultIfEmpty().Average();

    /// <summary>Share of pages with a gold title whose title matched exactly.</summary>
    public double? TitleAccuracy => Rate(Pages.Select(p => p.TitleMatch));

    /// <summary>Share of pages with a gold author whose author matched.</summary>
    public double? AuthorAccuracy => Rate(Pages.Select(p => p.AuthorMatch));

    /// <summary>Share of pages with a gold date whose date matched exactly.</summary>
    public double? DateAccuracy => Rate(Pages.Select(p => p.DateMatch));

    private static double? Rate(IEnumerable<bool?> outcomes)
    {
        var known = outcomes.Where(o => o.HasValue).Select(o => o!.Value).ToList();
        return known.Count == 0 ? null : known.Count(o => o) / (double)known.Count;
    }

    /// <summary>Prints the summary, the ten worst pages, then up to <paramref name="errors"/> mismatches of each
    /// metadata field with gold and extracted values side by side.</summary>
    public void WriteTo(TextWriter writer, int errors = 0)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var (precision, recall, f1) = Body;
        var inv = CultureInfo.InvariantCulture;
        writer.WriteLine(string.Create(inv, $"{Format} — {Directory}"));
        writer.WriteLine(string.Create(inv, $"pages scored {Pages.Count}, failed {Failures.Count}, mean {Pages.Select(p => p.Milliseconds).DefaultIfEmpty().Average():F1} ms/page"));
        if (Format == ExtractionBenchmarkFormat.Wcxb)
        {
            // WCXB's own figure is the mean of per-page F1; the benchmark-style aggregate is printed for comparison.
            writer.WriteLine(string.Create(inv, $"body F1 (WCXB: mean per-page word-bag F1): {MeanPageF1:F3}   (mean precision {precision:F3}, mean recall {recall:F3}, F1 of means {f1:F3})"));
            writer.WriteLine(string.Create(inv, $"title exact: {Format3(TitleAccuracy)} ({Pages.Count(p => p.TitleMatch.HasValue)} pages)   author: {Format3(AuthorAccuracy)} ({Pages.Count(p => p.AuthorMatch.HasValue)})   publish_date exact: {Format3(DateAccuracy)} ({Pages.Count(p => p.DateMatch.HasValue)})"));
        }

        else
        {
            writer.WriteLine(string.Create(inv, $"body (word 4-shingles): precision {precision:F3}  recall {recall:F3}  F1 {f1:F3}"));
        }

        writer.WriteLine("worst pages:");
        foreach (var page in Pages.OrderBy(p => p.Body.F1).Take(10))
        {
            writer.WriteLine(string.Create(inv, $"  {page.Body.F1:F3}  P {page.Body.Precision:F3}  R {page.Body.Recall:F3}  {page.Page}"));
        }

        foreach (var failure in Failures)
        {
            writer.WriteLine("failed: " + failure);
        }

        if (errors > 0)
        {
            WriteMismatches(writer, "title", errors, p => p.TitleMatch, p => (p.Metadata.GoldTitle, p.Metadata.Title));
            WriteMismatches(writer, "author", errors, p => p.AuthorMatch, p => (p.Metadata.GoldAuthor, p.Metadata.Author));
            WriteMismatches(writer, "publish_date", errors, p => p.DateMatch,
                p => (p.Metadata.GoldDate, p.Metadata.Date is null ? null : $"{p.Metadata.Date}  (from \"{p.Metadata.DateEvidence}\")"));
        }
    }

    private void WriteMismatches(TextWriter writer, string field, int count, Func<PageScore, bool?> match, Func<PageScore, (string? Gold, string? Ours)> values)
    {
        var misses = Pages.Where(p => match(p) == false).ToList();
        if (misses.Count == 0)
        {
            return;
        }

        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{field} mismatches ({misses.Count}):"));
        foreach (var page in misses.Take(count))
        {
            var (gold, ours) = values(page);
            writer.WriteLine($"  {page.Page}");
            writer.WriteLine($"    gold: {gold}");
            writer.WriteLine($"    ours: {ours ?? "(none)"}");
        }
    }

    private static string Format3(double? value) => value is { } v ? v.ToString("F3", CultureInfo.InvariantCulture) : "n/a";
}

/// <summary>Scores an extractor on an article-extraction benchmark folder (either supported format).</summary>
public static partial class ExtractionEvaluator
{
    /// <summary>Detects the folder's format.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder is missing or has neither format's ground truth.</exception>
    public static ExtractionBenchmarkFormat DetectFormat(string directory)
    {
        if (File.Exists(Path.Combine(directory, "ground-truth.json")))
        {
            return ExtractionBenchmarkFormat.ArticleExtractionBenchmark;
        }

        if (System.IO.Directory.Exists(Path.Combine(directory, "ground-truth")))
        {
            return ExtractionBenchmarkFormat.Wcxb;
        }

        throw new DirectoryNotFoundException($"{directory}: no ground-truth.json (article-extraction-benchmark) or ground-truth/ folder (WCXB)");
    }

    /// <summary>Scores every page (or the first <paramref name="limit"/> in file-name order).</summary>
    public static ExtractionReport Evaluate(string directory, IDocumentDecoder decoder, IArticleExtractor extractor, int? limit = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decoder);
        ArgumentNullException.ThrowIfNull(extractor);
        var format = DetectFormat(directory);
        var cases = format == ExtractionBenchmarkFormat.Wcxb ? WcxbCases(directory) : AebCases(directory);
        var pages = new List<PageScore>();
        var failures = new List<string>();
        foreach (var c in limit is { } n ? cases.Take(n) : cases)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!File.Exists(c.HtmlPath))
            {
                failures.Add($"{c.HtmlPath}: missing");
                continue;
            }

            try
            {
                var bytes = ReadPage(c.HtmlPath);
                var watch = Stopwatch.StartNew();
                var article = extractor.Extract(decoder.Decode(new RawDocument(c.HtmlPath, ContentKind.Html, bytes, c.Url)));
                var elapsed = watch.Elapsed.TotalMilliseconds;
                var body = format == ExtractionBenchmarkFormat.Wcxb
                    ? ExtractionMetrics.WordBagMatch(c.Body, article.Body)
                    : ExtractionMetrics.ShingleMatch(c.Body, article.Body);
                pages.Add(new PageScore(Path.GetFileName(c.HtmlPath), body,
                    c.Title is null ? null : Same(c.Title, article.Title),
                    c.Author is null ? null : SameAuthor(c.Author, article.Author),
                    c.Date is null ? null : string.Equals(c.Date, article.Published?.IsoDate, StringComparison.Ordinal),
                    elapsed)
                {
                    Metadata = new MetadataPair(c.Title, article.Title, c.Author, article.Author, c.Date, article.Published?.IsoDate, article.Published?.Evidence),
                });
            }
            catch (Exception e) when (e is IOException or InvalidDataException or DocumentFormatException)
            {
                failures.Add($"{c.HtmlPath}: {e.Message}");
            }
        }

        return new ExtractionReport(directory, format, pages, failures);
    }

    private sealed record Case(string HtmlPath, string? Url, string Body, string? Title, string? Author, string? Date);

    private static IEnumerable<Case> AebCases(string directory)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "ground-truth.json")));
        var cases = new List<Case>();
        foreach (var page in json.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var html = Path.Combine(directory, "html", page.Name + ".html.gz");
            if (!File.Exists(html) && File.Exists(Path.Combine(directory, "html", page.Name + ".html")))
            {
                html = Path.Combine(directory, "html", page.Name + ".html");
            }

            cases.Add(new Case(html, Text(page.Value, "url"), Text(page.Value, "articleBody") ?? "", null, null, null));
        }

        return cases;
    }

    private static IEnumerable<Case> WcxbCases(string directory)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(Path.Combine(directory, "ground-truth"), "*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(file));
            var root = json.RootElement;
            var truth = root.TryGetProperty("ground_truth", out var g) ? g : root;
            var id = Path.GetFileNameWithoutExtension(file);
            var html = Path.Combine(directory, "html", id + ".html.gz");
            if (!File.Exists(html))
            {
                html = Path.Combine(directory, "html", id + ".html");
            }

            var date = Text(truth, "publish_date");
            yield return new Case(html, Text(root, "url"), Text(truth, "main_content") ?? "", NullIfEmpty(Text(truth, "title")),
                NullIfEmpty(Text(truth, "author")), date is { Length: >= 10 } ? date[..10] : null);
        }
    }

    private static byte[] ReadPage(string path)
    {
        using var file = File.OpenRead(path);
        using var stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private static string? Text(JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static bool Same(string truth, string? predicted)
        => predicted is not null && string.Equals(Normalise(truth), Normalise(predicted), StringComparison.Ordinal);

    private static bool SameAuthor(string truth, string? predicted)
        => predicted is not null && string.Equals(Normalise(truth), Normalise(predicted), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Folds whitespace and typographic quotes and dashes: WCXB's gold titles were written with ASCII apostrophes
    /// where the pages print ’, and such a difference is not an extraction error.
    /// </summary>
    private static string Normalise(string text)
    {
        var folded = text.Normalize(System.Text.NormalizationForm.FormKC)
            .Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"').Replace('–', '-').Replace('—', '-');
        return Spaces().Replace(folded, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
