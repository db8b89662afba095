using System.CommandLine;
using Sitrep.Cli.Commands;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Cli;

/// <summary>The sitrep command line: parses arguments and runs one command.</summary>
public static class SitrepCli
{
    /// <summary>Runs the command line and returns the process exit code (see <see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        var context = new CliContext(environment);
        var root = new RootCommand(
            "Sitrep turns conflict news pages into a structured, source-attributed database.\n" +
            "Ingest pages, then list, read and search the clean articles.");
        root.Options.Add(context.DatabaseOption);
        root.Subcommands.Add(IngestCommand.Create(context));
        root.Subcommands.Add(ArticlesCommand.Create(context));
        root.Subcommands.Add(ShowCommand.Create(context));
        root.Subcommands.Add(SearchCommand.Create(context));
        root.Subcommands.Add(ReextractCommand.Create(context));
        root.Subcommands.Add(AnnotateCommand.Create(context));
        root.Subcommands.Add(ClaimsCommand.Create(context));
        root.Subcommands.Add(EventsCommand.Create(context));
        root.Subcommands.Add(LinkCommands.Event(context));
        root.Subcommands.Add(LinkCommands.Sources(context));
        root.Subcommands.Add(LinkCommands.Disputes(context));
        root.Subcommands.Add(LinkCommands.Stories(context));
        root.Subcommands.Add(LinkCommands.Story(context));
        root.Subcommands.Add(LinkCommands.Link(context));
        root.Subcommands.Add(EvalCommand.Create(context));
        root.Subcommands.Add(DemoCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Token(context));

        // A bare "sitrep" is a request for orientation, not an error.
        var parsed = root.Parse(args.Length == 0 ? ["--help"] : args);
        var invocation = new InvocationConfiguration { Output = environment.Out, Error = environment.Error, EnableDefaultExceptionHandler = false };
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                environment.Error.WriteLine($"sitrep: {error.Message}");
            }

            environment.Error.WriteLine("Run 'sitrep --help' (or 'sitrep COMMAND --help') for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            return parsed.Invoke(invocation);
        }
        catch (StorageException e)
        {
            environment.Error.WriteLine($"sitrep: {e.Message}");
            return ExitCodes.DataError;
        }
        catch (Sitrep.Language.Actors.ActorDictionaryException e)
        {
            // A user's actor file with a mistake: name the file, line and problem, and store nothing half-read.
            environment.Error.WriteLine($"sitrep: {e.Message}");
            return ExitCodes.DataError;
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            // A database changed underneath Sitrep or damaged on disk: say so in one line instead of a stack trace.
            environment.Error.WriteLine($"sitrep: database error: {e.Message.Split('\n')[0]}");
            return ExitCodes.DataError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            environment.Error.WriteLine($"sitrep: {e.Message}");
            return ExitCodes.DataError;
        }
    }
}

/// <summary>Shared state for the commands of one run: the environment and the global options.</summary>
internal sealed class CliContext(CliEnvironment environment)
{
    public CliEnvironment Environment { get; } = environment;

    public Option<string?> DatabaseOption { get; } = new("--db")
    {
        Description = $"The database file (default: ${DatabaseLocation.EnvironmentVariable}, else the platform data folder, e.g. ~/.local/share/sitrep/sitrep.db)",
        Recursive = true,
    };

    public string DatabasePath(ParseResult parse) => DatabaseLocation.Resolve(parse.GetValue(DatabaseOption), Environment.GetEnvironment);

    public SqliteDocumentStore OpenStore(ParseResult parse) => SqliteDocumentStore.Open(DatabasePath(parse));

    public SitrepPipeline CreatePipeline()
        => Sitrep.Server.DefaultPipeline.Create(Environment.Time);

    public TextWriter Out => Environment.Out;

    public TextWriter Error => Environment.Error;
}
