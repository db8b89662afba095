using Sitrep.Coding.Events;
using Sitrep.Language;

namespace Sitrep.Coding.Tests;

public sealed class EventCoderTests
{
    private static readonly SitrepPipeline Pipeline = new PipelineBuilder()
        .UseDecoder(new Sitrep.Extraction.Decoding.DocumentDecoder())
        .UseHtmlExtractor(new Sitrep.Extraction.Html.HtmlArticleExtractor())
        .UseTextExtractor(new Sitrep.Extraction.Text.PlainTextArticleExtractor())
        .UseDefaultLanguage()
        .UseDefaultCoding()
        .Build();

    private static IReadOnlyList<CodedEvent> Code(string text, string published = "2018-11-23")
    {
        var raw = new RawDocument("t.txt", ContentKind.Text, System.Text.Encoding.UTF8.GetBytes(text), Hints: new DocumentHints(Published: published));
        var processed = Pipeline.Process(raw);
        foreach (var e in processed.Coding!.EventList)
        {
            foreach (var (_, span) in e.Evidence)
            {
                Assert.InRange(span.End, 0, processed.Article!.Body.Length);
            }
        }

        return processed.Coding!.EventList;
    }

    [Fact]
    public void An_airstrike_that_killed_civilians_is_an_air_strike_with_civilian_victims_date_place_and_toll()
    {
        var e = Assert.Single(Code("On November 22, a US-led coalition airstrike killed 12 civilians in Hajin."));
        Assert.Equal("Explosions/Remote violence", e.EventType);
        Assert.Equal("Air/drone strike", e.SubEventType);
        Assert.Equal("Political violence", e.DisorderType);
        Assert.Equal(new DateOnly(2018, 11, 22), e.EventDate);
        Assert.Equal(1, e.TimePrecision);
        Assert.Equal("US-led Coalition", e.Actor1);
        Assert.Equal("Civilians (Syria)", e.Actor2);
        Assert.Equal(7, e.Inter2);
        Assert.Equal(8, e.Inter1);
        Assert.Equal(78, e.Interaction);
        Assert.True(e.CivilianTargeting);
        Assert.Equal("Deir-ez-Zor", e.Location!.Admin1);
        Assert.Equal(12, e.Fatalities);
        Assert.StartsWith("On 22 November 2018, US-led Coalition", e.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void Protests_take_protesters_of_the_country_and_injuries_are_not_fatalities()
    {
        var e = Assert.Single(Code("Hundreds of people protested in Gao on Thursday over fuel shortages; three were wounded."));
        Assert.Equal("Protests", e.EventType);
        Assert.Equal("Protesters (Mali)", e.Actor1);
        Assert.Equal(0, e.Fatalities);
        Assert.Equal(new DateOnly(2018, 11, 22), e.EventDate);
    }

    [Fact]
    public void Old_acled_types_map_to_todays()
    {
        Assert.Equal(["Battles"], EventTaxonomy.FromOldSchema("Battle-No change of territory"));
        Assert.Equal(["Explosions/Remote violence"], EventTaxonomy.FromOldSchema("Remote violence"));
        Assert.Equal(["Protests", "Riots"], EventTaxonomy.FromOldSchema("Riots/Protests"));
        Assert.Equal("Strategic developments", EventTaxonomy.TypeOf["Arrests"]);
    }
}
