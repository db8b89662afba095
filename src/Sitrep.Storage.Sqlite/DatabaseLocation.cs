namespace Sitrep.Storage.Sqlite;

/// <summary>Where the default database lives, following platform conventions.</summary>
public static class DatabaseLocation
{
    /// <summary>The environment variable that overrides the default database path.</summary>
    public const string EnvironmentVariable = "SITREP_DB";

    /// <summary>
    /// Resolves the database path: an explicit path wins, then <c>SITREP_DB</c>, then the platform's data folder
    /// (<c>$XDG_DATA_HOME/sitrep/sitrep.db</c>, else <c>~/.local/share/sitrep/sitrep.db</c> on Unix;
    /// <c>%LOCALAPPDATA%\sitrep\sitrep.db</c> on Windows).
    /// </summary>
    /// <param name="explicitPath">A path given on the command line, if any.</param>
    /// <param name="getEnvironment">Reads an environment variable (injectable for tests).</param>
    public static string Resolve(string? explicitPath, Func<string, string?>? getEnvironment = null)
    {
        getEnvironment ??= Environment.GetEnvironmentVariable;
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Path.GetFullPath(explicitPath);
        }

        if (getEnvironment(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return Path.GetFullPath(fromEnvironment);
        }

        string dataHome;
        if (OperatingSystem.IsWindows())
        {
            dataHome = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        }
        else if (getEnvironment("XDG_DATA_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg))
        {
            dataHome = xdg;
        }
        else
        {
            var home = getEnvironment("HOME") is { Length: > 0 } h ? h : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            dataHome = Path.Combine(home, ".local", "share");
        }

        return Path.Combine(dataHome, "sitrep", "sitrep.db");
    }
}
