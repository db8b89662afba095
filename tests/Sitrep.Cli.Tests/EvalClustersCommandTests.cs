namespace Sitrep.Cli.Tests;

public sealed class EvalClustersCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    [Fact]
    public void A_missing_folder_is_not_found()
    {
        var (exit, _, error) = _cli.Run("eval", "clusters", _cli.Temp.Combine("nowhere"));
        Assert.Equal(ExitCodes.NotFound, exit);
        Assert.Contains("no such folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_ECB_files_is_a_data_error_with_the_reason()
    {
        _cli.Temp.WriteText("corpus/readme.txt", "no topics here");
        var (exit, _, error) = _cli.Run("eval", "clusters", _cli.Temp.Combine("corpus"));
        Assert.Equal(ExitCodes.DataError, exit);
        Assert.Contains("topic folders", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tiny_corpus_is_clustered_and_scored_in_a_shuffled_order()
    {
        static string Doc(string words) => "<Document doc_name=\"x\" doc_id=\"1\">" +
            string.Concat(words.Split(' ').Select((w, i) => $"<token t_id=\"{i + 1}\" sentence=\"{(i < 4 ? 0 : 1)}\" number=\"{i}\">{w}</token>")) + "</Document>";
        _cli.Temp.WriteText("corpus/1/1_1ecb.xml", Doc("Ferry sinks off Lorn The ferry Aldina sank off Lorn Point with forty passengers aboard ."));
        _cli.Temp.WriteText("corpus/1/1_2ecb.xml", Doc("Lorn ferry toll rises Divers searching the wreck of the Aldina off Lorn Point found forty passengers ."));

        var (exit, output, error) = _cli.Run("eval", "clusters", _cli.Temp.Combine("corpus"), "--shuffle", "3");

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("2 documents shuffled with seed 3", output, StringComparison.Ordinal);
        Assert.Contains("BCubed", output, StringComparison.Ordinal);
        Assert.Contains("clusters: 1 gold", output, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
