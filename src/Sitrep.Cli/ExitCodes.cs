namespace Sitrep.Cli;

/// <summary>The exit codes every sitrep command uses.</summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>The command ran, but some inputs failed (each is listed with its reason); the rest was stored.</summary>
    public const int PartialFailure = 1;

    /// <summary>The command line was wrong (unknown option, missing argument, bad value).</summary>
    public const int UsageError = 2;

    /// <summary>The thing asked for does not exist (an article id, an input path).</summary>
    public const int NotFound = 3;

    /// <summary>The database or an evaluation folder cannot be used.</summary>
    public const int DataError = 4;
}
