using Sitrep.Coding.Claims;
using Sitrep.Evaluation.Attribution;
using Sitrep.Language;
using Sitrep.Testing;

namespace Sitrep.Evaluation.Tests.Attribution;

public sealed class AttributionEvaluatorTests
{
    [Fact]
    public void Brat_offsets_in_code_points_map_onto_the_text_and_score_exactly()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("text"));
        Directory.CreateDirectory(temp.Combine("attributions"));

        // An emoji before the attribution takes two UTF-16 units but one code point.
        const string text = "🔥 The ministry said that the bridge was destroyed.";
        File.WriteAllText(temp.Combine("text", "a.txt"), text);
        File.WriteAllText(temp.Combine("attributions", "a_1.ann"), string.Join('\n',
            "T1\tSource 2 14\tThe ministry",
            "T2\tCue 15 19\tsaid",
            "T3\tContent 20 49\tthat the bridge was destroyed",
            "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3"));

        var gold = AttributionEvaluator.ReadGold(temp.Combine("attributions", "a_1.ann"), text);
        Assert.Equal("The ministry", gold["Source"].Single().Slice(text));
        Assert.Equal("that the bridge was destroyed", gold["Content"].Single().Slice(text));

        var report = AttributionEvaluator.Evaluate(temp.Path, ClaimExtractor.Default, new LanguageAnnotatorBuilder().Build());
        Assert.Equal(1, report.Documents);
        Assert.All(report.Parts, p => Assert.Equal(1.0, p.Exact.F1, 3));
    }

    [Fact]
    public void Errors_list_missed_and_spurious_attributions_with_their_parts()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("text"));
        Directory.CreateDirectory(temp.Combine("attributions"));

        // Gold marks "rejoiced" (which the extractor does not read as a cue) and not "insisted" (which it does).
        const string text = "Rebels rejoiced at the news. Local officials insisted that the road was open.";
        File.WriteAllText(temp.Combine("text", "a.txt"), text);
        File.WriteAllText(temp.Combine("attributions", "a_1.ann"), string.Join('\n',
            "T1\tSource 0 6\tRebels",
            "T2\tCue 7 15\trejoiced",
            "T3\tContent 16 27\tat the news",
            "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3"));

        var report = AttributionEvaluator.Evaluate(temp.Path, ClaimExtractor.Default, new LanguageAnnotatorBuilder().Build());
        Assert.NotNull(report.Errors);
        var missed = Assert.Single(report.Errors, e => e.Kind == "missed");
        Assert.Equal("rejoiced", missed.Gold?.Cue);
        Assert.Equal("Rebels", missed.Gold?.Source);
        Assert.Null(missed.Found);
        var spurious = Assert.Single(report.Errors, e => e.Kind == "spurious");
        Assert.Equal("insisted", spurious.Found?.Cue);

        using var writer = new StringWriter();
        report.WriteTo(writer, errors: 10, kind: "spurious");
        var printed = writer.ToString();
        Assert.Contains("SPURIOUS a.txt", printed, StringComparison.Ordinal);
        Assert.Contains("⟦insisted⟧", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("MISSED", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_the_brat_layout_is_refused_with_its_name()
    {
        using var temp = new TempDirectory();
        var error = Assert.Throws<DirectoryNotFoundException>(() => AttributionEvaluator.Evaluate(temp.Path, ClaimExtractor.Default, new LanguageAnnotatorBuilder().Build()));
        Assert.Contains(temp.Path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_20_PolNeAR_documents_score_above_the_floor()
    {
        var dir = SharedData.PathOrSkip(Path.Combine("eval", "attribution"));
        var report = AttributionEvaluator.Evaluate(dir, ClaimExtractor.Default, new LanguageAnnotatorBuilder().Build(), limit: 20);
        Assert.Equal(20, report.Documents);
        foreach (var part in report.Parts)
        {
            Assert.True(part.Overlap.F1 >= 0.5, $"{part.Part} overlap F1 {part.Overlap.F1:F3} fell below 0.5");
        }
    }
}
