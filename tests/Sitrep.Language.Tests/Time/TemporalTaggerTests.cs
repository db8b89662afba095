using Sitrep.Language.Time;

namespace Sitrep.Language.Tests.Time;

public sealed class TemporalTaggerTests
{
    private static readonly DateOnly Nov23 = new(2018, 11, 23); // a Friday

    private static DateMention Single(string text, DateOnly? anchor, string expression)
    {
        var mentions = TemporalTagger.Default.Tag(text, anchor);
        var mention = Assert.Single(mentions, m => m.Text == expression);
        Assert.Equal(expression, mention.Span.Slice(text));
        return mention;
    }

    [Fact]
    public void A_month_day_resolves_to_the_publication_year()
    {
        var m = Single("On November 22, ISIS advanced on positions of the SDF.", Nov23, "November 22");
        Assert.Equal("2018-11-22", m.Value);
        Assert.Equal(DatePrecision.Day, m.Precision);
        Assert.Equal(1, m.AcledTimePrecision);
        Assert.Equal(DateResolution.Anchored, m.Resolution);
        Assert.Equal(new DateOnly(2018, 11, 22), m.Start);
    }

    [Fact]
    public void A_month_day_after_the_publication_date_is_the_most_recent_past_one()
    {
        var m = Single("ISIS executed a commander on February 11, the report said.", new DateOnly(2017, 12, 1), "February 11");
        Assert.Equal("2017-02-11", m.Value);

        var lastYear = Single("The town fell on December 20.", new DateOnly(2018, 1, 5), "December 20");
        Assert.Equal("2017-12-20", lastYear.Value);
    }

    [Fact]
    public void A_month_day_ahead_of_the_publication_date_is_this_year_when_the_sentence_looks_forward()
    {
        var m = Single("The truce will expire on December 5.", Nov23, "December 5");
        Assert.Equal("2018-12-05", m.Value);
    }

    [Fact]
    public void Weekdays_are_the_most_recent_past_ones_and_last_weekday_is_last_weeks()
    {
        Assert.Equal("2018-11-19", Single("On Monday, the army shelled the town.", Nov23, "Monday").Value);
        Assert.Equal("2018-11-15", Single("Last Thursday the convoy was hit.", Nov23, "Last Thursday").Value);
        Assert.Equal("2018-11-26", Single("Talks will resume on Monday.", Nov23, "Monday").Value);
    }

    [Fact]
    public void This_week_is_an_iso_week_with_week_precision()
    {
        var m = Single("This week, security forces detained several men.", Nov23, "This week");
        Assert.Equal("2018-W47", m.Value);
        Assert.Equal(DatePrecision.Week, m.Precision);
        Assert.Equal(2, m.AcledTimePrecision);
        Assert.Equal(new DateOnly(2018, 11, 19), m.Start);
        Assert.Equal(new DateOnly(2018, 11, 25), m.End);
    }

    [Fact]
    public void Since_a_date_keeps_the_date_and_marks_the_open_period()
    {
        var m = Single("They were held hostage for over 3 months since July 25.", Nov23, "July 25");
        Assert.Equal("2018-07-25", m.Value);
        Assert.Equal("ON_OR_AFTER", m.Modifier);
    }

    [Fact]
    public void Over_three_months_is_a_duration_of_more_than_three_months()
    {
        var m = Single("They were held hostage for over 3 months since July 25.", Nov23, "over 3 months");
        Assert.Equal(TemporalKind.Duration, m.Kind);
        Assert.Equal("P3M", m.Value);
        Assert.Equal("MORE_THAN", m.Modifier);
        Assert.Null(m.Precision);
    }

    [Fact]
    public void A_year_and_part_of_a_month()
    {
        var year = Single("The group was founded in 2014.", Nov23, "2014");
        Assert.Equal("2014", year.Value);
        Assert.Equal(DatePrecision.Year, year.Precision);
        Assert.Equal(3, year.AcledTimePrecision);
        Assert.Equal(DateResolution.Absolute, year.Resolution);

        var late = Single("Fighting resumed in late October.", Nov23, "late October");
        Assert.Equal("2018-10", late.Value);
        Assert.Equal("END", late.Modifier);
        Assert.Equal(DatePrecision.Month, late.Precision);
    }

    [Fact]
    public void Deictic_words_and_offsets_resolve_against_the_anchor()
    {
        Assert.Equal("2018-11-22", Single("Yesterday, the base was shelled.", Nov23, "Yesterday").Value);
        Assert.Equal("2018-11-21", Single("The strike came two days ago.", Nov23, "two days ago").Value);
        Assert.Equal("2017", Single("Last year the front was quiet.", Nov23, "Last year").Value);
        Assert.Equal("2018-10", Single("Last month the offensive stalled.", Nov23, "Last month").Value);
    }

    [Fact]
    public void Full_dates_in_several_formats_are_absolute()
    {
        Assert.Equal("2018-11-23", Single("Syrian War Report – Nov. 23, 2018: clashes", null, "Nov. 23, 2018").Value);
        Assert.Equal("2017-12-01", Single("Published 1 December 2017 by the desk.", null, "1 December 2017").Value);
        Assert.Equal("2018-11-10", Single("Screenshot 2018-11-10 hostages.png", null, "2018-11-10").Value);
        Assert.Equal("2018-11-11", Single("Military situation in Syria - 11/11/18", null, "11/11/18").Value);
    }

    [Fact]
    public void Without_a_publication_date_relative_dates_stay_unresolved_and_say_so()
    {
        var m = Single("On November 22, ISIS advanced.", null, "November 22");
        Assert.Equal("XXXX-11-22", m.Value);
        Assert.Equal(DateResolution.Unanchored, m.Resolution);
        Assert.Null(m.Start);

        var yesterday = Single("Yesterday the town fell.", null, "Yesterday");
        Assert.Equal(DateResolution.Unanchored, yesterday.Resolution);
    }

    [Fact]
    public void Words_that_only_look_like_dates_are_left_alone()
    {
        var mentions = TemporalTagger.Default.Tag("ISIS may attack again. Protesters march in Idlib. 2000 troops arrived. Resolution 2254 was cited.", Nov23);
        Assert.Empty(mentions);
    }

    [Fact]
    public void Quarters_in_financial_news_are_the_latest_begun_ones()
    {
        var m = Single("The company reported a third-quarter loss.", new DateOnly(1989, 11, 2), "third-quarter");
        Assert.Equal("1989-Q3", m.Value);
        var earlier = TemporalTagger.Default.Tag("Profit fell in the third quarter. A year earlier it had risen.", new DateOnly(1989, 11, 2));
        Assert.Equal("1988-Q3", Assert.Single(earlier, x => x.Text == "A year earlier").Value);
    }

    [Fact]
    public void Day_and_month_in_figures_after_a_date_preposition_are_a_day()
    {
        Assert.Equal("2018-11-20", Single("Gunmen attacked a convoy on 20/11 near Gao.", Nov23, "20/11").Value);
        Assert.Equal("2018-06-26", Single("Troops fired mortar rounds on 26/06, killing one civilian.", Nov23, "26/06").Value);
        Assert.DoesNotContain(TemporalTagger.Default.Tag("The station broadcasts 24/7 and reaches 3/4 of the province.", Nov23), m => m.Text is "24/7" or "3/4");
    }

    [Fact]
    public void A_day_range_in_one_month_covers_its_days()
    {
        var m = Single("Police attacked herders near Gao over 24-26 June.", new DateOnly(2016, 7, 3), "24-26 June");
        Assert.Equal(new DateOnly(2016, 6, 24), m.Start);
        Assert.Equal(new DateOnly(2016, 6, 26), m.End);
        var n = Single("Clashes broke out between Jun.19-20 near Gao.", new DateOnly(2016, 7, 3), "Jun.19-20");
        Assert.Equal(new DateOnly(2016, 6, 20), n.End);
    }
}
