using System.Text;
using Sitrep.Extraction.Decoding;

namespace Sitrep.Extraction.Tests.Decoding;

public sealed class DocumentDecoderTests
{
    static DocumentDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static DecodedDocument Decode(byte[] bytes, ContentKind kind = ContentKind.Html, string? declared = null)
        => new DocumentDecoder().Decode(new RawDocument("test", kind, bytes, DeclaredCharset: declared));

    [Fact]
    public void Plain_utf8_is_decoded_as_utf8()
    {
        var decoded = Decode(Encoding.UTF8.GetBytes("<p>Deir ez-Zor – “quoted” دير الزور</p>"));
        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Contains("دير الزور", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_removed()
        => Assert.Equal("abc", Decode([0xEF, 0xBB, 0xBF, (byte)'a', (byte)'b', (byte)'c'], ContentKind.Text).Text);

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_decoded()
    {
        var decoded = Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<p>Raqqa</p>")]);
        Assert.Equal("<p>Raqqa</p>", decoded.Text);
    }

    [Fact]
    public void Undeclared_windows_1252_bytes_are_not_mangled()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("<p>“Smart quotes” – and café, naïve résumé, déjà vu</p>");
        var decoded = Decode(bytes);
        Assert.Contains("“Smart quotes” – and café", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meta_charset_declaration_is_honoured_for_legacy_bytes()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("<html><head><meta charset=\"windows-1252\"></head><body>Ménaka – ‘quoted’</body></html>");
        var decoded = Decode(bytes);
        Assert.Equal("windows-1252", decoded.Encoding);
        Assert.Contains("Ménaka – ‘quoted’", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin1_declared_but_really_utf8_is_read_as_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta charset=\"iso-8859-1\"><p>Ménaka – “quoted”</p>");
        Assert.Contains("Ménaka – “quoted”", Decode(bytes).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_charset_from_the_http_header_decodes_legacy_bytes()
    {
        var bytes = Encoding.GetEncoding("iso-8859-15").GetBytes("<p>Prix: 5 €</p>");
        Assert.Contains("5 €", Decode(bytes, declared: "ISO-8859-15").Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 32, 10, 13, 9 }, "empty")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "binary")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34 }, "PDF")]
    [InlineData(new byte[] { 0x1F, 0x8B, 8, 0, 0, 0, 0, 0 }, "gzip")]
    [InlineData(new byte[] { 60, 112, 62, 0, 0, 60, 47, 112, 62 }, "NUL")]
    public void Empty_and_binary_payloads_are_refused_with_a_reason(byte[] bytes, string reason)
    {
        var error = Assert.Throws<DocumentFormatException>(() => Decode(bytes));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_read_as_latin1_and_saved_again_is_repaired()
    {
        // "Investor’s" through a Latin-1 reader and back to UTF-8: the apostrophe becomes "â" and two C1 controls.
        var garbled = Encoding.Latin1.GetString(Encoding.UTF8.GetBytes("Investor’s café"));
        Assert.Contains('\u0080', garbled);
        var decoded = Decode(Encoding.UTF8.GetBytes($"<h1>{garbled}</h1>"));
        Assert.Contains("<h1>Investor’s café</h1>", decoded.Text, StringComparison.Ordinal);

        // Without a C1 control there is no evidence of double encoding: text about mojibake stays as written.
        Assert.Contains("Ã© stays", Decode(Encoding.UTF8.GetBytes("<p>Ã© stays as written.</p>")).Text, StringComparison.Ordinal);
    }
}
