using Sitrep.Extraction.Decoding;
using Sitrep.Extraction.Html;
using Sitrep.Extraction.Text;
using Sitrep.Ingestion;
using Sitrep.Testing;

namespace Sitrep.Linking.Tests;

/// <summary>The demo corpus's articles (title and body), read and extracted as ingest does.</summary>
internal static class DemoArticles
{
    private static readonly Lazy<List<Article>> All = new(Load);

    public static List<Article> Articles => All.Value;

    private static List<Article> Load()
    {
        var folder = Path.Combine(SharedData.RepositoryRoot, "demo", "corpus");
        var decoder = new DocumentDecoder();
        var html = new HtmlArticleExtractor();
        var text = new PlainTextArticleExtractor();
        var articles = new List<Article>();
        foreach (var item in new InputReader().Read([folder]))
        {
            if (item.Document is not { Kind: not ContentKind.Pending } raw)
            {
                continue;
            }

            var decoded = decoder.Decode(raw);
            var article = raw.Kind == ContentKind.Html ? html.Extract(decoded) : text.Extract(decoded);
            if (article.Body.Length > 300)
            {
                articles.Add(article);
            }
        }

        return articles;
    }
}
