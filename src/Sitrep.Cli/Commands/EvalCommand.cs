using System.CommandLine;
using Sitrep.Evaluation.Extraction;
using Sitrep.Extraction.Decoding;
using Sitrep.Extraction.Html;

namespace Sitrep.Cli.Commands;

internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("eval", "Score Sitrep against benchmark data");
        command.Subcommands.Add(Extraction(context));
        return command;
    }

    private static Command Extraction(CliContext context)
    {
        var directory = new Argument<DirectoryInfo>("DIR") { Description = "A benchmark folder: article-extraction-benchmark (ground-truth.json + html/) or WCXB (ground-truth/ + html/)" };
        var limit = new Option<int?>("--limit") { Description = "Score only the first N pages" };
        var command = new Command("extraction", "Score article body extraction (and title, author, date on WCXB)") { directory, limit };
        command.SetAction((parse, cancellationToken) =>
        {
            var dir = parse.GetValue(directory)!;
            if (!dir.Exists)
            {
                context.Error.WriteLine($"sitrep: {dir.FullName}: no such folder");
                return Task.FromResult(ExitCodes.NotFound);
            }

            try
            {
                var report = ExtractionEvaluator.Evaluate(dir.FullName, new DocumentDecoder(), new HtmlArticleExtractor(), parse.GetValue(limit), cancellationToken);
                report.WriteTo(context.Out);
                return Task.FromResult(ExitCodes.Success);
            }
            catch (DirectoryNotFoundException e)
            {
                context.Error.WriteLine($"sitrep: {e.Message}");
                return Task.FromResult(ExitCodes.DataError);
            }
        });
        return command;
    }
}
