using System.IO.Compression;
using System.Text;
using Sitrep.Testing;

namespace Sitrep.Ingestion.Tests;

public sealed class InputReaderTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private static List<SourceItem> Read(params string[] paths) => new InputReader().Read(paths).ToList();

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    [Fact]
    public void Folders_are_read_recursively_in_a_stable_order_skipping_hidden_and_unknown_files()
    {
        _temp.WriteText("b/2.txt", "two");
        _temp.WriteText("a.html", "<p>a</p>");
        _temp.WriteText("b/1.txt", "one");
        _temp.WriteText(".hidden/x.txt", "hidden");
        _temp.WriteText("notes.docx", "binary-ish");
        var reader = new InputReader();
        var items = reader.Read([_temp.Path]).ToList();
        Assert.Equal(["a.html", "b/1.txt", "b/2.txt"], items.Select(i => Path.GetRelativePath(_temp.Path, i.Origin).Replace('\\', '/')));
        Assert.Equal([ContentKind.Html, ContentKind.Text, ContentKind.Text], items.Select(i => i.Document!.Kind));
        Assert.Single(reader.Skipped);
    }

    [Fact]
    public void A_missing_path_and_an_unsupported_named_file_fail_with_their_names()
    {
        var missing = _temp.Combine("nope");
        var docx = _temp.WriteText("report.docx", "x");
        var items = Read(missing, docx);
        Assert.Equal("no such file or folder", items[0].Error);
        Assert.Equal(missing, items[0].Origin);
        Assert.StartsWith("unsupported file type", items[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzipped_pages_are_unpacked()
    {
        var path = _temp.WriteBytes("page.html.gz", Gzip("<p>zipped</p>"u8.ToArray()));
        var item = Assert.Single(Read(path));
        Assert.Equal(ContentKind.Html, item.Document!.Kind);
        Assert.Equal("<p>zipped</p>", Encoding.UTF8.GetString(item.Document.Content.Span));
    }

    [Fact]
    public void Truncated_gzip_fails_with_a_clear_reason_and_the_batch_goes_on()
    {
        var whole = Gzip(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 2000).Select(i => $"<p>paragraph {i} {i * 7919 % 1000}</p>"))));
        var cut = _temp.WriteBytes("a-cut.html.gz", whole[..(whole.Length / 2)]);
        var good = _temp.WriteText("b-good.html", "<p>fine</p>");
        var items = Read(cut, good);
        Assert.Contains("gzip", items[0].Error, StringComparison.Ordinal);
        Assert.Equal(cut, items[0].Origin);
        Assert.NotNull(items[1].Document);
    }

    [Fact]
    public void An_empty_file_fails_as_empty()
        => Assert.Equal("empty file", Assert.Single(Read(_temp.WriteBytes("empty.txt", []))).Error);

    [Fact]
    public void A_200_MB_file_is_refused_by_its_size_without_reading_it()
    {
        var path = _temp.Combine("huge.html");
        using (var file = File.Create(path))
        {
            file.SetLength(200L * 1024 * 1024); // sparse: takes no real disk space
        }

        var error = Assert.Single(Read(path)).Error!;
        Assert.Contains("200 MB", error, StringComparison.Ordinal);
        Assert.Contains("limit", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decompression_bomb_stops_at_the_cap()
    {
        var bomb = _temp.WriteBytes("bomb.html.gz", Gzip(new byte[8 * 1024 * 1024]));
        var reader = new InputReader(new IngestionOptions(MaxDocumentBytes: 1024 * 1024));
        var error = Assert.Single(reader.Read([bomb])).Error!;
        Assert.Contains("exceeds", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lines_fail_line_by_line()
    {
        var path = _temp.WriteText("batch.jsonl", string.Join('\n',
            """{"url":"https://x.example/1","title":"One","published":"2026-01-02","html":"<p>one</p>"}""",
            """{"url":"https://x.example/2", "title": oops}""",
            "",
            """{"title":"No body"}""",
            """{"url":"https://x.example/4","title":"Four","text":"Plain text body.","source":"Wire"}""",
            """{"url":"https://x.example/5","title":"Link only"}"""));
        var items = Read(path);
        Assert.Equal(5, items.Count);
        Assert.Equal(ContentKind.Html, items[0].Document!.Kind);
        Assert.Equal("One", items[0].Document!.EffectiveHints.Title);
        Assert.Equal(path + ":1", items[0].Origin);
        Assert.StartsWith("invalid JSON", items[1].Error, StringComparison.Ordinal);
        Assert.Equal(path + ":2", items[1].Origin);
        Assert.Contains("no \"html\" or \"text\"", items[2].Error, StringComparison.Ordinal);
        Assert.Equal(ContentKind.Text, items[3].Document!.Kind);
        Assert.Equal("Wire", items[3].Document!.EffectiveHints.Outlet);
        Assert.Equal(ContentKind.Pending, items[4].Document!.Kind);
    }

    [Fact]
    public void Rss_items_with_content_become_articles_and_teasers_become_pending()
    {
        var body = string.Concat(Enumerable.Repeat("<p>Shelling was reported near the river crossing, residents said. </p>", 8));
        var path = _temp.WriteText("feed.xml", $"""
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>Test Outlet</title>
            <item><title>Full</title><link>https://t.example/full</link><pubDate>Tue, 03 Mar 2026 10:00:00 +0000</pubDate><dc:creator>A. Writer</dc:creator>
            <content:encoded><![CDATA[{body}]]></content:encoded></item>
            <item><title>Teaser</title><link>https://t.example/teaser</link><description>Short teaser.</description></item>
            <item><title>Nothing</title></item>
            </channel></rss>
            """);
        var items = Read(path);
        Assert.Equal(ContentKind.Html, items[0].Document!.Kind);
        Assert.Equal("https://t.example/full", items[0].Document!.Url);
        Assert.Equal(new DocumentHints("Full", "Tue, 03 Mar 2026 10:00:00 +0000", "A. Writer", "Test Outlet"), items[0].Document!.Hints);
        Assert.Equal(ContentKind.Pending, items[1].Document!.Kind);
        Assert.Equal("https://t.example/teaser", items[1].Document!.Url);
        Assert.Equal(path + "#item-3", items[2].Origin);
        Assert.NotNull(items[2].Error);
    }

    [Fact]
    public void Atom_entries_are_read_with_their_alternate_links()
    {
        var path = _temp.WriteText("feed.atom", """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Outlet</title>
            <entry><title>Entry</title><link rel="alternate" href="https://a.example/e1"/><published>2026-03-01T00:00:00Z</published>
            <author><name>Reporter</name></author><summary>Only a summary.</summary></entry></feed>
            """);
        var document = Assert.Single(Read(path)).Document!;
        Assert.Equal(ContentKind.Pending, document.Kind);
        Assert.Equal("https://a.example/e1", document.Url);
        Assert.Equal("Atom Outlet", document.EffectiveHints.Outlet);
    }

    [Fact]
    public void Feeds_with_a_DTD_are_refused_so_entities_cannot_expand()
    {
        var path = _temp.WriteText("evil.rss", """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <rss version="2.0"><channel><title>&b;</title></channel></rss>
            """);
        Assert.StartsWith("malformed XML", Assert.Single(Read(path)).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_xml_file_that_is_not_a_feed_is_named_as_such()
        => Assert.Contains("not an RSS or Atom feed", Assert.Single(Read(_temp.WriteText("sitemap.xml", "<urlset><url/></urlset>"))).Error, StringComparison.Ordinal);

    public void Dispose() => _temp.Dispose();
}
