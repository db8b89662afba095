using System.IO.Compression;
using Sitrep;
using Sitrep.Extraction.Decoding;
using Sitrep.Extraction.Html;
using Sitrep.Extraction.Text;

/// <summary>
/// The article bodies of a folder of benchmark pages (.html, .html.gz, .txt), extracted once outside any timing, each
/// with a publication date (a fixed one when the page gives none) so that every later stage resolves dates.
/// </summary>
internal static class BenchArticles
{
    /// <summary>
    /// Reads the folder given by <c>--dir</c> (default: the 91 benchmark pages beside the repository) and prints what
    /// will be measured; null, with the reason on stderr, when the folder is missing.
    /// </summary>
    public static (List<Article> Articles, long Utf8Bytes, double Seconds)? FromArgs(string[] args, string root)
    {
        var dir = Bench.Option(args, "--dir") ?? Path.Combine(root, "..", "shared", "eval", "extraction", "html");
        var seconds = double.Parse(Bench.Option(args, "--seconds") ?? "10", System.Globalization.CultureInfo.InvariantCulture);
        if (!Directory.Exists(dir))
        {
            Console.Error.WriteLine($"bench: {dir}: no such folder (pass --dir with a folder of .html, .html.gz or .txt pages)");
            return null;
        }

        var articles = Load(dir);
        var utf8Bytes = articles.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Body));
        Console.WriteLine($"{articles.Count} article bodies, {utf8Bytes / 1e6:F2} MB of UTF-8 text, from {Path.GetFullPath(dir)}");
        Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, one thread");
        return (articles, utf8Bytes, seconds);
    }

    public static List<Article> Load(string dir)
    {
        var decoder = new DocumentDecoder();
        var html = new HtmlArticleExtractor();
        var text = new PlainTextArticleExtractor();
        var articles = new List<Article>();
        foreach (var file in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
        {
            var bytes = file.EndsWith(".gz", StringComparison.Ordinal) ? Gunzip(file) : File.ReadAllBytes(file);
            var kind = file.EndsWith(".txt", StringComparison.Ordinal) ? ContentKind.Text : ContentKind.Html;
            var decoded = decoder.Decode(new RawDocument(file, kind, bytes));
            var article = kind == ContentKind.Html ? html.Extract(decoded) : text.Extract(decoded);
            if (article.Body.Length > 0)
            {
                articles.Add(article with { Published = article.Published ?? new PublicationDate(new DateOnly(2018, 11, 23), null, null, "bench") });
            }
        }

        return articles;
    }

    private static byte[] Gunzip(string path)
    {
        using var input = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
