using Sitrep.Evaluation.Extraction;
using Sitrep.Extraction.Decoding;
using Sitrep.Extraction.Html;
using Sitrep.Testing;

namespace Sitrep.Evaluation.Tests.Extraction;

/// <summary>
/// A small, fixed slice of the public benchmarks, so a regression in extraction fails CI quickly. The full runs are
/// `sitrep eval extraction DIR`. Floors sit a little below the figures measured when they were set.
/// </summary>
public sealed class ExtractionBenchmarkSliceTests
{
    [Fact]
    public void The_first_25_article_extraction_benchmark_pages_score_above_the_floor()
    {
        var dir = SharedData.PathOrSkip(Path.Combine("eval", "extraction"));
        var report = ExtractionEvaluator.Evaluate(dir, new DocumentDecoder(), new HtmlArticleExtractor(), limit: 25);
        Assert.Empty(report.Failures);
        Assert.Equal(25, report.Pages.Count);
        Assert.True(report.Body.F1 >= 0.94, $"F1 {report.Body.F1:F3} fell below 0.94 on the first 25 pages");
    }

    [Fact]
    public void The_first_60_WCXB_pages_score_above_the_floors()
    {
        var dir = SharedData.PathOrSkip(Path.Combine("eval", "extraction-wcxb"));
        var report = ExtractionEvaluator.Evaluate(dir, new DocumentDecoder(), new HtmlArticleExtractor(), limit: 60);
        Assert.Equal(60, report.Pages.Count);
        Assert.True(report.MeanPageF1 >= 0.92, $"body F1 {report.MeanPageF1:F3} fell below 0.92");
        Assert.True(report.TitleAccuracy >= 0.78, $"title accuracy {report.TitleAccuracy:F3} fell below 0.78");
    }

    [Fact]
    public void A_folder_in_neither_format_is_refused_with_its_name()
    {
        using var temp = new TempDirectory();
        var error = Assert.Throws<DirectoryNotFoundException>(() => ExtractionEvaluator.DetectFormat(temp.Path));
        Assert.Contains(temp.Path, error.Message, StringComparison.Ordinal);
    }
}
