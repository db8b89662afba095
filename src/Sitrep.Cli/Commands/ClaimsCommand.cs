using System.CommandLine;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

internal static class ClaimsCommand
{
    public static Command Create(CliContext context)
    {
        var article = new Option<long?>("--article") { Description = "Only this article's claims" };
        var source = new Option<string?>("--source") { Description = "Only claims whose source (or the actor it resolves to) contains this text" };
        var hedged = new Option<bool>("--hedged") { Description = "Only hedged claims (claimed, alleged, …)" };
        var text = new Option<string?>("--text") { Description = "Only claims whose content contains this text" };
        var limit = new Option<int>("--limit") { Description = "At most this many (default 100)", DefaultValueFactory = _ => 100 };
        var json = new Option<bool>("--json") { Description = "Print JSON, with every span's offsets in the article body" };
        var command = new Command("claims", "List attributed claims: who says what, with the cue and the exact words") { article, source, hedged, text, limit, json };
        command.SetAction(parse =>
        {
            using var store = context.OpenStore(parse);
            var claims = store.ListClaims(new ClaimQuery(parse.GetValue(article), parse.GetValue(source), parse.GetValue(hedged) ? true : null, parse.GetValue(text), parse.GetValue(limit)));
            if (parse.GetValue(json))
            {
                CliJson.Write(context.Out, claims);
                return ExitCodes.Success;
            }

            var console = context.Environment.CreateConsole();
            var table = new Table().Border(TableBorder.Simple);
            table.AddColumn("Article");
            table.AddColumn("Source");
            table.AddColumn("Cue");
            table.AddColumn("Claim");
            foreach (var stored in claims)
            {
                var c = stored.Claim;
                var who = c.SourceText ?? "(the author)";
                if (c.SourceActor is { } actor && !string.Equals(actor, who, StringComparison.OrdinalIgnoreCase))
                {
                    who += $" → {actor}";
                }

                table.AddRow(
                    Markup.Escape(stored.DocumentId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    Markup.Escape(ArticleTable.Truncate(who, 40)),
                    Markup.Escape(c.CueText + (c.Hedged ? " (hedged)" : "")),
                    Markup.Escape(ArticleTable.Truncate((c.Direct ? "“" : "") + c.ContentText.ReplaceLineEndings(" ") + (c.Direct ? "”" : ""), 110)));
            }

            console.Write(table);
            context.Out.WriteLine($"{claims.Count} claim(s){(claims.Count == parse.GetValue(limit) ? " (limit reached; use --limit)" : "")}");
            return ExitCodes.Success;
        });
        return command;
    }
}
