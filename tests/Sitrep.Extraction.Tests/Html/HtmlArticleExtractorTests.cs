using System.Text;
using Sitrep.Extraction.Decoding;
using Sitrep.Extraction.Html;

namespace Sitrep.Extraction.Tests.Html;

public sealed class HtmlArticleExtractorTests
{
    private static Article Extract(string html, string? url = null)
        => new HtmlArticleExtractor().Extract(new DocumentDecoder().Decode(new RawDocument("t.html", ContentKind.Html, Encoding.UTF8.GetBytes(html), url)));

    private static string Paragraphs(int count, string topic = "the river crossing")
        => string.Concat(Enumerable.Range(1, count).Select(i => $"<p>Paragraph {i}: residents near {topic} said that shelling continued through the night, and that several families had left, according to local sources.</p>"));

    [Fact]
    public void Deeply_nested_markup_does_not_overflow_the_stack()
    {
        const int depth = 100_000;
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + Paragraphs(3) + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";
        var article = Extract(html);
        Assert.NotNull(article);
        Assert.Contains("Paragraph 1:", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_page_gives_an_empty_body_not_an_error()
    {
        var article = Extract("<html><head><title>Nothing here</title></head><body></body></html>");
        Assert.Equal("", article.Body);
        Assert.Empty(article.Paragraphs);
        Assert.Equal("Nothing here", article.Title);
    }

    [Fact]
    public void Double_line_breaks_split_blocks_and_spans_are_exact()
    {
        var article = Extract("<html><body><article><div>First block of text about the convoy that was hit on the desert road, officials said.<br><br>Second block, with a <b>bold</b> word and more words to make it long enough.</div>" + Paragraphs(2) + "</article></body></html>");
        Assert.Equal("First block of text about the convoy that was hit on the desert road, officials said.", article.Paragraphs[0].Span.Slice(article.Body));
        Assert.Equal("Second block, with a bold word and more words to make it long enough.", article.Paragraphs[1].Span.Slice(article.Body));
        Assert.All(article.Paragraphs, p => Assert.Equal(p.Span.Slice(article.Body).Trim(), p.Span.Slice(article.Body)));
    }

    [Fact]
    public void A_repeated_paragraph_is_kept_once_and_recorded_as_a_duplicate()
    {
        var paragraph = "<p>The same paragraph appears twice on the page because the template repeats the lead, said nobody.</p>";
        var article = Extract("<html><body><article>" + paragraph + Paragraphs(3) + paragraph + "</article></body></html>");
        Assert.Single(article.ParagraphTexts, t => t.StartsWith("The same paragraph", StringComparison.Ordinal));
        Assert.Contains(article.Boilerplate, b => b.Reason == BoilerplateReason.Duplicate);
    }

    [Fact]
    public void Navigation_sidebars_and_comments_stay_out_of_the_body()
    {
        var article = Extract("""
            <html><body><nav><a href="/">Home</a> <a href="/world">World news and more</a></nav>
            <article><h1>Headline about the clash</h1>
            """ + Paragraphs(4) + """
            </article><aside class="sidebar"><p>Most read: an unrelated story about the weather that is long enough to be a paragraph.</p></aside>
            <div id="comments"><ol class="comment-list"><li class="comment"><div class="comment-author"><span class="fn">Reader One</span> says:</div>
            <div class="comment-content"><p>I was there and it was worse than reported by everyone.</p></div></li></ol></div>
            </body></html>
            """);
        Assert.DoesNotContain("Most read", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("I was there", article.Body, StringComparison.Ordinal);
        var comment = Assert.Single(article.Comments);
        Assert.Equal("Reader One", comment.Author);
        Assert.Equal("I was there and it was worse than reported by everyone.", comment.Text);
    }

    [Fact]
    public void The_publication_date_is_preferred_over_the_modification_date()
    {
        var article = Extract("""
            <html><head><meta property="article:modified_time" content="2026-03-09T10:00:00Z">
            <meta property="article:published_time" content="2026-03-04T09:15:00+03:00"></head><body><article>
            """ + Paragraphs(3) + "</article></body></html>");
        Assert.Equal("2026-03-04", article.Published!.IsoDate);
        Assert.Equal(TimeSpan.FromHours(3), article.Published.Offset);
        Assert.Equal("2026-03-04T09:15:00+03:00", article.Published.Evidence);
    }

    [Fact]
    public void Json_ld_gives_headline_author_and_publisher()
    {
        var article = Extract("""
            <html><head><title>Something else | Site</title><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},{"@type":"NewsArticle","headline":"Clashes near Hajin",
            "datePublished":"2026-03-04","author":[{"@type":"Person","name":"Karim Osman"},{"@type":"Person","name":"Lina Haddad"}],
            "publisher":{"@type":"Organization","name":"Euphrates Daily"}}]}
            </script></head><body><article>
            """ + Paragraphs(3) + "</article></body></html>", "https://www.example.org/a");
        Assert.Equal("Clashes near Hajin", article.Title);
        Assert.Equal("Karim Osman, Lina Haddad", article.Author);
        Assert.Equal("Euphrates Daily", article.Outlet);
        Assert.Equal("2026-03-04", article.Published!.IsoDate);
    }

    [Fact]
    public void Without_metadata_the_outlet_is_the_host_and_the_url_date_is_used()
    {
        var article = Extract("<html><body><article>" + Paragraphs(3) + "</article></body></html>", "https://www.levant.example/2026/03/05/story/");
        Assert.Equal("levant.example", article.Outlet);
        Assert.Equal("2026-03-05", article.Published!.IsoDate);
    }

    [Fact]
    public void Script_text_and_event_handlers_never_reach_the_body()
    {
        var article = Extract("<html><body><article>" + Paragraphs(2) + "<p>Text <script>alert(1)</script>with <img src=x onerror=\"alert(2)\">inline markup <a href=\"javascript:alert(3)\">and a link</a>.</p></article></body></html>");
        Assert.DoesNotContain("alert", article.Body, StringComparison.Ordinal);
        Assert.Contains("Text with inline markup and a link.", article.Body, StringComparison.Ordinal);
    }

    private static string? TitleOf(string head, string headings)
        => Extract($"<html><head>{head}</head><body>{headings}<article>{Paragraphs(4)}</article></body></html>").Title;

    [Theory]
    // A theme's capitals: the declared title carries the real case.
    [InlineData("<title>Shelling Resumes Near the River | Daily Courier</title>", "<h1>SHELLING RESUMES NEAR THE RIVER</h1>", "Shelling Resumes Near the River")]
    // A label or date before the declared words.
    [InlineData("<title>Shelling resumes near the river crossing | Daily Courier</title>", "<h1>Blog: Shelling resumes near the river crossing</h1>", "Shelling resumes near the river crossing")]
    [InlineData("<title>Shelling resumes near the river crossing | Daily Courier</title>", "<h1>Dec 18 2025 Shelling resumes near the river crossing</h1>", "Shelling resumes near the river crossing")]
    // The site's name as the heading, a bare domain, a one-word section inside a long title.
    [InlineData("<title>Shelling resumes near the river crossing - Part 1 | Field Notes</title>", "<h1>Field Notes</h1>", "Shelling resumes near the river crossing")]
    [InlineData("<title>fieldnotes.example Shelling resumes near the river crossing</title>", "<h1>fieldnotes.example</h1>", "Shelling resumes near the river crossing")]
    [InlineData("<meta property=\"og:title\" content=\"How shelling, drones and Kherson's river crossing changed the front\">", "<h1>Kherson</h1>", "How shelling, drones and Kherson's river crossing changed the front")]
    // Characters lost to a bad conversion.
    [InlineData("<title>Crossing the River: A Reporter&#x27;s Notes</title>", "<h1>Crossing the River: A Reporter? Notes</h1>", "Crossing the River: A Reporter's Notes")]
    // A visible headline that agrees keeps its own wording.
    [InlineData("<title>Shelling resumes at river crossing | Daily Courier</title>", "<h1>Shelling resumes at the river crossing, residents say</h1>", "Shelling resumes at the river crossing, residents say")]
    public void The_title_is_the_agreeing_headline_as_the_page_declares_it(string head, string headings, string expected)
        => Assert.Equal(expected, TitleOf(head, headings));

    [Fact]
    public void Several_headings_none_agreeing_leave_the_declared_title()
        => Assert.Equal("Convoy reaches the besieged town",
            TitleOf("<meta property=\"og:title\" content=\"Convoy reaches the besieged town\">", "<h1>Latest news from our desk</h1><h1>Subscribe to our weekly digest</h1>"));

    [Fact]
    public void Streamed_segments_are_read_where_their_placeholder_stands()
    {
        var article = Extract("""
            <html><body><header><a href="/">Home</a></header>
            <article><h1>Streamed headline</h1>
            <p>The opening paragraph arrives with the first bytes of the page, before anything else is sent.</p>
            <template id="B:0"></template><div class="skeleton"></div>
            <p>The closing paragraph also arrives early, and the streamed middle must land before it.</p></article>
            <footer><p>Contact the newsroom at any hour of the day or night, every day of the year.</p></footer>
            <div hidden id="S:0">
            """ + Paragraphs(4) + """
            </div>
            <div hidden><p>A hidden drawer with a long enough paragraph that readers never see on the page.</p></div>
            </body></html>
            """);
        Assert.Equal(6, article.Paragraphs.Count);
        Assert.StartsWith("The opening paragraph", article.ParagraphTexts.ElementAt(0), StringComparison.Ordinal);
        Assert.StartsWith("Paragraph 1:", article.ParagraphTexts.ElementAt(1), StringComparison.Ordinal);
        Assert.StartsWith("The closing paragraph", article.ParagraphTexts.ElementAt(5), StringComparison.Ordinal);
        Assert.DoesNotContain("hidden drawer", article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    // Page-wide flags on body name widgets the page has, not the role of what is inside it.
    [InlineData("has-share-buttons has-sidebar")]
    public void An_article_in_deeply_wrapped_sections_is_read_whole_not_one_section(string bodyClass)
    {
        // Each section's paragraph sits five wrappers below the container the sections share, so no paragraph
        // score reaches it; the closing notes, three paragraphs in one wrapper, outscore any single section.
        var sections = string.Concat(Enumerable.Range(1, 6).Select(i => $"""
            <div><div><div><h2>Stage {i} of the convoy</h2><div><div>
            <p>Section {i}: the convoy moved along the river road at dawn, and drivers said that the checkpoints, which had been closed for weeks, were open again, though slowly.</p>
            </div></div></div></div></div>
            """));
        var notes = string.Concat(Enumerable.Range(1, 3).Select(i => $"<p>Note {i}: figures come from the relief agencies, which count trucks at the crossing, and may change.</p>"));
        var article = Extract($"""
            <html><body class="{bodyClass}"><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <main><h1>The convoy, stage by stage</h1><div>{sections}<div>{notes}</div></div></main>
            <footer><a href="/about">About us</a></footer></body></html>
            """);
        Assert.Contains("Section 1:", article.Body, StringComparison.Ordinal);
        Assert.Contains("Section 6:", article.Body, StringComparison.Ordinal);
        Assert.Contains("Note 3:", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Teaser_excerpts_cut_short_do_not_widen_a_short_article()
    {
        var teasers = string.Concat(Enumerable.Range(1, 6).Select(i => $"""
            <div><div><h3><a href="/story-{i}">Another story number {i}</a></h3>
            <p>Teaser {i}: the council met on Tuesday to discuss the budget for the coming year, and members said that…</p></div></div>
            """));
        var article = Extract($"""
            <html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <div><div><article><h1>Water restored to the district</h1>{Paragraphs(2)}</article></div>
            <div><h2>Latest news</h2>{teasers}</div></div>
            <footer><a href="/about">About us</a></footer></body></html>
            """);
        Assert.Contains("Paragraph 2:", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Teaser", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_inside_a_figure_is_article_data_but_its_caption_and_photo_captions_are_not()
    {
        var article = Extract($"""
            <html><body><article><h1>Prices at the market</h1>{Paragraphs(2)}
            <figure class="wp-block-table"><table><tr><td>Flour sack</td><td>12,500 pounds</td></tr><tr><td>Cooking oil</td><td>8,000 pounds</td></tr></table>
            <figcaption>Source: traders surveyed at the central market</figcaption></figure>
            <figure><img src="market.jpg" alt=""><figcaption>Traders wait for customers at the central market on Monday</figcaption></figure>
            {Paragraphs(2, "the market square")}</article></body></html>
            """);
        Assert.Contains("Flour sack 12,500 pounds", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Source: traders", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Traders wait", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Collapsed_accordion_panels_are_read_but_other_hidden_text_is_not()
    {
        var article = Extract($"""
            <html><body><article><h1>How the aid is delivered</h1>{Paragraphs(2)}
            <div class="accordion"><a role="button" aria-controls="step-1">1. Registration</a>
            <div id="step-1" role="region" style="display:none"><p>Families register at the district office, which checks their papers and issues a ration card within a week.</p></div></div>
            <div style="display: none"><p>A stale notice that the page keeps hidden and that no reader can ever open or see.</p></div>
            {Paragraphs(2, "the district office")}</article></body></html>
            """);
        Assert.Contains("Families register at the district office", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("stale notice", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_anchored_by_a_heading_slug_is_not_judged_by_the_words_in_it()
    {
        var article = Extract($"""
            <html><body><article><h1>Aid in the valley</h1>{Paragraphs(3)}
            <section id="how-the-share-of-aid-grew"><h2>How the share of aid grew</h2>
            <p>Slug section: the share of aid reaching the valley grew each month, officials said, as new roads opened to trucks.</p></section>
            {Paragraphs(2, "the valley road")}</article>
            <div id="share"><p>Share this story with your friends and family on every network you use today.</p></div></body></html>
            """);
        Assert.Contains("Slug section:", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Share this story", article.Body, StringComparison.Ordinal);
    }
}
