using System.Collections.Frozen;

namespace Sitrep.Language.Actors;

/// <summary>
/// The actor dictionary: canonical names, aliases, ACLED inter codes, countries and membership links. The built-in
/// file ships inside the assembly; users add actors and aliases in their own YAML files without recompiling.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix",
    Justification = "It is a dictionary in the lexical sense, and the name is the one the rest of the project uses.")]
public sealed class ActorDictionary
{
    /// <summary>The name the built-in file goes by in error messages and <see cref="ActorEntry.Source"/>.</summary>
    public const string BuiltInName = "built-in actors.yaml";

    private const string ResourceName = "Sitrep.Language.Actors.Data.actors.yaml";

    private static readonly Lazy<ActorDictionary> DefaultDictionary = new(LoadDefault);

    private readonly FrozenDictionary<string, ActorEntry> byId;
    private readonly FrozenDictionary<string, ActorEntry> topLevel;
    private readonly IReadOnlyDictionary<(string Country, CountryRole Role), string> countryActors;
    private readonly Lazy<ActorMatcher> matcher;

    internal ActorDictionary(
        IReadOnlyList<ActorEntry> actors,
        IReadOnlyList<ActorCountry> countries,
        IReadOnlyDictionary<CountryRole, (IReadOnlyList<string> AfterDemonym, IReadOnlyList<string> Generic)> roles,
        IReadOnlyDictionary<(string, CountryRole), string> countryActors,
        IReadOnlyList<string> references)
    {
        Actors = actors;
        Countries = countries;
        Roles = roles;
        References = references;
        this.countryActors = countryActors;
        byId = actors.ToFrozenDictionary(a => a.Id, StringComparer.Ordinal);
        topLevel = actors.ToFrozenDictionary(a => a.Id, a =>
        {
            var entry = a;
            while (entry.MemberOf is { } parent)
            {
                entry = byId[parent];
            }

            return entry;
        }, StringComparer.Ordinal);
        matcher = new Lazy<ActorMatcher>(() => new ActorMatcher(this));
    }

    /// <summary>
    /// The dictionary of this process: the built-in file merged with the user's files (see <see cref="LoadDefault"/>),
    /// loaded once on first use.
    /// </summary>
    public static ActorDictionary Default => DefaultDictionary.Value;

    /// <summary>All actors, in definition order (generated country actors first).</summary>
    public IReadOnlyList<ActorEntry> Actors { get; }

    /// <summary>The country table.</summary>
    public IReadOnlyList<ActorCountry> Countries { get; }

    /// <summary>For each country role, the phrases that stand for it after a demonym and on their own.</summary>
    public IReadOnlyDictionary<CountryRole, (IReadOnlyList<string> AfterDemonym, IReadOnlyList<string> Generic)> Roles { get; }

    /// <summary>Descriptions ("the militants") that may refer back to the last named armed group.</summary>
    public IReadOnlyList<string> References { get; }

    internal ActorMatcher Matcher => matcher.Value;

    /// <summary>The built-in dictionary alone, plus the files given, later files extending earlier ones.</summary>
    /// <param name="paths">User dictionary files, in order.</param>
    /// <exception cref="ActorDictionaryException">A file is malformed or inconsistent; the message names file and line.</exception>
    public static ActorDictionary Load(params string[] paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var reader = new ActorDictionaryReader();
        reader.Read(BuiltInName, BuiltInText());
        foreach (var path in paths)
        {
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ActorDictionaryException(path, 0, "cannot read the file: " + e.Message, e);
            }

            reader.Read(path, text);
        }

        return reader.Build();
    }

    /// <summary>
    /// The built-in dictionary, then <c>$XDG_CONFIG_HOME/sitrep/actors.yaml</c> (or <c>~/.config/sitrep/actors.yaml</c>)
    /// when it exists, then every file listed in <c>$SITREP_ACTORS</c> (separated by the platform's path separator).
    /// </summary>
    /// <exception cref="ActorDictionaryException">A file is malformed, or a file named in <c>$SITREP_ACTORS</c> is missing.</exception>
    public static ActorDictionary LoadDefault() => Load(DefaultUserPaths());

    /// <summary>The user files <see cref="LoadDefault"/> reads, in order.</summary>
    public static string[] DefaultUserPaths()
    {
        var paths = new List<string>();
        var config = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
        if (string.IsNullOrEmpty(config))
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            config = string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".config");
        }

        if (config is not null)
        {
            var user = Path.Combine(config, "sitrep", "actors.yaml");
            if (File.Exists(user))
            {
                paths.Add(user);
            }
        }

        // Files the user names explicitly must exist: a typo should not silently drop their actors.
        var listed = Environment.GetEnvironmentVariable("SITREP_ACTORS");
        if (!string.IsNullOrEmpty(listed))
        {
            paths.AddRange(listed.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return [.. paths];
    }

    /// <summary>The text of the built-in dictionary file.</summary>
    public static string BuiltInText()
    {
        using var stream = typeof(ActorDictionary).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The actor with <paramref name="id"/>, or null.</summary>
    public ActorEntry? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return byId.GetValueOrDefault(id);
    }

    /// <summary>
    /// The actor ACLED codes <paramref name="id"/> as: itself, or the top of its <c>member_of</c> chain
    /// (<c>tiger-forces</c> → "Military Forces of Syria").
    /// </summary>
    /// <exception cref="KeyNotFoundException">No actor has that id.</exception>
    public ActorEntry TopLevelOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return topLevel.TryGetValue(id, out var entry) ? entry : throw new KeyNotFoundException($"no actor with id '{id}'");
    }

    /// <summary>The generated actor of <paramref name="countryCode"/> for <paramref name="role"/>, or null when the country
    /// is not in the table.</summary>
    public ActorEntry? ForCountry(string countryCode, CountryRole role)
    {
        ArgumentNullException.ThrowIfNull(countryCode);
        return countryActors.TryGetValue((countryCode, role), out var id) ? byId[id] : null;
    }
}
