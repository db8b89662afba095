using Sitrep.Coding;
using Sitrep.Evaluation.Events;
using Sitrep.Extraction;
using Sitrep.Language;
using Sitrep.Testing;

namespace Sitrep.Evaluation.Tests.Events;

public sealed class GoldEventEvaluatorTests
{
    private static SitrepPipeline Pipeline() => new PipelineBuilder().UseDefaultExtraction().UseDefaultLanguage().UseDefaultCoding().Build();

    [Fact]
    public void Every_seed_is_scored_for_events_and_claims()
    {
        var gold = SharedData.PathOrSkip("gold");
        var report = GoldEventEvaluator.Evaluate(gold, Pipeline());

        Assert.Equal(5, report.Events.Count);
        Assert.Equal(5, report.Claims.Count);
        Assert.True(report.Events.Sum(seed => seed.Gold) >= 10, "the gold holds events");
        Assert.True(report.Events.Sum(seed => seed.Matched) >= 3, "some gold events are found");
        Assert.All(report.Events, seed => Assert.True(seed.Matched <= Math.Min(seed.Gold, seed.Coded)));

        var writer = new StringWriter();
        report.WriteTo(writer);
        Assert.Contains("overall", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_gold_file_without_its_seed_is_refused_with_both_names()
    {
        using var temp = new TempDirectory();
        var goldDir = Directory.CreateDirectory(temp.Combine("gold")).FullName;
        Directory.CreateDirectory(temp.Combine("seeds"));
        File.WriteAllText(Path.Combine(goldDir, "lonely.json"), "{}");
        var error = Assert.Throws<FileNotFoundException>(() => GoldEventEvaluator.Evaluate(goldDir, Pipeline()));
        Assert.Contains("lonely.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("lonely.txt", error.Message, StringComparison.Ordinal);
    }
}
