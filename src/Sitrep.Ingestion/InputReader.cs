namespace Sitrep.Ingestion;

/// <summary>
/// Turns paths (files or folders, recursively) into source items, choosing a reader by file name: text, HTML,
/// JSON Lines, RSS/Atom feeds and WARC archives, each also gzipped. Lazy and streaming: a large archive is never
/// held in memory whole. Every per-file or per-record problem becomes a failed item with a one-line reason; the
/// enumeration itself never throws for bad input.
/// </summary>
public sealed class InputReader(IngestionOptions? options = null)
{
    private readonly IngestionOptions _options = options ?? IngestionOptions.Default;
    private readonly List<string> _skipped = [];

    /// <summary>Files passed over because their type is not one Sitrep reads (filled as the enumeration runs).</summary>
    public IReadOnlyList<string> Skipped => _skipped;

    /// <summary>The formats Sitrep reads, by file-name ending (each also with <c>.gz</c>).</summary>
    public static IReadOnlyList<string> SupportedExtensions { get; } =
        [".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".rss", ".atom", ".xml", ".warc"];

    /// <summary>Reads every input in order; folders are walked recursively in ordinal name order, skipping hidden entries.</summary>
    public IEnumerable<SourceItem> Read(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in FilesUnder(path))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    foreach (var item in ReadFile(file, explicitlyNamed: false))
                    {
                        yield return item;
                    }
                }
            }
            else if (File.Exists(path))
            {
                foreach (var item in ReadFile(path, explicitlyNamed: true))
                {
                    yield return item;
                }
            }
            else
            {
                yield return SourceItem.Failed(path, "no such file or folder");
            }
        }
    }

    /// <summary>Files under a folder, recursively, in a stable order, without hidden files and folders.</summary>
    public static IEnumerable<string> FilesUnder(string folder)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            string[] files, folders;
            try
            {
                files = Directory.GetFiles(current);
                folders = Directory.GetDirectories(current);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var file in files.Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal))
            {
                yield return file;
            }

            foreach (var sub in folders.Where(d => !Path.GetFileName(d).StartsWith('.')).OrderDescending(StringComparer.Ordinal))
            {
                pending.Push(sub);
            }
        }
    }

    private IEnumerable<SourceItem> ReadFile(string path, bool explicitlyNamed)
    {
        var source = SourceFor(path);
        if (source is null)
        {
            if (explicitlyNamed)
            {
                return [SourceItem.Failed(path, $"unsupported file type (Sitrep reads {string.Join(", ", SupportedExtensions)}, each also .gz)")];
            }

            _skipped.Add(path);
            return [];
        }

        return Guard(path, source.Read());
    }

    private IDocumentSource? SourceFor(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".gz", StringComparison.Ordinal))
        {
            name = name[..^3];
        }

        var extension = Path.GetExtension(name);
        return extension switch
        {
            ".txt" or ".text" => new SingleFileSource(path, ContentKind.Text, _options),
            ".html" or ".htm" or ".xhtml" => new SingleFileSource(path, ContentKind.Html, _options),
            ".jsonl" or ".ndjson" => new JsonLinesSource(path, _options),
            ".rss" or ".atom" or ".xml" => new FeedSource(path, _options),
            ".warc" => new WarcSource(path, _options),
            _ => null,
        };
    }

    /// <summary>Turns an exception thrown while reading a file into one failed item, keeping what was read before it.</summary>
    private static IEnumerable<SourceItem> Guard(string path, IEnumerable<SourceItem> items)
    {
        IEnumerator<SourceItem> enumerator;
        try
        {
            enumerator = items.GetEnumerator();
        }
        catch (Exception e) when (IsInputProblem(e))
        {
            return [SourceItem.Failed(path, Describe(e))];
        }

        return Drain(path, enumerator);
    }

    private static IEnumerable<SourceItem> Drain(string path, IEnumerator<SourceItem> enumerator)
    {
        using (enumerator)
        {
            while (true)
            {
                SourceItem? failure = null;
                try
                {
                    if (!enumerator.MoveNext())
                    {
                        yield break;
                    }
                }
                catch (Exception e) when (IsInputProblem(e))
                {
                    failure = SourceItem.Failed(path, Describe(e));
                }

                if (failure is not null)
                {
                    yield return failure;
                    yield break;
                }

                yield return enumerator.Current;
            }
        }
    }

    private static bool IsInputProblem(Exception e)
        => e is IOException or UnauthorizedAccessException or DocumentFormatException or InvalidDataException or System.Xml.XmlException
            or System.Text.Json.JsonException or FormatException or OverflowException;

    private static string Describe(Exception e) => e switch
    {
        DocumentFormatException => e.Message,
        UnauthorizedAccessException => "permission denied",
        System.Xml.XmlException x => $"malformed XML: {x.Message}",
        InvalidDataException => $"corrupt compressed data: {e.Message}",
        EndOfStreamException => "unexpected end of file",
        IOException => $"cannot read: {e.Message}",
        _ => e.Message,
    };
}

/// <summary>One file that is one document (text or HTML, optionally gzipped).</summary>
internal sealed class SingleFileSource(string path, ContentKind kind, IngestionOptions options) : IDocumentSource
{
    public IEnumerable<SourceItem> Read(CancellationToken cancellationToken = default)
    {
        var bytes = LimitedReader.ReadAll(path, options.MaxDocumentBytes);
        if (bytes.Length == 0)
        {
            throw new DocumentFormatException("empty file");
        }

        yield return SourceItem.Ok(new RawDocument(path, kind, bytes));
    }
}
