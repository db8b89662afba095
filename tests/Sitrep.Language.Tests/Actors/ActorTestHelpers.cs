using Sitrep.Language.Actors;

namespace Sitrep.Language.Tests.Actors;

internal static class ActorTestHelpers
{
    public static ActorRecognizer Recognizer { get; } = new(ActorDictionary.Load());

    public static IReadOnlyList<ActorMention> Recognize(string text, string? title = null)
        => Recognizer.Recognize(AnnotationContext.ForText(text) with { Title = title });

    /// <summary>The ACLED (top-level) names of the dictionary actors found, in order.</summary>
    public static List<string> TopLevelNames(string text, string? title = null)
        => Recognize(text, title).Where(m => m.ActorId is not null)
            .Select(m => Recognizer.Dictionary.TopLevelOf(m.ActorId!).Name).ToList();
}
