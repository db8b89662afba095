using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Extraction.Decoding;

/// <summary>
/// Decodes raw bytes to text. Order of evidence: byte-order mark, then a charset declared outside the payload
/// (HTTP header, feed), then an HTML <c>&lt;meta charset&gt;</c> in the first bytes, then strict UTF-8, then
/// statistical detection, then Windows-1252 (the usual charset of mislabelled Western pages).
/// Rejects empty and binary payloads with a one-line reason.
/// </summary>
public sealed partial class DocumentDecoder : IDocumentDecoder
{
    private const int SniffBytes = 4096;

    static DocumentDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <inheritdoc />
    public DecodedDocument Decode(RawDocument raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var bytes = raw.Content.Span;
        if (IsBlank(bytes))
        {
            throw new DocumentFormatException("empty document: no text to extract");
        }

        if (LooksBinary(bytes, out var reason))
        {
            throw new DocumentFormatException($"binary content, not text or HTML ({reason})");
        }

        var (encoding, preamble) = Choose(raw, bytes);
        var text = Mojibake.Repair(encoding.GetString(bytes[preamble..]));
        return new DecodedDocument(raw, text, encoding.WebName);
    }

    private static (Encoding Encoding, int Preamble) Choose(RawDocument raw, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (new UTF8Encoding(false), 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        var strictUtf8 = IsValidUtf8(bytes);
        var declared = Resolve(raw.DeclaredCharset) ?? (raw.Kind == ContentKind.Html ? Resolve(SniffMetaCharset(bytes)) : null);
        if (declared is not null)
        {
            // Pages often claim Latin-1 while sending UTF-8 (and the reverse); valid multi-byte UTF-8 is
            // overwhelming evidence, so it wins over a single-byte declaration.
            if (declared.IsSingleByte && strictUtf8 && HasNonAscii(bytes))
            {
                return (new UTF8Encoding(false), 0);
            }

            // ISO-8859-1 labels mean Windows-1252 on the web (WHATWG Encoding Standard).
            return (declared.CodePage == 28591 ? Encoding.GetEncoding(1252) : declared, 0);
        }

        if (strictUtf8)
        {
            return (new UTF8Encoding(false), 0);
        }

        var detected = UtfUnknown.CharsetDetector.DetectFromBytes(bytes[..Math.Min(bytes.Length, 256 * 1024)].ToArray());
        var guess = detected.Detected;
        if (guess?.Encoding is { } found && guess.Confidence >= 0.5f && found.CodePage != 65001)
        {
            return (found.CodePage == 28591 ? Encoding.GetEncoding(1252) : found, 0);
        }

        return (Encoding.GetEncoding(1252), 0);
    }

    private static Encoding? Resolve(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        var name = charset.Trim().Trim('"', '\'').ToLowerInvariant();
        if (name is "utf8")
        {
            name = "utf-8";
        }

        try
        {
            var encoding = Encoding.GetEncoding(name);
            return encoding.CodePage == 65001 ? new UTF8Encoding(false) : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? SniffMetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, SniffBytes)]);
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["cs"].Value : null;
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<cs>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    private static bool HasNonAscii(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) >= 0;

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Text (in any 8-bit charset or UTF-8) has almost no control bytes other than tab, CR, LF and form feed;
    /// images, PDFs, archives and executables are full of them. UTF-16 text is recognised by its BOM first.
    /// </summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes, out string reason)
    {
        reason = "";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return false;
        }

        if (bytes.StartsWith("%PDF"u8))
        {
            reason = "a PDF file";
            return true;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            reason = "gzip data; name the file .gz so it is unpacked";
            return true;
        }

        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                reason = "it contains NUL bytes";
                return true;
            }

            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1B))
            {
                control++;
            }
        }

        if (control * 20 > sample.Length)
        {
            reason = $"{control} control bytes in the first {sample.Length}";
            return true;
        }

        return false;
    }
}
