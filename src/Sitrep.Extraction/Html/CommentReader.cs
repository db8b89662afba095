using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Sitrep.Extraction.Html;

/// <summary>
/// Reads reader comments from the comment sections pages mark as such (WordPress, wpDiscuz, Disqus-style markup,
/// any element whose id or class names a comment thread), with each comment's author where the page gives it.
/// </summary>
internal static partial class CommentReader
{
    public static IReadOnlyList<ReaderComment> Read(IHtmlDocument document)
    {
        var comments = new List<ReaderComment>();
        var seen = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var section in document.QuerySelectorAll("#comments, .comments, .comment-thread, .comments-area, .comment-list, .commentlist, ol.comments, #disqus_thread, .wpd-thread-list, [id^=comments], [class*=comments-section], [class*=comment-section]"))
        {
            foreach (var body in section.QuerySelectorAll(".comment-content, .comment-text, .comment-body, .wpd-comment-text, .comment__body, .comment__content, [itemprop=text], .comment p"))
            {
                // A comment body nested inside another chosen body (e.g. .comment-body > .comment-content) is taken once.
                if (seen.Contains(body) || Ancestors(body).Any(seen.Contains))
                {
                    continue;
                }

                if (body.QuerySelector(".comment-content, .comment-text, .wpd-comment-text, .comment__content") is { } inner && !ReferenceEquals(inner, body))
                {
                    continue;
                }

                var text = Text(body);
                if (text.Length == 0)
                {
                    continue;
                }

                seen.Add(body);
                var item = Ancestors(body).FirstOrDefault(a => a.LocalName is "li" or "article" || DomText.Signature(a).Contains("comment", StringComparison.Ordinal) && a.QuerySelector(".comment-author, .fn, .author, .wpd-comment-author, .comment__author") is not null);
                var authorElement = item?.QuerySelector(".comment-author .fn, .fn, .comment-author, .wpd-comment-author, .comment__author, .author, [itemprop=author]");
                var author = authorElement is null ? null : SaysSuffix().Replace(HtmlMetadataReader.Clean(authorElement.TextContent) ?? "", "").Trim();
                var posted = item?.QuerySelector("time")?.GetAttribute("datetime") ?? HtmlMetadataReader.Clean(item?.QuerySelector(".comment-metadata, .comment-date, .wpd-comment-date")?.TextContent);
                comments.Add(new ReaderComment(comments.Count, string.IsNullOrEmpty(author) ? null : author, text, posted));
            }
        }

        return comments;
    }

    private static IEnumerable<IElement> Ancestors(IElement element)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            yield return e;
        }
    }

    private static string Text(IElement element)
    {
        var paragraphs = element.QuerySelectorAll("p").Select(p => HtmlMetadataReader.Clean(p.TextContent)).OfType<string>().ToList();
        return paragraphs.Count > 0 ? string.Join("\n\n", paragraphs) : HtmlMetadataReader.Clean(element.TextContent) ?? "";
    }

    [GeneratedRegex(@"\s*(?:says|said|wrote)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SaysSuffix();
}
