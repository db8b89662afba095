using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Sitrep.Ingestion;

/// <summary>
/// JSON Lines: one article per line with <c>url</c>, <c>title</c>, <c>published</c>, and <c>html</c> or <c>text</c>
/// (aliases: <c>body</c>, <c>content</c>; <c>source</c>/<c>outlet</c>/<c>site</c>; <c>author</c>). A bad line fails alone.
/// </summary>
internal sealed class JsonLinesSource(string path, IngestionOptions options) : IDocumentSource
{
    public IEnumerable<SourceItem> Read(CancellationToken cancellationToken = default)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        using var stream = LimitedReader.IsGzip(path) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var number = 0;
        var any = false;
        while (reader.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            any = true;
            yield return ParseLine(line, number);
        }

        if (!any)
        {
            throw new DocumentFormatException("empty file: no JSON lines");
        }
    }

    private SourceItem ParseLine(string line, int number)
    {
        var origin = $"{path}:{number}";
        if (line.Length * 3L > options.MaxDocumentBytes)
        {
            return SourceItem.Failed(origin, $"line is longer than the {LimitedReader.Megabytes(options.MaxDocumentBytes)} limit per document");
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            return SourceItem.Failed(origin, $"invalid JSON: {e.Message.Split('.')[0]}");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return SourceItem.Failed(origin, "each line must be a JSON object");
            }

            var html = Text(root, "html") ?? Text(root, "raw_html");
            var text = Text(root, "text") ?? Text(root, "body") ?? Text(root, "content");
            var url = Text(root, "url") ?? Text(root, "link");
            var hints = new DocumentHints(Text(root, "title"), Text(root, "published") ?? Text(root, "date") ?? Text(root, "published_at"),
                Text(root, "author"), Text(root, "source") ?? Text(root, "outlet") ?? Text(root, "site"));
            if (!string.IsNullOrWhiteSpace(html))
            {
                return SourceItem.Ok(new RawDocument(origin, ContentKind.Html, Encoding.UTF8.GetBytes(html), url, "utf-8", hints));
            }

            if (!string.IsNullOrWhiteSpace(text))
            {
                return SourceItem.Ok(new RawDocument(origin, ContentKind.Text, Encoding.UTF8.GetBytes(text), url, "utf-8", hints));
            }

            return url is not null
                ? SourceItem.Ok(new RawDocument(origin, ContentKind.Pending, ReadOnlyMemory<byte>.Empty, url, null, hints))
                : SourceItem.Failed(origin, "no \"html\" or \"text\" field (and no \"url\" to keep as pending)");
        }
    }

    private static string? Text(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
