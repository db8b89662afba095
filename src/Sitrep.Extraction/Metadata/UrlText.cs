namespace Sitrep.Extraction.Metadata;

/// <summary>What a page's URL says about its outlet.</summary>
public static class UrlText
{
    /// <summary>The URL's host without a leading <c>www.</c>, or null when the URL is missing or not absolute.</summary>
    public static string? HostOf(string? url)
        => url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host)
            : null;
}
