using Sitrep.Language.Quantities;

namespace Sitrep.Language.Tests.Quantities;

public sealed class QuantityRecognizerTests
{
    private static QuantityMention Single(string text, string phrase)
    {
        var found = QuantityRecognizer.Default.Recognize(text);
        var mention = Assert.Single(found, q => q.Text == phrase);
        Assert.Equal(phrase, mention.Span.Slice(text));
        return mention;
    }

    [Theory]
    [InlineData("ISIS has around 5,000 fighters in Libya.", "around 5,000 fighters", 5000, 5000, true, "fighters")]
    [InlineData("Estimates put them at 5,000 to 6,000 fighters.", "5,000 to 6,000 fighters", 5000, 6000, false, "fighters")]
    [InlineData("At least 30 women and children were abducted.", "At least 30 women and children", 30, null, false, "women and children")]
    [InlineData("The strikes killed over 130 civilians.", "over 130 civilians", 130, null, false, "civilians")]
    [InlineData("They seized 450,000 US-made bullets.", "450,000 US-made bullets", 450000, 450000, false, "bullets")]
    [InlineData("Some 400 US marines deployed.", "Some 400 US marines", 400, 400, true, "marines")]
    [InlineData("Two SAA soldiers were captured.", "Two SAA soldiers", 2, 2, false, "soldiers")]
    [InlineData("A dozen fighters surrendered.", "A dozen fighters", 12, 12, false, "fighters")]
    [InlineData("He wrote to 13 of his top supporters.", "13 of his top supporters", 13, 13, false, "supporters")]
    [InlineData("The ammunition depot lay 2km away.", "2km", 2, 2, false, "km")]
    public void Counts_with_bounds_and_the_counted_noun(string text, string phrase, int? low, int? high, bool approximate, string unit)
    {
        var q = Single(text, phrase);
        Assert.Equal(low, q.Low is { } l ? (int)l : null);
        Assert.Equal(high, q.High is { } h ? (int)h : null);
        Assert.Equal(approximate, q.Approximate);
        Assert.False(q.Vague);
        Assert.Equal(unit, q.Unit);
    }

    [Fact]
    public void Up_to_gives_only_an_upper_bound()
    {
        var q = Single("According to pro-Kurdish sources, up to 10 ISIS members were killed.", "up to 10 ISIS members");
        Assert.Null(q.Low);
        Assert.Equal(10m, q.High);
        Assert.Equal("members", q.Unit);
    }

    [Theory]
    [InlineData("Hundreds of Syrians fled the town.", "Hundreds of Syrians", "hundreds", 100)]
    [InlineData("Dozens of fighters were killed.", "Dozens of fighters", "dozens", 12)]
    [InlineData("Tens of civilians died.", "Tens of civilians", "tens", 10)]
    [InlineData("Several terrorists were eliminated.", "Several terrorists", "several", null)]
    public void Vague_counts_follow_acleds_conventions(string text, string phrase, string word, int? figure)
    {
        var q = Single(text, phrase);
        Assert.True(q.Vague);
        Assert.Null(q.Low);
        Assert.Null(q.High);
        Assert.Equal(word, q.VagueWord);
        Assert.Equal(figure, AcledCounts.ConservativeFigure(q));
    }

    [Fact]
    public void The_conservative_figure_takes_the_lower_bound_or_the_stated_maximum()
    {
        Assert.Equal(5000, AcledCounts.ConservativeFigure(Single("5,000 to 6,000 fighters were there.", "5,000 to 6,000 fighters")));
        Assert.Equal(10, AcledCounts.ConservativeFigure(Single("up to 10 members were killed.", "up to 10 members")));
        Assert.Equal(26, AcledCounts.ConservativeFigure(Single("at least 26 civilians were killed.", "at least 26 civilians")));
        Assert.Equal(100_000, AcledCounts.ForVagueWord("hundreds of thousands"));
    }

    [Fact]
    public void Model_numbers_unit_designations_identifiers_and_percentages_are_not_counts()
    {
        var found = QuantityRecognizer.Default.Recognize("A T-90 tank of the 4th Division and Shahed-129 drones hit Route 4; Resolution 2254 passed with 35% support.");
        Assert.Empty(found);
    }

    [Fact]
    public void Dates_found_by_the_tagger_are_not_read_as_counts()
    {
        const string text = "On November 22 in 2018, 19 hostages were freed.";
        var context = AnnotationContext.ForText(text, new DateOnly(2018, 11, 23));
        context = context with { Dates = Sitrep.Language.Time.TemporalTagger.Default.Tag(context) };
        var q = Assert.Single(QuantityRecognizer.Default.Recognize(context));
        Assert.Equal("19 hostages", q.Text);
    }
}
