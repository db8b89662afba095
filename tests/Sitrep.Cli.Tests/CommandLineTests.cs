using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class CommandLineTests : IDisposable
{
    private readonly CliRunner _cli = new();

    private const string Page = """
        <html><head><title>Shelling reported near Hajin | Test Outlet</title>
        <meta property="og:site_name" content="Test Outlet">
        <meta property="article:published_time" content="2026-03-04T08:00:00Z"></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Shelling reported near Hajin</h1>
        <p>Artillery shelling hit the outskirts of Hajin on Tuesday, local sources said, in the third day of fighting along the river.</p>
        <p>Residents told the outlet that several families had fled towards the desert, and that the main road remained closed to traffic.</p>
        <p>A spokesman for the local council said the shelling had damaged a school and a water station in the eastern district of the town.</p>
        </article><footer>© Test Outlet</footer></body></html>
        """;

    private const string TextPage = """
        Drone strike reported on convoy near al-Tanf

        A drone struck a convoy of three vehicles near the al-Tanf crossing on Monday morning, according to two officials who spoke on condition of anonymity.

        The officials said the convoy had been travelling north from the border and that at least two people were killed in the strike.

        No group has claimed responsibility for the attack so far, and the coalition declined to comment when asked about it.
        """;

    [Fact]
    public void Help_lists_every_command_and_exits_zero()
    {
        var (exit, output, _) = _cli.Run("--help");
        Assert.Equal(ExitCodes.Success, exit);
        foreach (var command in (string[])["ingest", "articles", "show", "search", "eval", "demo"])
        {
            Assert.Contains(command, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_on_stderr()
    {
        var (exit, output, error) = _cli.Run("articles", "--bogus");
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("--bogus", error, StringComparison.Ordinal);
        Assert.Equal("", output);
    }

    [Fact]
    public void Showing_an_unknown_id_is_not_found()
    {
        var (exit, _, error) = _cli.Run("show", "42");
        Assert.Equal(ExitCodes.NotFound, exit);
        Assert.Contains("no article with id 42", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_stores_pages_once_and_lists_them_as_json()
    {
        var folder = _cli.Temp.Combine("in");
        _cli.Temp.WriteText("in/hajin.html", Page);
        _cli.Temp.WriteText("in/sub/tanf.txt", TextPage);

        var first = _cli.Run("ingest", folder);
        Assert.Equal(ExitCodes.Success, first.Exit);
        Assert.Contains("ingested 2", first.Out, StringComparison.Ordinal);

        var second = _cli.Run("ingest", folder);
        Assert.Equal(ExitCodes.Success, second.Exit);
        Assert.Contains("ingested 0", second.Out, StringComparison.Ordinal);
        Assert.Contains("already present 2", second.Out, StringComparison.Ordinal);

        var list = _cli.Run("articles", "--json");
        using var json = JsonDocument.Parse(list.Out);
        var titles = json.RootElement.EnumerateArray().Select(a => a.GetProperty("title").GetString()).ToList();
        Assert.Contains("Shelling reported near Hajin", titles);
        Assert.Contains("Drone strike reported on convoy near al-Tanf", titles);
    }

    [Fact]
    public void A_bad_file_fails_alone_with_its_name_and_the_rest_is_stored()
    {
        _cli.Temp.WriteText("in/good.html", Page);
        _cli.Temp.WriteBytes("in/empty.html", []);
        var (exit, output, error) = _cli.Run("ingest", _cli.Temp.Combine("in"));
        Assert.Equal(ExitCodes.PartialFailure, exit);
        Assert.Contains("ingested 1", output, StringComparison.Ordinal);
        Assert.Contains("empty.html", error, StringComparison.Ordinal);
        Assert.Contains("empty", error.Replace("empty.html", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Show_prints_the_clean_body_and_search_finds_it()
    {
        _cli.Temp.WriteText("hajin.html", Page);
        _cli.Run("ingest", _cli.Temp.Combine("hajin.html"));

        var show = _cli.Run("show", "1");
        Assert.Equal(ExitCodes.Success, show.Exit);
        Assert.Contains("Artillery shelling hit the outskirts of Hajin", show.Out, StringComparison.Ordinal);
        Assert.Contains("2026-03-04", show.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("© Test Outlet", show.Out.Split("--- Boilerplate")[0], StringComparison.Ordinal);

        var json = _cli.Run("show", "1", "--json");
        using var doc = JsonDocument.Parse(json.Out);
        var body = doc.RootElement.GetProperty("body").GetString()!;
        foreach (var paragraph in doc.RootElement.GetProperty("paragraphs").EnumerateArray())
        {
            var start = paragraph.GetProperty("start").GetInt32();
            var end = paragraph.GetProperty("end").GetInt32();
            Assert.Equal(paragraph.GetProperty("text").GetString(), body[start..end]);
        }

        var search = _cli.Run("search", "water", "station");
        Assert.Equal(ExitCodes.Success, search.Exit);
        Assert.Contains("Shelling reported near Hajin", search.Out, StringComparison.Ordinal);
        Assert.Contains("1 hit", search.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_that_is_not_sqlite_is_a_data_error_and_is_left_alone()
    {
        var path = _cli.Temp.WriteText("not-a.db", new string('z', 4096));
        var (exit, _, error) = _cli.Run("--db", path, "articles");
        Assert.Equal(ExitCodes.DataError, exit);
        Assert.Contains(path, error, StringComparison.Ordinal);
        Assert.Equal(new string('z', 4096), File.ReadAllText(path));
    }

    [Fact]
    public void Reextract_rebuilds_articles_from_the_stored_bytes()
    {
        _cli.Temp.WriteText("hajin.html", Page);
        _cli.Run("ingest", _cli.Temp.Combine("hajin.html"));
        File.Delete(_cli.Temp.Combine("hajin.html"));
        var (exit, output, _) = _cli.Run("reextract");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("re-extracted 1, failed 0", output, StringComparison.Ordinal);
        Assert.Contains("Artillery shelling", _cli.Run("show", "1").Out, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
