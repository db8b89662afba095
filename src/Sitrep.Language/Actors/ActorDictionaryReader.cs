using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Sitrep.Language.Actors;

/// <summary>
/// Reads dictionary files one after another and builds the merged dictionary. Everything is validated against the
/// node it came from, so errors point at the file and line a user has to fix.
/// </summary>
internal sealed partial class ActorDictionaryReader
{
    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal)
    {
        "state", "rebel", "militia", "identity-militia", "rioters", "protesters", "civilians", "external", "other",
    };

    private static readonly Dictionary<string, CountryRole> RoleNames = new(StringComparer.Ordinal)
    {
        ["military"] = CountryRole.Military,
        ["police"] = CountryRole.Police,
        ["government"] = CountryRole.Government,
        ["civilians"] = CountryRole.Civilians,
        ["protesters"] = CountryRole.Protesters,
        ["rioters"] = CountryRole.Rioters,
        ["unidentified"] = CountryRole.Unidentified,
    };

    private readonly List<(ActorCountry Country, bool The, string File, int Line)> countries = [];
    private readonly Dictionary<CountryRole, (List<string> AfterDemonym, List<string> Generic)> roles = [];
    private readonly List<string> references = [];
    private readonly List<Definition> definitions = [];
    private readonly List<Definition> extensions = [];

    /// <summary>Reads one file's text; <paramref name="file"/> names it in error messages.</summary>
    public void Read(string file, string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new ActorDictionaryException(file, LineOf(e.Start), "not valid YAML: " + e.Message, e);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner throws this, without a position, on some unterminated flow collections.
            throw new ActorDictionaryException(file, 0, "not valid YAML (an unclosed [ or { perhaps): " + e.Message, e);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw Error(file, stream.Documents[0].RootNode, "the file must be a mapping with 'countries', 'roles', 'references' and 'actors' keys");
        }

        foreach (var (keyNode, value) in root.Children)
        {
            var key = Scalar(file, keyNode);
            switch (key)
            {
                case "countries":
                    foreach (var item in Sequence(file, value))
                    {
                        ReadCountry(file, item);
                    }

                    break;
                case "roles":
                    ReadRoles(file, value);
                    break;
                case "references":
                    references.AddRange(Strings(file, value));
                    break;
                case "actors":
                    foreach (var item in Sequence(file, value))
                    {
                        ReadActor(file, item);
                    }

                    break;
                default:
                    throw Error(file, keyNode, $"unknown key '{key}' (expected countries, roles, references or actors)");
            }
        }
    }

    /// <summary>Merges everything read so far.</summary>
    public ActorDictionary Build()
    {
        var byId = new Dictionary<string, Definition>(StringComparer.Ordinal);
        var order = new List<Definition>();
        var countryActors = new Dictionary<(string, CountryRole), string>();
        foreach (var (country, the, file, line) in countries)
        {
            var prefix = country.Code.ToLowerInvariant();
            var name = the ? "the " + country.Name : country.Name;
            foreach (var (role, id, actorName, inter, kind) in new[]
            {
                (CountryRole.Military, prefix + "-military", "Military Forces of " + name, 1, "state"),
                (CountryRole.Police, prefix + "-police", "Police Forces of " + name, 1, "state"),
                (CountryRole.Government, prefix + "-government", "Government of " + name, 1, "state"),
                (CountryRole.Civilians, prefix + "-civilians", $"Civilians ({country.Name})", 7, "civilians"),
                (CountryRole.Protesters, prefix + "-protesters", $"Protesters ({country.Name})", 6, "protesters"),
                (CountryRole.Rioters, prefix + "-rioters", $"Rioters ({country.Name})", 5, "rioters"),
                (CountryRole.Unidentified, prefix + "-unidentified", $"Unidentified Armed Group ({country.Name})", 3, "militia"),
            })
            {
                var definition = new Definition(id, file, line)
                {
                    Name = actorName,
                    Inter = inter,
                    Country = country.Code,
                    Kind = kind,
                    Generated = country.Code,
                };
                definition.Aliases.Add(new ActorAlias(actorName, false));
                byId[id] = definition;
                order.Add(definition);
                countryActors[(country.Code, role)] = id;
            }
        }

        foreach (var definition in definitions)
        {
            if (byId.TryGetValue(definition.Id, out var first))
            {
                var firstWhere = first.Generated is null ? $"{first.File}:{first.Line}" : $"generated for country {first.Generated} at {first.File}:{first.Line}";
                throw new ActorDictionaryException(definition.File, definition.Line,
                    $"duplicate actor id '{definition.Id}' (already defined, {firstWhere}); to add aliases to it, leave out 'name'");
            }

            byId[definition.Id] = definition;
            order.Add(definition);
        }

        foreach (var extension in extensions)
        {
            if (!byId.TryGetValue(extension.Id, out var target))
            {
                throw new ActorDictionaryException(extension.File, extension.Line,
                    $"unknown actor id '{extension.Id}': an entry without 'name' adds aliases to an existing actor; give a name to define a new one");
            }

            target.Aliases.AddRange(extension.Aliases);
            target.Descriptors.AddRange(extension.Descriptors);
        }

        foreach (var definition in order)
        {
            if (definition.MemberOf is null)
            {
                continue;
            }

            if (!byId.ContainsKey(definition.MemberOf))
            {
                throw new ActorDictionaryException(definition.File, definition.MemberLine,
                    $"actor '{definition.Id}' is member_of unknown actor id '{definition.MemberOf}'");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal) { definition.Id };
            for (var parent = definition.MemberOf; parent is not null; parent = byId[parent].MemberOf)
            {
                if (!seen.Add(parent))
                {
                    throw new ActorDictionaryException(definition.File, definition.MemberLine,
                        $"member_of of actor '{definition.Id}' forms a cycle through '{parent}'");
                }
            }
        }

        var entries = order.Select(d => new ActorEntry(
            d.Id,
            d.Name!,
            d.Inter,
            d.Country,
            d.Kind!,
            d.MemberOf,
            d.Aliases.DistinctBy(a => (a.Text, a.Exact)).ToArray(),
            d.Descriptors.Distinct(StringComparer.Ordinal).ToArray(),
            d.Generated is null ? $"{d.File}:{d.Line}" : $"{d.File}:{d.Line} (country {d.Generated})")).ToList();
        var roleTable = roles.ToDictionary(
            r => r.Key,
            r => ((IReadOnlyList<string>)r.Value.AfterDemonym.ToArray(), (IReadOnlyList<string>)r.Value.Generic.ToArray()));
        return new ActorDictionary(entries, countries.Select(c => c.Country).ToList(), roleTable, countryActors,
            references.Distinct(StringComparer.Ordinal).ToList());
    }

    private void ReadCountry(string file, YamlNode node)
    {
        var map = Mapping(file, node);
        string? code = null, name = null;
        var the = false;
        var names = new List<string>();
        var demonyms = new List<string>();
        foreach (var (keyNode, value) in map.Children)
        {
            switch (Scalar(file, keyNode))
            {
                case "code":
                    code = Scalar(file, value);
                    if (!CountryCode().IsMatch(code))
                    {
                        throw Error(file, value, $"country code '{code}' is not an ISO 3166-1 alpha-2 code (two capital letters)");
                    }

                    break;
                case "name": name = Scalar(file, value); break;
                case "the": the = Boolean(file, value); break;
                case "names": names.AddRange(Strings(file, value)); break;
                case "demonyms": demonyms.AddRange(Strings(file, value)); break;
                case var other: throw Error(file, keyNode, $"unknown country field '{other}' (expected code, name, the, names, demonyms)");
            }
        }

        if (code is null || string.IsNullOrWhiteSpace(name))
        {
            throw Error(file, node, "a country needs 'code' and 'name'");
        }

        var existing = countries.FindIndex(c => c.Country.Code == code);
        if (existing >= 0)
        {
            throw Error(file, node, $"duplicate country code '{code}' (already defined at {countries[existing].File}:{countries[existing].Line})");
        }

        countries.Add((new ActorCountry(code, name, names, demonyms), the, file, LineOf(node.Start)));
    }

    private void ReadRoles(string file, YamlNode node)
    {
        foreach (var (keyNode, value) in Mapping(file, node).Children)
        {
            var roleName = Scalar(file, keyNode);
            if (!RoleNames.TryGetValue(roleName, out var role))
            {
                throw Error(file, keyNode, $"unknown role '{roleName}' (expected {string.Join(", ", RoleNames.Keys)})");
            }

            if (!roles.TryGetValue(role, out var lists))
            {
                lists = ([], []);
                roles[role] = lists;
            }

            foreach (var (fieldNode, phrases) in Mapping(file, value).Children)
            {
                switch (Scalar(file, fieldNode))
                {
                    case "after_demonym": lists.AfterDemonym.AddRange(Strings(file, phrases)); break;
                    case "generic": lists.Generic.AddRange(Strings(file, phrases)); break;
                    case var other: throw Error(file, fieldNode, $"unknown role field '{other}' (expected after_demonym, generic)");
                }
            }
        }
    }

    private void ReadActor(string file, YamlNode node)
    {
        var map = Mapping(file, node);
        var definition = new Definition(string.Empty, file, LineOf(node.Start));
        YamlNode? needsName = null;
        foreach (var (keyNode, value) in map.Children)
        {
            switch (Scalar(file, keyNode))
            {
                case "id":
                    definition.Id = Scalar(file, value);
                    if (!ActorId().IsMatch(definition.Id))
                    {
                        throw Error(file, value, $"actor id '{definition.Id}' must be lower-case letters, digits and hyphens");
                    }

                    break;
                case "name":
                    definition.Name = Scalar(file, value);
                    break;
                case "inter":
                    var text = Scalar(file, value);
                    if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var inter) || inter is < 1 or > 8)
                    {
                        throw Error(file, value, $"inter '{text}' is out of range: ACLED inter codes are 1 to 8");
                    }

                    definition.Inter = inter;
                    needsName ??= keyNode;
                    break;
                case "country":
                    definition.Country = Scalar(file, value);
                    if (!CountryCode().IsMatch(definition.Country))
                    {
                        throw Error(file, value, $"country '{definition.Country}' is not an ISO 3166-1 alpha-2 code (two capital letters)");
                    }

                    needsName ??= keyNode;
                    break;
                case "kind":
                    definition.Kind = Scalar(file, value);
                    if (!Kinds.Contains(definition.Kind))
                    {
                        throw Error(file, value, $"unknown kind '{definition.Kind}' (expected {string.Join(", ", Kinds)})");
                    }

                    needsName ??= keyNode;
                    break;
                case "member_of":
                    definition.MemberOf = Scalar(file, value);
                    definition.MemberLine = LineOf(value.Start);
                    needsName ??= keyNode;
                    break;
                case "aliases":
                    definition.Aliases.AddRange(Strings(file, value).Select(a => new ActorAlias(a, false)));
                    break;
                case "exact":
                    definition.Aliases.AddRange(Strings(file, value).Select(a => new ActorAlias(a, true)));
                    break;
                case "descriptors":
                    definition.Descriptors.AddRange(Strings(file, value));
                    break;
                case var other:
                    throw Error(file, keyNode,
                        $"unknown actor field '{other}' (expected id, name, kind, inter, country, member_of, aliases, exact, descriptors)");
            }
        }

        if (definition.Id.Length == 0)
        {
            throw Error(file, node, "an actor needs an 'id'");
        }

        if (definition.Name is null)
        {
            if (needsName is not null)
            {
                throw Error(file, needsName,
                    $"entry '{definition.Id}' has no 'name': an entry without a name only adds aliases, exact aliases or descriptors to an existing actor");
            }

            extensions.Add(definition);
            return;
        }

        if (definition.Name.Trim().Length == 0)
        {
            throw Error(file, node, $"actor '{definition.Id}' has an empty name");
        }

        if (definition.Inter == 0)
        {
            throw Error(file, node, $"actor '{definition.Id}' needs 'inter' (ACLED inter code 1 to 8)");
        }

        definition.Kind ??= definition.Inter switch
        {
            1 => "state",
            2 => "rebel",
            3 => "militia",
            4 => "identity-militia",
            5 => "rioters",
            6 => "protesters",
            7 => "civilians",
            _ => "external",
        };
        definition.Aliases.Insert(0, new ActorAlias(definition.Name, false));
        definitions.Add(definition);
    }

    private static int LineOf(Mark mark) => (int)mark.Line;

    private static ActorDictionaryException Error(string file, YamlNode node, string problem)
        => new(file, LineOf(node.Start), problem);

    private static string Scalar(string file, YamlNode node)
        => node is YamlScalarNode { Value: { } value } ? value.Trim() : throw Error(file, node, "expected a single value here");

    private static bool Boolean(string file, YamlNode node) => Scalar(file, node) switch
    {
        "true" or "yes" => true,
        "false" or "no" => false,
        var other => throw Error(file, node, $"expected true or false, not '{other}'"),
    };

    private static YamlMappingNode Mapping(string file, YamlNode node)
        => node as YamlMappingNode ?? throw Error(file, node, "expected a mapping (key: value lines) here");

    private static IEnumerable<YamlNode> Sequence(string file, YamlNode node) => node switch
    {
        YamlSequenceNode sequence => sequence.Children,
        YamlScalarNode { Value: null or "" } => [],
        _ => throw Error(file, node, "expected a list here"),
    };

    private static IEnumerable<string> Strings(string file, YamlNode node)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } single })
        {
            return [single.Trim()];
        }

        return Sequence(file, node).Select(item =>
        {
            var text = Scalar(file, item);
            return text.Length > 0 ? text : throw Error(file, item, "empty name");
        }).ToList();
    }

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ActorId();

    private sealed class Definition(string id, string file, int line)
    {
        public string Id { get; set; } = id;

        public string File { get; } = file;

        public int Line { get; } = line;

        public string? Name { get; set; }

        public int Inter { get; set; }

        public string? Country { get; set; }

        public string? Kind { get; set; }

        public string? MemberOf { get; set; }

        public int MemberLine { get; set; } = line;

        public string? Generated { get; init; }

        public List<ActorAlias> Aliases { get; } = [];

        public List<string> Descriptors { get; } = [];
    }
}
