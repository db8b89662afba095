using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Sitrep.Ingestion;

/// <summary>
/// WARC archives (<c>.warc</c>, <c>.warc.gz</c> with one gzip member per record or one stream over the file):
/// HTML pages from <c>response</c> records (HTTP payload, chunked and gzip-encoded bodies decoded) and from
/// <c>resource</c> records. Records are streamed one at a time. A malformed or truncated record fails with its
/// number and offset; the records before it are kept.
/// </summary>
internal sealed class WarcSource(string path, IngestionOptions options) : IDocumentSource
{
    public IEnumerable<SourceItem> Read(CancellationToken cancellationToken = default)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        if (file.Length == 0)
        {
            throw new DocumentFormatException("empty file");
        }

        using var stream = LimitedReader.IsGzip(path) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        var reader = new ByteReader(stream);
        var number = 0;
        var documents = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var offset = reader.Position;
            var version = reader.ReadLine(maxLength: 64);
            while (version is not null && version.Length == 0)
            {
                offset = reader.Position;
                version = reader.ReadLine(maxLength: 64);
            }

            if (version is null)
            {
                break;
            }

            number++;
            if (!version.StartsWith("WARC/", StringComparison.Ordinal))
            {
                throw new DocumentFormatException(number == 1
                    ? "not a WARC file (no WARC version line at the start)"
                    : $"record {number} at byte {offset}: expected a WARC version line, found '{Shorten(version)}'");
            }

            var headers = ReadHeaders(reader, $"record {number} at byte {offset}");
            if (!headers.TryGetValue("Content-Length", out var lengthText) || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                throw new DocumentFormatException($"record {number} at byte {offset}: missing or invalid Content-Length");
            }

            if (length > options.MaxDocumentBytes)
            {
                reader.Skip(length);
                yield return SourceItem.Failed($"{path}#record-{number}", $"record is {LimitedReader.Megabytes(length)}, above the {LimitedReader.Megabytes(options.MaxDocumentBytes)} limit per document");
                continue;
            }

            var block = reader.ReadExactly((int)length);
            if (block.Length < length)
            {
                throw new DocumentFormatException($"record {number} at byte {offset}: truncated (declared {length} bytes, found {block.Length})");
            }

            var type = headers.GetValueOrDefault("WARC-Type");
            var url = headers.GetValueOrDefault("WARC-Target-URI")?.Trim('<', '>');
            var origin = $"{path}#record-{number}";
            if (type == "response" && (headers.GetValueOrDefault("Content-Type") ?? "").Contains("http", StringComparison.OrdinalIgnoreCase))
            {
                var item = FromHttpResponse(block, url, origin);
                if (item is not null)
                {
                    documents++;
                    yield return item;
                }
            }
            else if (type is "resource" or "response" && IsHtml(headers.GetValueOrDefault("Content-Type")))
            {
                documents++;
                yield return SourceItem.Ok(new RawDocument(origin, ContentKind.Html, block, url, CharsetOf(headers.GetValueOrDefault("Content-Type"))));
            }
        }

        if (number == 0)
        {
            throw new DocumentFormatException("empty WARC: no records");
        }
    }

    private SourceItem? FromHttpResponse(byte[] block, string? url, string origin)
    {
        var reader = new ByteReader(new MemoryStream(block));
        var status = reader.ReadLine(maxLength: 1024);
        if (status is null || !status.StartsWith("HTTP/", StringComparison.Ordinal))
        {
            return SourceItem.Failed(origin, "response record without an HTTP status line");
        }

        var parts = status.Split(' ', 3);
        if (parts.Length < 2 || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var code) || code is < 200 or >= 300)
        {
            return null;
        }

        var headers = ReadHeaders(reader, origin);
        var contentType = headers.GetValueOrDefault("Content-Type");
        if (!IsHtml(contentType))
        {
            return null;
        }

        var body = reader.ReadToEnd();
        if (headers.GetValueOrDefault("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
        {
            body = Dechunk(body, origin);
        }

        var encoding = headers.GetValueOrDefault("Content-Encoding")?.Trim().ToLowerInvariant();
        if (encoding is "gzip" or "x-gzip" or "deflate")
        {
            using var compressed = new MemoryStream(body);
            using Stream inflater = encoding == "deflate" ? new ZLibStream(compressed, CompressionMode.Decompress) : new GZipStream(compressed, CompressionMode.Decompress);
            body = LimitedReader.ReadCapped(inflater, options.MaxDocumentBytes, "decompressed HTTP body");
        }

        return body.Length == 0
            ? SourceItem.Failed(origin, "empty HTTP body")
            : SourceItem.Ok(new RawDocument(origin, ContentKind.Html, body, url, CharsetOf(contentType)));
    }

    private static byte[] Dechunk(byte[] body, string origin)
    {
        var output = new MemoryStream(body.Length);
        var position = 0;
        while (position < body.Length)
        {
            var lineEnd = Array.IndexOf(body, (byte)'\n', position);
            if (lineEnd < 0)
            {
                break;
            }

            var sizeText = Encoding.ASCII.GetString(body, position, lineEnd - position).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                throw new DocumentFormatException($"{origin}: bad chunk size '{Shorten(sizeText)}' in chunked HTTP body");
            }

            position = lineEnd + 1;
            if (size == 0)
            {
                break;
            }

            var available = Math.Min(size, body.Length - position);
            output.Write(body, position, available);
            position += available + 2;
        }

        return output.ToArray();
    }

    private static Dictionary<string, string> ReadHeaders(ByteReader reader, string where)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var count = 0; ; count++)
        {
            var line = reader.ReadLine(maxLength: 64 * 1024) ?? throw new DocumentFormatException($"{where}: truncated headers");
            if (line.Length == 0)
            {
                return headers;
            }

            if (count > 500)
            {
                throw new DocumentFormatException($"{where}: too many header lines");
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }
    }

    private static bool IsHtml(string? contentType)
        => contentType is not null && (contentType.Contains("text/html", StringComparison.OrdinalIgnoreCase) || contentType.Contains("xhtml", StringComparison.OrdinalIgnoreCase));

    private static string? CharsetOf(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        var index = contentType.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        return index < 0 ? null : contentType[(index + 8)..].Split(';')[0].Trim().Trim('"', '\'');
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;

    /// <summary>A forward-only reader of lines and byte blocks over a (possibly decompressing) stream.</summary>
    private sealed class ByteReader(Stream stream)
    {
        private readonly byte[] _buffer = new byte[64 * 1024];
        private int _start;
        private int _end;

        public long Position { get; private set; }

        private bool Fill()
        {
            if (_start < _end)
            {
                return true;
            }

            _start = 0;
            _end = stream.Read(_buffer, 0, _buffer.Length);
            return _end > 0;
        }

        public string? ReadLine(int maxLength)
        {
            var line = new List<byte>();
            while (true)
            {
                if (!Fill())
                {
                    return line.Count == 0 ? null : Encoding.UTF8.GetString(line.ToArray()).TrimEnd('\r');
                }

                var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
                var stop = newline < 0 ? _end : newline;
                line.AddRange(new ArraySegment<byte>(_buffer, _start, stop - _start));
                Position += stop - _start;
                _start = stop;
                if (line.Count > maxLength)
                {
                    throw new DocumentFormatException($"line longer than {maxLength} bytes at byte {Position}");
                }

                if (newline >= 0)
                {
                    _start++;
                    Position++;
                    return Encoding.UTF8.GetString(line.ToArray()).TrimEnd('\r');
                }
            }
        }

        public byte[] ReadExactly(int count)
        {
            var result = new byte[count];
            var filled = 0;
            while (filled < count && Fill())
            {
                var take = Math.Min(count - filled, _end - _start);
                Array.Copy(_buffer, _start, result, filled, take);
                _start += take;
                filled += take;
                Position += take;
            }

            return filled == count ? result : result[..filled];
        }

        public void Skip(long count)
        {
            while (count > 0 && Fill())
            {
                var take = (int)Math.Min(count, _end - _start);
                _start += take;
                count -= take;
                Position += take;
            }
        }

        public byte[] ReadToEnd()
        {
            var output = new MemoryStream();
            while (Fill())
            {
                output.Write(_buffer, _start, _end - _start);
                Position += _end - _start;
                _start = _end;
            }

            return output.ToArray();
        }
    }
}
