using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Sitrep.Extraction.Metadata;

namespace Sitrep.Extraction.Html;

/// <summary>The metadata an HTML page declares about itself.</summary>
internal sealed record HtmlMetadata(string? Title, PublicationDate? Published, string? Author, string? Outlet, string? Url, string? Language);

/// <summary>
/// Reads title, publication date, author, outlet, canonical URL and language from JSON-LD, Open Graph and other
/// meta tags, and the visible headline. Publication dates are preferred over modification dates.
/// </summary>
internal static partial class HtmlMetadataReader
{
    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:published_time", "published", "published_time", "publish_time", "og:article:published_time", "article:published", "datepublished",
        "pubdate", "publishdate", "publish_date", "publish-date", "publication_date", "publication-date", "dc.date.issued",
        "dcterms.issued", "dc.date", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published",
        "original-publish-date", "og:pubdate", "article_date_original", "cxenseparse:recs:publishtime", "date", "created",
        "release_date", "timestamp", "dc.date.created", "citation_publication_date", "citation_date", "article:post_date",
        "published-date", "published-time", "publisheddate", "published_at", "date-pub", "og:publish_date", "cxenseparse:publishtime",
        "uploaddate", "citation_online_date",
    ];

    public static HtmlMetadata Read(IHtmlDocument document, string html, RawDocument raw)
    {
        var metas = ReadMetas(document);
        var jsonLd = ReadJsonLd(html);

        var url = Clean(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")) is { } canonical && canonical.StartsWith("http", StringComparison.OrdinalIgnoreCase)
            ? canonical
            : metas.GetValueOrDefault("og:url") is { } og && og.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? og : raw.Url;

        var title = ReadTitle(document, metas, jsonLd) ?? Clean(raw.EffectiveHints.Title);
        var fromUrl = DateText.FromUrl(url ?? raw.Url) ?? DateText.FromUrl(raw.Url);
        var published = LocalDay(ReadDate(document, metas, jsonLd) ?? EmbeddedDate(html)
            ?? DateText.Parse(raw.EffectiveHints.Published), fromUrl) ?? fromUrl;
        var author = ReadAuthor(document, metas, jsonLd) ?? Clean(raw.EffectiveHints.Author);
        var outlet = Clean(metas.GetValueOrDefault("og:site_name")) ?? jsonLd.Publisher ?? Clean(metas.GetValueOrDefault("application-name"))
            ?? Clean(raw.EffectiveHints.Outlet) ?? UrlText.HostOf(url ?? raw.Url);
        var language = ReadLanguage(document, metas);
        return new HtmlMetadata(title, published, author, outlet, url, language);
    }

    private static Dictionary<string, string> ReadMetas(IHtmlDocument document)
    {
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
            var content = meta.GetAttribute("content");
            if (key is not null && !string.IsNullOrWhiteSpace(content))
            {
                metas.TryAdd(key.Trim(), content.Trim());
            }
        }

        return metas;
    }

    private sealed record JsonLdFacts(string? Headline, string? DatePublished, string? Author, string? Publisher);

    private static JsonLdFacts ReadJsonLd(string html)
    {
        string? headline = null, date = null, author = null, publisher = null;
        var bestRank = int.MaxValue;
        foreach (Match match in JsonLdScript().Matches(html))
        {
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(match.Groups[1].Value.Trim(), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
            }
            catch (JsonException)
            {
                continue;
            }

            using (json)
            {
                foreach (var node in Objects(json.RootElement, 0))
                {
                    var rank = TypeRank(node);
                    if (rank == int.MaxValue)
                    {
                        continue;
                    }

                    if (rank < bestRank || (rank == bestRank && headline is null))
                    {
                        var h = StringProperty(node, "headline") ?? (rank <= 1 ? StringProperty(node, "name") : null);
                        var d = StringProperty(node, "datePublished") ?? StringProperty(node, "dateCreated") ?? StringProperty(node, "uploadDate");
                        if (h is null && d is null)
                        {
                            continue;
                        }

                        bestRank = rank;
                        headline = h ?? headline;
                        date = d ?? date;
                        author = Names(node, "author") ?? Names(node, "creator") ?? author;
                        publisher = Names(node, "publisher") ?? publisher;
                    }
                }
            }
        }

        return new JsonLdFacts(Clean(headline), date, Clean(author), Clean(publisher));
    }

    private static int TypeRank(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return int.MaxValue;
        }

        var names = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToArray()
            : type.ValueKind == JsonValueKind.String ? [type.GetString()!] : [];
        var best = int.MaxValue;
        foreach (var name in names)
        {
            var rank = name switch
            {
                "NewsArticle" or "ReportageNewsArticle" or "AnalysisNewsArticle" or "OpinionNewsArticle" or "BackgroundNewsArticle" => 0,
                "Article" or "BlogPosting" or "Report" or "ScholarlyArticle" or "TechArticle" or "LiveBlogPosting" or "SocialMediaPosting" or "Posting" => 1,
                "WebPage" or "ItemPage" => 3,
                _ => name.EndsWith("Article", StringComparison.Ordinal) ? 1 : int.MaxValue,
            };
            best = Math.Min(best, rank);
        }

        return best;
    }

    private static IEnumerable<JsonElement> Objects(JsonElement element, int depth)
    {
        if (depth > 8)
        {
            yield break;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var inner in Objects(item, depth + 1))
                {
                    yield return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
            {
                foreach (var inner in Objects(graph, depth + 1))
                {
                    yield return inner;
                }
            }

            if (element.TryGetProperty("mainEntity", out var main))
            {
                foreach (var inner in Objects(main, depth + 1))
                {
                    yield return inner;
                }
            }
        }
    }

    private static string? StringProperty(JsonElement node, string name)
        => node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Names(JsonElement node, string name)
    {
        if (!node.TryGetProperty(name, out var value))
        {
            return null;
        }

        var names = new List<string>();
        void Add(JsonElement v)
        {
            switch (v.ValueKind)
            {
                case JsonValueKind.String when !v.GetString()!.StartsWith("http", StringComparison.OrdinalIgnoreCase):
                    names.Add(v.GetString()!);
                    break;
                case JsonValueKind.Object when v.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String:
                    names.Add(n.GetString()!);
                    break;
                case JsonValueKind.Array:
                    foreach (var item in v.EnumerateArray())
                    {
                        Add(item);
                    }

                    break;
            }
        }

        Add(value);
        var distinct = names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return distinct.Count == 0 ? null : string.Join(", ", distinct);
    }

    private static string? ReadTitle(IHtmlDocument document, Dictionary<string, string> metas, JsonLdFacts jsonLd)
        => DropPipedTail(ChooseTitle(document, metas, jsonLd));

    /// <summary>A pipe in a headline separates a tagline or site name ("Best Movers 2025 | Top 19 Companies"); news
    /// headlines do not use it as punctuation.</summary>
    private static string? DropPipedTail(string? title)
    {
        if (title is null)
        {
            return null;
        }

        var pipe = title.IndexOf(" | ", StringComparison.Ordinal);
        if (pipe < 0)
        {
            return title;
        }

        var head = title[..pipe].Trim();
        return head.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3 ? head : title;
    }

    private static string? ChooseTitle(IHtmlDocument document, Dictionary<string, string> metas, JsonLdFacts jsonLd)
    {
        var declared = Clean(metas.GetValueOrDefault("og:title")) ?? jsonLd.Headline ?? Clean(metas.GetValueOrDefault("twitter:title"));
        var documentTitle = Clean(document.Title);
        var reference = declared ?? documentTitle;
        var siteName = Clean(metas.GetValueOrDefault("og:site_name"));

        // Headings that name the site rather than the article: the og:site_name, a bare domain ("davidbau.com"), or
        // a short trailing part of the <title> ("Part 1 | Playful Tones"). A heading ending in a colon introduces a box.
        var siteLike = new List<string>();
        if (siteName is not null)
        {
            siteLike.Add(siteName);
        }

        var titleParts = documentTitle is null ? [] : TitleSeparator().Split(documentTitle).Select(part => part.Trim()).ToArray();
        var headings = new List<string>();
        foreach (var text in document.QuerySelectorAll("h1").Take(5).Select(h1 => Clean(h1.TextContent)).OfType<string>())
        {
            if (text.Length < 6 || text.EndsWith(':'))
            {
                continue;
            }

            var namesSite = string.Equals(text, siteName, StringComparison.OrdinalIgnoreCase)
                || (!text.Contains(' ', StringComparison.Ordinal) && DomainLike().IsMatch(text))
                || (titleParts.Length > 1 && text.Split(' ').Length <= 3
                    && titleParts.Skip(1).Any(part => string.Equals(part, text, StringComparison.OrdinalIgnoreCase)));
            if (namesSite)
            {
                siteLike.Add(text);
            }
            else
            {
                headings.Add(text);
            }
        }

        // The visible headline is what a reader calls the title; the declared titles are often rewritten for search
        // engines or social cards. Prefer the <h1> that agrees with them, else the first headline-like <h1>. A
        // one-word heading inside a long declared title ("Discord") is a section, not agreement.
        if (reference is null)
        {
            return headings.FirstOrDefault();
        }

        var declaredTitles = new[] { declared, documentTitle, jsonLd.Headline, Clean(metas.GetValueOrDefault("twitter:title")) }
            .OfType<string>()
            .SelectMany(WithoutTail)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        // Agreement with any declared title counts (the JSON-LD headline often keeps the visible wording while og:title
        // is rewritten). A heading set in capitals agrees only when it is nearly the declared title: themes use
        // capitals for section labels.
        var agreeing = headings
            .Select((heading, index) => (heading, index,
                overlap: declaredTitles.Max(t => Overlap(heading, t)), cover: declaredTitles.Max(t => Coverage(heading, t)),
                capitals: !heading.Any(char.IsLower)))
            .Where(h => h.capitals ? h.overlap >= 0.9 && h.cover >= 0.6 : h.overlap >= 0.6 && h.cover >= 0.2)
            .OrderByDescending(h => h.overlap)
            .ThenBy(h => h.index)
            .Select(h => h.heading)
            .FirstOrDefault();
        if (agreeing is not null)
        {
            return Tidy(agreeing, declaredTitles);
        }

        // No heading agrees. Several <h1>s then are a template's section headings, and a lone short one sharing
        // almost nothing with the declared title is a label ("SUPPORTING GAAP COMPLIANCE"): the page's declared title
        // is the better witness. A lone headline-like <h1> is still what the reader sees first.
        var stripped = StripSiteLike(declared is not null ? StripSiteName(declared, siteName) : StripSiteName(documentTitle!, siteName), siteLike);
        var headline = headings.FirstOrDefault(h => h.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4 && h.Length <= 200);
        var label = headline is not null && headline.Length < stripped.Length && Overlap(headline, stripped) < 0.3;
        if (headline is not null && headings.Count == 1 && !label)
        {
            return Tidy(headline, declaredTitles);
        }

        return stripped;
    }

    /// <summary>
    /// A visible headline written in capitals by the theme, or carrying a label or date before the words the page
    /// declares as its title ("Blog: …", "Dec 18 2025 …"), or a link-aggregator's domain and score after them, is
    /// given as the page declares it.
    /// </summary>
    private static string Tidy(string heading, List<string> declaredTitles)
    {
        string? best = null;
        foreach (var title in declaredTitles)
        {
            if (string.Equals(title, heading, StringComparison.Ordinal))
            {
                return heading;
            }

            // Same words, other capitals: a theme's all-caps or lower-case styling, or a sentence-case heading beside a
            // title-case title. The more capitalised form is the one written as a title.
            if (string.Equals(title, heading, StringComparison.OrdinalIgnoreCase))
            {
                if (!heading.Any(char.IsLower) || CapitalisedLongWords(title) > CapitalisedLongWords(heading))
                {
                    best = title;
                }

                continue;
            }

            // Characters lost to a bad conversion ("Planning? Beginner? Guide"): the declared title keeps them.
            if (LostCharacters(heading, title))
            {
                return title;
            }

            if (title.Length >= heading.Length || Words(title).Count < 3)
            {
                continue;
            }

            var labelled = heading.EndsWith(title, StringComparison.OrdinalIgnoreCase) && LabelOrDate().IsMatch(heading[..^title.Length]);
            var scored = heading.StartsWith(title, StringComparison.OrdinalIgnoreCase) && DomainAndScore().IsMatch(heading[title.Length..]);
            if ((labelled || scored) && (best is null || title.Length > best.Length))
            {
                best = title;
            }
        }

        // A heading in capitals is styling; the declared title it agrees with carries the words' real case.
        if (best is null && !heading.Any(char.IsLower))
        {
            best = declaredTitles.Where(t => t.Any(char.IsLower))
                .OrderByDescending(t => Coverage(heading, t))
                .ThenBy(t => t.Length)
                .FirstOrDefault();
        }

        return best ?? heading;
    }

    private static bool LostCharacters(string heading, string title)
    {
        var lost = heading.TrimEnd('?').AsSpan().IndexOfAny('?', '\uFFFD') >= 0;
        if (!lost || title.Contains('\uFFFD', StringComparison.Ordinal))
        {
            return false;
        }

        var pattern = string.Concat(heading.Select(c => c is '?' or '\uFFFD' ? ".{0,2}" : Regex.Escape(c.ToString())));
        return Regex.IsMatch(title, "^" + pattern + "$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));
    }

    // Words of four letters or more: title case capitalises them all, whatever it does with "and", "to", "in".
    private static int CapitalisedLongWords(string text)
        => WordRegex().Matches(text).Count(m => m.Length >= 4 && char.IsUpper(m.Value[0]));

    /// <summary>The <c>title</c> and its first part before a " | Site" / " - Site" tail.</summary>
    private static IEnumerable<string> WithoutTail(string title)
    {
        yield return title;
        var parts = TailSeparator().Split(title);
        if (parts.Length > 1 && parts[0].Trim().Length > 0)
        {
            yield return parts[0].Trim();
        }
    }

    /// <summary>Removes a site name the page prints as its heading from the start or end of a title
    /// ("davidbau.com Vibe Coding").</summary>
    private static string StripSiteLike(string title, List<string> siteLike)
    {
        foreach (var site in siteLike)
        {
            if (title.Length > site.Length + 3 && title.StartsWith(site, StringComparison.OrdinalIgnoreCase))
            {
                return title[site.Length..].TrimStart(' ', '|', '-', '–', '—', ':', '·').Trim();
            }

            if (title.Length > site.Length + 3 && title.EndsWith(site, StringComparison.OrdinalIgnoreCase))
            {
                return title[..^site.Length].TrimEnd(' ', '|', '-', '–', '—', ':', '·').Trim();
            }
        }

        return title;
    }

    /// <summary>Removes a " | Site" / " - Site" / " — Site" part, keeping the longest segment.</summary>
    private static string StripSiteName(string title, string? siteName)
    {
        var parts = TitleSeparator().Split(title);
        if (parts.Length == 1)
        {
            return title;
        }

        if (siteName is not null)
        {
            var kept = parts.Where(p => !p.Trim().Equals(siteName.Trim(), StringComparison.OrdinalIgnoreCase)).ToArray();
            if (kept.Length == 1)
            {
                return kept[0].Trim();
            }
        }

        var longest = parts.OrderByDescending(p => p.Length).First().Trim();
        return longest.Length >= title.Length * 0.4 ? longest : title;
    }

    private static double Overlap(string a, string b)
    {
        var left = Words(a);
        var right = Words(b);
        if (left.Count == 0 || right.Count == 0)
        {
            return 0;
        }

        var shared = left.Count(right.Contains);
        return (double)shared / Math.Min(left.Count, right.Count);
    }

    /// <summary>The share of the longer text's words that the shorter one carries.</summary>
    private static double Coverage(string a, string b)
    {
        var left = Words(a);
        var right = Words(b);
        var longer = Math.Max(left.Count, right.Count);
        return longer == 0 ? 0 : (double)left.Count(right.Contains) / longer;
    }

    private static HashSet<string> Words(string text)
        => new(WordRegex().Matches(text.ToLowerInvariant()).Select(m => m.Value), StringComparer.Ordinal);

    private static PublicationDate? ReadDate(IHtmlDocument document, Dictionary<string, string> metas, JsonLdFacts jsonLd)
    {
        if (DateText.Parse(jsonLd.DatePublished) is { } fromJson)
        {
            return fromJson;
        }

        foreach (var name in DateMetaNames)
        {
            if (metas.TryGetValue(name, out var value) && DateText.Parse(value) is { } date)
            {
                return date;
            }
        }

        foreach (var element in document.QuerySelectorAll("[itemprop=datePublished]").Take(3))
        {
            var value = element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? element.TextContent;
            if (DateText.Parse(value) is { } date)
            {
                return date;
            }
        }

        foreach (var time in document.QuerySelectorAll("time").Take(10))
        {
            if (IsInsideNoise(time))
            {
                continue;
            }

            var value = time.GetAttribute("datetime");
            if (DateText.Parse(value) is { } date)
            {
                return date;
            }

            if (DateText.Find(time.TextContent) is { } written)
            {
                return written;
            }
        }

        foreach (var element in document.QuerySelectorAll("[class*=date], [class*=time], [class*=byline], [class*=meta], [id*=date]").Take(40))
        {
            if (IsInsideNoise(element) || element.TextContent.Length > 200)
            {
                continue;
            }

            if (DateText.Find(element.TextContent) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// A timestamp written in UTC can fall on the next or previous calendar day from the one the outlet published
    /// on; a date in the URL path is written in the outlet's own calendar, so when the two are a day apart the URL's
    /// day is the one a reader saw.
    /// </summary>
    private static PublicationDate? LocalDay(PublicationDate? published, PublicationDate? fromUrl)
    {
        if (published is not { Offset: { } offset, Time: not null } || offset != TimeSpan.Zero || fromUrl is null)
        {
            return published;
        }

        var days = Math.Abs(published.Date.DayNumber - fromUrl.Date.DayNumber);
        return days == 1 ? published with { Date = fromUrl.Date } : published;
    }

    /// <summary>
    /// Single-page apps embed their article state as JSON (Next.js, Contentful, Prismic …): a publication-date key
    /// with an ISO value there is as good as a meta tag.
    /// </summary>
    private static PublicationDate? EmbeddedDate(string html)
    {
        var match = EmbeddedDateKey().Match(html);
        return match.Success ? DateText.Parse(match.Groups["value"].Value) : null;
    }

    /// <summary>Whether the element sits in a comment thread, a related-links box, a sidebar, an aside, a footer or
    /// navigation. The body's own classes are not looked at: themes put page-wide flags there
    /// ("woocommerce-related-columns-4", "comments-open") that say nothing about one element.</summary>
    private static bool IsInsideNoise(IElement element)
    {
        for (var e = element; e is not null && e.LocalName is not ("body" or "html"); e = e.ParentElement)
        {
            var signature = DomText.Signature(e);
            if (signature.Contains("comment", StringComparison.Ordinal) || signature.Contains("related", StringComparison.Ordinal)
                || signature.Contains("sidebar", StringComparison.Ordinal) || e.LocalName is "aside" or "footer" or "nav")
            {
                return true;
            }
        }

        return false;
    }

    private static string? ReadAuthor(IHtmlDocument document, Dictionary<string, string> metas, JsonLdFacts jsonLd)
    {
        if (jsonLd.Author is { } fromJson)
        {
            return CleanAuthor(fromJson);
        }

        foreach (var key in (string[])["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "twitter:creator"])
        {
            if (metas.TryGetValue(key, out var value) && !value.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !value.StartsWith('@'))
            {
                return CleanAuthor(value);
            }
        }

        foreach (var element in document.QuerySelectorAll("[rel=author], [itemprop=author], .byline, .author, .author-name, .byline__name, [class*=author-name], [class*=byline]").Take(10))
        {
            if (IsInsideNoise(element))
            {
                continue;
            }

            var nameElement = element.QuerySelector("[itemprop=name]") ?? element;
            var text = Clean(nameElement.TextContent);
            if (text is { Length: > 2 and < 80 })
            {
                return CleanAuthor(text);
            }
        }

        return null;
    }

    private static string? CleanAuthor(string author)
    {
        var text = ByPrefix().Replace(author.Trim(), "").Trim().TrimEnd(',', '|', '-');
        return text.Length == 0 ? null : text;
    }

    private static string? ReadLanguage(IHtmlDocument document, Dictionary<string, string> metas)
    {
        var lang = document.DocumentElement.GetAttribute("lang") ?? metas.GetValueOrDefault("content-language")
            ?? metas.GetValueOrDefault("og:locale") ?? metas.GetValueOrDefault("language");
        if (string.IsNullOrWhiteSpace(lang))
        {
            return null;
        }

        var code = lang.Trim().Split('-', '_', ',')[0].ToLowerInvariant();
        return code.Length is 2 or 3 && code.All(char.IsAsciiLetterLower) ? code : null;
    }

    internal static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var cleaned = Whitespace().Replace(System.Net.WebUtility.HtmlDecode(text), " ").Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    [GeneratedRegex(@"<script[^>]*type\s*=\s*[""']?application/ld\+json[""']?[^>]*>(.*?)</script>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex JsonLdScript();

    // The quotes may be HTML-escaped (&quot;) when the state is embedded in an attribute.
    [GeneratedRegex(@"(?:[""']|&quot;)(?:datePublished|publishedDate|publishDate|published_at|publishedAt|first_publication_date|date_published|publicationDate|postDate|post_date|pubDate)(?:[""']|&quot;)\s*:\s*(?:[""']|&quot;)(?<value>\d{4}-\d{2}-\d{2}[^""'&]{0,30})(?:[""']|&quot;)", RegexOptions.CultureInvariant)]
    private static partial Regex EmbeddedDateKey();

    [GeneratedRegex(@"\s+[|–—·•»:]\s+|\s+-\s+")]
    private static partial Regex TitleSeparator();

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordRegex();

    [GeneratedRegex(@"^[\w-]+(\.[\w-]+)*\.[a-z]{2,12}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DomainLike();

    [GeneratedRegex(@"^\s*\([\w.-]+\.[a-z]{2,12}\)\s*\d*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DomainAndScore();

    // "Blog:", "Title:", "Dec 18 2025", "18 December 2025", "2025-12-18" before a headline.
    [GeneratedRegex(@"^\s*(?:[\w ]{1,20}:|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4}|\d{4}-\d{2}-\d{2})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelOrDate();

    [GeneratedRegex(@"\s+[|–—·•»]\s+|\s+-\s+")]
    private static partial Regex TailSeparator();

    [GeneratedRegex(@"^(?:by|written\s+by|posted\s+by|author:?)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
