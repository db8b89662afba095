using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Extraction.Boilerplate;
using Sitrep.Extraction.Metadata;

namespace Sitrep.Extraction.Text;

/// <summary>
/// Extracts the article from a page saved as plain text (scraped pages with banners, donation widgets, paywall
/// notices, repeated paragraphs, captions and comment threads). Works line by line: every body paragraph keeps
/// its exact range in the source text. Thread-safe.
/// </summary>
public sealed partial class PlainTextArticleExtractor : IArticleExtractor
{
    private sealed record Line(int Start, string Text)
    {
        public int End => Start + Text.Length;

        public bool IsBlank => string.IsNullOrWhiteSpace(Text);

        public string Trimmed => Text.Trim();
    }

    private sealed record Block(List<Line> Lines)
    {
        public TextSpan SourceSpan
        {
            get
            {
                var first = Lines[0];
                var last = Lines[^1];
                var lead = first.Text.Length - first.Text.TrimStart().Length;
                var trail = last.Text.Length - last.Text.TrimEnd().Length;
                return new TextSpan(first.Start + lead, last.End - trail - (first.Start + lead));
            }
        }

        public string Text => Lines.Count == 1 ? Lines[0].Trimmed : string.Join(' ', Lines.Select(l => l.Trimmed));
    }

    /// <inheritdoc />
    public Article Extract(DecodedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var lines = SplitLines(text);
        var boilerplate = new List<BoilerplateBlock>();
        var (articleLines, commentLines) = SplitComments(lines, boilerplate, out var gated);
        var blocks = Blocks(articleLines);
        var hints = document.Raw.EffectiveHints;

        string? title = null;
        PublicationDate? published = null;
        string? outlet = null;
        string? author = null;
        var body = new List<(Block Block, BlockKind Kind)>();
        var seenBodyParagraph = false;
        var previousWasTitle = false;
        var afterAuthorBox = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var blockText = block.Text;
            if (BoilerplateRules.Classify(blockText) is { } reason)
            {
                boilerplate.Add(new BoilerplateBlock(blockText, reason));
                outlet ??= OutletFrom(blockText);
                afterAuthorBox = reason == BoilerplateReason.AuthorBio;
                previousWasTitle = false;
                continue;
            }

            if (afterAuthorBox)
            {
                // The paragraph under an "About <author>" box is the biography.
                boilerplate.Add(new BoilerplateBlock(blockText, BoilerplateReason.AuthorBio));
                afterAuthorBox = false;
                continue;
            }

            if (!seenBodyParagraph && title is null && (hints.Title is null || Same(blockText, hints.Title)))
            {
                if (IsSectionLabel(blockText))
                {
                    boilerplate.Add(new BoilerplateBlock(blockText, BoilerplateReason.Navigation));
                    continue;
                }

                if (LooksLikeHeadline(blockText))
                {
                    title = blockText;
                    published ??= DateText.Find(blockText);
                    previousWasTitle = true;
                    continue;
                }
            }

            if (previousWasTitle && !seenBodyParagraph && LooksLikeHeadline(blockText) && blockText.Length > 30)
            {
                // A dek (standfirst) under the headline: neither title nor body.
                boilerplate.Add(new BoilerplateBlock(blockText, BoilerplateReason.Other));
                published ??= DateText.Find(blockText);
                previousWasTitle = false;
                continue;
            }

            previousWasTitle = false;
            if (!seenBodyParagraph && Byline().Match(blockText) is { Success: true } byline)
            {
                author ??= byline.Groups["name"].Value;
                boilerplate.Add(new BoilerplateBlock(blockText, BoilerplateReason.Other));
                continue;
            }

            if (!seenBodyParagraph && Dateline().Match(blockText) is { Success: true } dateline && DateText.Find(blockText) is { } stated)
            {
                published ??= stated;
                boilerplate.Add(new BoilerplateBlock(blockText, BoilerplateReason.Other));
                continue;
            }

            var kind = IsHeading(blockText, blocks, i, seenBodyParagraph) ? BlockKind.Heading : BlockKind.Paragraph;
            body.Add((block, kind));
            seenBodyParagraph |= kind == BlockKind.Paragraph;
        }

        if (body.Count == 0 && title is not null && blocks.FirstOrDefault(b => b.Text == title) is { } only && hints.Title is null)
        {
            // A text that is one line without a full stop is a statement, not a headline over nothing: it is the body
            // too, so that later stages have something to read.
            body.Add((only, BlockKind.Paragraph));
        }

        RemoveDuplicates(body, boilerplate);
        while (body.Count > 0 && body[^1].Kind == BlockKind.Heading)
        {
            boilerplate.Add(new BoilerplateBlock(body[^1].Block.Text, BoilerplateReason.Other));
            body.RemoveAt(body.Count - 1);
        }

        var builder = new StringBuilder();
        var paragraphs = new List<Paragraph>(body.Count);
        foreach (var (block, kind) in body)
        {
            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            var paragraphText = block.Text;
            paragraphs.Add(new Paragraph(paragraphs.Count, kind, new TextSpan(builder.Length, paragraphText.Length), block.SourceSpan));
            builder.Append(paragraphText);
        }

        var bodyText = builder.ToString();
        published ??= DateText.Parse(hints.Published);
        title ??= hints.Title;
        outlet ??= hints.Outlet ?? UrlText.HostOf(document.Raw.Url);
        var comments = gated ? [] : Comments(commentLines);
        return new Article(title, published, outlet, author ?? hints.Author, document.Raw.Url, DetectLanguage(bodyText), bodyText, paragraphs, comments, boilerplate);
    }

    private static List<Line> SplitLines(string text)
    {
        var lines = new List<Line>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
                lines.Add(new Line(start, text[start..end]));
                start = i + 1;
            }
        }

        return lines;
    }

    /// <summary>
    /// Splits the page at the comment section: the first comment-widget line ("Notify of", "COMMENTS",
    /// "Leave a reply") after some article text. Widget chrome goes to boilerplate. A section that asks the reader to
    /// subscribe or log in is gated: it holds no comments, and what follows it is boilerplate.
    /// </summary>
    private static (List<Line> Article, List<Line> Comments) SplitComments(List<Line> lines, List<BoilerplateBlock> boilerplate, out bool gated)
    {
        gated = false;
        var substantial = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var trimmed = lines[i].Trimmed;
            if (trimmed.Length > 150)
            {
                substantial++;
            }

            if (substantial == 0 || BoilerplateRules.Classify(trimmed) != BoilerplateReason.CommentWidget || !CommentSectionStart().IsMatch(trimmed))
            {
                continue;
            }

            var article = lines.Take(i).ToList();
            var rest = new List<Line>();
            for (var j = i; j < lines.Count; j++)
            {
                var line = lines[j];
                var reason = line.IsBlank ? null : BoilerplateRules.Classify(line.Trimmed);
                if (reason == BoilerplateReason.CommentWidget)
                {
                    AddOnce(boilerplate, line.Trimmed, reason.Value);
                    rest.Add(line with { Text = "" });
                    continue;
                }

                if (reason == BoilerplateReason.Paywall && rest.All(l => l.IsBlank))
                {
                    gated = true;
                }

                if (gated && !line.IsBlank)
                {
                    AddOnce(boilerplate, line.Trimmed, reason ?? BoilerplateReason.Other);
                }

                rest.Add(line);
            }

            return (article, rest);
        }

        return (lines, []);
    }

    private static void AddOnce(List<BoilerplateBlock> boilerplate, string text, BoilerplateReason reason)
    {
        if (!boilerplate.Any(b => b.Text == text))
        {
            boilerplate.Add(new BoilerplateBlock(text, reason));
        }
    }

    /// <summary>
    /// Groups lines into blocks. Scraped pages put one paragraph per line; hard-wrapped text (every line but the last
    /// long and not ending a sentence) is joined into one paragraph.
    /// </summary>
    private static List<Block> Blocks(List<Line> lines)
    {
        var blocks = new List<Block>();
        var run = new List<Line>();
        void FlushRun()
        {
            if (run.Count == 0)
            {
                return;
            }

            var wrapped = run.Count > 1 && run.Take(run.Count - 1).All(l => l.Trimmed.Length >= 40 && !EndsSentence(l.Trimmed));
            if (wrapped)
            {
                blocks.Add(new Block([.. run]));
            }
            else
            {
                blocks.AddRange(run.Select(l => new Block([l])));
            }

            run.Clear();
        }

        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                FlushRun();
            }
            else
            {
                run.Add(line);
            }
        }

        FlushRun();
        return blocks;
    }

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '”' or '’' or ':' or '…' or ')';

    private static bool LooksLikeHeadline(string text)
        => text.Length is >= 10 and <= 250 && !(text[^1] is '.' or ':' or ',' or ';') && text.Count(char.IsLetter) > text.Length / 2;

    private static bool IsSectionLabel(string text)
        => text.Length < 25 && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2 && !EndsSentence(text) && char.IsUpper(text[0]);

    /// <summary>An in-body section heading: no closing punctuation, shorter than a paragraph, followed by body text.</summary>
    private static bool IsHeading(string text, List<Block> blocks, int index, bool afterBody)
    {
        if (!afterBody || EndsSentence(text) || text.Length > 200 || text.EndsWith(',') || index + 1 >= blocks.Count)
        {
            return false;
        }

        var next = blocks[index + 1].Text;
        return next.Length > text.Length && EndsSentence(next) && BoilerplateRules.Classify(next) is null;
    }

    /// <summary>Drops repeated paragraphs; where a paywall cut a paragraph short, the complete copy is kept.</summary>
    private static void RemoveDuplicates(List<(Block Block, BlockKind Kind)> body, List<BoilerplateBlock> boilerplate)
    {
        for (var i = 0; i < body.Count; i++)
        {
            var text = Normalise(body[i].Block.Text);
            for (var j = i + 1; j < body.Count; j++)
            {
                var other = Normalise(body[j].Block.Text);
                if (other == text || (text.Length >= 40 && text.StartsWith(other, StringComparison.Ordinal) && other.Length >= 40))
                {
                    boilerplate.Add(new BoilerplateBlock(body[j].Block.Text, BoilerplateReason.Duplicate));
                    body.RemoveAt(j);
                    j--;
                }
                else if (text.Length >= 40 && other.StartsWith(text, StringComparison.Ordinal))
                {
                    // The earlier copy was truncated: keep the complete text in the earlier position's stead.
                    boilerplate.Add(new BoilerplateBlock(body[i].Block.Text, BoilerplateReason.Duplicate));
                    body[i] = body[j];
                    body.RemoveAt(j);
                    text = other;
                    j = i;
                }
            }
        }
    }

    private static string Normalise(string text) => Spaces().Replace(text.Trim().TrimEnd('…', '.', ' '), " ");

    /// <summary>
    /// Cuts the thread into comments at handle lines (a commenter's name on a line of its own) and at double blank
    /// lines; single blank lines separate paragraphs within a comment.
    /// </summary>
    private static List<ReaderComment> Comments(List<Line> lines)
    {
        var comments = new List<ReaderComment>();
        string? author = null;
        var paragraphs = new List<string>();
        var blankRun = 0;
        void Finish()
        {
            if (paragraphs.Count > 0)
            {
                comments.Add(new ReaderComment(comments.Count, author, string.Join("\n\n", paragraphs)));
            }

            paragraphs.Clear();
            author = null;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                blankRun++;
                continue;
            }

            var text = line.Trimmed;
            if (blankRun >= 2)
            {
                Finish();
            }

            blankRun = 0;
            if (IsHandle(text, lines, i))
            {
                Finish();
                author = text;
                continue;
            }

            paragraphs.Add(text);
        }

        Finish();
        return comments;
    }

    private static bool IsHandle(string text, List<Line> lines, int index)
    {
        if (text.Length > 40 || EndsSentence(text) || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 5
            || text[0] is '"' or '“' or '‘' or '\'' || !char.IsLetter(text[0]))
        {
            return false;
        }

        // A handle is followed by the comment's text.
        for (var j = index + 1; j < lines.Count; j++)
        {
            if (!lines[j].IsBlank)
            {
                return lines[j].Trimmed.Length > text.Length;
            }
        }

        return false;
    }

    private static string? OutletFrom(string boilerplate)
    {
        var match = OutletMention().Match(boilerplate);
        return match.Success ? match.Groups["outlet"].Value : null;
    }

    private static bool Same(string a, string b) => string.Equals(Normalise(a), Normalise(b), StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> EnglishStopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with", "as", "by", "it", "at", "from", "have", "has", "were",
    };

    /// <summary>"en" when common English function words make up a typical share of the words; null otherwise.</summary>
    internal static string? DetectLanguage(string text)
    {
        var words = 0;
        var stop = 0;
        foreach (Match word in Word().Matches(text.Length > 5000 ? text[..5000] : text))
        {
            words++;
            stop += EnglishStopWords.Contains(word.Value) ? 1 : 0;
        }

        return words >= 20 && stop * 100 / words >= 15 ? "en" : null;
    }

    [GeneratedRegex(@"^(?:notify\s+of|comments?|\d+\s+comments?|leave\s+a\s+(?:reply|comment)|post\s+a\s+comment|join\s+the\s+(?:discussion|conversation)|show\s+comments)$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentSectionStart();

    [GeneratedRegex(@"^(?i:support|donate\s+to|about|join|more\s+from|read\s+more\s+at)\s+(?<outlet>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)(?:\s+(?i:news\s+team|team|staff|view\s+all\s+posts|for\b.*))*[.!]?$")]
    private static partial Regex OutletMention();

    [GeneratedRegex(@"^(?:by|written\s+by)\s+(?<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})$", RegexOptions.IgnoreCase)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(?:(?:published|posted|updated|date)\s*(?:on)?\s*:?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?[\w .,:]{6,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
