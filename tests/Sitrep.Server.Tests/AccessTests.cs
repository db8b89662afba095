using System.Net;
using Sitrep.Storage.Sqlite;
using Sitrep.Testing;

namespace Sitrep.Server.Tests;

/// <summary>Who may read: loopback is open, anything beyond it needs tokens for reads too.</summary>
public sealed class AccessTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://127.0.0.2:0", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://192.168.1.10:5080", false)]
    [InlineData("http://sitrep.example.org:80", false)]
    public void Loopback_addresses_are_told_apart(string url, bool loopback)
    {
        Assert.Equal(loopback, ServerOptions.IsLoopbackUrl(url));
        Assert.Equal(!loopback, new ServerOptions("x.db", [url]).ReadsNeedToken);
    }

    [Fact]
    public async Task Beyond_loopback_reads_need_a_token_but_the_page_loads()
    {
        var cancel = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        var db = temp.Combine("t.db");
        string token;
        using (var store = SqliteDocumentStore.Open(db))
        {
            token = store.CreateToken(TokenScope.Read, null, DateTimeOffset.UtcNow).Secret;
        }

        // Bound to loopback for the test, but configured as a server reachable from elsewhere would be.
        await using var app = SitrepServer.Create(new ServerOptions(db, ["http://127.0.0.1:0"]) { RequireReadToken = true }, _ => { });
        await app.StartAsync(cancel);
        using var client = new HttpClient { BaseAddress = new Uri(SitrepServer.Addresses(app)[0]) };
        using (var denied = await client.GetAsync("/api/events", cancel))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, denied.StatusCode);
        }

        using (var page = await client.GetAsync("/", cancel))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using (var allowed = await client.GetAsync("/api/events", cancel))
        {
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        await app.StopAsync(cancel);
    }
}
