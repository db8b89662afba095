using Sitrep.Evaluation.Extraction;

namespace Sitrep.Evaluation.Tests.Extraction;

public sealed class ExtractionMetricsTests
{
    [Fact]
    public void Identical_texts_match_completely()
    {
        var counts = ExtractionMetrics.ShingleMatch("one two three four five", "one two three four five");
        Assert.Equal(1.0, counts.TruePositive, 9);
        Assert.Equal(1.0, counts.F1, 9);
    }

    [Fact]
    public void Shingles_are_word_four_grams_normalised_by_their_sum()
    {
        // truth shingles: [a b c d], [b c d e]; predicted: [a b c d], [b c d x] → TP 1, FP 1, FN 1, each / 3.
        var counts = ExtractionMetrics.ShingleMatch("a b c d e", "a b c d x");
        Assert.Equal(1 / 3.0, counts.TruePositive, 9);
        Assert.Equal(1 / 3.0, counts.FalsePositive, 9);
        Assert.Equal(1 / 3.0, counts.FalseNegative, 9);
        Assert.Equal(0.5, counts.Precision, 9);
        Assert.Equal(0.5, counts.Recall, 9);
    }

    [Fact]
    public void Punctuation_is_not_a_token_and_short_texts_are_one_shingle()
    {
        Assert.Equal(1.0, ExtractionMetrics.ShingleMatch("Hello, world!", "hello world".Replace('h', 'H')).F1, 9);
        Assert.Equal(0.0, ExtractionMetrics.ShingleMatch("Hello world", "Hello there").F1, 9);
    }

    [Fact]
    public void Repeated_shingles_count_as_a_multiset()
    {
        // Predicting the text twice doubles the predicted shingles: half of them are false positives.
        var text = "w1 w2 w3 w4";
        var counts = ExtractionMetrics.ShingleMatch(text, text + " " + text);
        Assert.Equal(1 / 5.0, counts.TruePositive, 9);
        Assert.Equal(4 / 5.0, counts.FalsePositive, 9);
        Assert.Equal(0.0, counts.FalseNegative, 9);
    }

    [Fact]
    public void An_empty_prediction_of_a_non_empty_truth_scores_zero_and_two_empties_score_one()
    {
        Assert.Equal(0.0, ExtractionMetrics.ShingleMatch("some true text here", "").Precision, 9);
        Assert.Equal(0.0, ExtractionMetrics.ShingleMatch("some true text here", "").Recall, 9);
        Assert.Equal(1.0, ExtractionMetrics.ShingleMatch("", "").F1, 9);
    }

    [Fact]
    public void Aggregation_averages_precision_and_recall_over_pages_then_takes_f1()
    {
        var pages = new[] { new MatchCounts(1, 0, 0), new MatchCounts(0.5, 0, 0.5) };
        var (precision, recall, f1) = ExtractionMetrics.Aggregate(pages);
        Assert.Equal(1.0, precision, 9);
        Assert.Equal(0.75, recall, 9);
        Assert.Equal(2 * 0.75 / 1.75, f1, 9);
    }

    [Fact]
    public void The_word_bag_ignores_case_and_order()
        => Assert.Equal(1.0, ExtractionMetrics.WordBagMatch("The Cat sat", "sat the cat").F1, 9);
}
