using System.CommandLine;
using Sitrep.Evaluation.Annotations;
using Sitrep.Evaluation.Attribution;
using Sitrep.Evaluation.Clustering;
using Sitrep.Evaluation.Events;
using Sitrep.Evaluation.Extraction;
using Sitrep.Evaluation.Geo;
using Sitrep.Language.Places;
using Sitrep.Evaluation.Time;
using Sitrep.Language.Time;
using Sitrep.Extraction.Decoding;
using Sitrep.Extraction.Html;

namespace Sitrep.Cli.Commands;

internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("eval", "Score Sitrep against benchmark data");
        command.Subcommands.Add(Extraction(context));
        command.Subcommands.Add(Time(context));
        command.Subcommands.Add(Annotations(context));
        command.Subcommands.Add(Geo(context));
        command.Subcommands.Add(Attribution(context));
        command.Subcommands.Add(Acled(context));
        command.Subcommands.Add(Gold(context));
        command.Subcommands.Add(Clusters(context));
        return command;
    }

    private static Command Extraction(CliContext context)
    {
        var directory = new Argument<DirectoryInfo>("DIR") { Description = "A benchmark folder: article-extraction-benchmark (ground-truth.json + html/) or WCXB (ground-truth/ + html/)" };
        var limit = new Option<int?>("--limit") { Description = "Score only the first N pages" };
        var errors = new Option<int>("--errors") { Description = "Print the first N title, author and date mismatches with gold and extracted values (WCXB)", DefaultValueFactory = _ => 0 };
        var command = new Command("extraction", "Score article body extraction (and title, author, date on WCXB)") { directory, limit, errors };
        command.SetAction((parse, cancellationToken) => Task.FromResult(OnFolder(context, parse.GetValue(directory)!, dir =>
            ExtractionEvaluator.Evaluate(dir, new DocumentDecoder(), new HtmlArticleExtractor(), parse.GetValue(limit), cancellationToken)
                .WriteTo(context.Out, parse.GetValue(errors)))));
        return command;
    }

    private static Command Time(CliContext context)
    {
        var path = new Argument<string>("DIR") { Description = "A folder of TimeML files (*.tml), such as TimeBank or TempEval-3" };
        var limit = new Option<int?>("--limit") { Description = "Score only the first N documents" };
        var errors = new Option<int>("--errors") { Description = "Print the first N disagreements with the gold", DefaultValueFactory = _ => 0 };
        var command = new Command("time", "Score temporal expression recognition and normalisation on TimeML") { path, limit, errors };
        command.SetAction((parse, cancellationToken) =>
        {
            var target = parse.GetValue(path)!;
            if (!Directory.Exists(target) && !File.Exists(target))
            {
                context.Error.WriteLine($"sitrep: {Path.GetFullPath(target)}: no such file or folder");
                return Task.FromResult(ExitCodes.NotFound);
            }

            try
            {
                var report = TimeMlEvaluator.Evaluate(target, TemporalTagger.Default, parse.GetValue(limit));
                report.WriteTo(context.Out, parse.GetValue(errors));
                return Task.FromResult(ExitCodes.Success);
            }
            catch (Exception e) when (e is FormatException or FileNotFoundException)
            {
                context.Error.WriteLine($"sitrep: {e.Message}");
                return Task.FromResult(ExitCodes.DataError);
            }
        });
        return command;
    }

    private static Command Annotations(CliContext context)
    {
        var path = new Argument<DirectoryInfo>("DIR") { Description = "The gold folder (JSON per seed; seeds are read from its sibling 'seeds' folder)" };
        var command = new Command("annotations", "Recall of the gold's event dates, quantities and places on the seed articles") { path };
        command.SetAction(parse => OnFolder(context, parse.GetValue(path)!, dir =>
            AnnotationEvaluator.Evaluate(dir, context.CreatePipeline().Annotator!).WriteTo(context.Out)));
        return command;
    }

    private static Command Geo(CliContext context)
    {
        var path = new Argument<FileInfo>("FILE") { Description = "An LGL-format XML file (articles with gold toponyms and GeoNames ids)" };
        var limit = new Option<int?>("--limit") { Description = "Score only the first N articles" };
        var errors = new Option<int>("--errors") { Description = "Print the N worst resolutions of gold toponyms", DefaultValueFactory = _ => 0 };
        var command = new Command("geo", "Score toponym recognition and resolution: exact GeoNames id, accuracy within 161 km, error km") { path, limit, errors };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(path)!;
            if (!file.Exists)
            {
                context.Error.WriteLine($"sitrep: {file.FullName}: no such file");
                return ExitCodes.NotFound;
            }

            try
            {
                var annotator = new Sitrep.Language.LanguageAnnotatorBuilder().Build();
                LglEvaluator.Evaluate(file.FullName, annotator, PlaceRecognizer.CreateDefault(), parse.GetValue(limit)).WriteTo(context.Out, parse.GetValue(errors));
                return ExitCodes.Success;
            }
            catch (FormatException e)
            {
                context.Error.WriteLine($"sitrep: {e.Message}");
                return ExitCodes.DataError;
            }
        });
        return command;
    }

    private static Command Attribution(CliContext context)
    {
        var path = new Argument<DirectoryInfo>("DIR") { Description = "A PolNeAR-style folder: text/*.txt and attributions/*.ann (brat)" };
        var limit = new Option<int?>("--limit") { Description = "Score only the first N documents" };
        var errors = new Option<int>("--errors") { Description = "Print the first N errors: missed gold attributions, spurious ones, and ones with the wrong source or content", DefaultValueFactory = _ => 0 };
        var kind = new Option<string?>("--kind") { Description = "With --errors, only errors of this kind: missed, spurious, source or content" };
        var command = new Command("attribution", "Score claim extraction: source, cue and content spans, exact and overlapping") { path, limit, errors, kind };
        command.SetAction(parse => OnFolder(context, parse.GetValue(path)!, dir =>
            AttributionEvaluator.Evaluate(dir, Sitrep.Coding.Claims.ClaimExtractor.Default, new Sitrep.Language.LanguageAnnotatorBuilder().Build(), parse.GetValue(limit))
                .WriteTo(context.Out, parse.GetValue(errors), parse.GetValue(kind))));
        return command;
    }

    private static Command Acled(CliContext context)
    {
        var path = new Argument<FileInfo>("FILE") { Description = "An ACLED CSV export (old or new schema)" };
        var limit = new Option<int?>("--limit") { Description = "Score only the first N rows" };
        var errors = new Option<int>("--errors") { Description = "Print the first N rows whose type, location or fatalities disagree", DefaultValueFactory = _ => 0 };
        var command = new Command("acled", "Code each row's notes as an article and compare with the row: type, actors, place, date, fatalities") { path, limit, errors };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(path)!;
            if (!file.Exists)
            {
                context.Error.WriteLine($"sitrep: {file.FullName}: no such file");
                return ExitCodes.NotFound;
            }

            try
            {
                var report = AcledEvaluator.Evaluate(file.FullName, context.CreatePipeline(), parse.GetValue(limit));
                report.WriteTo(context.Out);
                report.WriteDisagreements(context.Out, parse.GetValue(errors));
                return ExitCodes.Success;
            }
            catch (FormatException e)
            {
                context.Error.WriteLine($"sitrep: {e.Message}");
                return ExitCodes.DataError;
            }
        });
        return command;
    }

    private static Command Gold(CliContext context)
    {
        var path = new Argument<DirectoryInfo>("DIR") { Description = "The gold folder (JSON per seed; seeds are read from its sibling 'seeds' folder)" };
        var brief = new Option<bool>("--brief") { Description = "Only the scores, without the list of misses" };
        var command = new Command("gold", "Events and claims of the seed articles against the gold: matched, missed, spurious") { path, brief };
        command.SetAction(parse => OnFolder(context, parse.GetValue(path)!, dir =>
            GoldEventEvaluator.Evaluate(dir, context.CreatePipeline()).WriteTo(context.Out, !parse.GetValue(brief))));
        return command;
    }

    private static Command Clusters(CliContext context)
    {
        var path = new Argument<DirectoryInfo>("DIR") { Description = "The ECB+ corpus: topic folders of token XML files (TOPIC/TOPIC_Necb.xml, TOPIC_Necbplus.xml)" };
        var shuffle = new Option<int?>("--shuffle") { Description = "Let the documents arrive in an order shuffled with this seed, to see how much the clustering depends on the order", HelpName = "SEED" };
        var command = new Command("clusters", "Cluster ECB+ into stories and score against the gold stories: pairwise and BCubed P/R/F1, ARI") { path, shuffle };
        command.SetAction(parse => OnFolder(context, parse.GetValue(path)!, dir =>
            ClusteringEvaluator.Evaluate(dir, shuffleSeed: parse.GetValue(shuffle)).WriteTo(context.Out)));
        return command;
    }

    /// <summary>
    /// Runs an evaluation on a folder: "not found" when the folder is missing, "data error" with the reason when its
    /// content is not what the evaluator reads (a missing part, a malformed file), else success.
    /// </summary>
    private static int OnFolder(CliContext context, DirectoryInfo dir, Action<string> evaluate)
    {
        if (!dir.Exists)
        {
            context.Error.WriteLine($"sitrep: {dir.FullName}: no such folder");
            return ExitCodes.NotFound;
        }

        try
        {
            evaluate(dir.FullName);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException or FormatException or System.Text.Json.JsonException)
        {
            context.Error.WriteLine($"sitrep: {e.Message}");
            return ExitCodes.DataError;
        }
    }
}
