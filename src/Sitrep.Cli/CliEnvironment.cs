using Spectre.Console;

namespace Sitrep.Cli;

/// <summary>What a command run sees of the world: its output streams, environment variables and clock.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="Interactive">Whether output is a terminal (progress bars and colour) or a pipe/file (plain text).</param>
/// <param name="GetEnvironment">Reads an environment variable.</param>
/// <param name="Time">The clock.</param>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, bool Interactive, Func<string, string?> GetEnvironment, TimeProvider Time)
{
    /// <summary>The real process: console streams, the process environment, the system clock.</summary>
    public static CliEnvironment FromProcess()
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var interactive = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null
            && Environment.GetEnvironmentVariable("TERM") is not "dumb";
        return new CliEnvironment(Console.Out, Console.Error, interactive, Environment.GetEnvironmentVariable, TimeProvider.System);
    }

    /// <summary>A Spectre console writing to <see cref="Out"/>, with colour and animation only on a terminal.</summary>
    public IAnsiConsole CreateConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Out),
            Ansi = Interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = Interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!Interactive)
        {
            // Piped output has no terminal width; wide enough that tables stay one row per line for grep and less.
            console.Profile.Width = 200;
        }

        return console;
    }
}
