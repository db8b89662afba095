using Sitrep.Linking.Events;

namespace Sitrep.Linking.Tests;

public sealed class EventCoreferenceTests
{
    private static readonly Place Hajin = new(170000, "Hajin", 34.69, 40.83, "P.PPL", "SY", "Syria", "Deir ez-Zor", 37000);
    private static readonly Place NearHajin = new(170001, "Al-Shafa", 34.62, 40.93, "P.PPL", "SY", "Syria", "Deir ez-Zor", 8000);
    private static readonly Place Raqqa = new(170002, "Raqqa", 35.95, 39.01, "P.PPLA", "SY", "Syria", "Ar-Raqqah", 220000);
    private static readonly Place Syria = new(163843, "Syria", 35.0, 38.0, "A.PCLI", "SY", "Syria", null, 22000000);

    internal static CodedEvent Event(string type = "Battles", string subType = "Armed clash", string date = "2026-03-03", int? precision = 1,
        string? actor1 = "Islamic State", string? actor2 = "SDF", Place? place = null, int? geoPrecision = 1, int fatalities = 0)
        => new(new TextSpan(0, 5), "clash", new TextSpan(0, 20), "Political violence", type, subType, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), precision,
            actor1, null, 2, actor2, null, 1, 12, false, place ?? Hajin, geoPrecision, fatalities, null, false, "", new Dictionary<string, TextSpan>());

    [Fact]
    public void Reports_a_day_apart_and_ten_km_apart_with_one_shared_actor_are_one_event()
    {
        Assert.True(EventCoreference.Compatible(Event(), Event(date: "2026-03-04", place: NearHajin, actor2: null)));
    }

    [Fact]
    public void A_clash_and_an_attack_on_the_same_day_and_place_are_one_event_but_a_protest_is_not()
    {
        Assert.True(EventCoreference.Compatible(Event(), Event(type: "Violence against civilians", subType: "Attack", actor2: "Civilians (Syria)")));
        Assert.False(EventCoreference.Compatible(Event(), Event(type: "Protests", subType: "Peaceful protest")));
    }

    [Theory]
    [InlineData("2026-03-06", 1, false)]
    [InlineData("2026-03-06", 2, true)]
    [InlineData("2026-03-20", 3, true)]
    [InlineData("2026-05-20", 3, false)]
    public void Dates_must_agree_within_the_looser_reports_precision(string date, int precision, bool same)
    {
        Assert.Equal(same, EventCoreference.Compatible(Event(), Event(date: date, precision: precision)));
    }

    [Fact]
    public void Places_far_apart_are_different_events_unless_one_report_knows_only_the_country()
    {
        Assert.False(EventCoreference.Compatible(Event(), Event(place: Raqqa)));
        Assert.True(EventCoreference.Compatible(Event(), Event(place: Syria, geoPrecision: 3)));
    }

    [Fact]
    public void Two_wholly_different_named_pairs_exclude_each_other()
    {
        Assert.False(EventCoreference.Compatible(Event(), Event(actor1: "Syrian Arab Army", actor2: "Hayat Tahrir al-Sham")));
        Assert.True(EventCoreference.Compatible(Event(), Event(actor1: "Unidentified Armed Group (Syria)", actor2: "Civilians (Syria)")));
    }

    [Fact]
    public void The_linked_event_takes_the_lowest_toll_the_most_precise_place_and_date_and_counts_independent_sources()
    {
        var reports = new[]
        {
            new EventReport(1, 0, "Wire A", 1, null, Event(place: Syria, geoPrecision: 3, fatalities: 12, precision: 2)),
            new EventReport(2, 0, "Outlet B", 1, null, Event(fatalities: 12)), // a copy of article 1
            new EventReport(3, 0, "Outlet C", 3, null, Event(date: "2026-03-04", place: NearHajin, fatalities: 9)),
            new EventReport(4, 0, "Outlet C", 4, null, Event(fatalities: 0)),
        };
        var merged = EventCoreference.Merge(reports);
        Assert.Equal(9, merged.Fatalities);
        Assert.Equal(Hajin, merged.Location);
        Assert.Equal(1, merged.GeoPrecision);
        Assert.Equal(new DateOnly(2026, 3, 3), merged.EventDate);
        Assert.Equal(2, merged.Corroboration); // Wire A's text (twice) and Outlet C (twice)
    }

    [Fact]
    public void Forty_syndicated_copies_count_as_one_source()
    {
        var copies = Enumerable.Range(1, 40).Select(i => new EventReport(i, 0, "Outlet " + i, 1, null, Event())).ToList();
        Assert.Equal(1, EventCoreference.Corroboration(copies));
        copies.Add(new EventReport(41, 0, "Outlet 41", 41, null, Event()));
        Assert.Equal(2, EventCoreference.Corroboration(copies));
    }
}
