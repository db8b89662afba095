namespace Sitrep.Linking.Duplicates;

/// <summary>A stored article that shares at least one LSH bucket with a new one.</summary>
/// <param name="DocumentId">The stored article.</param>
/// <param name="GroupId">The duplicate group it belongs to (the id of the group's first article).</param>
/// <param name="Text">Its title and body, to confirm the match on the real shingles.</param>
public sealed record DuplicateCandidate(long DocumentId, long GroupId, string Text);

/// <summary>Finds the stored articles that share an LSH bucket with a new one.</summary>
public interface IDuplicateCandidates
{
    /// <summary>Stored articles with the same key in at least one band (band i's key is <c>bandKeys[i]</c>).</summary>
    IReadOnlyList<DuplicateCandidate> WithAnyBandKey(IReadOnlyList<long> bandKeys);
}

/// <summary>What an article's text hashes to: what a store keeps to find its copies later.</summary>
/// <param name="Signature">The MinHash signature.</param>
/// <param name="BandKeys">The LSH bucket key of each band.</param>
/// <param name="ShingleCount">Distinct shingles in the text.</param>
public sealed record DuplicateFingerprint(uint[] Signature, long[] BandKeys, int ShingleCount);

/// <summary>A confirmed copy.</summary>
/// <param name="DocumentId">The stored article the new one copies (the closest of the group).</param>
/// <param name="GroupId">The group the new article joins.</param>
/// <param name="Jaccard">Jaccard similarity of the two shingle sets.</param>
/// <param name="Containment">Share of the shorter text's shingles found in the longer one.</param>
public sealed record DuplicateMatch(long DocumentId, long GroupId, double Jaccard, double Containment);

/// <summary>What <see cref="DuplicateDetector.Check"/> found.</summary>
/// <param name="Fingerprint">The new article's fingerprint, to store.</param>
/// <param name="Match">The copy it belongs with, or null when it is an original.</param>
/// <param name="CandidatesChecked">How many bucket neighbours were checked on their shingles.</param>
public sealed record DuplicateCheck(DuplicateFingerprint Fingerprint, DuplicateMatch? Match, int CandidatesChecked);

/// <summary>
/// Near-duplicate detection: MinHash over word shingles, banded LSH for candidates, confirmed on the exact Jaccard
/// similarity (or containment, for excerpts) of the shingle sets. Incremental: one new text is checked against what
/// the store returns for its buckets, never against the whole corpus.
/// </summary>
public sealed class DuplicateDetector
{
    private readonly MinHasher _hasher;

    /// <summary>Creates a detector.</summary>
    public DuplicateDetector(NearDuplicateOptions? options = null) => _hasher = new MinHasher(options);

    /// <summary>The options in force.</summary>
    public NearDuplicateOptions Options => _hasher.Options;

    /// <summary>The text an article is compared on: its title and body.</summary>
    public static string TextOf(string? title, string body) => string.IsNullOrWhiteSpace(title) ? body : title + "\n" + body;

    /// <summary>The fingerprint of a text.</summary>
    public DuplicateFingerprint Fingerprint(string text) => Fingerprint(Shingles.Of(text, Options.ShingleSize));

    private DuplicateFingerprint Fingerprint(HashSet<ulong> shingles)
    {
        var signature = _hasher.Signature(shingles);
        return new DuplicateFingerprint(signature, _hasher.BandKeys(signature), shingles.Count);
    }

    /// <summary>Checks a new text against the stored ones its buckets lead to.</summary>
    public DuplicateCheck Check(string text, IDuplicateCandidates candidates)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(candidates);
        var shingles = Shingles.Of(text, Options.ShingleSize);
        var fingerprint = Fingerprint(shingles);
        if (shingles.Count == 0)
        {
            return new DuplicateCheck(fingerprint, null, 0);
        }

        DuplicateMatch? best = null;
        var found = candidates.WithAnyBandKey(fingerprint.BandKeys);
        foreach (var candidate in found)
        {
            var other = Shingles.Of(candidate.Text, Options.ShingleSize);
            var (jaccard, containment) = Compare(shingles, other);
            if (!IsCopy(jaccard, containment, Math.Min(shingles.Count, other.Count)))
            {
                continue;
            }

            if (best is null || jaccard > best.Jaccard || (jaccard == best.Jaccard && candidate.GroupId < best.GroupId))
            {
                best = new DuplicateMatch(candidate.DocumentId, candidate.GroupId, jaccard, containment);
            }
        }

        return new DuplicateCheck(fingerprint, best, found.Count);
    }

    /// <summary>Whether two texts are copies, by their shingles.</summary>
    public bool AreCopies(string a, string b)
    {
        var x = Shingles.Of(a, Options.ShingleSize);
        var y = Shingles.Of(b, Options.ShingleSize);
        var (jaccard, containment) = Compare(x, y);
        return IsCopy(jaccard, containment, Math.Min(x.Count, y.Count));
    }

    private bool IsCopy(double jaccard, double containment, int smaller)
        => jaccard >= Options.MinJaccard || (containment >= Options.MinContainment && smaller >= Options.MinExcerptShingles);

    internal static (double Jaccard, double Containment) Compare(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return (0, 0);
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = 0;
        foreach (var s in small)
        {
            shared += large.Contains(s) ? 1 : 0;
        }

        return ((double)shared / (a.Count + b.Count - shared), (double)shared / small.Count);
    }
}

/// <summary>An in-memory bucket index, for tests, benchmarks and evaluations (a store keeps its own).</summary>
public sealed class InMemoryDuplicateIndex : IDuplicateCandidates
{
    private readonly Dictionary<(int Band, long Key), List<long>> _buckets = [];
    private readonly Dictionary<long, (long Group, string Text)> _articles = [];

    /// <summary>Number of indexed articles.</summary>
    public int Count => _articles.Count;

    /// <summary>The group of an indexed article.</summary>
    public long GroupOf(long documentId) => _articles[documentId].Group;

    /// <summary>Indexes an article under its fingerprint's band keys.</summary>
    public void Add(long documentId, long groupId, string text, DuplicateFingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        _articles[documentId] = (groupId, text);
        for (var band = 0; band < fingerprint.BandKeys.Length; band++)
        {
            if (!_buckets.TryGetValue((band, fingerprint.BandKeys[band]), out var ids))
            {
                _buckets[(band, fingerprint.BandKeys[band])] = ids = [];
            }

            ids.Add(documentId);
        }
    }

    /// <summary>Checks a new article with <paramref name="detector"/> and indexes it in the group found (or its own).</summary>
    /// <returns>The group it joined.</returns>
    public long AddChecked(DuplicateDetector detector, long documentId, string text)
    {
        ArgumentNullException.ThrowIfNull(detector);
        var check = detector.Check(text, this);
        var group = check.Match?.GroupId ?? documentId;
        Add(documentId, group, text, check.Fingerprint);
        return group;
    }

    /// <inheritdoc />
    public IReadOnlyList<DuplicateCandidate> WithAnyBandKey(IReadOnlyList<long> bandKeys)
    {
        ArgumentNullException.ThrowIfNull(bandKeys);
        var seen = new HashSet<long>();
        var result = new List<DuplicateCandidate>();
        for (var band = 0; band < bandKeys.Count; band++)
        {
            if (_buckets.TryGetValue((band, bandKeys[band]), out var ids))
            {
                foreach (var id in ids)
                {
                    if (seen.Add(id))
                    {
                        var (group, text) = _articles[id];
                        result.Add(new DuplicateCandidate(id, group, text));
                    }
                }
            }
        }

        return result;
    }
}
