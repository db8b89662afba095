using System.Text.Json;

namespace Sitrep.Cli.Tests;

/// <summary>The language layer through the command line: annotating on ingest, re-annotating, showing, evaluating.</summary>
public sealed class AnnotationCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    private const string Report = """
        Daily report – March 4, 2026: clashes near Hajin

        On March 3, up to 10 ISIS fighters attacked SDF positions near Hajin in the province of Deir Ezzor, according to local sources.

        The SDF said it lost two of its fighters. Hundreds of families fled towards al-Mayadin on Tuesday.
        """;

    private long Ingest()
    {
        _cli.Temp.WriteText("report.txt", Report);
        var (exit, _, error) = _cli.Run("ingest", _cli.Temp.Combine("report.txt"));
        Assert.True(exit == ExitCodes.Success, error);
        return 1;
    }

    [Fact]
    public void Ingest_annotates_and_show_lists_each_value_with_its_sentence()
    {
        var id = Ingest();
        var (exit, output, _) = _cli.Run("show", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--annotations");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("--- Annotations", output, StringComparison.Ordinal);
        Assert.Contains("\"March 3\" → 2026-03-03", output, StringComparison.Ordinal);
        Assert.Contains("\"up to 10 ISIS fighters\"", output, StringComparison.Ordinal);
        Assert.Contains("Islamic State (ISIS)", output, StringComparison.Ordinal);
        Assert.Contains("\"Hajin\" → Hajīn, Deir-ez-Zor, Syria", output, StringComparison.Ordinal);
        Assert.Contains("in: On «March 3», up to 10", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_annotation_in_the_json_points_at_its_exact_text_in_the_body()
    {
        Ingest();
        using var doc = JsonDocument.Parse(_cli.Run("show", "1", "--annotations", "--json").Out);
        var body = doc.RootElement.GetProperty("article").GetProperty("body").GetString()!;
        var annotations = doc.RootElement.GetProperty("annotations");
        Assert.Equal("2026-03-04", annotations.GetProperty("anchor").GetString());
        var checkedMentions = 0;
        foreach (var kind in (string[])["dates", "quantities", "actors", "places"])
        {
            foreach (var mention in annotations.GetProperty(kind).EnumerateArray())
            {
                var span = mention.GetProperty("span");
                var start = span.GetProperty("start").GetInt32();
                var length = span.GetProperty("length").GetInt32();
                Assert.Equal(mention.GetProperty("text").GetString(), body.Substring(start, length));
                checkedMentions++;
            }
        }

        Assert.True(checkedMentions >= 8, $"only {checkedMentions} mentions");
        var sentences = annotations.GetProperty("sentences").EnumerateArray().ToList();
        Assert.True(sentences.Count >= 3);
    }

    [Fact]
    public void Annotate_redoes_only_what_is_missing_unless_asked_for_all()
    {
        Ingest();
        Assert.Contains("annotated 0 article(s)", _cli.Run("annotate").Out, StringComparison.Ordinal);
        Assert.Contains("annotated 1 article(s)", _cli.Run("annotate", "--all").Out, StringComparison.Ordinal);
        var (exit, _, error) = _cli.Run("annotate", "42");
        Assert.Equal(ExitCodes.PartialFailure, exit);
        Assert.Contains("no extracted article with id 42", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_time_scores_a_timeml_folder_and_refuses_a_missing_one()
    {
        var folder = _cli.Temp.Combine("timeml");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a.tml"), """
            <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2018-11-23" functionInDocument="CREATION_TIME">20181123</TIMEX3></DCT>
            <TEXT>Fighting resumed <TIMEX3 tid="t1" type="DATE" value="2018-11-22">yesterday</TIMEX3>.</TEXT></TimeML>
            """);
        var (exit, output, _) = _cli.Run("eval", "time", folder);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("strict  P 1.000  R 1.000  F1 1.000", output, StringComparison.Ordinal);

        Assert.Equal(ExitCodes.NotFound, _cli.Run("eval", "time", _cli.Temp.Combine("nowhere")).Exit);
        Assert.Equal(ExitCodes.NotFound, _cli.Run("eval", "geo", _cli.Temp.Combine("nowhere.xml")).Exit);
        Assert.Equal(ExitCodes.NotFound, _cli.Run("eval", "annotations", _cli.Temp.Combine("nowhere")).Exit);
    }

    public void Dispose() => _cli.Dispose();
}

public sealed class ClaimsCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    [Fact]
    public void Ingested_claims_are_listed_and_filtered()
    {
        _cli.Temp.WriteText("report.txt", """
            Strike near Abu Kamal disputed

            The Syrian Foreign Ministry said that the strike killed 15 civilians on the desert road.

            The coalition denied that its aircraft were involved, and ISIS claimed it had killed four soldiers nearby.
            """);
        Assert.Equal(ExitCodes.Success, _cli.Run("ingest", _cli.Temp.Combine("report.txt")).Exit);

        var (exit, output, _) = _cli.Run("claims");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("The Syrian Foreign Ministry", output, StringComparison.Ordinal);
        Assert.Contains("the strike killed 15 civilians", output, StringComparison.Ordinal);

        var hedged = _cli.Run("claims", "--hedged").Out;
        Assert.Contains("claimed", hedged, StringComparison.Ordinal);
        Assert.DoesNotContain("Foreign Ministry", hedged, StringComparison.Ordinal);

        using var json = System.Text.Json.JsonDocument.Parse(_cli.Run("claims", "--source", "ministry", "--json").Out);
        var claim = Assert.Single(json.RootElement.EnumerateArray()).GetProperty("claim");
        Assert.Equal("said", claim.GetProperty("cueText").GetString());
    }

    public void Dispose() => _cli.Dispose();
}

public sealed class EventsCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    [Fact]
    public void Coded_events_are_listed_filtered_and_exported_in_acled_columns_and_geojson()
    {
        _cli.Temp.WriteText("strike.txt", """
            Airstrike near Hajin

            On March 3, a US-led coalition airstrike killed 12 civilians in Hajin, local sources said.

            Hundreds of people protested in Gao on Thursday over fuel shortages.
            """);
        Assert.Equal(ExitCodes.Success, _cli.Run("ingest", _cli.Temp.Combine("strike.txt")).Exit);

        var table = _cli.Run("events").Out;
        Assert.Contains("Air/drone strike", table, StringComparison.Ordinal);
        Assert.Contains("Peaceful protest", table, StringComparison.Ordinal);

        var csv = _cli.Run("events", "--format", "csv", "--type", "Air/drone strike").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1", csv[0], StringComparison.Ordinal);
        Assert.Equal(2, csv.Length);
        Assert.Contains("US-led Coalition", csv[1], StringComparison.Ordinal);
        Assert.Contains(",12,", csv[1], StringComparison.Ordinal);

        Assert.DoesNotContain("Air/drone strike", _cli.Run("events", "--country", "Mali").Out, StringComparison.Ordinal);

        using var geo = System.Text.Json.JsonDocument.Parse(_cli.Run("events", "--format", "geojson").Out);
        Assert.Equal("FeatureCollection", geo.RootElement.GetProperty("type").GetString());
        Assert.True(geo.RootElement.GetProperty("features").GetArrayLength() >= 2);

        Assert.Equal(ExitCodes.UsageError, _cli.Run("events", "--format", "xml").Exit);
    }

    public void Dispose() => _cli.Dispose();
}
