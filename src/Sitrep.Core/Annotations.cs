namespace Sitrep;

/// <summary>One sentence of an article body.</summary>
/// <param name="Index">Zero-based position in the body.</param>
/// <param name="Span">Its characters in <see cref="Article.Body"/>, without surrounding white space.</param>
/// <param name="Paragraph">Index of the body block it belongs to.</param>
public sealed record Sentence(int Index, TextSpan Span, int Paragraph);

/// <summary>The kind of a temporal expression, as TimeML's TIMEX3 types them.</summary>
public enum TemporalKind
{
    /// <summary>A calendar date or period ("22 November 2018", "last week", "in 2014").</summary>
    Date,

    /// <summary>A time of day, possibly with a date ("Monday morning", "3 p.m.").</summary>
    Time,

    /// <summary>A length of time ("over 3 months", "two years").</summary>
    Duration,

    /// <summary>A recurring time ("every day", "weekly").</summary>
    Set,
}

/// <summary>How exactly a date is known, from finest to coarsest.</summary>
public enum DatePrecision
{
    /// <summary>A calendar day (or finer).</summary>
    Day,

    /// <summary>A week, or a span of a few days.</summary>
    Week,

    /// <summary>A calendar month, or part of one ("late October").</summary>
    Month,

    /// <summary>A season or quarter.</summary>
    Season,

    /// <summary>A year, or part of one.</summary>
    Year,

    /// <summary>A decade, century or coarser.</summary>
    Coarser,
}

/// <summary>Whether a temporal expression's value could be fixed on the calendar.</summary>
public enum DateResolution
{
    /// <summary>The text gives the value in full ("22 November 2018").</summary>
    Absolute,

    /// <summary>The value was worked out from the article's publication date ("on Monday").</summary>
    Anchored,

    /// <summary>The expression is relative and the article has no publication date; the value is left partial.</summary>
    Unanchored,

    /// <summary>
    /// The article has no publication date, and the value was worked out from the latest full date printed elsewhere on
    /// the page (a dateline, a dated caption or file name). Less certain than <see cref="Anchored"/>.
    /// </summary>
    Inferred,

    /// <summary>The expression has no calendar value (a duration, a set, "the past").</summary>
    NotApplicable,
}

/// <summary>A temporal expression found in the text, with its normalised value.</summary>
/// <param name="Span">Its characters in the annotated text.</param>
/// <param name="Text">The expression as printed.</param>
/// <param name="Kind">Date, time, duration or set.</param>
/// <param name="Value">The TIMEX3 value: <c>2018-11-22</c>, <c>2018-W47</c>, <c>2018-11</c>, <c>2014</c>, <c>P3M</c>,
/// <c>PRESENT_REF</c>; for an unanchored relative date, a partial value such as <c>XXXX-11-22</c>.</param>
/// <param name="Precision">How exactly the date is known; null for durations and sets.</param>
/// <param name="Resolution">Whether the value is absolute, anchored on the publication date, or could not be fixed.</param>
/// <param name="Start">First calendar day the expression covers, when it has a calendar value.</param>
/// <param name="End">Last calendar day the expression covers, when it has a calendar value.</param>
/// <param name="Modifier">TIMEX3 modifier: <c>START</c>, <c>MID</c>, <c>END</c>, <c>APPROX</c>, <c>MORE_THAN</c>,
/// <c>LESS_THAN</c>, <c>AFTER</c> ("since July 25") or <c>BEFORE</c>; null when none.</param>
public sealed record DateMention(
    TextSpan Span,
    string Text,
    TemporalKind Kind,
    string Value,
    DatePrecision? Precision,
    DateResolution Resolution,
    DateOnly? Start,
    DateOnly? End,
    string? Modifier = null)
{
    /// <summary>ACLED's time_precision: 1 = the day is known, 2 = within a week, 3 = within a month or coarser; null
    /// when the mention has no calendar value.</summary>
    public int? AcledTimePrecision => Precision switch
    {
        null => null,
        DatePrecision.Day => 1,
        DatePrecision.Week => 2,
        _ => 3,
    };
}

/// <summary>A number or range with what it counts.</summary>
/// <param name="Span">Its characters in the annotated text, from the first number word to the counted noun.</param>
/// <param name="Text">The phrase as printed.</param>
/// <param name="Low">The lower bound ("over 130" → 130); null when only an upper bound is given or the count is vague.</param>
/// <param name="High">The upper bound ("up to 10" → 10); null when only a lower bound is given or the count is vague.</param>
/// <param name="Approximate">Whether the text hedges the figure ("around", "some", "nearly", "dozens").</param>
/// <param name="Vague">A magnitude word rather than a figure ("hundreds", "dozens", "several").</param>
/// <param name="Unit">The counted noun phrase's head ("fighters", "civilians"), when one follows.</param>
/// <param name="UnitSpan">Where the counted noun is.</param>
/// <param name="VagueWord">The magnitude word when <paramref name="Vague"/> ("tens", "dozens", "hundreds").</param>
public sealed record QuantityMention(
    TextSpan Span,
    string Text,
    decimal? Low,
    decimal? High,
    bool Approximate,
    bool Vague,
    string? Unit,
    TextSpan? UnitSpan,
    string? VagueWord = null);

/// <summary>How an actor mention was recognised.</summary>
public enum ActorMentionKind
{
    /// <summary>A name or alias from the actor dictionary.</summary>
    Known,

    /// <summary>A description ("the militants", "the group") resolved to the last named armed actor in the paragraph.</summary>
    Reference,

    /// <summary>An organisation not in the dictionary, recognised by its form ("the Popular Mobilisation Committee").</summary>
    Organisation,

    /// <summary>A named person, with their title where the text gives one.</summary>
    Person,
}

/// <summary>A conflict actor, person or organisation named in the text.</summary>
/// <param name="Span">Its characters in the annotated text.</param>
/// <param name="Text">As printed.</param>
/// <param name="Kind">How it was recognised.</param>
/// <param name="Name">The canonical name (dictionary actors), or the name as printed (others).</param>
/// <param name="ActorId">The dictionary id, for <see cref="ActorMentionKind.Known"/> and resolved references.</param>
/// <param name="Inter">ACLED inter code 1–8 of the actor, when known.</param>
/// <param name="Country">ISO 3166-1 alpha-2 country the actor belongs to, when it has one.</param>
/// <param name="Title">A person's title or role as printed ("Brigadier General", "spokeswoman").</param>
/// <param name="Antecedent">For a reference, the span of the mention it was resolved to.</param>
public sealed record ActorMention(
    TextSpan Span,
    string Text,
    ActorMentionKind Kind,
    string Name,
    string? ActorId = null,
    int? Inter = null,
    string? Country = null,
    string? Title = null,
    TextSpan? Antecedent = null);

/// <summary>A resolved place.</summary>
/// <param name="GeoNameId">GeoNames id; negative for places from Sitrep's own supplement.</param>
/// <param name="Name">The gazetteer's name.</param>
/// <param name="Latitude">Latitude in degrees.</param>
/// <param name="Longitude">Longitude in degrees.</param>
/// <param name="FeatureCode">GeoNames feature class and code, such as <c>P.PPLA</c> or <c>A.ADM1</c>.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code.</param>
/// <param name="Country">Country name.</param>
/// <param name="Admin1">First-level division name; null for a country.</param>
/// <param name="Population">Population, where GeoNames gives one.</param>
public sealed record Place(
    long GeoNameId,
    string Name,
    double Latitude,
    double Longitude,
    string FeatureCode,
    string CountryCode,
    string Country,
    string? Admin1,
    long Population);

/// <summary>A place name found in the text and what it was resolved to.</summary>
/// <param name="Span">Its characters in the annotated text.</param>
/// <param name="Text">As printed.</param>
/// <param name="Place">The resolved place, or null when the name could not be resolved.</param>
/// <param name="GeoPrecision">ACLED geo_precision: 1 = the named town or point, 2 = near it or part of a region
/// ("southern Libya", "outskirts of"), 3 = only a province or larger area is known.</param>
/// <param name="Qualifier">A direction or part named with it ("southern", "eastern countryside"), when present.</param>
/// <param name="Score">Resolution confidence in [0, 1].</param>
public sealed record PlaceMention(
    TextSpan Span,
    string Text,
    Place? Place,
    int GeoPrecision,
    string? Qualifier = null,
    double Score = 0);

/// <summary>Everything the language layer read from one article body. Spans refer to <see cref="Article.Body"/>.</summary>
/// <param name="Anchor">The date relative expressions were resolved against (the publication date), when known.</param>
/// <param name="Sentences">Sentences in order.</param>
/// <param name="Dates">Temporal expressions.</param>
/// <param name="Quantities">Counts and measures.</param>
/// <param name="Actors">Actors, organisations and persons.</param>
/// <param name="Places">Toponyms.</param>
/// <param name="Version">The annotator version that produced these, so stale annotations can be recomputed.</param>
/// <param name="AnchorInferred">Whether <paramref name="Anchor"/> is not the publication date (unknown) but the latest
/// full date printed on the page.</param>
public sealed record ArticleAnnotations(
    DateOnly? Anchor,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<QuantityMention> Quantities,
    IReadOnlyList<ActorMention> Actors,
    IReadOnlyList<PlaceMention> Places,
    string Version,
    bool AnchorInferred = false)
{
    /// <summary>An empty set of annotations (for an empty body).</summary>
    public static ArticleAnnotations Empty(string version) => new(null, [], [], [], [], [], version);
}

/// <summary>Reads an article body: sentences, dates, quantities, actors and places.</summary>
public interface IArticleAnnotator
{
    /// <summary>Annotates <paramref name="article"/>'s body, resolving relative dates against its publication date.</summary>
    ArticleAnnotations Annotate(Article article);
}

/// <summary>Who a claim is credited to, by the form of the source.</summary>
public enum ClaimSourceKind
{
    /// <summary>A named or described person ("Maria Zakharova", "a spokesman").</summary>
    Person,

    /// <summary>An organisation, outlet or group ("SANA", "the ministry", "pro-Kurdish sources").</summary>
    Organisation,

    /// <summary>A pronoun ("he said"), to be read from the context.</summary>
    Pronoun,

    /// <summary>Unnamed reports ("reportedly", "reports say").</summary>
    Unnamed,

    /// <summary>No source in the text: the author's own assertion.</summary>
    Author,
}

/// <summary>An attributed statement: who asserts what, with the words that attribute it.</summary>
/// <param name="Source">The source's span, when the text names one.</param>
/// <param name="SourceText">The source as printed ("pro-Kurdish sources", "Maria Zakharova").</param>
/// <param name="SourceKind">What kind of source it is.</param>
/// <param name="Cue">The attributing words' span ("said", "according to", "told Fox News").</param>
/// <param name="CueText">The attributing words as printed.</param>
/// <param name="Content">The asserted content's span.</param>
/// <param name="ContentText">The content as printed.</param>
/// <param name="Direct">Whether the content is a direct quotation.</param>
/// <param name="Hedged">Whether the attribution distances itself from the content ("claimed", "allegedly", "reportedly").</param>
/// <param name="SourceActor">The canonical actor or person the source resolves to, when it does.</param>
public sealed record Claim(
    TextSpan? Source,
    string? SourceText,
    ClaimSourceKind SourceKind,
    TextSpan Cue,
    string CueText,
    TextSpan Content,
    string ContentText,
    bool Direct,
    bool Hedged,
    string? SourceActor = null);

/// <summary>An event coded in ACLED's schema, every field traceable to the words it was read from.</summary>
/// <param name="Trigger">The words that name the event ("clashed", "airstrike", "protested").</param>
/// <param name="TriggerText">The trigger as printed.</param>
/// <param name="Sentence">The sentence that reports the event.</param>
/// <param name="DisorderType">ACLED disorder type.</param>
/// <param name="EventType">ACLED event type.</param>
/// <param name="SubEventType">ACLED sub-event type.</param>
/// <param name="EventDate">The event's date, when the text gives one (or the publication date, see <paramref name="TimePrecision"/>).</param>
/// <param name="TimePrecision">ACLED time_precision: 1 day, 2 week, 3 month or only the report's date known.</param>
/// <param name="Actor1">ACLED actor1.</param>
/// <param name="AssocActor1">ACLED assoc_actor_1.</param>
/// <param name="Inter1">ACLED inter1.</param>
/// <param name="Actor2">ACLED actor2.</param>
/// <param name="AssocActor2">ACLED assoc_actor_2.</param>
/// <param name="Inter2">ACLED inter2 (0 without actor2).</param>
/// <param name="Interaction">ACLED interaction: the two inter codes, lower first (X0 for one actor).</param>
/// <param name="CivilianTargeting">Whether civilians were the target.</param>
/// <param name="Location">The resolved place.</param>
/// <param name="GeoPrecision">ACLED geo_precision.</param>
/// <param name="Fatalities">The most conservative death toll reported (0 when none is).</param>
/// <param name="ReportedBy">The source the text credits for the event, when it credits one.</param>
/// <param name="Hedged">Whether the report distances itself ("reportedly", "claimed").</param>
/// <param name="Notes">A one-sentence summary in ACLED's style.</param>
/// <param name="Evidence">For each field name, the span it was read from.</param>
public sealed record CodedEvent(
    TextSpan Trigger,
    string TriggerText,
    TextSpan Sentence,
    string DisorderType,
    string EventType,
    string SubEventType,
    DateOnly? EventDate,
    int? TimePrecision,
    string? Actor1,
    string? AssocActor1,
    int Inter1,
    string? Actor2,
    string? AssocActor2,
    int Inter2,
    int Interaction,
    bool CivilianTargeting,
    Place? Location,
    int? GeoPrecision,
    int Fatalities,
    string? ReportedBy,
    bool Hedged,
    string Notes,
    IReadOnlyDictionary<string, TextSpan> Evidence);

/// <summary>What the coder read from one article: attributed claims and events.</summary>
/// <param name="Claims">Attributed statements in the body, in order.</param>
/// <param name="Version">The coder version, so stale codings can be redone.</param>
/// <param name="Events">Events reported in the body, in order.</param>
public sealed record ArticleCoding(IReadOnlyList<Claim> Claims, string Version, IReadOnlyList<CodedEvent>? Events = null)
{
    /// <summary>The events (empty when none were coded).</summary>
    public IReadOnlyList<CodedEvent> EventList => Events ?? [];
}

/// <summary>Codes an annotated article: claims and events, each traceable to its spans in the body.</summary>
public interface IArticleCoder
{
    /// <summary>Codes <paramref name="article"/> using what the language layer read in it.</summary>
    ArticleCoding Code(Article article, ArticleAnnotations annotations);
}
