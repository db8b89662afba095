using System.Collections.Frozen;
using System.Diagnostics;
using System.Globalization;
using Sitrep.Linking.Stories;

namespace Sitrep.Evaluation.Clustering;

/// <summary>The result of clustering ECB+ into stories.</summary>
/// <param name="Directory">What was scored.</param>
/// <param name="ShuffleSeed">The seed the arrival order was shuffled with, or null for (topic, file name) order.</param>
/// <param name="All">Scores over every document.</param>
/// <param name="Train">Scores over the documents of the usual ECB+ training topics (the options were tuned there).</param>
/// <param name="Dev">Scores over the documents of the usual ECB+ development topics (2, 5, 12, 18, 21, 23, 34, 35).</param>
/// <param name="MillisecondsPerDocument">Mean time of one <see cref="StoryClusterer.Add"/> and saving its profile,
/// start-up (JIT compilation) included.</param>
public sealed record ClusteringReport(string Directory, int? ShuffleSeed, ClusterScores All, ClusterScores Train, ClusterScores Dev, double MillisecondsPerDocument)
{
    /// <summary>Prints the scores.</summary>
    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var inv = CultureInfo.InvariantCulture;
        var order = ShuffleSeed is { } seed ? string.Create(inv, $"shuffled with seed {seed}") : "in (topic, file) order";
        writer.WriteLine(string.Create(inv, $"Story clustering — {Directory}: {All.Items} documents {order}, {MillisecondsPerDocument:F2} ms per document"));
        writer.WriteLine("gold story = (topic, ECB or ECB+ half); all documents clustered in one run, scored over:");
        writer.WriteLine("all topics");
        All.WriteTo(writer, "  ");
        writer.WriteLine("train topics");
        Train.WriteTo(writer, "  ");
        writer.WriteLine("dev topics (2 5 12 18 21 23 34 35)");
        Dev.WriteTo(writer, "  ");
        writer.WriteLine("anchor: Miranda et al. 2018 streaming news clustering, pairwise F1 0.94 on its own corpus; target BCubed F1 ≥ 0.85 on dev");
    }
}

/// <summary>
/// Scores the story clusterer on ECB+: every file arrives once, undated, with its first sentence as headline and
/// the capitalised word runs of the rest standing in for the actors and places the language layer would give.
/// </summary>
public static class ClusteringEvaluator
{
    /// <summary>The usual ECB+ development topics (Cybulska and Vossen 2015).</summary>
    public static FrozenSet<string> DevTopics { get; } = new[] { "2", "5", "12", "18", "21", "23", "34", "35" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Clusters the corpus in one run and scores it.</summary>
    /// <param name="directory">The ECB+ folder of topic folders.</param>
    /// <param name="options">The clusterer's options; the defaults when null.</param>
    /// <param name="shuffleSeed">When given, documents arrive in an order shuffled with this seed.</param>
    /// <exception cref="DirectoryNotFoundException">The folder holds no ECB+ files.</exception>
    /// <exception cref="FormatException">A file is not ECB+ token XML.</exception>
    public static ClusteringReport Evaluate(string directory, StoryClusteringOptions? options = null, int? shuffleSeed = null)
    {
        var documents = EcbPlusReader.Read(directory).ToArray();
        if (shuffleSeed is { } seed)
        {
            new Random(seed).Shuffle(documents);
        }

        var predicted = Cluster(documents, options, out var elapsed);
        var all = Enumerable.Range(0, documents.Length).ToList();
        ClusterScores Over(IEnumerable<int> items)
        {
            var chosen = items.ToList();
            return ClusteringMetrics.Score(chosen.Select(i => documents[i].Story).ToList(), chosen.Select(i => predicted[i]).ToList());
        }

        return new ClusteringReport(directory, shuffleSeed, Over(all),
            Over(all.Where(i => !DevTopics.Contains(documents[i].Topic))), Over(all.Where(i => DevTopics.Contains(documents[i].Topic))),
            documents.Length == 0 ? 0 : elapsed.TotalMilliseconds / documents.Length);
    }

    /// <summary>Clusters the documents in the order given and returns the story id of each.</summary>
    public static IReadOnlyList<long> Cluster(IReadOnlyList<EcbPlusDocument> documents, StoryClusteringOptions? options, out TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var stories = new InMemoryStories();
        var clusterer = new StoryClusterer(stories, options);
        var inputs = documents.Select((d, i) => new StoryDocument(i, null, d.Title, d.Body, Names(d), [])).ToList();
        var clock = Stopwatch.StartNew();
        var predicted = new List<long>(documents.Count);
        foreach (var input in inputs)
        {
            var assignment = clusterer.Add(input);
            stories.Save(assignment.Profile);
            predicted.Add(assignment.StoryId);
        }

        elapsed = clock.Elapsed;
        return predicted;
    }

    /// <summary>
    /// Stand-ins for canonical actor and place names: runs of capitalised tokens in the body ("Tara Reid",
    /// "Promises Treatment Center"), lowercased, and the last word of each longer run so a later bare surname
    /// ("Reid") meets the full name. A word opening a sentence counts only when the next one is capitalised too,
    /// and the headline is left out since headlines capitalise every word.
    /// </summary>
    internal static IReadOnlyList<string> Names(EcbPlusDocument document)
    {
        var names = new List<string>();
        foreach (var sentence in document.Sentences.Skip(1))
        {
            var run = new List<string>();
            for (var i = 0; i <= sentence.Count; i++)
            {
                var token = i < sentence.Count ? sentence[i] : "";
                var capitalised = token.Length > 0 && char.IsUpper(token[0])
                    && (i > 0 || (sentence.Count > 1 && sentence[1].Length > 0 && char.IsUpper(sentence[1][0])));
                if (capitalised && !(run.Count == 0 && NotNames.Contains(token)))
                {
                    run.Add(token.ToLowerInvariant());
                    continue;
                }

                if (run.Count > 0)
                {
                    names.Add(string.Join(' ', run));
                    if (run.Count > 1)
                    {
                        names.Add(run[^1]);
                    }

                    run.Clear();
                }
            }
        }

        return names.Distinct(StringComparer.Ordinal).ToList();
    }

    // Capitalised words that open a run without naming anyone.
    private static readonly FrozenSet<string> NotNames = (
        "The A An He She It They We I You In On At By For From To Of And But Or If As When While After Before This That " +
        "These Those His Her Their Its Our My Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday").Split(' ').ToFrozenSet(StringComparer.Ordinal);
}
