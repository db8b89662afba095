using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Sitrep.Server.Api;

/// <summary><c>POST /api/documents</c>: one page through the same pipeline and linker as <c>sitrep ingest</c>.</summary>
internal static class Ingest
{
    public static async Task<Results<Created<DocumentIngested>, Ok<DocumentIngested>, ProblemHttpResult>> Post(
        ServerState state, DocumentUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (!Uri.TryCreate(upload.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return ApiEndpoints.BadRequest("A URL is required", "Give the page's absolute http(s) URL as \"url\": it is the article's provenance.");
        }

        if (string.IsNullOrWhiteSpace(upload.Html) == string.IsNullOrWhiteSpace(upload.Text))
        {
            return ApiEndpoints.BadRequest("Give the page as html or text", "Send exactly one of \"html\" (the page's HTML) or \"text\" (plain text).");
        }

        if (upload.Published is { } published && !DateTimeOffset.TryParse(published, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal, out _))
        {
            return ApiEndpoints.BadRequest("Publication date not understood", "Give \"published\" as an ISO 8601 date, e.g. 2026-03-05 or 2026-03-05T14:00:00Z.");
        }

        var html = !string.IsNullOrWhiteSpace(upload.Html);
        var raw = new RawDocument("api:" + url.AbsoluteUri, html ? ContentKind.Html : ContentKind.Text,
            System.Text.Encoding.UTF8.GetBytes(html ? upload.Html! : upload.Text!), url.AbsoluteUri, "utf-8",
            new DocumentHints(upload.Title, upload.Published, null, upload.Outlet));

        await state.WriteLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var store = state.Writer;
            var summary = new IngestJob(state.Pipeline, store, store).Run([SourceItem.Ok(raw)], cancellationToken: cancellationToken);
            if (summary.Failures.Count > 0)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The page could not be ingested",
                    detail: summary.Failures[0].Reason);
            }

            if (summary.AddedIds.Count == 0)
            {
                return TypedResults.Ok(new DocumentIngested(null, "alreadyPresent", null, 0, 0, null, 0));
            }

            // Linking already counted the article's events, copy and corroboration; they are not read back.
            var id = summary.AddedIds[0];
            var link = summary.Links.Single(l => l.DocumentId == id);
            var result = new DocumentIngested(id, "added", store.GetArticle(id)?.Article?.Title, link.EventsLinked,
                store.ListClaims(new ClaimQuery(DocumentId: id, Limit: 100_000)).Count, link.DuplicateOf, link.EventsCorroborated);
            return TypedResults.Created($"/api/articles/{id}", result);
        }
        finally
        {
            state.WriteLock.Release();
        }
    }
}
