using System.IO.Compression;
using System.Text;
using Sitrep.Testing;

namespace Sitrep.Ingestion.Tests;

public sealed class WarcTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private static byte[] Record(string type, string uri, byte[] block, string contentType = "application/http; msgtype=response")
    {
        var header = $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Target-URI: {uri}\r\nContent-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(header), .. block, .. "\r\n\r\n"u8];
    }

    private static byte[] Http(string body, string contentType = "text/html; charset=windows-1252", int status = 200, bool chunked = false)
    {
        var bytes = Encoding.Latin1.GetBytes(body);
        if (chunked)
        {
            var half = bytes.Length / 2;
            var chunkedBody = new MemoryStream();
            chunkedBody.Write(Encoding.ASCII.GetBytes($"{half:x}\r\n"));
            chunkedBody.Write(bytes, 0, half);
            chunkedBody.Write(Encoding.ASCII.GetBytes($"\r\n{bytes.Length - half:x}\r\n"));
            chunkedBody.Write(bytes, half, bytes.Length - half);
            chunkedBody.Write("\r\n0\r\n\r\n"u8);
            bytes = chunkedBody.ToArray();
        }

        var head = $"HTTP/1.1 {status} OK\r\nContent-Type: {contentType}\r\n{(chunked ? "Transfer-Encoding: chunked\r\n" : "")}\r\n";
        return [.. Encoding.ASCII.GetBytes(head), .. bytes];
    }

    private static byte[] GzipMember(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    private byte[][] Records() =>
    [
        Record("warcinfo", "", "software: test\r\n"u8.ToArray(), "application/warc-fields"),
        Record("response", "https://a.example/1", Http("<p>caf\u00e9 one</p>")),
        Record("response", "https://a.example/logo.png", Http("PNG", "image/png")),
        Record("response", "https://a.example/missing", Http("<p>gone</p>", status: 404)),
        Record("response", "https://a.example/2", Http("<p>two, chunked</p>", chunked: true)),
    ];

    [Fact]
    public void Html_responses_are_read_and_other_records_skipped()
    {
        var path = _temp.WriteBytes("crawl.warc", Records().SelectMany(r => r).ToArray());
        var items = new InputReader().Read([path]).ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("https://a.example/1", items[0].Document!.Url);
        Assert.Equal("windows-1252", items[0].Document!.DeclaredCharset);
        Assert.Equal(path + "#record-2", items[0].Origin);
        Assert.Equal("<p>two, chunked</p>", Encoding.Latin1.GetString(items[1].Document!.Content.Span));
    }

    [Fact]
    public void Gzip_with_one_member_per_record_and_one_stream_over_the_file_both_work()
    {
        var perRecord = _temp.WriteBytes("a.warc.gz", Records().SelectMany(GzipMember).ToArray());
        var oneStream = _temp.WriteBytes("b.warc.gz", GzipMember(Records().SelectMany(r => r).ToArray()));
        Assert.Equal(2, new InputReader().Read([perRecord]).Count(i => i.Document is not null));
        Assert.Equal(2, new InputReader().Read([oneStream]).Count(i => i.Document is not null));
    }

    [Fact]
    public void A_truncated_record_fails_with_its_number_and_keeps_the_records_before_it()
    {
        var all = Records().SelectMany(r => r).ToArray();
        var path = _temp.WriteBytes("cut.warc", all[..(all.Length - 20)]);
        var items = new InputReader().Read([path]).ToList();
        Assert.NotNull(items[0].Document);
        Assert.Contains("record 5", items[^1].Error, StringComparison.Ordinal);
        Assert.Contains("truncated", items[^1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_warc_is_named_as_such()
    {
        var path = _temp.WriteText("fake.warc", "<html>not a warc</html>");
        Assert.Contains("not a WARC file", Assert.Single(new InputReader().Read([path])).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_with_a_bad_length_is_malformed()
    {
        var path = _temp.WriteText("bad.warc", "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\nxyz");
        Assert.Contains("Content-Length", Assert.Single(new InputReader().Read([path])).Error, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
