using System.Globalization;

namespace Sitrep.Linking.Disputes;

/// <summary>Tells whether two agents are one side: the same actor under two names, or a unit and the force it belongs to.</summary>
public interface IAgentEquivalence
{
    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> should be read as the same agent.</summary>
    bool AreSame(AgentValue a, AgentValue b);
}

/// <summary>
/// The equivalence the annotations alone support: the same dictionary id or canonical name (aliases are already folded
/// by the actor dictionary), or two state actors (ACLED inter 1) of the same country, since a ministry, its army and
/// its air force answer for the same strikes ("the Defence Ministry said its jets…" vs "Syrian troops shelled…").
/// </summary>
public sealed class DefaultAgentEquivalence : IAgentEquivalence
{
    /// <summary>The shared instance.</summary>
    public static DefaultAgentEquivalence Instance { get; } = new();

    /// <inheritdoc />
    public bool AreSame(AgentValue a, AgentValue b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.ActorId is not null && string.Equals(a.ActorId, b.ActorId, StringComparison.Ordinal))
        {
            return true;
        }

        if (string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return a.Inter == 1 && b.Inter == 1 && a.Country is not null && string.Equals(a.Country, b.Country, StringComparison.Ordinal);
    }
}

/// <summary>Options for comparing values.</summary>
/// <param name="ApproximateTolerance">How far a hedged figure ("around 5,000") stretches on each side, as a fraction.</param>
/// <param name="NearbyKilometres">Two places this close are one whereabouts.</param>
/// <param name="WhereaboutsWindowDays">Whereabouts reported further apart than this (both dates known) are not
/// compared: people move.</param>
public sealed record DisputeOptions(decimal ApproximateTolerance = 0.1m, double NearbyKilometres = 50, int WhereaboutsWindowDays = 180)
{
    /// <summary>The defaults.</summary>
    public static DisputeOptions Default { get; } = new();
}

/// <summary>Compares proposition values: whether two are the same position, and whether two positions can both hold.</summary>
internal sealed class ValueComparer(IAgentEquivalence agents, DisputeOptions options)
{
    /// <summary>Whether two values are the same position (one side of a dispute).</summary>
    public bool Same(PropositionValue a, PropositionValue b) => (a, b) switch
    {
        (CountValue x, CountValue y) => x == y,
        (LocationValue x, LocationValue y) => x.Place is not null && y.Place is not null
            ? x.Place.GeoNameId == y.Place.GeoNameId
            : string.Equals(x.Name, y.Name, StringComparison.OrdinalIgnoreCase),
        (AgentValue x, AgentValue y) => agents.AreSame(x, y),
        _ => false,
    };

    /// <summary>Why two values cannot both be true, or null when they can.</summary>
    public string? Incompatibility(PropositionValue a, PropositionValue b) => (a, b) switch
    {
        (CountValue x, CountValue y) => Overlap(x, y) ? null : $"{x.Display} and {y.Display} do not overlap",
        (LocationValue x, LocationValue y) => PlaceIncompatibility(x, y),
        (AgentValue x, AgentValue y) => agents.AreSame(x, y) ? null : $"{x.Name} and {y.Name} are different actors",
        _ => null,
    };

    private bool Overlap(CountValue x, CountValue y)
    {
        var (xl, xh) = Bounds(x);
        var (yl, yh) = Bounds(y);
        return xl <= yh && yl <= xh;
    }

    private (decimal Low, decimal High) Bounds(CountValue v)
    {
        var low = v.Low ?? 0m;
        var high = v.High ?? decimal.MaxValue;
        if (!v.Approximate)
        {
            return (low, high);
        }

        // A hedged figure is a neighbourhood, not a point; at least one unit so "about 3" meets "2".
        var lowSlack = Math.Max(1m, low * options.ApproximateTolerance);
        var highSlack = high == decimal.MaxValue ? 0m : Math.Max(1m, high * options.ApproximateTolerance);
        return (Math.Max(0m, low - lowSlack), high == decimal.MaxValue ? high : high + highSlack);
    }

    private string? PlaceIncompatibility(LocationValue x, LocationValue y)
    {
        if (x.Place is not { } p || y.Place is not { } q)
        {
            // An unresolved place cannot be checked; the two names alone do not prove a contradiction.
            return null;
        }

        if (p.GeoNameId == q.GeoNameId)
        {
            return null;
        }

        if (!string.Equals(p.CountryCode, q.CountryCode, StringComparison.Ordinal))
        {
            return $"{x.Name} ({p.Country}) and {y.Name} ({q.Country}) are in different countries";
        }

        // A country holds every place in it; a province holds its towns.
        if (IsCountry(p) || IsCountry(q))
        {
            return null;
        }

        if (p.Admin1 is not null && string.Equals(p.Admin1, q.Admin1, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var km = DistanceKm(p, q);
        return km <= options.NearbyKilometres ? null
            : $"{x.Name} and {y.Name} are {km.ToString("#,0", CultureInfo.InvariantCulture)} km apart";
    }

    private static bool IsCountry(Place p) => p.FeatureCode.StartsWith("A.PCL", StringComparison.Ordinal);

    /// <summary>Great-circle distance in kilometres.</summary>
    internal static double DistanceKm(Place a, Place b)
    {
        const double R = 6371.0;
        static double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(b.Latitude - a.Latitude);
        var dLon = Rad(b.Longitude - a.Longitude);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
            + Math.Cos(Rad(a.Latitude)) * Math.Cos(Rad(b.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
