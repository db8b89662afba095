using Sitrep.Testing;

namespace Sitrep.Cli.Tests;

/// <summary>Runs the sitrep command line in-process against a database in a temporary folder.</summary>
internal sealed class CliRunner : IDisposable
{
    public CliRunner() => DatabasePath = Temp.Combine("db", "sitrep.db");

    public TempDirectory Temp { get; } = new();

    public string DatabasePath { get; }

    public (int Exit, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new CliEnvironment(output, error, Interactive: false,
            name => name switch
            {
                "SITREP_DB" => DatabasePath,
                "HOME" => Temp.Path,
                "XDG_DATA_HOME" => Temp.Combine("xdg"),
                _ => null,
            },
            TimeProvider.System);
        var exit = SitrepCli.Run(args, environment);
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose() => Temp.Dispose();
}
