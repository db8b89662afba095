namespace Sitrep.Linking.Disputes;

/// <summary>Whether the sides of a dispute can all be true at once.</summary>
public enum DisputeStatus
{
    /// <summary>The sides agree (compatible ranges, places inside one another, the same agent).</summary>
    Consistent,

    /// <summary>At least two sides from different speakers cannot both be true.</summary>
    Contradicted,
}

/// <summary>One position in a dispute: a value, asserted or denied, with every claim that takes it.</summary>
/// <param name="Value">The value.</param>
/// <param name="Polarity">Whether the supporters assert or deny it.</param>
/// <param name="Label">The position as an analyst reads it ("2,500–3,500", "denies: Military Forces of Russia").</param>
/// <param name="Supporters">The propositions taking this position, one per document and speaker, in the order found.</param>
public sealed record DisputeSide(PropositionValue Value, Polarity Polarity, string Label, IReadOnlyList<PropositionRecord> Supporters);

/// <summary>Two sides that cannot both be true, and why.</summary>
/// <param name="First">Index of one side in <see cref="Dispute.Sides"/>.</param>
/// <param name="Second">Index of the other.</param>
/// <param name="Reason">Why they conflict ("800 and 4,000 do not overlap", "Sirte and Mosul are 1,640 km apart").</param>
public sealed record SideConflict(int First, int Second, string Reason);

/// <summary>
/// Claims from at least two speakers about the same proposition, grouped into sides by value. Consistent groups are
/// reported too, so an analyst sees where sources agree as well as where they clash.
/// </summary>
/// <param name="Key">The propositions' grouping key.</param>
/// <param name="Kind">What the proposition is about.</param>
/// <param name="Label">The proposition as an analyst reads it.</param>
/// <param name="Status">Contradicted when any two sides conflict, else consistent.</param>
/// <param name="Sides">The positions taken.</param>
/// <param name="Conflicts">The pairs of sides that conflict (empty when consistent).</param>
public sealed record Dispute(string Key, PropositionKind Kind, string Label, DisputeStatus Status, IReadOnlyList<DisputeSide> Sides,
    IReadOnlyList<SideConflict> Conflicts);
