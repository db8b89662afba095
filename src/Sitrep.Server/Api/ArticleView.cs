using System.Globalization;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Server.Api;

/// <summary>An article as the reader shows it: body, what was set apart, and every annotated span.</summary>
internal static class ArticleView
{
    public static ArticleDetail? Detail(SqliteDocumentStore store, long id)
    {
        if (store.GetArticle(id) is not { } stored)
        {
            return null;
        }

        var a = stored.Article;
        var spans = new List<AnnotationSpan>();
        var events = new List<ArticleEventDto>();
        var claims = new List<ClaimDto>();
        if (a is not null)
        {
            if (store.GetAnnotations(id) is { } read)
            {
                spans.AddRange(Spans(a.Body, read));
            }

            foreach (var e in store.ListEvents(new EventQuery(DocumentId: id, Limit: 100_000)).OrderBy(e => e.Index))
            {
                var c = e.Event;
                events.Add(new ArticleEventDto(e.Index, store.LinkedEventOf(id, e.Index), c.EventType, c.SubEventType, EventRow.Iso(c.EventDate),
                    c.Actor1, c.Actor2, c.Location is { } p ? $"{p.Name}, {p.Country}" : null, c.Fatalities, c.ReportedBy, c.Hedged, c.Notes,
                    SpanDto.Of(c.Trigger), SpanDto.Of(c.Sentence), c.Evidence.ToDictionary(x => x.Key, x => SpanDto.Of(x.Value), StringComparer.Ordinal)));
                spans.Add(Span(a.Body, "event", c.Trigger, c.SubEventType + (c.Hedged ? " (hedged)" : "")));
            }

            var index = 0;
            foreach (var claim in store.ListClaims(new ClaimQuery(DocumentId: id, Limit: 100_000)))
            {
                claims.Add(Claim(claim, index++));
                var who = claim.Claim.SourceActor ?? claim.Claim.SourceText ?? "the author";
                spans.Add(Span(a.Body, "claim", claim.Claim.Content, $"claim by {who} ({claim.Claim.CueText}){(claim.Claim.Hedged ? ", hedged" : "")}"));
            }
        }

        var link = store.GetArticleLink(id);
        return new ArticleDetail(id, a?.Title ?? stored.Summary.Title, a?.Outlet ?? stored.Summary.Outlet, a?.Author, a?.Url ?? stored.Summary.Url,
            a?.Published?.IsoDate ?? stored.Summary.Published, a?.Published?.Evidence, a?.Language, stored.Summary.Kind.ToString().ToLowerInvariant(), a?.Body,
            [.. (a?.Paragraphs ?? []).Select(p => new ParagraphDto(p.Index, p.Kind.ToString().ToLowerInvariant(), p.Span.Start, p.Span.End))],
            [.. (a?.Comments ?? []).Select(c => new CommentDto(c.Index, c.Author, c.Posted, c.Text))],
            [.. (a?.Boilerplate ?? []).Select(b => new BoilerplateDto(b.Reason.ToString(), b.Text))],
            [.. spans.Where(s => s.End > s.Start).OrderBy(s => s.Start).ThenByDescending(s => s.End)],
            events, claims,
            link is null ? null : new ArticleLinkDto(link.DuplicateGroup, link.DuplicateOf, link.Similarity, link.StoryId));
    }

    public static ClaimDto Claim(StoredClaim stored, int index)
    {
        var c = stored.Claim;
        return new ClaimDto(stored.DocumentId, index, c.SourceText, c.SourceKind.ToString().ToLowerInvariant(), c.SourceActor, c.CueText, c.ContentText,
            c.Direct, c.Hedged, SpanDto.Of(c.Source), SpanDto.Of(c.Cue), SpanDto.Of(c.Content), stored.Title, stored.Outlet, stored.Published);
    }

    private static IEnumerable<AnnotationSpan> Spans(string body, ArticleAnnotations read)
    {
        var inv = CultureInfo.InvariantCulture;
        foreach (var d in read.Dates)
        {
            yield return Span(body, "date", d.Span, d.Value + (d.Resolution == DateResolution.Unanchored ? " (unanchored)" : ""));
        }

        foreach (var q in read.Quantities)
        {
            var figure = q.Vague ? q.VagueWord ?? q.Text
                : q.Low == q.High ? q.Low?.ToString(inv) : $"{q.Low?.ToString(inv) ?? "?"}–{q.High?.ToString(inv) ?? "?"}";
            yield return Span(body, "quantity", q.Span, $"{figure} {q.Unit}".Trim() + (q.Approximate ? " (approx.)" : ""));
        }

        foreach (var actor in read.Actors)
        {
            yield return Span(body, "actor", actor.Span, actor.Name + (actor.Title is { } t ? $" ({t})" : ""));
        }

        foreach (var place in read.Places)
        {
            yield return Span(body, "place", place.Span, place.Place is { } p
                ? string.Join(", ", new[] { p.Name, p.Admin1, p.Country }.Where(x => !string.IsNullOrEmpty(x)).Distinct(StringComparer.Ordinal))
                : place.Text + " (unresolved)");
        }
    }

    private static AnnotationSpan Span(string body, string kind, TextSpan span, string label)
    {
        // Spans come from the store; clip defensively so a stale record can never make the page slice past the body.
        var start = Math.Clamp(span.Start, 0, body.Length);
        var end = Math.Clamp(span.End, start, body.Length);
        return new AnnotationSpan(kind, start, end, body[start..end], label);
    }
}
