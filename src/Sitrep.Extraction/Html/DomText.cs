using AngleSharp.Dom;

namespace Sitrep.Extraction.Html;

/// <summary>Element classification shared by the HTML stages.</summary>
internal static class DomText
{
    /// <summary>Elements whose content is never article text.</summary>
    public static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "video", "audio",
        "map", "select", "option", "textarea", "input", "button", "head", "link", "meta", "dialog", "math", "picture",
        "source", "track", "img",
    };

    /// <summary>Elements that start and end a block of text.</summary>
    public static readonly HashSet<string> BlockLevel = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "table", "tbody", "thead", "tfoot", "tr", "ul", "body", "html", "center", "details",
        "summary", "caption", "menu",
    };

    public static BlockKind KindOf(string tag, bool insideQuote) => tag switch
    {
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
        "li" or "dd" or "dt" => BlockKind.ListItem,
        "pre" => BlockKind.Preformatted,
        "blockquote" => BlockKind.Quote,
        _ => insideQuote ? BlockKind.Quote : BlockKind.Paragraph,
    };

    /// <summary>Whether the element is hidden from readers (hidden attribute, aria-hidden, display:none).</summary>
    public static bool IsHidden(IElement element)
    {
        if (element.GetAttribute("role") is "region" or "tabpanel")
        {
            // A collapsed accordion panel or an inactive tab: hidden until the reader opens it, but article text.
            return false;
        }

        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null
            && (Compact(style).Contains("display:none", StringComparison.OrdinalIgnoreCase)
                || Compact(style).Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsTaxonomyClass(string token)
        => token.StartsWith("category-", StringComparison.OrdinalIgnoreCase) || token.StartsWith("tag-", StringComparison.OrdinalIgnoreCase)
            || token.StartsWith("post_tag-", StringComparison.OrdinalIgnoreCase) || token.StartsWith("topic-", StringComparison.OrdinalIgnoreCase)
            || token.StartsWith("section-", StringComparison.OrdinalIgnoreCase) && token.Length > 20;

    private static string Compact(string style) => style.Replace(" ", "", StringComparison.Ordinal);

    /// <summary>The class and id of the element, lower-cased, for pattern tests.</summary>
    public static string Signature(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.Id;
        var role = element.GetAttribute("role");
        var itemprop = element.GetAttribute("itemprop");
        if (cls is null && id is null && role is null && itemprop is null)
        {
            return "";
        }

        if (cls is not null && cls.Contains('-', StringComparison.Ordinal))
        {
            // CMSs add taxonomy slugs as classes ("category-advertising-news", "tag-social-media"); they describe the
            // article's topic, not the element's role, and must not mark the article as boilerplate.
            cls = string.Join(' ', cls.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(token => !IsTaxonomyClass(token)));
        }

        if (id is not null && id.Split('-', '_').Length >= 4)
        {
            // "best-beginner-podcast-equipment": an anchor named after the section's heading, which says what the
            // section is about, not what role it plays on the page.
            id = null;
        }

        return string.Concat(cls, " ", id, " ", role, " ", itemprop).ToLowerInvariant();
    }
}
