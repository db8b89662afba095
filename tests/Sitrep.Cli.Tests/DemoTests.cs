using System.Text.Json;

namespace Sitrep.Cli.Tests;

/// <summary>The built-in demo runs on a fresh database and extracts what the corpus's authors intended.</summary>
public sealed class DemoTests : IDisposable
{
    private readonly CliRunner _cli = new();

    /// <summary>The demo writes demo.db beside the default database ($SITREP_DB in these tests).</summary>
    private string DemoDatabase => Path.Combine(Path.GetDirectoryName(_cli.DatabasePath)!, "demo.db");

    [Fact]
    public void The_demo_ingests_every_document_and_extracts_what_its_authors_intended()
    {
        var (exit, output, error) = _cli.Run("demo");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("", error);

        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Testing.SharedData.RepositoryRoot, "demo", "expected.json")));
        var documents = expected.RootElement.GetProperty("documents");
        Assert.Contains($"ingested {documents.EnumerateObject().Count()} ", output, StringComparison.Ordinal);
        Assert.Matches(@"Linked: 1 copies of other articles; [1-9]\d* distinct events, [1-9]\d* reported by more than one independent source; [1-9]\d* stories told by several articles; [1-9]\d* propositions", output);
        Assert.Matches(@"Coded: [1-9]\d* events \(.*Battles.*\), \d+ reported deaths, [1-9]\d* credited to a named source, \d+ hedged; [1-9]\d* attributed claims", output);

        var dbPath = DemoDatabase;
        using var listing = JsonDocument.Parse(_cli.Run("--db", dbPath, "articles", "--json", "--limit", "100").Out);
        var byOrigin = listing.RootElement.EnumerateArray().ToDictionary(
            a => Path.GetRelativePath(Path.Combine(Path.GetDirectoryName(_cli.DatabasePath)!, "demo-corpus"), a.GetProperty("origin").GetString()!).Replace('\\', '/'),
            a => a.Clone());
        var mismatches = new List<string>();
        foreach (var document in documents.EnumerateObject())
        {
            Assert.True(byOrigin.TryGetValue(document.Name, out var row), $"{document.Name} was not ingested");
            var intended = document.Value;
            if (intended.TryGetProperty("pending", out _))
            {
                Check(document.Name, "kind", "pending", row.GetProperty("kind").GetString());
                Check(document.Name, "url", intended.GetProperty("url").GetString(), row.GetProperty("url").GetString());
                continue;
            }

            Check(document.Name, "title", intended.GetProperty("title").GetString(), row.GetProperty("title").GetString());
            Check(document.Name, "published", intended.GetProperty("published").GetString(), row.GetProperty("published").GetString());
            Check(document.Name, "outlet", intended.GetProperty("outlet").GetString(), row.GetProperty("outlet").GetString());
            Check(document.Name, "paragraphs", intended.GetProperty("paragraphs").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), row.GetProperty("paragraphs").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
            Check(document.Name, "comments", intended.GetProperty("comments").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), row.GetProperty("comments").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (intended.TryGetProperty("annotations", out var wanted))
            {
                CheckAnnotations(document.Name, wanted, row.GetProperty("id").GetInt64());
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));

        void CheckAnnotations(string name, JsonElement wanted, long id)
        {
            using var shown = JsonDocument.Parse(_cli.Run("--db", dbPath, "show", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--annotations", "--json").Out);
            var read = shown.RootElement.GetProperty("annotations");
            var found = new HashSet<string>(StringComparer.Ordinal);
            foreach (var d in read.GetProperty("dates").EnumerateArray())
            {
                found.Add($"{d.GetProperty("text").GetString()} = {d.GetProperty("value").GetString()}");
            }

            foreach (var p in read.GetProperty("places").EnumerateArray())
            {
                if (p.GetProperty("place") is { ValueKind: JsonValueKind.Object } place)
                {
                    found.Add($"{p.GetProperty("text").GetString()} → {place.GetProperty("admin1").GetString()}, {place.GetProperty("countryCode").GetString()}");
                }
            }

            foreach (var a in read.GetProperty("actors").EnumerateArray())
            {
                found.Add(a.GetProperty("name").GetString()!);
            }

            foreach (var q in read.GetProperty("quantities").EnumerateArray())
            {
                static string Bound(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
                found.Add($"{q.GetProperty("text").GetString()} = {Bound(q.GetProperty("low"))}..{Bound(q.GetProperty("high"))}");
            }

            foreach (var list in wanted.EnumerateObject())
            {
                foreach (var item in list.Value.EnumerateArray())
                {
                    if (!found.Contains(item.GetString()!))
                    {
                        mismatches.Add($"{name}: {list.Name} should include '{item.GetString()}'");
                    }
                }
            }
        }

        void Check(string name, string field, string? want, string? got)
        {
            if (want != got)
            {
                mismatches.Add($"{name}: {field} expected '{want}', got '{got}'");
            }
        }
    }

    [Fact]
    public void Hostile_markup_in_the_demo_is_stored_as_inert_text()
    {
        _cli.Run("demo");
        var dbPath = DemoDatabase;
        using var hits = JsonDocument.Parse(_cli.Run("--db", dbPath, "search", "Geolocating", "--json").Out);
        var id = hits.RootElement[0].GetProperty("article").GetProperty("id").GetInt64();
        using var article = JsonDocument.Parse(_cli.Run("--db", dbPath, "show", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json").Out);
        var body = article.RootElement.GetProperty("body").GetString()!;
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert(", body, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", body, StringComparison.Ordinal);
        Assert.Contains("Sitrep must show such text as inert text.", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Running_the_demo_twice_starts_from_a_fresh_database()
    {
        Assert.Equal(ExitCodes.Success, _cli.Run("demo").Exit);
        var second = _cli.Run("demo");
        Assert.Equal(ExitCodes.Success, second.Exit);
        Assert.Contains("already present 0", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_demo_refuses_to_overwrite_an_existing_database_named_with_db()
    {
        var path = _cli.Temp.WriteText("mine.db", "precious");
        var (exit, _, error) = _cli.Run("--db", path, "demo");
        Assert.Equal(ExitCodes.DataError, exit);
        Assert.Contains("--force", error, StringComparison.Ordinal);
        Assert.Equal("precious", File.ReadAllText(path));
    }

    public void Dispose() => _cli.Dispose();
}
