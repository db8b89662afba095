namespace Sitrep;

/// <summary>A half-open character range <c>[Start, Start + Length)</c> in some text.</summary>
/// <param name="Start">Offset of the first character (UTF-16 code units).</param>
/// <param name="Length">Number of characters.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The characters of <paramref name="text"/> this span covers.</summary>
    public string Slice(string text) => text.Substring(Start, Length);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}

/// <summary>The role of a block of body text.</summary>
public enum BlockKind
{
    /// <summary>A running-text paragraph.</summary>
    Paragraph,

    /// <summary>An in-body section heading.</summary>
    Heading,

    /// <summary>A block quotation.</summary>
    Quote,

    /// <summary>A list item.</summary>
    ListItem,

    /// <summary>A preformatted or tabular block.</summary>
    Preformatted,
}

/// <summary>One body block of an article and where it sits in the article's <see cref="Article.Body"/>.</summary>
/// <param name="Index">Zero-based position in the body.</param>
/// <param name="Kind">The block's role.</param>
/// <param name="Span">Its characters in <see cref="Article.Body"/>.</param>
/// <param name="SourceSpan">Its characters in the decoded source text, where the extractor can tell
/// (plain-text sources); null for HTML, where text is assembled from many nodes.</param>
public sealed record Paragraph(int Index, BlockKind Kind, TextSpan Span, TextSpan? SourceSpan = null);

/// <summary>Why a block was judged not to be article text.</summary>
public enum BoilerplateReason
{
    /// <summary>Navigation, menus, breadcrumbs, footers.</summary>
    Navigation,

    /// <summary>Donation widgets and "support us" banners, including lines of bare amounts.</summary>
    Donation,

    /// <summary>Paywall and subscription notices.</summary>
    Paywall,

    /// <summary>"Read more at …", related links, recommended articles.</summary>
    RelatedLinks,

    /// <summary>Image file names, captions and credits.</summary>
    ImageCaption,

    /// <summary>Share, follow and subscribe prompts.</summary>
    Social,

    /// <summary>Comment-widget chrome ("Notify of", "View all comments").</summary>
    CommentWidget,

    /// <summary>Author biographies and "about" boxes.</summary>
    AuthorBio,

    /// <summary>A paragraph already present earlier in the body.</summary>
    Duplicate,

    /// <summary>Advertising.</summary>
    Advertising,

    /// <summary>Other non-article text (low text density, link lists, legal notices).</summary>
    Other,
}

/// <summary>A piece of page text left out of the body, kept so an analyst can see what was dropped and why.</summary>
/// <param name="Text">The text.</param>
/// <param name="Reason">Why it was dropped.</param>
public sealed record BoilerplateBlock(string Text, BoilerplateReason Reason);

/// <summary>A reader comment: low-trust content kept apart from the article.</summary>
/// <param name="Index">Zero-based position in the thread.</param>
/// <param name="Author">The commenter's handle, where the page gives it.</param>
/// <param name="Text">The comment's text (paragraphs separated by blank lines).</param>
/// <param name="Posted">When it was posted, where the page gives it (text as printed).</param>
public sealed record ReaderComment(int Index, string? Author, string Text, string? Posted = null);

/// <summary>A publication date and the exact text it was read from.</summary>
/// <param name="Date">The calendar date.</param>
/// <param name="Time">The time of day, when given.</param>
/// <param name="Offset">The UTC offset, when given.</param>
/// <param name="Evidence">The text the date was read from (a meta tag's value, a dateline, a headline).</param>
public sealed record PublicationDate(DateOnly Date, TimeOnly? Time, TimeSpan? Offset, string Evidence)
{
    /// <summary>ISO 8601 date (<c>yyyy-MM-dd</c>).</summary>
    public string IsoDate => Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A clean article: metadata, body blocks with their offsets, and what was set apart from the body.</summary>
/// <param name="Title">The headline.</param>
/// <param name="Published">The publication date, when the page states one.</param>
/// <param name="Outlet">The publishing outlet (site name).</param>
/// <param name="Author">The byline.</param>
/// <param name="Url">The canonical URL, when known.</param>
/// <param name="Language">ISO 639-1 language code, when known or detected.</param>
/// <param name="Body">The body text: blocks joined by a blank line (<c>"\n\n"</c>).</param>
/// <param name="Paragraphs">The body blocks, in order, each with its span in <paramref name="Body"/>.</param>
/// <param name="Comments">Reader comments.</param>
/// <param name="Boilerplate">Text judged not to be article, with reasons.</param>
public sealed record Article(
    string? Title,
    PublicationDate? Published,
    string? Outlet,
    string? Author,
    string? Url,
    string? Language,
    string Body,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<ReaderComment> Comments,
    IReadOnlyList<BoilerplateBlock> Boilerplate)
{
    /// <summary>The text of each body block.</summary>
    public IEnumerable<string> ParagraphTexts => Paragraphs.Select(p => p.Span.Slice(Body));
}
