namespace Sitrep.Server;

/// <summary>How to run <see cref="SitrepServer"/>.</summary>
/// <param name="DatabasePath">The SQLite database the API reads and ingests into.</param>
/// <param name="Urls">Addresses to listen on (Kestrel URL syntax); port 0 picks a free port.</param>
public sealed record ServerOptions(string DatabasePath, IReadOnlyList<string> Urls)
{
    /// <summary>The default address: loopback only, so nothing is exposed to the network unless asked.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The clock (token creation, ingest timestamps).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Largest request body accepted, in bytes; larger requests get 413.</summary>
    public long MaxRequestBodyBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Builds the pipeline <c>POST /api/documents</c> runs; by default the same one <c>sitrep ingest</c> uses.</summary>
    public Func<TimeProvider, SitrepPipeline> PipelineFactory { get; init; } = DefaultPipeline.Create;

    /// <summary>
    /// Whether reads need a token too. Null decides from <see cref="Urls"/>: reads are open only when every address
    /// is loopback, because anyone who can reach a network address could otherwise read the database.
    /// </summary>
    public bool? RequireReadToken { get; init; }

    /// <summary>Whether every address in <see cref="Urls"/> is a loopback address.</summary>
    public bool LoopbackOnly => Urls.All(IsLoopbackUrl);

    /// <summary>Whether reads need a token, resolving <see cref="RequireReadToken"/>.</summary>
    public bool ReadsNeedToken => RequireReadToken ?? !LoopbackOnly;

    /// <summary>Whether <paramref name="url"/> names a loopback host (127.0.0.0/8, ::1 or localhost).</summary>
    public static bool IsLoopbackUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        // Kestrel accepts wildcard hosts (http://*:80, http://+:80) that Uri cannot parse: those are not loopback.
        if (!Uri.TryCreate(url.Replace("://*", "://wildcard", StringComparison.Ordinal).Replace("://+", "://wildcard", StringComparison.Ordinal),
                UriKind.Absolute, out var uri))
        {
            return false;
        }

        var host = uri.Host.Trim('[', ']');
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return System.Net.IPAddress.TryParse(host, out var address) && System.Net.IPAddress.IsLoopback(address);
    }
}
