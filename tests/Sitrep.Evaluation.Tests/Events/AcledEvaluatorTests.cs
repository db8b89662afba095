using Sitrep.Coding;
using Sitrep.Evaluation.Events;
using Sitrep.Extraction;
using Sitrep.Language;
using Sitrep.Testing;

namespace Sitrep.Evaluation.Tests.Events;

public sealed class AcledEvaluatorTests
{
    private static SitrepPipeline Pipeline() => new PipelineBuilder().UseDefaultExtraction().UseDefaultLanguage().UseDefaultCoding().Build();

    [Fact]
    public void A_small_acled_file_is_coded_row_by_row()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("acled.csv");
        File.WriteAllText(path, string.Join('\n',
            ",actor1,actor2,admin1,country,event_date,event_type,fatalities,latitude,longitude,location,notes",
            "0,Protesters (Zambia),,Lusaka,Zambia,2016-07-02,Riots/Protests,0,-15.4166,28.2833,Lusaka,\"Workers protested in Lusaka over unpaid salaries.\"",
            "1,Al Shabaab,Civilians (Somalia),Bay,Somalia,2016-07-02,Remote violence,2,3.11718,43.6469,Baidoa,\"Two people were killed during a mortar attack on Baidoa, officials said.\""));
        var report = AcledEvaluator.Evaluate(path, Pipeline());
        Assert.Equal(2, report.Rows);
        Assert.Equal(2, report.EventTypeCorrect);
        Assert.Equal((2, 2), report.Fatalities);
        Assert.Equal((2, 2), report.Country);
        Assert.Equal(1, report.Actor1.Hit);
    }

    [Fact]
    public void A_csv_without_notes_is_refused_with_its_name()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("other.csv");
        File.WriteAllText(path, "a,b\n1,2\n");
        var error = Assert.Throws<FormatException>(() => AcledEvaluator.Evaluate(path, Pipeline()));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Actor_and_country_names_compare_across_acled_spellings()
    {
        Assert.True(AcledEvaluator.SameActor("Military Forces of Somalia", "Military Forces of Somalia (2012-)"));
        Assert.False(AcledEvaluator.SameActor("Civilians (Somalia)", "Civilians (Kenya)"));
        Assert.True(AcledEvaluator.SameCountry("Democratic Republic of the Congo", "Democratic Republic of Congo"));
    }

    [Fact]
    public void The_acled_dev_sample_stays_above_the_floors()
    {
        var path = SharedData.PathOrSkip(Path.Combine("eval", "acled", "acled-2016-sample.csv"));
        var report = AcledEvaluator.Evaluate(path, Pipeline());

        // Measured when set: event type 0.750, fatalities 0.790 (first version; targets 0.85 and 0.90).
        Assert.True(report.EventTypeAccuracy >= 0.72, $"event type accuracy {report.EventTypeAccuracy:F3}");
        Assert.True(report.Fatalities.Hit / (double)report.Fatalities.Of >= 0.76, $"fatalities {report.Fatalities.Hit}/{report.Fatalities.Of}");
    }
}
