using Sitrep.Language.Actors;

namespace Sitrep.Language;

/// <summary>The built-in actor and place recognisers, loaded once per process.</summary>
internal static class DefaultRecognizers
{
    public static IActorRecognizer Actors() => ActorRecognizer.CreateDefault();

    public static IPlaceRecognizer Places() => NoPlaces.Instance;

    // Until the gazetteer is compiled in, places are not recognised.
    private sealed class NoPlaces : IPlaceRecognizer
    {
        public static readonly NoPlaces Instance = new();

        public IReadOnlyList<PlaceMention> Recognize(AnnotationContext context) => [];
    }
}
