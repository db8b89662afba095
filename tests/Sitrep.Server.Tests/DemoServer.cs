using Microsoft.AspNetCore.Builder;
using Sitrep.Cli;
using Sitrep.Server;
using Sitrep.Storage.Sqlite;
using Sitrep.Testing;

[assembly: AssemblyFixture(typeof(Sitrep.Server.Tests.DemoServer))]

namespace Sitrep.Server.Tests;

/// <summary>
/// The demo database (built by <c>sitrep demo</c>) plus the hostile-markup fixture, served by a real Kestrel on a
/// free loopback port for the whole test run.
/// </summary>
public sealed class DemoServer : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private WebApplication? _app;

    public string DatabasePath => _temp.Combine("demo.db");

    /// <summary>The server's base address, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public string WriteToken { get; private set; } = null!;

    public string ReadToken { get; private set; } = null!;

    /// <summary>The id of the hostile fixture article.</summary>
    public long HostileFixtureId { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Cli("demo", "--db", DatabasePath);
        Cli("ingest", "--db", DatabasePath, Path.Combine(AppContext.BaseDirectory, "Fixtures", "hostile-fixture.html"));
        using (var store = SqliteDocumentStore.Open(DatabasePath))
        {
            WriteToken = store.CreateToken(TokenScope.Write, "tests", DateTimeOffset.UtcNow).Secret;
            ReadToken = store.CreateToken(TokenScope.Read, "tests", DateTimeOffset.UtcNow).Secret;
            HostileFixtureId = store.ListArticles(1000).Single(a => a.Title?.StartsWith("Hostile markup fixture", StringComparison.Ordinal) == true).Id;
        }

        _app = SitrepServer.Create(new ServerOptions(DatabasePath, ["http://127.0.0.1:0"]) { MaxRequestBodyBytes = 256 * 1024 }, _ => { });
        await _app.StartAsync();
        BaseAddress = new Uri(SitrepServer.Addresses(_app)[0]);
    }

    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    private void Cli(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new CliEnvironment(output, error, false, name => name switch
        {
            "HOME" => _temp.Path,
            "XDG_DATA_HOME" => _temp.Combine("xdg"),
            _ => null,
        }, TimeProvider.System);
        var exit = SitrepCli.Run(args, environment);
        if (exit != 0)
        {
            throw new InvalidOperationException($"sitrep {string.Join(' ', args)} exited {exit}: {error}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _temp.Dispose();
    }
}
