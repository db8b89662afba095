using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sitrep.Server.Api;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Server;

/// <summary>
/// Sitrep's HTTP server: the JSON API (with its OpenAPI document) and the analyst's page, on Kestrel.
/// Reads are open on loopback; writes always need a token, and so do reads when the server listens beyond loopback.
/// </summary>
public static class SitrepServer
{
    /// <summary>Where the OpenAPI document is served.</summary>
    public const string OpenApiPath = "/openapi/v1.json";

    /// <summary>
    /// The Content-Security-Policy of every response: scripts, styles and data only from this server, no inline
    /// script or eval, no plugins, no framing, so text from a hostile page can never become running code.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'";

    /// <summary>Builds the server (not yet started). The database is opened (and migrated) once to check it.</summary>
    /// <exception cref="StorageException">The database cannot be used.</exception>
    public static WebApplication Create(ServerOptions options, Action<ILoggingBuilder>? logging = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        using (SqliteDocumentStore.Open(options.DatabasePath))
        {
            // Opening migrates; doing it once here means requests never race to upgrade the schema.
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // Production always: the developer exception page would show stack traces to clients.
            EnvironmentName = Environments.Production,
            ApplicationName = typeof(SitrepServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        builder.Logging.ClearProviders();
        if (logging is null)
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        }
        else
        {
            logging(builder.Logging);
        }

        if (options.LoopbackOnly)
        {
            // A web page elsewhere can point a name it controls at 127.0.0.1 (DNS rebinding) and read an open
            // loopback API through the browser; answering only to loopback host names stops that.
            builder.Services.Configure<HostFilteringOptions>(o => o.AllowedHosts = ["localhost", "127.0.0.1", "[::1]"]);
        }

        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Sitrep API";
            document.Info.Description = "Articles with their annotation spans, coded and linked events, claims, sources, disputes and stories. " +
                "Reads are open on loopback; writes need `Authorization: Bearer TOKEN` (sitrep token create --scope write).";
            return Task.CompletedTask;
        }));
        builder.Services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));
        // Created by the container so that it is disposed (and its writer store closed) when the server stops.
        builder.Services.AddSingleton(_ => new ServerState(options));

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = e => e switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                StorageException or Microsoft.Data.Sqlite.SqliteException => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        app.UseStatusCodePages();
        if (options.LoopbackOnly)
        {
            app.UseHostFiltering();
        }

        app.Use(SecurityHeaders);
        app.Use(Access.Authorize);
        app.MapOpenApi(OpenApiPath);
        ApiEndpoints.Map(app);
        StaticAssets.Map(app);
        return app;
    }

    /// <summary>The addresses the started server listens on (with the real port when port 0 was asked for).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
    }

    internal static void ConfigureJson(JsonSerializerOptions json)
    {
        json.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        json.DictionaryKeyPolicy = null;
        // Article text is full of quotes and non-Latin scripts. Escaping them is not what keeps the page safe (it
        // inserts text as text); JSON is never embedded in HTML here.
        json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    }

    private static Task SecurityHeaders(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        return next(context);
    }
}

/// <summary>What every request shares: the options and the one lock that serialises writes.</summary>
internal sealed class ServerState(ServerOptions options) : IDisposable
{
    private SqliteDocumentStore? _writer;

    private readonly Lazy<SitrepPipeline> _pipeline = new(() => options.PipelineFactory(options.Time), LazyThreadSafetyMode.ExecutionAndPublication);

    public ServerOptions Options { get; } = options;

    // SQLite takes one writer at a time; queueing ingests here avoids busy errors and keeps linking order stable.
    public SemaphoreSlim WriteLock { get; } = new(1, 1);

    public SitrepPipeline Pipeline => _pipeline.Value;

    /// <summary>A store for one request: the store is not thread-safe, and opening one is cheap (WAL mode).</summary>
    public SqliteDocumentStore OpenStore() => SqliteDocumentStore.Open(Options.DatabasePath);

    /// <summary>
    /// The one store ingests write through, to be used only while holding <see cref="WriteLock"/>. It stays open
    /// because linking keeps its story index and term counts in memory: reloading them on every posted page would
    /// cost more than linking the page.
    /// </summary>
    public SqliteDocumentStore Writer => _writer ??= SqliteDocumentStore.Open(Options.DatabasePath);

    /// <inheritdoc />
    public void Dispose()
    {
        _writer?.Dispose();
        WriteLock.Dispose();
    }
}
