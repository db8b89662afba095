using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Sitrep.Extraction.Html;

/// <summary>
/// Extracts the article from an HTML page: metadata from JSON-LD and meta tags, the body by scoring the DOM's
/// containers, boilerplate and reader comments set apart with reasons. Thread-safe.
/// </summary>
public sealed class HtmlArticleExtractor : IArticleExtractor
{
    /// <summary>At most this many dropped blocks are kept per page; navigation-heavy pages have thousands.</summary>
    private const int MaxBoilerplateBlocks = 400;

    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        IsKeepingSourceReferences = false,
        SkipComments = true,
        SkipScriptText = true,
    };

    /// <inheritdoc />
    public Article Extract(DecodedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = document.Text;
        var parser = new HtmlParser(ParserOptions);
        using var dom = parser.ParseDocument(html);
        RevealStreamedSegments(dom);
        var metadata = HtmlMetadataReader.Read(dom, html, document.Raw);
        var body = dom.Body;
        if (body is null)
        {
            return new Article(metadata.Title, metadata.Published, metadata.Outlet, metadata.Author, metadata.Url, metadata.Language, "", [], [], []);
        }

        var collected = BlockCollector.Collect(body);
        var decisions = ContentSelector.Select(collected, body);
        if (metadata.Published is null && VisibleDate(decisions) is { } visible)
        {
            metadata = metadata with { Published = visible };
        }

        return Assemble(metadata, decisions, CommentReader.Read(dom));
    }

    /// <summary>
    /// React's streaming server rendering sends the page's slow parts (often the whole article) at the end of the
    /// document in hidden <c>div id="S:n"</c> elements, which a script then moves over the placeholder
    /// <c>template id="B:n"</c> (or <c>"P:n"</c>) left where they belong. No script runs here, so do that move:
    /// otherwise the article is invisible and only the loading skeleton and the footer remain.
    /// </summary>
    private static void RevealStreamedSegments(IHtmlDocument dom)
    {
        foreach (var segment in dom.QuerySelectorAll("div[hidden][id^='S:']").ToList())
        {
            var suffix = segment.Id![2..];
            segment.RemoveAttribute("hidden");
            var placeholder = dom.GetElementById("B:" + suffix) ?? dom.GetElementById("P:" + suffix);
            if (placeholder is { LocalName: "template", ParentElement: { } parent })
            {
                parent.InsertBefore(segment, placeholder);
            }
        }
    }

    /// <summary>
    /// A date printed near the headline ("By A. Writer - Mar 27, 2024", "Published: 4 March 2026", "Last updated:
    /// Dec 12, 2025"), looked for in the short blocks just before and at the start of the body.
    /// </summary>
    private static PublicationDate? VisibleDate(IReadOnlyList<ContentSelector.Decision> decisions)
    {
        var firstBody = -1;
        for (var i = 0; i < decisions.Count; i++)
        {
            if (decisions[i].IsBody)
            {
                firstBody = i;
                break;
            }
        }

        if (firstBody < 0)
        {
            return null;
        }

        PublicationDate? fallback = null;
        for (var i = Math.Max(0, firstBody - 25); i < Math.Min(decisions.Count, firstBody + 4); i++)
        {
            var text = decisions[i].Block.Text;
            if (text.Length > 120 || Metadata.DateText.Find(text) is not { } date)
            {
                continue;
            }

            if (text.Contains("publish", StringComparison.OrdinalIgnoreCase) || text.Contains("posted", StringComparison.OrdinalIgnoreCase)
                || text.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
            {
                return date;
            }

            fallback ??= date;
        }

        return fallback;
    }

    private static Article Assemble(HtmlMetadata metadata, IReadOnlyList<ContentSelector.Decision> decisions, IReadOnlyList<ReaderComment> comments)
    {
        var builder = new StringBuilder();
        var paragraphs = new List<Paragraph>();
        var boilerplate = new List<BoilerplateBlock>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var title = metadata.Title;
        var firstBody = true;
        foreach (var decision in decisions)
        {
            var block = decision.Block;
            if (!decision.IsBody)
            {
                if (boilerplate.Count < MaxBoilerplateBlocks)
                {
                    boilerplate.Add(new BoilerplateBlock(block.Text, decision.Reason));
                }

                continue;
            }

            // The headline is metadata, not body.
            if (firstBody && block.Kind == BlockKind.Heading && title is not null && string.Equals(block.Text, title, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (block.Text.Length >= 20 && !seen.Add(block.Text))
            {
                boilerplate.Add(new BoilerplateBlock(block.Text, BoilerplateReason.Duplicate));
                continue;
            }

            firstBody = false;
            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            paragraphs.Add(new Paragraph(paragraphs.Count, block.Kind, new TextSpan(builder.Length, block.Text.Length)));
            builder.Append(block.Text);
        }

        TrimTrailingHeadings(builder, paragraphs, boilerplate);
        return new Article(metadata.Title, metadata.Published, metadata.Outlet, metadata.Author, metadata.Url, metadata.Language,
            builder.ToString(), paragraphs, comments, boilerplate);
    }

    /// <summary>A heading with no text after it ("Related stories", "Comments") closes no section of the article.</summary>
    private static void TrimTrailingHeadings(StringBuilder builder, List<Paragraph> paragraphs, List<BoilerplateBlock> boilerplate)
    {
        while (paragraphs.Count > 0 && paragraphs[^1].Kind == BlockKind.Heading)
        {
            var last = paragraphs[^1];
            boilerplate.Add(new BoilerplateBlock(last.Span.Slice(builder.ToString()), BoilerplateReason.RelatedLinks));
            paragraphs.RemoveAt(paragraphs.Count - 1);
            builder.Length = paragraphs.Count == 0 ? 0 : paragraphs[^1].Span.End;
        }
    }
}
