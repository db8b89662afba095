using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

internal static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string[]>("QUERY")
        {
            Description = "Words to find in titles and bodies (FTS5 syntax: \"exact phrase\", OR, NOT, prefix*)",
            Arity = ArgumentArity.OneOrMore,
        };
        var limit = new Option<int>("--limit", "-n") { Description = "How many hits to show", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("search", "Full-text search over stored articles") { query, limit, json };
        command.SetAction(parse =>
        {
            using var store = context.OpenStore(parse);
            var text = string.Join(' ', parse.GetValue(query)!);
            IReadOnlyList<SearchHit> hits;
            try
            {
                hits = store.Search(text, parse.GetValue(limit));
            }
            catch (ArgumentException e)
            {
                context.Error.WriteLine($"sitrep: {e.Message}");
                return ExitCodes.UsageError;
            }

            if (parse.GetValue(json))
            {
                CliJson.Write(context.Out, hits.Select(h => new { article = CliJson.Summary(h.Summary), snippet = h.Snippet, rank = h.Rank }));
                return ExitCodes.Success;
            }

            if (hits.Count == 0)
            {
                context.Out.WriteLine($"No article matches '{text}'.");
                return ExitCodes.Success;
            }

            var console = context.Environment.CreateConsole();
            foreach (var hit in hits)
            {
                console.MarkupLine($"[bold]{hit.Summary.Id.ToString(CultureInfo.InvariantCulture)}[/]  {Markup.Escape(hit.Summary.Title ?? "(no title)")}  [grey]{Markup.Escape(hit.Summary.Outlet ?? "")} {Markup.Escape(hit.Summary.Published ?? "")}[/]");
                context.Out.WriteLine("    " + hit.Snippet.ReplaceLineEndings(" "));
            }

            context.Out.WriteLine($"{hits.Count} hit(s)");
            return ExitCodes.Success;
        });
        return command;
    }
}
