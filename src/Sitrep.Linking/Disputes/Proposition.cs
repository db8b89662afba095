using System.Globalization;
using System.Text.Json.Serialization;

namespace Sitrep.Linking.Disputes;

/// <summary>What a proposition is about.</summary>
public enum PropositionKind
{
    /// <summary>How many of something there are, or were killed, wounded or captured.</summary>
    Count,

    /// <summary>Where a named person is.</summary>
    Whereabouts,

    /// <summary>Who carried out an attack.</summary>
    Responsibility,
}

/// <summary>Whether a claim asserts or denies its proposition.</summary>
public enum Polarity
{
    /// <summary>The claim asserts it.</summary>
    Asserted,

    /// <summary>The claim denies it ("denied that its jets struck the town", "was not in Mosul").</summary>
    Denied,
}

/// <summary>The value a claim gives a proposition. Serialisable as JSON with a <c>type</c> discriminator, so
/// storage can keep it as it is.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(CountValue), "count")]
[JsonDerivedType(typeof(LocationValue), "location")]
[JsonDerivedType(typeof(AgentValue), "agent")]
public abstract record PropositionValue
{
    /// <summary>The value as an analyst reads it ("about 3,000", "Sirte, Libya", "Military Forces of Syria").</summary>
    public abstract string Display { get; }
}

/// <summary>A count: a range, exact or hedged.</summary>
/// <param name="Low">Lower bound; null when only an upper bound is given ("up to 10").</param>
/// <param name="High">Upper bound; null when only a lower bound is given ("more than 20").</param>
/// <param name="Approximate">Whether the text hedges the figure ("around", "an estimated").</param>
public sealed record CountValue(decimal? Low, decimal? High, bool Approximate) : PropositionValue
{
    /// <inheritdoc />
    public override string Display => (Low, High) switch
    {
        ({ } l, { } h) when l == h => (Approximate ? "about " : "") + N(l),
        ({ } l, { } h) => (Approximate ? "about " : "") + N(l) + "–" + N(h),
        ({ } l, null) => "at least " + N(l),
        (null, { } h) => "up to " + N(h),
        _ => "an unknown number",
    };

    private static string N(decimal d) => d.ToString("#,0.##", CultureInfo.InvariantCulture);
}

/// <summary>A place, resolved when the gazetteer knew it.</summary>
/// <param name="Name">The place's name (the gazetteer's, else as printed).</param>
/// <param name="Place">The resolved place, with coordinates, province and country.</param>
public sealed record LocationValue(string Name, Place? Place) : PropositionValue
{
    /// <inheritdoc />
    public override string Display => Place is null || Place.FeatureCode.StartsWith("A.PCL", StringComparison.Ordinal) ? Name
        : Place.Admin1 is { } a && !string.Equals(a, Place.Name, StringComparison.OrdinalIgnoreCase) ? $"{Name} ({a}, {Place.Country})"
        : $"{Name} ({Place.Country})";
}

/// <summary>An actor held responsible.</summary>
/// <param name="Name">Canonical name.</param>
/// <param name="ActorId">Dictionary id, when the actor is in the dictionary.</param>
/// <param name="Country">ISO country code of the actor, when it has one.</param>
/// <param name="Inter">ACLED inter code, when known.</param>
public sealed record AgentValue(string Name, string? ActorId, string? Country, int? Inter) : PropositionValue
{
    /// <inheritdoc />
    public override string Display => Name;
}

/// <summary>
/// One proposition read from a claim: what it is about (the <see cref="Key"/> groups claims about the same thing across
/// articles), the value the claim gives it and whether the claim asserts or denies it.
/// </summary>
/// <param name="Key">Stable grouping key, e.g. <c>count|islamic state (isis)|fighter|libya</c>,
/// <c>whereabouts|abu bakr al-baghdadi</c>, <c>responsibility|attack|hajin|2018-11-22</c>.</param>
/// <param name="Kind">What the proposition is about.</param>
/// <param name="Label">The proposition as an analyst reads it ("number of Islamic State (ISIS) fighters in Libya").</param>
/// <param name="Polarity">Asserted or denied.</param>
/// <param name="Value">The claim's value for it.</param>
/// <param name="Evidence">The words the value was read from (the figure, the place, the agent), in the body.</param>
/// <param name="FromContext">Whether part of the key was read outside the claim's content (a pronoun's antecedent, a
/// place named earlier in the paragraph, the article's country), which is less certain.</param>
public sealed record Proposition(
    string Key,
    PropositionKind Kind,
    string Label,
    Polarity Polarity,
    PropositionValue Value,
    TextSpan Evidence,
    bool FromContext = false);

/// <summary>Where a proposition came from: enough of the claim to show it without the article.</summary>
/// <param name="DocumentId">The stored document.</param>
/// <param name="ClaimIndex">The claim's index in the article's coding (negative for an author statement).</param>
/// <param name="Outlet">The outlet, when known.</param>
/// <param name="Published">The publication date, when known.</param>
/// <param name="SourceText">The source as printed; null for the author.</param>
/// <param name="SourceKind">The kind of source.</param>
/// <param name="SourceActor">The canonical actor the source resolves to, when it does.</param>
/// <param name="Source">The source's span.</param>
/// <param name="CueText">The attributing words ("said", "denied"); empty for the author.</param>
/// <param name="Cue">The cue's span.</param>
/// <param name="Content">The content's span.</param>
/// <param name="ContentText">The content as printed.</param>
/// <param name="Hedged">Whether the attribution distances itself from the content.</param>
public sealed record ClaimReference(
    long DocumentId,
    int ClaimIndex,
    string? Outlet,
    DateOnly? Published,
    string? SourceText,
    ClaimSourceKind SourceKind,
    string? SourceActor,
    TextSpan? Source,
    string CueText,
    TextSpan Cue,
    TextSpan Content,
    string ContentText,
    bool Hedged)
{
    /// <summary>Who speaks, for counting supporters: the resolved actor, else the source as printed, else the outlet's
    /// own voice. Two claims of one document with the same identity are one supporter.</summary>
    public string SpeakerIdentity => SourceActor?.ToLowerInvariant()
        ?? (SourceKind is ClaimSourceKind.Author || SourceText is null ? "(author)" : SourceText.Trim().ToLowerInvariant());

    /// <summary>Takes the reference of <paramref name="claim"/>.</summary>
    public static ClaimReference From(ClaimInContext claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var c = claim.Claim;
        return new ClaimReference(claim.DocumentId, claim.ClaimIndex, claim.Outlet, claim.Published, c.SourceText, c.SourceKind,
            c.SourceActor, c.Source, c.CueText, c.Cue, c.Content, c.ContentText, c.Hedged);
    }
}

/// <summary>A proposition with the claim it was read from: the unit storage keeps and the finder compares.</summary>
/// <param name="Proposition">The proposition.</param>
/// <param name="Claim">The claim it came from.</param>
public sealed record PropositionRecord(Proposition Proposition, ClaimReference Claim);

/// <summary>Reads the propositions a claim makes.</summary>
public interface IPropositionReader
{
    /// <summary>The propositions <paramref name="claim"/> asserts or denies; empty when it makes none this reader knows.</summary>
    IReadOnlyList<Proposition> Read(ClaimInContext claim);
}
