using Sitrep.Linking;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Server.Api;

/// <summary>
/// Disputes and stories, as the API shows them. The store computes neither yet in this build; these are the two
/// places to wire them to when it does, and the page already renders the shapes they return.
/// </summary>
internal static class LinkingViews
{
    public const string DisputesNote = "Disputes are not computed by this build of Sitrep yet: no disputes yet.";

    public const string StoriesNote = "Stories are not computed by this build of Sitrep yet: no stories yet.";

    /// <summary>
    /// Disputed propositions; with <paramref name="linkedEvent"/>, only those whose claims come from the articles
    /// reporting that event. To wire: read the store's disputes here and map each to <see cref="DisputeDto"/>
    /// (sides with their supporting claims, each claim's document id and content span, so the page links to the
    /// highlighted sentence), then return them with a null note.
    /// </summary>
    public static NotedList<DisputeDto> Disputes(SqliteDocumentStore store, LinkedEventDetail? linkedEvent)
    {
        ArgumentNullException.ThrowIfNull(store);
        _ = linkedEvent;
        return new NotedList<DisputeDto>([], DisputesNote);
    }

    /// <summary>Stories, newest first. To wire: read the store's stories here and map each to <see cref="StoryDto"/>.</summary>
    public static NotedList<StoryDto> Stories(SqliteDocumentStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new NotedList<StoryDto>([], StoriesNote);
    }
}
