namespace Sitrep.Language;

/// <summary>The built-in actor and place recognisers, loaded once per process.</summary>
internal static class DefaultRecognizers
{
    public static IActorRecognizer Actors() => NoActors.Instance;

    public static IPlaceRecognizer Places() => NoPlaces.Instance;

    // Placeholders until the actor dictionary and gazetteer land in this branch; they find nothing.
    private sealed class NoActors : IActorRecognizer
    {
        public static readonly NoActors Instance = new();

        public IReadOnlyList<ActorMention> Recognize(AnnotationContext context) => [];
    }

    private sealed class NoPlaces : IPlaceRecognizer
    {
        public static readonly NoPlaces Instance = new();

        public IReadOnlyList<PlaceMention> Recognize(AnnotationContext context) => [];
    }
}
