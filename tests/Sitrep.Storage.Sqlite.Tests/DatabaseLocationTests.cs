namespace Sitrep.Storage.Sqlite.Tests;

public sealed class DatabaseLocationTests
{
    private static Func<string, string?> Env(params (string Key, string Value)[] values)
        => key => values.FirstOrDefault(v => v.Key == key).Value;

    [Fact]
    public void An_explicit_path_wins_over_the_environment()
        => Assert.Equal(Path.GetFullPath("x.db"), DatabaseLocation.Resolve("x.db", Env(("SITREP_DB", "/tmp/env.db"))));

    [Fact]
    public void The_environment_variable_wins_over_the_data_folder()
        => Assert.Equal("/tmp/env.db", DatabaseLocation.Resolve(null, Env(("SITREP_DB", "/tmp/env.db"), ("XDG_DATA_HOME", "/xdg"))));

    [Fact]
    public void XDG_data_home_is_used_on_unix()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "XDG applies to Unix only");
        Assert.Equal("/xdg/sitrep/sitrep.db", DatabaseLocation.Resolve(null, Env(("XDG_DATA_HOME", "/xdg"), ("HOME", "/home/u"))));
    }

    [Fact]
    public void Without_XDG_the_default_is_under_the_home_folder()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "XDG applies to Unix only");
        Assert.Equal("/home/u/.local/share/sitrep/sitrep.db", DatabaseLocation.Resolve(null, Env(("HOME", "/home/u"))));
    }
}
