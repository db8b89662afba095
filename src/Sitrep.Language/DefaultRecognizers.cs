using Sitrep.Language.Actors;
using Sitrep.Language.Places;

namespace Sitrep.Language;

/// <summary>The built-in actor and place recognisers, loaded once per process.</summary>
internal static class DefaultRecognizers
{
    public static IActorRecognizer Actors() => ActorRecognizer.CreateDefault();

    public static IPlaceRecognizer Places() => PlaceRecognizer.CreateDefault();
}
