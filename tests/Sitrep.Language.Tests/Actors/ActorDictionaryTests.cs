using Sitrep.Language.Actors;
using Sitrep.Testing;

namespace Sitrep.Language.Tests.Actors;

public sealed class ActorDictionaryTests
{
    private static readonly ActorDictionary BuiltIn = ActorDictionary.Load();

    [Fact]
    public void Built_in_dictionary_loads_with_countries_and_canonical_names()
    {
        Assert.True(BuiltIn.Countries.Count >= 40);
        Assert.True(BuiltIn.Actors.Count >= 400);
        Assert.Equal("Military Forces of Syria", BuiltIn.Find("sy-military")!.Name);
        Assert.Equal("Military Forces of the United States", BuiltIn.Find("us-military")!.Name);
        Assert.Equal("Civilians (Syria)", BuiltIn.ForCountry("SY", CountryRole.Civilians)!.Name);
        Assert.Equal(7, BuiltIn.ForCountry("SY", CountryRole.Civilians)!.Inter);
        Assert.Equal("Unidentified Armed Group (Libya)", BuiltIn.ForCountry("LY", CountryRole.Unidentified)!.Name);
        Assert.All(BuiltIn.Actors, a => Assert.InRange(a.Inter, 1, 8));
    }

    [Theory]
    [InlineData("tiger-forces", "Military Forces of Syria")]
    [InlineData("sy-4th-division", "Military Forces of Syria")]
    [InlineData("sy-air-force-intelligence", "Military Forces of Syria")]
    [InlineData("sy-republican-guard", "Military Forces of Syria")]
    [InlineData("quds-force", "Military Forces of Iran")]
    [InlineData("ypg", "Syrian Democratic Forces")]
    [InlineData("iswap", "Islamic State (ISIS)")]
    [InlineData("africom", "Military Forces of the United States")]
    [InlineData("hts", "Hayat Tahrir al-Sham")]
    [InlineData("al-shabaab", "Al Shabaab")]
    public void Top_level_follows_member_of_to_the_ACLED_actor(string id, string expected)
        => Assert.Equal(expected, BuiltIn.TopLevelOf(id).Name);

    [Fact]
    public void Unknown_id_has_no_top_level()
    {
        Assert.Null(BuiltIn.Find("no-such-actor"));
        Assert.Throws<KeyNotFoundException>(() => BuiltIn.TopLevelOf("no-such-actor"));
    }

    [Fact]
    public void User_file_adds_an_actor_and_an_alias_without_recompiling()
    {
        using var dir = new TempDirectory();
        var path = dir.WriteText("actors.yaml", """
            actors:
              - id: lions-of-tawhid
                name: Lions of Tawhid Brigade
                inter: 2
                country: SY
                aliases: [Usud al-Tawhid]
              - id: tiger-forces
                aliases: [Suheil's men]
            """);
        var dictionary = ActorDictionary.Load(path);
        Assert.Equal(2, dictionary.Find("lions-of-tawhid")!.Inter);
        Assert.Contains(dictionary.Find("tiger-forces")!.Aliases, a => a.Text == "Suheil's men");

        var recognizer = new ActorRecognizer(dictionary);
        var mentions = recognizer.Recognize(AnnotationContext.ForText("Usud al-Tawhid fighters clashed with Suheil's men near the town."));
        Assert.Equal(["lions-of-tawhid", "tiger-forces"], mentions.Where(m => m.ActorId is not null).Select(m => m.ActorId));
        Assert.Equal("Military Forces of Syria", dictionary.TopLevelOf(mentions[1].ActorId!).Name);
    }

    [Fact]
    public void Later_files_override_an_alias_of_earlier_ones()
    {
        using var dir = new TempDirectory();
        var path = dir.WriteText("actors.yaml", """
            actors:
              - id: local-defence
                name: Local Defence Committee
                inter: 3
                country: SY
                aliases: [Syrian Army]
            """);
        var recognizer = new ActorRecognizer(ActorDictionary.Load(path));
        var mention = Assert.Single(recognizer.Recognize(AnnotationContext.ForText("The Syrian Army advanced.")), m => m.ActorId is not null);
        Assert.Equal("local-defence", mention.ActorId);
    }

    [Theory]
    [InlineData("actors:\n  - id: hts\n    name: Another HTS\n    inter: 2\n", 2, "duplicate actor id 'hts'")]
    [InlineData("actors:\n  - id: x-unit\n    name: X Unit\n    inter: 1\n    member_of: no-such-army\n", 5, "unknown actor id 'no-such-army'")]
    [InlineData("actors:\n  - id: x-group\n    name: X Group\n    inter: 9\n", 4, "inter '9' is out of range")]
    [InlineData("actors:\n  - id: x-group\n    name: X Group\n    inter: 2\n    alias: [X]\n", 5, "unknown actor field 'alias'")]
    [InlineData("actors:\n  - id: nobody\n    aliases: [Nobody]\n", 2, "unknown actor id 'nobody'")]
    [InlineData("actors:\n  - id: x-group\n    name: X Group\n    inter: 2\n    country: Syria\n", 5, "country 'Syria' is not an ISO")]
    [InlineData("actors:\n  - id: x-group\n    name: X Group\n  inter: 2\n", 4, "not valid YAML")]
    [InlineData("actors:\n  - id: x-group\n    name: [X Group\n    inter: 2\n", 0, "not valid YAML")]
    [InlineData("actors:\n  - id: a-unit\n    name: A\n    inter: 1\n    member_of: b-unit\n  - id: b-unit\n    name: B\n    inter: 1\n    member_of: a-unit\n", 5, "forms a cycle")]
    public void Bad_file_names_file_line_and_problem(string yaml, int line, string problem)
    {
        using var dir = new TempDirectory();
        var path = dir.WriteText("bad.yaml", yaml);
        var error = Assert.Throws<ActorDictionaryException>(() => ActorDictionary.Load(path));
        Assert.Equal(path, error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.StartsWith($"{path}:{line}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_user_file_is_an_error_naming_it()
    {
        var error = Assert.Throws<ActorDictionaryException>(() => ActorDictionary.Load("/nonexistent/sitrep/actors.yaml"));
        Assert.Equal("/nonexistent/sitrep/actors.yaml", error.File);
    }

    [Fact]
    public void Built_in_file_is_commented_yaml_users_can_read()
    {
        var text = ActorDictionary.BuiltInText();
        Assert.Contains("# ", text, StringComparison.Ordinal);
        Assert.Contains("name: Hayat Tahrir al-Sham", text, StringComparison.Ordinal);
    }
}

[CollectionDefinition(nameof(ActorEnvironmentTests), DisableParallelization = true)]
public sealed class ActorEnvironmentTests;

[Collection(nameof(ActorEnvironmentTests))]
public sealed class ActorDictionaryDefaultPathTests
{
    [Fact]
    public void Default_paths_are_the_XDG_user_file_then_SITREP_ACTORS()
    {
        using var dir = new TempDirectory();
        var user = dir.WriteText(Path.Combine("config", "sitrep", "actors.yaml"),
            "actors:\n  - id: user-group\n    name: User Group\n    inter: 3\n");
        var listed = dir.WriteText("more.yaml", "actors:\n  - id: user-group\n    aliases: [the Usergroup]\n");
        var oldConfig = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
        var oldList = Environment.GetEnvironmentVariable("SITREP_ACTORS");
        try
        {
            Environment.SetEnvironmentVariable("XDG_CONFIG_HOME", dir.Combine("config"));
            Environment.SetEnvironmentVariable("SITREP_ACTORS", listed);
            Assert.Equal([user, listed], ActorDictionary.DefaultUserPaths());
            var dictionary = ActorDictionary.LoadDefault();
            Assert.Contains(dictionary.Find("user-group")!.Aliases, a => a.Text == "the Usergroup");

            Environment.SetEnvironmentVariable("SITREP_ACTORS", dir.Combine("missing.yaml"));
            Assert.Throws<ActorDictionaryException>(ActorDictionary.LoadDefault);
        }
        finally
        {
            Environment.SetEnvironmentVariable("XDG_CONFIG_HOME", oldConfig);
            Environment.SetEnvironmentVariable("SITREP_ACTORS", oldList);
        }
    }
}
