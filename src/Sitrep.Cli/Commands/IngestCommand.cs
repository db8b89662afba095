using System.CommandLine;
using Sitrep.Ingestion;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or folders (recursive): .txt, .html/.htm (also .gz), .jsonl, RSS/Atom feeds, .warc/.warc.gz",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("ingest", "Read pages into the database; content already stored is skipped") { paths };
        command.SetAction(parse =>
        {
            using var store = context.OpenStore(parse);
            var inputs = parse.GetValue(paths)!;
            var summary = Ingestion.Run(context, store, inputs);
            Ingestion.WriteSummary(context, summary, store.Path);
            return summary.Failed == 0 ? ExitCodes.Success : ExitCodes.PartialFailure;
        });
        return command;
    }
}

/// <summary>Runs an ingest with a progress bar on a terminal and a plain summary otherwise.</summary>
internal static class Ingestion
{
    public static IngestSummary Run(CliContext context, IDocumentStore store, IReadOnlyList<string> inputs)
    {
        var job = new IngestJob(context.CreatePipeline(), store, store as IArticleLinker);
        var reader = new InputReader();
        var items = reader.Read(inputs);
        if (!context.Environment.Interactive)
        {
            return WithSkipped(job.Run(items), reader);
        }

        var files = InputReading.CountFiles(inputs);
        IngestSummary? summary = null;
        context.Environment.CreateConsole().Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(progress =>
            {
                var task = progress.AddTask("Ingesting", maxValue: Math.Max(1, files));
                var seen = new HashSet<string>(StringComparer.Ordinal);
                summary = job.Run(items, new SynchronousProgress<IngestProgress>(p =>
                {
                    if (seen.Add(InputReading.FileOf(p.Origin)))
                    {
                        task.Increment(1);
                    }

                    task.Description = $"Ingesting: {p.Added} added, {p.AlreadyPresent} present, {p.Failed} failed";
                }));
                task.Value = task.MaxValue;
            });
        return WithSkipped(summary!, reader);
    }

    private static IngestSummary WithSkipped(IngestSummary summary, InputReader reader)
        => summary with { Skipped = reader.Skipped.Count };

    public static void WriteSummary(CliContext context, IngestSummary summary, string databasePath)
    {
        var pending = summary.Pending > 0 ? $" ({summary.Pending} pending: feed items with only a link)" : "";
        var skipped = summary.Skipped > 0 ? $", skipped {summary.Skipped} files of other types" : "";
        var copies = summary.Copies > 0 ? $" ({summary.Copies} copies of stored articles)" : "";
        context.Out.WriteLine($"ingested {summary.Added}{pending}{copies}, already present {summary.AlreadyPresent}, failed {summary.Failed}{skipped}  →  {databasePath}");
        foreach (var failure in summary.Failures)
        {
            context.Error.WriteLine($"failed: {failure}");
        }
    }
}

/// <summary>Reports progress on the caller's thread, in order (<see cref="Progress{T}"/> posts asynchronously).</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
