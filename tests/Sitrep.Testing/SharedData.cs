namespace Sitrep.Testing;

/// <summary>
/// Locates the evaluation material in <c>../shared</c> beside the repository. CI has it; a fresh clone does not,
/// and tests that need it skip with a visible reason.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>The repository root (the folder holding Sitrep.slnx).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The <c>shared</c> folder, or null when it is not present.</summary>
    public static string? Directory => Root.Value;

    /// <summary>The reason shown when a test skips for want of the shared folder.</summary>
    public const string MissingReason = "../shared (evaluation material) is not beside this clone; set SITREP_SHARED to point at it";

    /// <summary>
    /// Returns the full path of <paramref name="relative"/> inside the shared folder, or skips the calling test
    /// with a visible reason when the folder or the file is absent.
    /// </summary>
    public static string PathOrSkip(string relative)
    {
        var root = Directory;
        Assert.SkipWhen(root is null, MissingReason);
        var path = Path.Combine(root!, relative);
        Assert.SkipUnless(File.Exists(path) || System.IO.Directory.Exists(path), $"{relative} is not in {root}");
        return path;
    }

    private static string? FindRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("SITREP_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return System.IO.Directory.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }

        var candidate = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
        return System.IO.Directory.Exists(candidate) ? candidate : null;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Sitrep.slnx not found above " + AppContext.BaseDirectory);
    }
}
