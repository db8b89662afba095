using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Server.Tests;

/// <summary>The JSON API against a real Kestrel on a loopback port, over the demo database.</summary>
public sealed class ApiTests(DemoServer server)
{
    private static readonly CancellationToken Cancel = TestContext.Current.CancellationToken;

    private async Task<JsonElement> Get(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var client = server.Client();
        using var response = await client.GetAsync(path, Cancel);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }

    [Fact]
    public async Task Events_are_linked_paged_and_sorted()
    {
        var all = await Get("/api/events?limit=1000");
        var total = all.GetProperty("total").GetInt32();
        Assert.True(total >= 10, $"the demo has {total} linked events");
        Assert.Equal(total, all.GetProperty("items").GetArrayLength());

        var page = await Get("/api/events?limit=3&offset=2&sort=fatalities&order=desc");
        Assert.Equal(total, page.GetProperty("total").GetInt32());
        Assert.Equal(3, page.GetProperty("items").GetArrayLength());
        var byDeaths = (await Get("/api/events?limit=1000&sort=fatalities")).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("fatalities").GetInt32()).ToList();
        Assert.Equal(byDeaths.OrderDescending(), byDeaths);
        Assert.True(all.GetProperty("items").EnumerateArray().Any(e => e.GetProperty("corroboration").GetInt32() >= 2), "some demo event is corroborated");
    }

    [Fact]
    public async Task Event_filters_are_those_of_the_cli()
    {
        var battles = (await Get("/api/events?type=Battles&limit=1000")).GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(battles);
        Assert.All(battles, e => Assert.Equal("Battles", e.GetProperty("eventType").GetString()));

        var corroborated = (await Get("/api/events?minSources=2&limit=1000")).GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(corroborated);
        Assert.All(corroborated, e => Assert.True(e.GetProperty("corroboration").GetInt32() >= 2));

        var dated = (await Get("/api/events?from=2026-03-05&to=2026-03-06&country=Syria&limit=1000")).GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(dated);
        Assert.All(dated, e =>
        {
            Assert.InRange(e.GetProperty("date").GetString()!, "2026-03-05", "2026-03-06");
            Assert.Equal("Syria", e.GetProperty("country").GetString());
        });

        var sources = (await Get("/api/sources")).EnumerateArray().Select(s => s.GetProperty("outlet").GetString()!).ToList();
        var fromOne = (await Get($"/api/events?source={Uri.EscapeDataString(sources[0])}&limit=1000")).GetProperty("total").GetInt32();
        Assert.InRange(fromOne, 1, (await Get("/api/events")).GetProperty("total").GetInt32());

        var coded = await Get("/api/coded-events?type=Battles&limit=1000");
        Assert.All(coded.GetProperty("items").EnumerateArray(), e => Assert.Equal("Battles", e.GetProperty("eventType").GetString()));
    }

    [Fact]
    public async Task GeoJson_gives_one_point_per_located_event()
    {
        var geo = await Get("/api/events.geojson");
        Assert.Equal("FeatureCollection", geo.GetProperty("type").GetString());
        var feature = geo.GetProperty("features")[0];
        Assert.Equal("Point", feature.GetProperty("geometry").GetProperty("type").GetString());
        var coordinates = feature.GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(feature.GetProperty("properties").GetProperty("longitude").GetDouble(), coordinates[0].GetDouble());
        Assert.Equal(feature.GetProperty("properties").GetProperty("latitude").GetDouble(), coordinates[1].GetDouble());
    }

    [Fact]
    public async Task A_linked_event_lists_its_reports_with_evidence_inside_each_article()
    {
        var top = (await Get("/api/events?sort=corroboration&limit=1")).GetProperty("items")[0];
        var detail = await Get($"/api/events/{top.GetProperty("id").GetInt64()}");
        var reports = detail.GetProperty("reports").EnumerateArray().ToList();
        Assert.True(reports.Count >= 2);
        Assert.True(reports.Select(r => r.GetProperty("outlet").GetString()).Distinct().Count() >= 2, "reports come from several outlets");
        foreach (var report in reports)
        {
            var article = await Get($"/api/articles/{report.GetProperty("documentId").GetInt64()}");
            var body = article.GetProperty("body").GetString()!;
            var trigger = report.GetProperty("trigger");
            Assert.Equal(report.GetProperty("triggerText").GetString(), body[trigger.GetProperty("start").GetInt32()..trigger.GetProperty("end").GetInt32()]);
            foreach (var evidence in report.GetProperty("evidence").EnumerateObject())
            {
                Assert.InRange(evidence.Value.GetProperty("end").GetInt32(), 1, body.Length);
            }
        }

        foreach (var dispute in detail.GetProperty("disputes").EnumerateArray())
        {
            Assert.True(dispute.GetProperty("sides").GetArrayLength() >= 2, "a dispute has at least two sides");
        }
    }

    [Fact]
    public async Task An_article_has_its_body_spans_comments_and_boilerplate_apart()
    {
        var article = await Get($"/api/articles/{server.HostileFixtureId}");
        var body = article.GetProperty("body").GetString()!;
        var spans = article.GetProperty("spans").EnumerateArray().ToList();
        foreach (var kind in (string[])["date", "actor", "place", "quantity", "event"])
        {
            Assert.Contains(spans, s => s.GetProperty("kind").GetString() == kind);
        }

        Assert.All(spans, s => Assert.Equal(s.GetProperty("text").GetString(), body[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()]));
        Assert.Contains(spans, s => s.GetProperty("kind").GetString() == "place" && s.GetProperty("text").GetString() == "Hajin");
        // The escaped markup is article text, kept verbatim (the page shows it as text); the live script is not.
        Assert.Contains("<script>window.__xss = 'escaped'", body, StringComparison.Ordinal);
        Assert.DoesNotContain("alert('inline')", body, StringComparison.Ordinal);
        Assert.Equal(1, article.GetProperty("comments").GetArrayLength());
        Assert.DoesNotContain("First!", body, StringComparison.Ordinal);
        Assert.NotEmpty(article.GetProperty("events").EnumerateArray());

        var missing = await Get("/api/articles/999999", HttpStatusCode.NotFound);
        Assert.Equal(404, missing.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Search_claims_actors_places_sources_facets_and_the_noted_lists_answer()
    {
        var hits = await Get("/api/articles/search?q=Hajin");
        Assert.NotEmpty(hits.EnumerateArray());
        Assert.Contains("[", hits[0].GetProperty("snippet").GetString(), StringComparison.Ordinal);
        await Get("/api/articles/search?q=%22unclosed", HttpStatusCode.OK);
        await Get("/api/articles/search?q=%20", HttpStatusCode.BadRequest);

        Assert.NotEmpty((await Get("/api/claims?limit=5")).EnumerateArray());
        Assert.All((await Get("/api/claims?hedged=true")).EnumerateArray(), c => Assert.True(c.GetProperty("hedged").GetBoolean()));
        Assert.Contains((await Get("/api/actors")).EnumerateArray(), a => a.GetProperty("name").GetString() == "Islamic State (ISIS)");
        Assert.NotEmpty((await Get("/api/places")).EnumerateArray());
        Assert.NotEmpty((await Get("/api/sources")).EnumerateArray());
        var facets = await Get("/api/facets");
        Assert.Contains(facets.GetProperty("countries").EnumerateArray(), c => c.GetString() == "Syria");
        Assert.Equal(10, facets.GetProperty("from").GetString()!.Length);
        Assert.Equal(100, (await Get("/api/articles")).GetProperty("limit").GetInt32());

        // The demo corpus disputes who struck the Abu Kamal convoy; every claim behind a side points at its words.
        var disputes = (await Get("/api/disputes")).GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(disputes, d => d.GetProperty("status").GetString() == "contradicted" && d.GetProperty("kind").GetString() == "responsibility");
        foreach (var claim in disputes.SelectMany(d => d.GetProperty("sides").EnumerateArray()).SelectMany(s => s.GetProperty("supporters").EnumerateArray()))
        {
            var body = (await Get($"/api/articles/{claim.GetProperty("documentId").GetInt64()}")).GetProperty("body").GetString()!;
            var content = claim.GetProperty("content");
            Assert.Equal(claim.GetProperty("contentText").GetString(), body[content.GetProperty("start").GetInt32()..content.GetProperty("end").GetInt32()]);
        }

        var stories = (await Get("/api/stories")).GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(stories, s => s.GetProperty("articles").GetArrayLength() >= 3 && s.GetProperty("label").GetString()!.Contains("Abu Kamal", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_openapi_document_lists_the_api()
    {
        var document = await Get(SitrepServer.OpenApiPath);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in (string[])["/api/articles", "/api/articles/search", "/api/articles/{id}", "/api/events", "/api/events.geojson", "/api/events/{id}",
                     "/api/actors", "/api/places", "/api/claims", "/api/disputes", "/api/sources", "/api/stories", "/api/documents"])
        {
            Assert.Contains(path, paths);
        }
    }

    [Fact]
    public async Task Writing_needs_a_write_token()
    {
        var upload = new { url = "https://example.org/2026/03/09/test", text = "Clashes near Hajin.\n\nSyrian Democratic Forces fighters clashed with Islamic State militants near Hajin on March 8, 2026, killing two fighters, a monitor said." };
        using (var anonymous = server.Client())
        using (var response = await anonymous.PostAsJsonAsync("/api/documents", upload, Cancel))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        }

        using (var bogus = server.Client("sitrep_" + new string('0', 64)))
        using (var response = await bogus.PostAsJsonAsync("/api/documents", upload, Cancel))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        using (var reader = server.Client(server.ReadToken))
        using (var response = await reader.PostAsJsonAsync("/api/documents", upload, Cancel))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        using var writer = server.Client(server.WriteToken);
        using (var response = await writer.PostAsJsonAsync("/api/documents", upload, Cancel))
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var created = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
            Assert.Equal("added", created.GetProperty("outcome").GetString());
            Assert.True(created.GetProperty("events").GetInt32() >= 1);
            var article = await Get(response.Headers.Location!.OriginalString);
            Assert.Equal("https://example.org/2026/03/09/test", article.GetProperty("url").GetString());
        }

        using (var again = await writer.PostAsJsonAsync("/api/documents", upload, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Equal("alreadyPresent", (await again.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("outcome").GetString());
        }
    }

    [Fact]
    public async Task Bad_requests_get_problem_details_without_internals()
    {
        using var writer = server.Client(server.WriteToken);
        async Task<(HttpStatusCode Status, string Body, string? Type)> Post(HttpContent content)
        {
            using var response = await writer.PostAsync("/api/documents", content, Cancel);
            return (response.StatusCode, await response.Content.ReadAsStringAsync(Cancel), response.Content.Headers.ContentType?.MediaType);
        }

        foreach (var (content, status) in new (HttpContent, HttpStatusCode)[]
                 {
                     (new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"), HttpStatusCode.BadRequest),
                     (JsonContent.Create(new { url = "javascript:alert(1)", text = "x" }), HttpStatusCode.BadRequest),
                     (JsonContent.Create(new { url = "https://example.org/a" }), HttpStatusCode.BadRequest),
                     (JsonContent.Create(new { url = "https://example.org/a", text = "x", published = "yesterday-ish" }), HttpStatusCode.BadRequest),
                     (JsonContent.Create(new { url = "https://example.org/big", text = new string('a', 300 * 1024) }), HttpStatusCode.RequestEntityTooLarge),
                 })
        {
            var (actual, body, type) = await Post(content);
            Assert.Equal(status, actual);
            Assert.Equal("application/problem+json", type);
            Assert.DoesNotContain(" at Sitrep", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
            Assert.Equal((int)status, JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32());
        }

        var unknown = await Get("/api/nothing-here", HttpStatusCode.NotFound);
        Assert.Equal(404, unknown.GetProperty("status").GetInt32());
        await Get("/api/events?limit=abc", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Every_response_carries_a_strict_content_security_policy()
    {
        using var client = server.Client();
        foreach (var path in (string[])["/", "/api/events", "/assets/app.js", "/api/nothing-here"])
        {
            using var response = await client.GetAsync(path, Cancel);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }

        using var page = await client.GetAsync("/", Cancel);
        var html = await page.Content.ReadAsStringAsync(Cancel);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Matches("<script defer src=\"/assets/app.js\"></script>", html);
        Assert.DoesNotMatch("<script>", html);
        using var js = await client.GetAsync("/assets/app.js", Cancel);
        Assert.Equal("text/javascript", js.Content.Headers.ContentType?.MediaType);
        using var traversal = await client.GetAsync("/assets/..%2F..%2Fdemo.db", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, traversal.StatusCode);
    }

    [Fact]
    public async Task A_loopback_server_answers_only_to_loopback_host_names()
    {
        using var client = server.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        request.Headers.Host = "attacker.example";
        using var response = await client.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public void Tokens_are_stored_only_as_their_hash()
    {
        using var store = SqliteDocumentStore.Open(server.DatabasePath);
        var created = store.CreateToken(TokenScope.Read, "hash check", DateTimeOffset.UtcNow);
        Assert.True(created.Secret.Length >= SqliteDocumentStore.TokenPrefix.Length + 64, "32 random bytes in hex");
        Assert.Equal(TokenScope.Read, store.VerifyToken(created.Secret));
        var raw = File.ReadAllBytes(server.DatabasePath).Concat(File.Exists(server.DatabasePath + "-wal") ? ReadShared(server.DatabasePath + "-wal") : []).ToArray();
        var text = System.Text.Encoding.ASCII.GetString(raw);
        Assert.DoesNotContain(created.Secret, text, StringComparison.Ordinal);
        Assert.Contains(Sitrep.ContentHashing.Sha256Hex(System.Text.Encoding.UTF8.GetBytes(created.Secret)), text, StringComparison.Ordinal);
        Assert.True(store.RevokeToken(created.Info.Id, DateTimeOffset.UtcNow));
        Assert.Null(store.VerifyToken(created.Secret));
        Assert.Null(store.VerifyToken(created.Secret[..^1] + "x"));
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
