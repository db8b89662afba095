using System.Text.RegularExpressions;

namespace Sitrep.Evaluation.Extraction;

/// <summary>Per-page match counts, normalised so that TP + FP + FN = 1 (all zero when both texts are empty).</summary>
/// <param name="TruePositive">Shared share.</param>
/// <param name="FalsePositive">Predicted but not true.</param>
/// <param name="FalseNegative">True but not predicted.</param>
public readonly record struct MatchCounts(double TruePositive, double FalsePositive, double FalseNegative)
{
    /// <summary>TP / (TP + FP); 1 when both texts are empty, 0 when only the prediction is.</summary>
    public double Precision => TruePositive + FalsePositive > 0 ? TruePositive / (TruePositive + FalsePositive) : FalseNegative > 0 ? 0 : 1;

    /// <summary>TP / (TP + FN); 1 when both texts are empty, 0 when only the truth is.</summary>
    public double Recall => TruePositive + FalseNegative > 0 ? TruePositive / (TruePositive + FalseNegative) : FalsePositive > 0 ? 0 : 1;

    /// <summary>Harmonic mean of this page's precision and recall.</summary>
    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;
}

/// <summary>
/// The text-similarity measures of the public extraction benchmarks, implemented from their published definitions.
/// </summary>
public static partial class ExtractionMetrics
{
    /// <summary>
    /// article-extraction-benchmark: tokens are <c>\w+</c> runs; shingles are word 4-grams (a text shorter than four
    /// tokens is one shingle); TP/FP/FN are multiset overlaps and differences, normalised by their sum.
    /// </summary>
    public static MatchCounts ShingleMatch(string truth, string prediction, int n = 4)
    {
        var trueShingles = Shingles(truth, n);
        var predicted = Shingles(prediction, n);
        return Compare(trueShingles, predicted);
    }

    /// <summary>WCXB: bag-of-words overlap of lower-cased <c>\w+</c> tokens (counts normalised like <see cref="ShingleMatch"/>).</summary>
    public static MatchCounts WordBagMatch(string truth, string prediction)
        => Compare(Count(Tokens(truth.ToLowerInvariant())), Count(Tokens(prediction.ToLowerInvariant())));

    /// <summary>Averages per-page precision and recall, then takes F1 of the two averages (the benchmark's way).</summary>
    public static (double Precision, double Recall, double F1) Aggregate(IReadOnlyCollection<MatchCounts> pages)
    {
        if (pages.Count == 0)
        {
            return (0, 0, 0);
        }

        var precision = pages.Average(p => p.Precision);
        var recall = pages.Average(p => p.Recall);
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return (precision, recall, f1);
    }

    internal static List<string> Tokens(string text) => WordToken().Matches(text).Select(m => m.Value).ToList();

    private static Dictionary<string, int> Shingles(string text, int n)
    {
        var tokens = Tokens(text);
        var shingles = new List<string>();
        for (var i = 0; i < Math.Max(1, tokens.Count - n + 1); i++)
        {
            var shingle = string.Join(' ', tokens.Skip(i).Take(n));
            if (shingle.Length > 0)
            {
                shingles.Add(shingle);
            }
        }

        return Count(shingles);
    }

    private static Dictionary<string, int> Count(IEnumerable<string> items)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            counts[item] = counts.GetValueOrDefault(item) + 1;
        }

        return counts;
    }

    private static MatchCounts Compare(Dictionary<string, int> truth, Dictionary<string, int> predicted)
    {
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, trueCount) in truth)
        {
            var predictedCount = predicted.GetValueOrDefault(key);
            tp += Math.Min(trueCount, predictedCount);
            fn += Math.Max(0, trueCount - predictedCount);
        }

        foreach (var (key, predictedCount) in predicted)
        {
            fp += Math.Max(0, predictedCount - truth.GetValueOrDefault(key));
        }

        var sum = tp + fp + fn;
        return sum > 0 ? new MatchCounts(tp / sum, fp / sum, fn / sum) : new MatchCounts(0, 0, 0);
    }

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex WordToken();
}
