using System.Collections.Frozen;

namespace Sitrep.Language.Time;

/// <summary>Calendar units a temporal expression can count or name.</summary>
internal enum TimeUnit
{
    None,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
    Season,
    Millennium,
}

/// <summary>The words temporal expressions are built from.</summary>
internal static class TimeLexicon
{
    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4,
        ["apr"] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sept"] = 9, ["sep"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>ISO day of week, Monday = 1.</summary>
    public static readonly FrozenDictionary<string, int> Weekdays = new Dictionary<string, int>
    {
        ["monday"] = 1, ["mon"] = 1, ["tuesday"] = 2, ["tue"] = 2, ["tues"] = 2, ["wednesday"] = 3, ["wed"] = 3,
        ["thursday"] = 4, ["thu"] = 4, ["thur"] = 4, ["thurs"] = 4, ["friday"] = 5, ["fri"] = 5, ["saturday"] = 6,
        ["sat"] = 6, ["sunday"] = 7, ["sun"] = 7,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, string> Seasons = new Dictionary<string, string>
    {
        ["spring"] = "SP", ["summer"] = "SU", ["autumn"] = "FA", ["fall"] = "FA", ["winter"] = "WI",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, string> PartsOfDay = new Dictionary<string, string>
    {
        ["morning"] = "MO", ["afternoon"] = "AF", ["evening"] = "EV", ["night"] = "NI", ["overnight"] = "NI",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, TimeUnit> Units = new Dictionary<string, TimeUnit>
    {
        ["minute"] = TimeUnit.Minute, ["minutes"] = TimeUnit.Minute, ["hour"] = TimeUnit.Hour, ["hours"] = TimeUnit.Hour,
        ["day"] = TimeUnit.Day, ["days"] = TimeUnit.Day, ["week"] = TimeUnit.Week, ["weeks"] = TimeUnit.Week,
        ["weekend"] = TimeUnit.Weekend, ["weekends"] = TimeUnit.Weekend,
        ["month"] = TimeUnit.Month, ["months"] = TimeUnit.Month, ["quarter"] = TimeUnit.Quarter,
        ["quarters"] = TimeUnit.Quarter, ["half"] = TimeUnit.Half, ["year"] = TimeUnit.Year, ["years"] = TimeUnit.Year,
        ["decade"] = TimeUnit.Decade, ["decades"] = TimeUnit.Decade, ["century"] = TimeUnit.Century,
        ["centuries"] = TimeUnit.Century, ["millennium"] = TimeUnit.Millennium, ["millennia"] = TimeUnit.Millennium,
        ["yr"] = TimeUnit.Year, ["yrs"] = TimeUnit.Year, ["hrs"] = TimeUnit.Hour, ["mins"] = TimeUnit.Minute,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100,
        ["dozen"] = 12, ["couple"] = 2,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>
    {
        ["first"] = 1, ["1st"] = 1, ["second"] = 2, ["2nd"] = 2, ["third"] = 3, ["3rd"] = 3, ["fourth"] = 4,
        ["4th"] = 4, ["fifth"] = 5, ["5th"] = 5, ["sixth"] = 6, ["6th"] = 6, ["seventh"] = 7, ["7th"] = 7,
        ["eighth"] = 8, ["8th"] = 8, ["ninth"] = 9, ["9th"] = 9, ["tenth"] = 10, ["10th"] = 10,
        ["last"] = -1, ["final"] = -1,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that make a sentence about the future ("will", "due", "next").</summary>
    public static readonly FrozenSet<string> FutureCues = new[]
    {
        "will", "ll", "shall", "due", "scheduled", "expected", "expects", "plans", "planned", "planning", "upcoming",
        "forthcoming", "slated", "set", "intends", "going", "until", "till", "by",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before a bare year that show it is one ("in 2014", "since 1990").</summary>
    public static readonly FrozenSet<string> YearIntroducers = new[]
    {
        "in", "since", "of", "by", "until", "till", "before", "after", "during", "from", "to", "through", "throughout",
        "year", "fiscal", "early", "late", "mid", "end", "beginning", "start", "around", "circa", "between", "and",
        "spring", "summer", "autumn", "fall", "winter", "for", "the", "calendar", "'s", "than", "as",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns after a bare year that show it is one ("2014 elections", "the 1988 period").</summary>
    public static readonly FrozenSet<string> YearNouns = new[]
    {
        "election", "elections", "period", "budget", "season", "levels", "level", "figures", "results", "earnings",
        "agreement", "accord", "war", "uprising", "revolution", "ceasefire", "offensive", "campaign", "census",
        "crisis", "deal", "law", "constitution", "protests", "attack", "attacks", "invasion", "coup", "summit",
        "olympics", "world", "report", "estimate", "estimates", "quarter", "model", "models", "presidential",
        "parliamentary", "general", "vote", "referendum", "talks", "conference", "battle", "massacre", "bombing",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Adverbs and fixed phrases with a reference value.</summary>
    public static readonly FrozenDictionary<string, string> ReferenceWords = new Dictionary<string, string>
    {
        ["now"] = "PRESENT_REF", ["currently"] = "PRESENT_REF", ["nowadays"] = "PRESENT_REF",
        ["presently"] = "PRESENT_REF", ["recently"] = "PAST_REF", ["lately"] = "PAST_REF",
        ["soon"] = "FUTURE_REF",
        ["shortly"] = "FUTURE_REF",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
