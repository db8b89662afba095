using Sitrep.Evaluation.Clustering;
using Sitrep.Testing;

namespace Sitrep.Evaluation.Tests.Clustering;

public sealed class ClusteringMetricsTests
{
    [Fact]
    public void Two_partitions_that_move_one_item_score_as_computed_by_hand()
    {
        // Gold {a b c} {d e}; predicted {a b} {c d e}.
        // Pairs: gold 3 + 1, predicted 1 + 3, shared (a,b) and (d,e): P = R = 2/4.
        // BCubed precision per item 1, 1, 1/3, 2/3, 2/3 and recall 2/3, 2/3, 1/3, 1, 1: both 11/15.
        // ARI: expected shared pairs 4 × 4 / 10 = 1.6, maximum 4: (2 − 1.6) / (4 − 1.6) = 1/6.
        var scores = ClusteringMetrics.Score(["x", "x", "x", "y", "y"], [1, 1, 2, 2, 2]);

        Assert.Equal(0.5, scores.Pairwise.Precision, 9);
        Assert.Equal(0.5, scores.Pairwise.Recall, 9);
        Assert.Equal(11 / 15.0, scores.BCubed.Precision, 9);
        Assert.Equal(11 / 15.0, scores.BCubed.Recall, 9);
        Assert.Equal(11 / 15.0, scores.BCubed.F1, 9);
        Assert.Equal(1 / 6.0, scores.AdjustedRand, 9);
        Assert.Equal(2, scores.GoldClusters);
        Assert.Equal(2, scores.PredictedClusters);
        Assert.Equal(5, scores.Items);
    }

    [Fact]
    public void Splitting_every_item_apart_keeps_precision_and_loses_recall()
    {
        // Gold {a b} {c d}; predicted all singletons. BCubed recall: every item finds 1 of its 2.
        var scores = ClusteringMetrics.Score(["x", "x", "y", "y"], [1, 2, 3, 4]);

        Assert.Equal(1, scores.Pairwise.Precision);
        Assert.Equal(0, scores.Pairwise.Recall);
        Assert.Equal(0, scores.Pairwise.F1);
        Assert.Equal(1, scores.BCubed.Precision);
        Assert.Equal(0.5, scores.BCubed.Recall, 9);
        Assert.Equal(0, scores.AdjustedRand, 9);
        Assert.Equal(4, scores.PredictedClusters);
    }

    [Fact]
    public void Lumping_everything_together_keeps_recall_and_loses_precision()
    {
        // Gold {a b c} {d}; predicted one cluster. Pairwise precision 3/6; BCubed precision (3 × 3/4 + 1/4) / 4.
        var scores = ClusteringMetrics.Score(["x", "x", "x", "y"], [7, 7, 7, 7]);

        Assert.Equal(0.5, scores.Pairwise.Precision, 9);
        Assert.Equal(1, scores.Pairwise.Recall);
        Assert.Equal(2.5 / 4, scores.BCubed.Precision, 9);
        Assert.Equal(1, scores.BCubed.Recall);
        Assert.Equal(0, scores.AdjustedRand, 9);
    }

    [Fact]
    public void Identical_partitions_under_other_labels_score_one()
    {
        var scores = ClusteringMetrics.Score(["x", "x", "y", "z", "z", "z"], [5L, 5L, 9L, 2L, 2L, 2L]);

        Assert.Equal(1, scores.Pairwise.F1, 9);
        Assert.Equal(1, scores.BCubed.F1, 9);
        Assert.Equal(1, scores.AdjustedRand, 9);
    }

    [Fact]
    public void Label_lists_of_different_lengths_are_refused() =>
        Assert.Throws<ArgumentException>(() => ClusteringMetrics.Score(["x", "y"], [1]));
}

public sealed class EcbPlusTests
{
    private static string Token(int id, int sentence, string text) => $"""<token t_id="{id}" sentence="{sentence}" number="0">{text}</token>""";

    private static string Document(string name, params string[][] sentences)
    {
        var id = 0;
        var tokens = sentences.SelectMany((words, s) => words.Select(w => Token(++id, s, w)));
        return $"""
            <Document doc_name="{name}" doc_id="DOC1">
            {string.Join("\n", tokens)}
            <Markables><ACTION_OCCURRENCE m_id="1"><token_anchor t_id="2"/></ACTION_OCCURRENCE></Markables>
            <Relations></Relations>
            </Document>
            """;
    }

    [Fact]
    public void The_reader_rebuilds_headline_and_body_from_tokens_without_the_address_line()
    {
        using var temp = new TempDirectory();
        temp.WriteText("7/7_1ecbplus.xml", Document("7_1ecbplus.xml",
            ["http", ":", "/", "/", "example", ".", "org", "/", "ferry"],
            ["Ferry", "sinks", "off", "Lorn", "Point"],
            ["A", "ferry", "carrying", "``", "forty", "''", "passengers", "sank", "."]));
        temp.WriteText("7/7_1ecb.xml", Document("7_1ecb.xml", ["Bridge", "closed"], ["Engineers", "closed", "the", "bridge", "."]));
        temp.WriteText("7/notes.txt", "not a document");
        temp.WriteText("10/10_2ecb.xml", Document("10_2ecb.xml", ["Vote", "delayed"]));

        var documents = EcbPlusReader.Read(temp.Path);

        Assert.Equal(["7_1ecb.xml", "7_1ecbplus.xml", "10_2ecb.xml"], documents.Select(d => d.Name));
        var ferry = documents[1];
        Assert.Equal("7/ecbplus", ferry.Story);
        Assert.Equal("7/ecb", documents[0].Story);
        Assert.Equal("Ferry sinks off Lorn Point", ferry.Title);
        Assert.Equal("A ferry carrying forty passengers sank .", ferry.Body);
    }

    [Fact]
    public void Capitalised_runs_in_the_body_stand_in_for_names()
    {
        var document = new EcbPlusDocument("1", "1_1ecb.xml", [
            ["Storm", "Hits", "Coast"],
            ["The", "mayor", "of", "Lorn", "Point", ",", "Ada", "Brisk", ",", "said", "on", "Monday", "that", "Brisk", "Holdings", "would", "help", "."],
            ["Rain", "fell", "all", "night", "."],
        ]);

        var names = ClusteringEvaluator.Names(document);

        Assert.Equal(["lorn point", "point", "ada brisk", "brisk", "brisk holdings", "holdings"], names);
    }

    [Fact]
    public void A_folder_without_ECB_files_is_refused_and_a_broken_file_is_named()
    {
        using var temp = new TempDirectory();
        temp.WriteText("readme.txt", "nothing here");
        Assert.Throws<DirectoryNotFoundException>(() => EcbPlusReader.Read(temp.Path));

        temp.WriteText("3/3_1ecb.xml", "<Document><token sentence=\"0\">Unclosed");
        var error = Assert.Throws<FormatException>(() => EcbPlusReader.Read(temp.Path));
        Assert.Contains("3_1ecb.xml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dev_topics_of_ECB_plus_cluster_above_the_floor_in_either_arrival_order()
    {
        var path = SharedData.PathOrSkip(Path.Combine("eval", "clustering", "ecbplus"));
        var documents = EcbPlusReader.Read(path).Where(d => ClusteringEvaluator.DevTopics.Contains(d.Topic)).ToArray();
        var gold = documents.Select(d => d.Story).ToList();

        var inOrder = ClusteringMetrics.Score(gold, ClusteringEvaluator.Cluster(documents, null, out _));
        Assert.True(inOrder.BCubed.F1 >= Floor, $"BCubed F1 {inOrder.BCubed.F1:F3} fell below {Floor}");

        var shuffled = documents.ToArray();
        new Random(7).Shuffle(shuffled);
        var shuffledScores = ClusteringMetrics.Score(shuffled.Select(d => d.Story).ToList(), ClusteringEvaluator.Cluster(shuffled, null, out _));
        Assert.True(shuffledScores.BCubed.F1 >= Floor, $"shuffled BCubed F1 {shuffledScores.BCubed.F1:F3} fell below {Floor}");
    }

    private const double Floor = 0.82;
}
