using System.Globalization;
using Sitrep.Linking;
using Sitrep.Linking.Disputes;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Server.Api;

/// <summary>Disputes and stories, as the API shows them.</summary>
internal static class LinkingViews
{
    /// <summary>
    /// Propositions several sources address, contradicted ones first; with <paramref name="linkedEvent"/>, those whose
    /// claims state one of that event's reports. Each supporting claim carries its document id and content span, so
    /// the page links to the highlighted sentence.
    /// </summary>
    public static NotedList<DisputeDto> Disputes(SqliteDocumentStore store, LinkedEventDetail? linkedEvent)
    {
        ArgumentNullException.ThrowIfNull(store);
        var disputes = linkedEvent is null
            ? store.ListDisputes(new DisputeQuery(Limit: 500))
            : store.DisputesOfLinkedEvent(linkedEvent.Event.Id);
        return new NotedList<DisputeDto>(disputes.Select(ToDto).ToList(), null);
    }

    /// <summary>Stories, newest first.</summary>
    public static NotedList<StoryDto> Stories(SqliteDocumentStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var stories = new List<StoryDto>();
        foreach (var summary in store.ListStories(500))
        {
            var detail = store.GetStory(summary.Id);
            stories.Add(new StoryDto(summary.Id, summary.Title ?? $"Story {summary.Id.ToString(CultureInfo.InvariantCulture)}",
                detail?.Articles.Select(a => a.DocumentId).ToList() ?? [],
                summary.First?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), summary.Last?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        return new NotedList<StoryDto>(stories, null);
    }

    private static DisputeDto ToDto(Dispute dispute) => new(
        dispute.Key,
        dispute.Kind.ToString().ToLowerInvariant(),
        dispute.Label,
        dispute.Status.ToString().ToLowerInvariant(),
        dispute.Sides.Select(side => new DisputeSideDto(
            side.Label,
            side.Polarity == Polarity.Denied ? "denied" : "affirmed",
            side.Supporters.Select(record => Claim(record)).ToList())).ToList(),
        dispute.Conflicts.Select(c => $"[{c.First + 1}] vs [{c.Second + 1}]: {c.Reason}").ToList());

    private static DisputeClaimDto Claim(PropositionRecord record)
    {
        var c = record.Claim;
        return new DisputeClaimDto(c.DocumentId, c.Outlet, c.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.SourceText, c.CueText,
            c.ContentText, c.Hedged, SpanDto.Of(c.Content), SpanDto.Of(record.Proposition.Evidence));
    }
}
