using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Sitrep.Ingestion;

/// <summary>
/// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item becomes an article when it carries its content, or a pending
/// document holding its link when it carries only a teaser. DTDs are refused (no entity expansion attacks).
/// </summary>
internal sealed partial class FeedSource(string path, IngestionOptions options) : IDocumentSource
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";

    public IEnumerable<SourceItem> Read(CancellationToken cancellationToken = default)
    {
        var bytes = LimitedReader.ReadAll(path, options.MaxDocumentBytes);
        if (bytes.Length == 0)
        {
            throw new DocumentFormatException("empty file");
        }

        XDocument document;
        using (var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
        }))
        {
            document = XDocument.Load(reader);
        }

        var root = document.Root ?? throw new DocumentFormatException("malformed XML: no root element");
        var items = root.Name.LocalName switch
        {
            "rss" => RssItems(root),
            "feed" when root.Name.Namespace == Atom => AtomItems(root),
            "RDF" => RdfItems(root),
            _ => throw new DocumentFormatException($"not an RSS or Atom feed (root element <{root.Name.LocalName}>)"),
        };

        var index = 0;
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            index++;
            yield return ToSource(item, $"{path}#item-{index}");
        }

        if (index == 0)
        {
            throw new DocumentFormatException("the feed has no items");
        }
    }

    private sealed record FeedItem(string? Title, string? Link, string? Html, string? Published, string? Author, string? Outlet);

    private static IEnumerable<FeedItem> RssItems(XElement root)
    {
        var channel = root.Element("channel");
        var outlet = Value(channel?.Element("title"));
        foreach (var item in channel?.Elements("item") ?? [])
        {
            var link = Value(item.Element("link")) ?? (item.Element("guid") is { } guid && (string?)guid.Attribute("isPermaLink") != "false" ? Value(guid) : null);
            var content = Value(item.Element(Content + "encoded"));
            var description = Value(item.Element("description"));
            yield return new FeedItem(Value(item.Element("title")), link, Longer(content, description), Value(item.Element("pubDate")) ?? Value(item.Element(Dc + "date")),
                Value(item.Element(Dc + "creator")) ?? Value(item.Element("author")), outlet);
        }
    }

    private static IEnumerable<FeedItem> RdfItems(XElement root)
    {
        var outlet = Value(root.Element(Rss1 + "channel")?.Element(Rss1 + "title"));
        foreach (var item in root.Elements(Rss1 + "item"))
        {
            yield return new FeedItem(Value(item.Element(Rss1 + "title")), Value(item.Element(Rss1 + "link")),
                Longer(Value(item.Element(Content + "encoded")), Value(item.Element(Rss1 + "description"))), Value(item.Element(Dc + "date")),
                Value(item.Element(Dc + "creator")), outlet);
        }
    }

    private static IEnumerable<FeedItem> AtomItems(XElement root)
    {
        var outlet = Value(root.Element(Atom + "title"));
        foreach (var entry in root.Elements(Atom + "entry"))
        {
            var links = entry.Elements(Atom + "link").ToList();
            var link = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href")?.Value;
            yield return new FeedItem(Value(entry.Element(Atom + "title")), link,
                Longer(AtomContent(entry.Element(Atom + "content")), AtomContent(entry.Element(Atom + "summary"))),
                Value(entry.Element(Atom + "published")) ?? Value(entry.Element(Atom + "updated")),
                Value(entry.Element(Atom + "author")?.Element(Atom + "name")), outlet);
        }
    }

    private static string? AtomContent(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        return (string?)element.Attribute("type") switch
        {
            "xhtml" => string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting))),
            "text" or null => "<p>" + System.Net.WebUtility.HtmlEncode(element.Value).Replace("\n\n", "</p><p>", StringComparison.Ordinal) + "</p>",
            _ => element.Value,
        };
    }

    private SourceItem ToSource(FeedItem item, string origin)
    {
        var hints = new DocumentHints(item.Title, item.Published, item.Author, item.Outlet);
        var text = item.Html is null ? "" : Tags().Replace(item.Html, " ");
        if (item.Html is not null && CollapseSpaces(text).Length >= options.MinFeedContentCharacters)
        {
            var html = $"<html><head><title>{System.Net.WebUtility.HtmlEncode(item.Title ?? "")}</title></head><body><article>{item.Html}</article></body></html>";
            return SourceItem.Ok(new RawDocument(origin, ContentKind.Html, Encoding.UTF8.GetBytes(html), item.Link, "utf-8", hints));
        }

        return item.Link is { Length: > 0 }
            ? SourceItem.Ok(new RawDocument(origin, ContentKind.Pending, ReadOnlyMemory<byte>.Empty, item.Link.Trim(), null, hints))
            : SourceItem.Failed(origin, "feed item has neither content nor a link");
    }

    private static string? Value(XElement? element) => element is null || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();

    private static string? Longer(string? a, string? b) => (a?.Length ?? 0) >= (b?.Length ?? 0) ? a : b;

    private static string CollapseSpaces(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
