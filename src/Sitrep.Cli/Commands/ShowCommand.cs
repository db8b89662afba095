using System.CommandLine;
using System.Globalization;

namespace Sitrep.Cli.Commands;

internal static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<long>("ID") { Description = "The article's id (see 'sitrep articles')" };
        var json = new Option<bool>("--json") { Description = "Print JSON: metadata, body, paragraphs with offsets, comments and boilerplate" };
        var annotations = new Option<bool>("--annotations", "-a") { Description = "Also list what the language layer read: dates, quantities, actors and places, each with its span and sentence" };
        var command = new Command("show", "Show one clean article, with its boilerplate and reader comments listed apart") { id, json, annotations };
        command.SetAction(parse =>
        {
            using var store = context.OpenStore(parse);
            var stored = store.GetArticle(parse.GetValue(id));
            if (stored is null)
            {
                context.Error.WriteLine($"sitrep: no article with id {parse.GetValue(id)} in {store.Path}");
                return ExitCodes.NotFound;
            }

            var withAnnotations = parse.GetValue(annotations);
            var read = withAnnotations && stored.Article is not null ? store.GetAnnotations(stored.Summary.Id) : null;
            if (parse.GetValue(json))
            {
                CliJson.Write(context.Out, withAnnotations ? new { article = CliJson.Article(stored), annotations = read } : CliJson.Article(stored));
            }
            else
            {
                Write(context.Out, stored);
                if (withAnnotations && stored.Article is { } article)
                {
                    if (read is null)
                    {
                        context.Out.WriteLine();
                        context.Out.WriteLine("No annotations stored for this article; run 'sitrep annotate' first.");
                    }
                    else
                    {
                        AnnotationListing.Write(context.Out, article, read);
                    }
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(TextWriter o, StoredArticle stored)
    {
        var s = stored.Summary;
        var a = stored.Article;
        o.WriteLine(a?.Title ?? s.Title ?? "(no title)");
        o.WriteLine(new string('=', Math.Min(78, (a?.Title ?? s.Title ?? "(no title)").Length)));
        Field(o, "Id", s.Id.ToString(CultureInfo.InvariantCulture));
        Field(o, "Outlet", a?.Outlet);
        Field(o, "Author", a?.Author);
        Field(o, "Published", a?.Published is { } p ? $"{p.IsoDate}{(p.Time is { } t ? " " + t.ToString("HH:mm", CultureInfo.InvariantCulture) : "")}  (from: {p.Evidence})" : "unknown");
        Field(o, "URL", a?.Url ?? s.Url);
        Field(o, "Language", a?.Language);
        Field(o, "Source", $"{s.Origin} ({s.Kind.ToString().ToLowerInvariant()}{(stored.Encoding is { } e ? ", " + e : "")})");
        if (a is null)
        {
            o.WriteLine();
            o.WriteLine("Pending: the feed gave only a link; the page itself has not been ingested yet.");
            return;
        }

        o.WriteLine();
        foreach (var paragraph in a.Paragraphs)
        {
            var text = paragraph.Span.Slice(a.Body);
            o.WriteLine(paragraph.Kind switch
            {
                BlockKind.Heading => "## " + text,
                BlockKind.Quote => "> " + text,
                BlockKind.ListItem => "• " + text,
                _ => text,
            });
            o.WriteLine();
        }

        o.WriteLine($"--- Boilerplate removed ({a.Boilerplate.Count}) ---");
        foreach (var block in a.Boilerplate)
        {
            o.WriteLine($"[{block.Reason}] {OneLine(block.Text, 110)}");
        }

        o.WriteLine();
        o.WriteLine($"--- Reader comments ({a.Comments.Count}; low-trust, not part of the article) ---");
        foreach (var comment in a.Comments)
        {
            o.WriteLine($"#{comment.Index + 1} {comment.Author ?? "(anonymous)"}{(comment.Posted is { } when ? " · " + when : "")}");
            o.WriteLine("  " + OneLine(comment.Text, 300));
        }
    }

    private static void Field(TextWriter o, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            o.WriteLine($"{name + ":",-11}{value}");
        }
    }

    private static string OneLine(string text, int max)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return ArticleTable.Truncate(flat, max);
    }
}
