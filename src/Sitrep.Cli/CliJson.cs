using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sitrep.Cli;

/// <summary>JSON output settings shared by every <c>--json</c> flag.</summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Article text is full of quotes, dashes and non-Latin scripts; escaping them would make output unreadable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static void Write<T>(TextWriter writer, T value) => writer.WriteLine(JsonSerializer.Serialize(value, Options));

    public static object Summary(ArticleSummary s) => new
    {
        id = s.Id,
        title = s.Title,
        outlet = s.Outlet,
        published = s.Published,
        url = s.Url,
        origin = s.Origin,
        kind = s.Kind,
        paragraphs = s.ParagraphCount,
        comments = s.CommentCount,
        bodyCharacters = s.BodyCharacters,
        ingestedAt = s.IngestedAt,
    };

    public static object Article(StoredArticle stored)
    {
        var a = stored.Article;
        return new
        {
            id = stored.Summary.Id,
            origin = stored.Summary.Origin,
            kind = stored.Summary.Kind,
            contentHash = stored.ContentHash,
            encoding = stored.Encoding,
            ingestedAt = stored.Summary.IngestedAt,
            title = a?.Title ?? stored.Summary.Title,
            published = a?.Published is { } p ? new { date = p.IsoDate, time = p.Time?.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), offset = p.Offset?.ToString(), evidence = p.Evidence } : null,
            outlet = a?.Outlet,
            author = a?.Author,
            url = a?.Url ?? stored.Summary.Url,
            language = a?.Language,
            body = a?.Body,
            paragraphs = a?.Paragraphs.Select(x => new
            {
                index = x.Index,
                kind = x.Kind,
                start = x.Span.Start,
                end = x.Span.End,
                sourceStart = x.SourceSpan?.Start,
                sourceEnd = x.SourceSpan?.End,
                text = x.Span.Slice(a.Body),
            }),
            comments = a?.Comments.Select(c => new { index = c.Index, author = c.Author, posted = c.Posted, text = c.Text }),
            boilerplate = a?.Boilerplate.Select(b => new { reason = b.Reason, text = b.Text }),
        };
    }
}
