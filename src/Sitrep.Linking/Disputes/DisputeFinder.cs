namespace Sitrep.Linking.Disputes;

/// <summary>Finds the stored propositions that share a key, so a new article is compared with what came before.</summary>
public interface IPropositionLookup
{
    /// <summary>Every stored proposition with <paramref name="key"/>, in any order.</summary>
    IReadOnlyList<PropositionRecord> WithKey(string key);
}

/// <summary>An in-memory <see cref="IPropositionLookup"/>, for tests and for batch runs over a handful of articles.</summary>
public sealed class InMemoryPropositionLookup : IPropositionLookup
{
    private readonly Dictionary<string, List<PropositionRecord>> _byKey = new(StringComparer.Ordinal);

    /// <summary>Keeps <paramref name="records"/>, replacing earlier ones of the same documents so a re-read article is
    /// not counted twice.</summary>
    public void Add(IEnumerable<PropositionRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var list = records.ToList();
        var documents = list.Select(r => r.Claim.DocumentId).ToHashSet();
        foreach (var bucket in _byKey.Values)
        {
            bucket.RemoveAll(r => documents.Contains(r.Claim.DocumentId));
        }

        foreach (var r in list)
        {
            if (!_byKey.TryGetValue(r.Proposition.Key, out var bucket))
            {
                _byKey[r.Proposition.Key] = bucket = [];
            }

            bucket.Add(r);
        }
    }

    /// <summary>Every key held.</summary>
    public IReadOnlyCollection<string> Keys => _byKey.Where(kv => kv.Value.Count > 0).Select(kv => kv.Key).ToList();

    /// <inheritdoc />
    public IReadOnlyList<PropositionRecord> WithKey(string key)
        => _byKey.TryGetValue(key, out var bucket) ? bucket.ToList() : [];
}

/// <summary>What the finder read from one article and the disputes its claims take part in.</summary>
/// <param name="Propositions">The article's propositions, to be stored for later articles.</param>
/// <param name="Disputes">Every dispute over a key the article touches, stored and new claims together.</param>
public sealed record DisputeFindings(IReadOnlyList<PropositionRecord> Propositions, IReadOnlyList<Dispute> Disputes);

/// <summary>
/// Compares claims about the same proposition across articles. Incremental: give it one article's claims and a lookup of
/// the stored propositions; it reads the new claims' propositions, fetches the stored ones with the same keys and judges
/// each key's group.
/// </summary>
public sealed class DisputeFinder
{
    private readonly IPropositionReader _reader;
    private readonly ValueComparer _values;
    private readonly DisputeOptions _options;

    /// <summary>Creates a finder.</summary>
    /// <param name="reader">Reads propositions from claims; <see cref="PropositionReader"/> by default.</param>
    /// <param name="agents">Tells aliases and units of one force apart from rivals; <see cref="DefaultAgentEquivalence"/>
    /// by default.</param>
    /// <param name="options">Tolerances; <see cref="DisputeOptions.Default"/> by default.</param>
    public DisputeFinder(IPropositionReader? reader = null, IAgentEquivalence? agents = null, DisputeOptions? options = null)
    {
        _reader = reader ?? new PropositionReader();
        _options = options ?? DisputeOptions.Default;
        _values = new ValueComparer(agents ?? DefaultAgentEquivalence.Instance, _options);
    }

    /// <summary>Reads the propositions of <paramref name="claims"/>.</summary>
    public IReadOnlyList<PropositionRecord> Read(IEnumerable<ClaimInContext> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var result = new List<PropositionRecord>();
        foreach (var claim in claims)
        {
            var reference = ClaimReference.From(claim);
            result.AddRange(_reader.Read(claim).Select(p => new PropositionRecord(p, reference)));
        }

        return result;
    }

    /// <summary>
    /// Reads the propositions of one article's <paramref name="claims"/> and judges every key they touch against the
    /// stored propositions with that key. Stored propositions of the same documents are left out, so re-reading an
    /// article does not make it agree with itself.
    /// </summary>
    public DisputeFindings Find(IReadOnlyList<ClaimInContext> claims, IPropositionLookup stored)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(stored);
        var fresh = Read(claims);
        var documents = fresh.Select(r => r.Claim.DocumentId).ToHashSet();
        var disputes = new List<Dispute>();
        foreach (var key in fresh.Select(r => r.Proposition.Key).Distinct(StringComparer.Ordinal))
        {
            var group = stored.WithKey(key).Where(r => !documents.Contains(r.Claim.DocumentId))
                .OrderBy(r => r.Claim.DocumentId).ThenBy(r => r.Claim.ClaimIndex)
                .Concat(fresh.Where(r => r.Proposition.Key == key))
                .ToList();
            if (Judge(group) is { } dispute)
            {
                disputes.Add(dispute);
            }
        }

        return new DisputeFindings(fresh, disputes);
    }

    /// <summary>
    /// Judges a group of propositions with one key: sides by value and polarity, one supporter per document and
    /// speaker, and the pairs of sides that cannot both hold. Null when fewer than two speakers take part, since one
    /// speaker's own restatements are not a dispute.
    /// </summary>
    public Dispute? Judge(IReadOnlyList<PropositionRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            return null;
        }

        var sides = new List<(PropositionValue Value, Polarity Polarity, List<PropositionRecord> Supporters)>();
        foreach (var r in records)
        {
            var p = r.Proposition;
            var side = sides.FindIndex(s => s.Polarity == p.Polarity && _values.Same(s.Value, p.Value));
            if (side < 0)
            {
                sides.Add((p.Value, p.Polarity, [r]));
            }
            else if (!sides[side].Supporters.Any(s => SameSpeaker(s, r)))
            {
                sides[side].Supporters.Add(r);
            }
        }

        var speakers = records.Select(Speaker).Distinct().Count();
        if (speakers < 2)
        {
            return null;
        }

        var conflicts = new List<SideConflict>();
        for (var i = 0; i < sides.Count; i++)
        {
            for (var j = i + 1; j < sides.Count; j++)
            {
                // A speaker who gives two figures in one article is refining, not contradicting, itself.
                var otherSpeakers = sides[i].Supporters.Any(a => sides[j].Supporters.Any(b => !SameSpeaker(a, b)));
                if (otherSpeakers && Conflict(sides[i], sides[j]) is { } reason)
                {
                    conflicts.Add(new SideConflict(i, j, reason));
                }
            }
        }

        var first = records[0].Proposition;
        return new Dispute(first.Key, first.Kind, first.Label, conflicts.Count > 0 ? DisputeStatus.Contradicted : DisputeStatus.Consistent,
            sides.Select(s => new DisputeSide(s.Value, s.Polarity, SideLabel(s.Value, s.Polarity), s.Supporters)).ToList(), conflicts);
    }

    private string? Conflict((PropositionValue Value, Polarity Polarity, List<PropositionRecord> Supporters) a,
        (PropositionValue Value, Polarity Polarity, List<PropositionRecord> Supporters) b)
    {
        if (a.Value is LocationValue && !WithinWindow(a.Supporters, b.Supporters))
        {
            return null;
        }

        var incompatibility = _values.Incompatibility(a.Value, b.Value);
        return (a.Polarity, b.Polarity) switch
        {
            (Polarity.Asserted, Polarity.Asserted) => incompatibility,
            (Polarity.Denied, Polarity.Denied) => null,

            // A denial clashes with an assertion it covers ("denied its jets struck" vs "its jets struck"), and
            // agrees with one it does not ("denied 50 were killed" vs "12 were killed").
            _ => incompatibility is null ? $"{(a.Polarity == Polarity.Denied ? b : a).Value.Display} is asserted and denied" : null,
        };
    }

    private bool WithinWindow(List<PropositionRecord> a, List<PropositionRecord> b)
        => a.Any(x => b.Any(y => x.Claim.Published is not { } dx || y.Claim.Published is not { } dy
            || Math.Abs(dx.DayNumber - dy.DayNumber) <= _options.WhereaboutsWindowDays));

    private static string SideLabel(PropositionValue value, Polarity polarity)
        => polarity == Polarity.Denied ? "denies: " + value.Display : value.Display;

    private static (long, string) Speaker(PropositionRecord r) => (r.Claim.DocumentId, r.Claim.SpeakerIdentity);

    private static bool SameSpeaker(PropositionRecord a, PropositionRecord b) => Speaker(a) == Speaker(b);
}
