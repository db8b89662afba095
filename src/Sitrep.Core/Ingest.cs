namespace Sitrep;

/// <summary>One input that could not be ingested, and why.</summary>
/// <param name="Origin">The file (with a locator inside a container).</param>
/// <param name="Reason">A one-line reason.</param>
public sealed record IngestFailure(string Origin, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{Origin}: {Reason}";
}

/// <summary>What an ingest run did.</summary>
/// <param name="Added">Documents newly stored (including pending ones).</param>
/// <param name="AlreadyPresent">Documents whose content was already stored.</param>
/// <param name="Pending">Of <paramref name="Added"/>, feed items stored as pending (link only).</param>
/// <param name="Failures">Inputs that failed, each with its reason.</param>
/// <param name="AddedIds">Ids of the newly stored documents, in order.</param>
public sealed record IngestSummary(int Added, int AlreadyPresent, int Pending, IReadOnlyList<IngestFailure> Failures, IReadOnlyList<long> AddedIds)
{
    /// <summary>Files passed over because Sitrep does not read their type.</summary>
    public int Skipped { get; init; }

    /// <summary>What linking found for each added article (empty when no linker ran), in order.</summary>
    public IReadOnlyList<LinkOutcome> Links { get; init; } = [];

    /// <summary>Of the added articles, those found to be copies of an article already stored.</summary>
    public int Copies => Links.Count(l => l.DuplicateOf is not null);

    /// <summary>Number of failed inputs.</summary>
    public int Failed => Failures.Count;
}

/// <summary>Progress of an ingest run, reported after each item.</summary>
/// <param name="Origin">The item just handled.</param>
/// <param name="Added">Added so far.</param>
/// <param name="AlreadyPresent">Already present so far.</param>
/// <param name="Failed">Failed so far.</param>
public sealed record IngestProgress(string Origin, int Added, int AlreadyPresent, int Failed);

/// <summary>
/// Runs source items through the pipeline into a store, one transaction per document. A bad item is recorded as a
/// failure and the batch goes on; nothing already stored is touched. With a linker, each new article is linked to the
/// store (copies, stories, events reported elsewhere) as soon as it is stored.
/// </summary>
public sealed class IngestJob(SitrepPipeline pipeline, IDocumentStore store, IArticleLinker? linker = null)
{
    /// <summary>Ingests every item.</summary>
    public IngestSummary Run(IEnumerable<SourceItem> items, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        int added = 0, present = 0, pending = 0;
        var links = new List<LinkOutcome>();
        var failures = new List<IngestFailure>();
        var ids = new List<long>();
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.Document is not { } raw)
            {
                failures.Add(new IngestFailure(item.Origin, item.Error ?? "unreadable"));
            }
            else if (store.Contains(raw.ContentHash))
            {
                present++;
            }
            else
            {
                try
                {
                    var result = store.Store(pipeline.Process(raw));
                    if (result.Outcome == StoreOutcome.Added)
                    {
                        added++;
                        ids.Add(result.DocumentId);
                        pending += raw.Kind == ContentKind.Pending ? 1 : 0;
                        if (raw.Kind != ContentKind.Pending && linker?.Link(result.DocumentId) is { } link)
                        {
                            links.Add(link);
                        }
                    }
                    else
                    {
                        present++;
                    }
                }
                catch (DocumentFormatException e)
                {
                    failures.Add(new IngestFailure(raw.Origin, e.Message));
                }
                catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
                {
                    // An extractor or storage fault on one document must not stop the batch; the per-document
                    // transaction has rolled back, so nothing half-written remains.
                    failures.Add(new IngestFailure(raw.Origin, $"{e.GetType().Name}: {FirstLine(e.Message)}"));
                }
            }

            progress?.Report(new IngestProgress(item.Origin, added, present, failures.Count));
        }

        return new IngestSummary(added, present, pending, failures, ids) { Links = links };
    }

    private static string FirstLine(string message)
    {
        var newline = message.IndexOf('\n', StringComparison.Ordinal);
        return (newline < 0 ? message : message[..newline]).Trim();
    }
}
