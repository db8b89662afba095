using System.CommandLine;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

internal static class ArticlesCommand
{
    public static Command Create(CliContext context)
    {
        var limit = new Option<int>("--limit", "-n") { Description = "How many articles to list", DefaultValueFactory = _ => 50 };
        var offset = new Option<int>("--offset") { Description = "Skip this many articles first", DefaultValueFactory = _ => 0 };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table" };
        limit.Validators.Add(r => { if (r.GetValueOrDefault<int>() <= 0) { r.AddError("--limit must be a positive number"); } });
        offset.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 0) { r.AddError("--offset must not be negative"); } });
        var command = new Command("articles", "List stored articles, newest first") { limit, offset, json };
        command.SetAction(parse =>
        {
            using var store = context.OpenStore(parse);
            var rows = store.ListArticles(parse.GetValue(limit), parse.GetValue(offset));
            if (parse.GetValue(json))
            {
                CliJson.Write(context.Out, rows.Select(CliJson.Summary));
                return ExitCodes.Success;
            }

            if (rows.Count == 0)
            {
                context.Out.WriteLine($"No articles in {store.Path}. Add some with 'sitrep ingest PATH'.");
                return ExitCodes.Success;
            }

            ArticleTable.Write(context.Environment.CreateConsole(), rows);
            context.Out.WriteLine($"{rows.Count} of {store.Count()} documents in {store.Path}");
            return ExitCodes.Success;
        });
        return command;
    }
}

/// <summary>The article listing shared by several commands.</summary>
internal static class ArticleTable
{
    public static void Write(IAnsiConsole console, IEnumerable<ArticleSummary> rows)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn(new TableColumn("ID").RightAligned())
            .AddColumn("Published")
            .AddColumn("Outlet")
            .AddColumn("Title")
            .AddColumn(new TableColumn("¶").RightAligned())
            .AddColumn(new TableColumn("Comments").RightAligned())
            .AddColumn("Kind");
        foreach (var row in rows)
        {
            table.AddRow(
                row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(row.Published ?? "—"),
                Markup.Escape(Truncate(row.Outlet ?? "—", 24)),
                Markup.Escape(Truncate(row.Title ?? "(no title)", 70)),
                row.ParagraphCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                row.CommentCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                row.Kind.ToString().ToLowerInvariant());
        }

        console.Write(table);
    }

    public static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
