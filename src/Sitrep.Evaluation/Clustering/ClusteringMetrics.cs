using System.Globalization;

namespace Sitrep.Evaluation.Clustering;

/// <summary>Precision, recall and their harmonic mean.</summary>
/// <param name="Precision">Precision.</param>
/// <param name="Recall">Recall.</param>
public sealed record ClusterPrecisionRecall(double Precision, double Recall)
{
    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Formats as "P 0.000  R 0.000  F1 0.000".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"P {Precision:F3}  R {Recall:F3}  F1 {F1:F3}");
}

/// <summary>How a predicted partition of items agrees with the gold partition.</summary>
/// <param name="Items">Items scored.</param>
/// <param name="GoldClusters">Clusters in the gold.</param>
/// <param name="PredictedClusters">Clusters predicted.</param>
/// <param name="Pairwise">Over pairs of items: precision is the share of pairs put together that the gold puts
/// together, recall the share of gold pairs put together.</param>
/// <param name="BCubed">Per item, averaged: precision is the share of its predicted cluster in its gold cluster,
/// recall the share of its gold cluster in its predicted cluster (Bagga and Baldwin 1998).</param>
/// <param name="AdjustedRand">The Rand index corrected for chance (Hubert and Arabie 1985): 1 for identical
/// partitions, about 0 for random ones.</param>
public sealed record ClusterScores(int Items, int GoldClusters, int PredictedClusters, ClusterPrecisionRecall Pairwise, ClusterPrecisionRecall BCubed, double AdjustedRand)
{
    /// <summary>Prints the scores on three lines, each starting with <paramref name="indent"/>.</summary>
    public void WriteTo(TextWriter writer, string indent = "")
    {
        ArgumentNullException.ThrowIfNull(writer);
        var inv = CultureInfo.InvariantCulture;
        writer.WriteLine(string.Create(inv, $"{indent}pairwise  {Pairwise}"));
        writer.WriteLine(string.Create(inv, $"{indent}BCubed    {BCubed}"));
        writer.WriteLine(string.Create(inv, $"{indent}ARI {AdjustedRand:F3}   clusters: {GoldClusters} gold, {PredictedClusters} predicted, {Items} documents"));
    }
}

/// <summary>Scores a predicted partition against a gold partition.</summary>
public static class ClusteringMetrics
{
    /// <summary>
    /// Scores the partitions given as one gold and one predicted label per item (items in the same order). Labels
    /// only need to be equal within a partition; gold and predicted labels are never compared with each other.
    /// </summary>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    public static ClusterScores Score<TGold, TPredicted>(IReadOnlyList<TGold> gold, IReadOnlyList<TPredicted> predicted)
        where TGold : notnull
        where TPredicted : notnull
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException($"{gold.Count} gold labels but {predicted.Count} predicted", nameof(predicted));
        }

        var n = gold.Count;
        var goldSizes = gold.CountBy(g => g).ToDictionary();
        var predictedSizes = predicted.CountBy(p => p).ToDictionary();
        var cells = Enumerable.Range(0, n).CountBy(i => (gold[i], predicted[i])).ToDictionary();

        static double Pairs(long k) => k * (k - 1) / 2.0;
        var together = cells.Values.Sum(c => Pairs(c));
        var goldPairs = goldSizes.Values.Sum(c => Pairs(c));
        var predictedPairs = predictedSizes.Values.Sum(c => Pairs(c));
        // With no pair on one side, nothing can be wrong there: a partition of singletons has pairwise precision 1.
        var pairwise = new ClusterPrecisionRecall(predictedPairs == 0 ? 1 : together / predictedPairs, goldPairs == 0 ? 1 : together / goldPairs);

        // BCubed sums over items; the items of one cell share the same precision and recall.
        double precision = 0, recall = 0;
        foreach (var ((g, p), count) in cells)
        {
            precision += count * (count / (double)predictedSizes[p]);
            recall += count * (count / (double)goldSizes[g]);
        }

        var bcubed = n == 0 ? new ClusterPrecisionRecall(0, 0) : new ClusterPrecisionRecall(precision / n, recall / n);

        var all = Pairs(n);
        var expected = all == 0 ? 0 : goldPairs * predictedPairs / all;
        var maximum = (goldPairs + predictedPairs) / 2;
        // Both partitions all singletons or all one cluster: they agree exactly iff the counts match.
        var ari = maximum - expected == 0 ? (together == expected ? 1 : 0) : (together - expected) / (maximum - expected);
        return new ClusterScores(n, goldSizes.Count, predictedSizes.Count, pairwise, bcubed, ari);
    }
}
