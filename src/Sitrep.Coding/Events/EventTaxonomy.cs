using System.Collections.Frozen;

namespace Sitrep.Coding.Events;

/// <summary>ACLED's event types and sub-event types, with the disorder type each belongs to.</summary>
public static class EventTaxonomy
{
    /// <summary>Battles.</summary>
    public const string Battles = "Battles";

    /// <summary>Explosions/Remote violence.</summary>
    public const string Explosions = "Explosions/Remote violence";

    /// <summary>Violence against civilians.</summary>
    public const string ViolenceAgainstCivilians = "Violence against civilians";

    /// <summary>Protests.</summary>
    public const string Protests = "Protests";

    /// <summary>Riots.</summary>
    public const string Riots = "Riots";

    /// <summary>Strategic developments.</summary>
    public const string StrategicDevelopments = "Strategic developments";

    /// <summary>The event type of every sub-event type.</summary>
    public static readonly FrozenDictionary<string, string> TypeOf = new Dictionary<string, string>
    {
        ["Armed clash"] = Battles,
        ["Government regains territory"] = Battles,
        ["Non-state actor overtakes territory"] = Battles,
        ["Chemical weapon"] = Explosions,
        ["Air/drone strike"] = Explosions,
        ["Suicide bomb"] = Explosions,
        ["Shelling/artillery/missile attack"] = Explosions,
        ["Remote explosive/landmine/IED"] = Explosions,
        ["Grenade"] = Explosions,
        ["Sexual violence"] = ViolenceAgainstCivilians,
        ["Attack"] = ViolenceAgainstCivilians,
        ["Abduction/forced disappearance"] = ViolenceAgainstCivilians,
        ["Peaceful protest"] = Protests,
        ["Protest with intervention"] = Protests,
        ["Excessive force against protesters"] = Protests,
        ["Violent demonstration"] = Riots,
        ["Mob violence"] = Riots,
        ["Agreement"] = StrategicDevelopments,
        ["Arrests"] = StrategicDevelopments,
        ["Change to group/activity"] = StrategicDevelopments,
        ["Disrupted weapons use"] = StrategicDevelopments,
        ["Headquarters or base established"] = StrategicDevelopments,
        ["Looting/property destruction"] = StrategicDevelopments,
        ["Non-violent transfer of territory"] = StrategicDevelopments,
        ["Other"] = StrategicDevelopments,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>ACLED's disorder type of an event type.</summary>
    public static string DisorderOf(string eventType) => eventType switch
    {
        Protests or Riots => "Demonstrations",
        StrategicDevelopments => "Strategic developments",
        _ => "Political violence",
    };

    /// <summary>
    /// Maps an event type of ACLED's old schema (before 2019) to today's types: "Battle-No change of territory" →
    /// Battles, "Remote violence" → Explosions/Remote violence, "Riots/Protests" → Protests or Riots, "Strategic
    /// development" → Strategic developments, "Non-violent transfer of territory" → Strategic developments.
    /// </summary>
    public static IReadOnlyList<string> FromOldSchema(string oldType)
    {
        ArgumentNullException.ThrowIfNull(oldType);
        var t = oldType.Trim();
        return t switch
        {
            "Battle-No change of territory" or "Battle-Government regains territory" or "Battle-Non-state actor overtakes territory" => [Battles],
            "Remote violence" => [Explosions],
            "Riots/Protests" => [Protests, Riots],
            "Strategic development" or "Non-violent transfer of territory" or "Headquarters or base established" => [StrategicDevelopments],
            "Violence against civilians" => [ViolenceAgainstCivilians],
            _ when TypeOf.Values.Contains(t, StringComparer.Ordinal) => [t],
            _ => [t],
        };
    }
}
