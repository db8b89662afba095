using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Sitrep.Linking;
using Sitrep.Storage.Sqlite;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>Cross-source linking: (re)link, one linked event with its reports, outlets.</summary>
internal static class LinkCommands
{
    public static Command Link(CliContext context)
    {
        var all = new Option<bool>("--all") { Description = "Re-link every article from scratch, in the order they arrived (default: only articles not yet linked by this version)" };
        var command = new Command("link", "Link stored articles across sources: copies, and the events several outlets report") { all };
        command.SetAction(parse =>
        {
            using var store = context.OpenStore(parse);
            var watch = Stopwatch.StartNew();
            if (parse.GetValue(all))
            {
                store.ClearLinks();
            }

            int linked = 0, copies = 0, corroborated = 0;
            foreach (var id in store.ArticlesNeedingLinks())
            {
                if (store.Link(id) is { } outcome)
                {
                    linked++;
                    copies += outcome.DuplicateOf is null ? 0 : 1;
                    corroborated += outcome.EventsCorroborated;
                }
            }

            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"linked {linked} article(s) in {watch.Elapsed.TotalSeconds:F2} s: {copies} copies of other articles, {corroborated} event report(s) corroborated by another source"));
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Event(CliContext context)
    {
        var id = new Argument<long>("ID") { Description = "A linked event's id (see `sitrep events --linked`)" };
        var json = new Option<bool>("--json") { Description = "Print JSON, with each report's evidence spans" };
        var command = new Command("event", "Show one event as every article reports it: outlets, dates, their own figures, corroboration") { id, json };
        command.SetAction(parse =>
        {
            using var store = context.OpenStore(parse);
            var detail = store.GetLinkedEvent(parse.GetValue(id));
            if (detail is null)
            {
                context.Error.WriteLine($"sitrep: no linked event with id {parse.GetValue(id)} in {store.Path} (run `sitrep link` after upgrading)");
                return ExitCodes.NotFound;
            }

            if (parse.GetValue(json))
            {
                CliJson.Write(context.Out, new { detail.Event, detail.Reports, disputes = store.DisputesOfLinkedEvent(detail.Event.Id) });
                return ExitCodes.Success;
            }

            var f = detail.Event.Fields;
            var inv = CultureInfo.InvariantCulture;
            context.Out.WriteLine($"Event {detail.Event.Id}: {f.EventType} / {f.SubEventType}");
            context.Out.WriteLine($"  date          {f.EventDate?.ToString("yyyy-MM-dd", inv) ?? "—"} (time precision {f.TimePrecision?.ToString(inv) ?? "—"})");
            context.Out.WriteLine($"  place         {(f.Location is { } p ? $"{p.Name}, {p.Admin1}, {p.Country} ({p.Latitude.ToString("0.###", inv)}, {p.Longitude.ToString("0.###", inv)}), geo precision {f.GeoPrecision}" : "—")}");
            context.Out.WriteLine($"  actors        {f.Actor1 ?? "—"} vs {f.Actor2 ?? "—"}");
            context.Out.WriteLine($"  fatalities    {f.Fatalities} (the lowest toll reported)");
            context.Out.WriteLine($"  corroboration {f.Corroboration} independent source(s), {detail.Event.Reports} report(s)");
            var console = context.Environment.CreateConsole();
            var table = new Table().Border(TableBorder.Simple);
            foreach (var column in (string[])["Article", "Outlet", "Published", "Its date", "Its place", "Deaths", "Reported by", "Evidence"])
            {
                table.AddColumn(column);
            }

            foreach (var r in detail.Reports)
            {
                var e = r.Report.Event;
                table.AddRow(
                    Markup.Escape(r.Report.DocumentId.ToString(inv) + (r.DuplicateOf is { } of ? $" (copy of {of})" : "")),
                    Markup.Escape(r.Report.Outlet ?? "—"),
                    Markup.Escape(r.Report.Published?.ToString("yyyy-MM-dd", inv) ?? "—"),
                    Markup.Escape(e.EventDate?.ToString("yyyy-MM-dd", inv) ?? "—"),
                    Markup.Escape(e.Location?.Name ?? "—"),
                    Markup.Escape(e.Fatalities.ToString(inv)),
                    Markup.Escape((e.ReportedBy ?? "—") + (e.Hedged ? " (hedged)" : "")),
                    Markup.Escape(ArticleTable.Truncate(e.TriggerText, 30)));
            }

            console.Write(table);
            foreach (var dispute in store.DisputesOfLinkedEvent(detail.Event.Id))
            {
                context.Out.WriteLine($"  disputed: {dispute.Label} ({(dispute.Status == Linking.Disputes.DisputeStatus.Contradicted ? "contradicted" : "consistent")}): {string.Join(" vs ", dispute.Sides.Select(s => s.Label))}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Stories(CliContext context)
    {
        var limit = new Option<int>("--limit") { Description = "At most this many (default 50)", DefaultValueFactory = _ => 50 };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("stories", "List stories: articles about the same matter, latest first") { limit, json };
        command.SetAction(parse =>
        {
            using var store = context.OpenStore(parse);
            var stories = store.ListStories(parse.GetValue(limit));
            if (parse.GetValue(json))
            {
                CliJson.Write(context.Out, stories);
                return ExitCodes.Success;
            }

            var inv = CultureInfo.InvariantCulture;
            var table = new Table().Border(TableBorder.Simple);
            foreach (var column in (string[])["ID", "First", "Last", "Articles", "Texts", "Outlets", "Started by"])
            {
                table.AddColumn(column);
            }

            foreach (var s in stories)
            {
                table.AddRow(s.Id.ToString(inv), Markup.Escape(s.First?.ToString("yyyy-MM-dd", inv) ?? "—"), Markup.Escape(s.Last?.ToString("yyyy-MM-dd", inv) ?? "—"),
                    s.Articles.ToString(inv), s.Texts.ToString(inv), s.Outlets.ToString(inv), Markup.Escape(ArticleTable.Truncate(s.Title ?? "—", 70)));
            }

            context.Environment.CreateConsole().Write(table);
            context.Out.WriteLine($"{stories.Count} story(ies); `sitrep story ID` lists one's articles");
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Story(CliContext context)
    {
        var id = new Argument<long>("ID") { Description = "A story's id (see `sitrep stories`)" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("story", "Show one story: its articles (copies marked), outlets, terms, actors and the events its articles report") { id, json };
        command.SetAction(parse =>
        {
            using var store = context.OpenStore(parse);
            var story = store.GetStory(parse.GetValue(id));
            if (story is null)
            {
                context.Error.WriteLine($"sitrep: no story with id {parse.GetValue(id)} in {store.Path} (run `sitrep link` after upgrading)");
                return ExitCodes.NotFound;
            }

            if (parse.GetValue(json))
            {
                CliJson.Write(context.Out, story);
                return ExitCodes.Success;
            }

            var inv = CultureInfo.InvariantCulture;
            var s = story.Summary;
            context.Out.WriteLine($"Story {s.Id}: {s.Title}");
            context.Out.WriteLine($"  {s.First?.ToString("yyyy-MM-dd", inv) ?? "undated"} – {s.Last?.ToString("yyyy-MM-dd", inv) ?? "undated"}: {s.Articles} article(s), {s.Texts} distinct text(s), {s.Outlets} outlet(s)");
            context.Out.WriteLine($"  terms: {string.Join(", ", story.Terms)}");
            if (story.Actors.Count > 0)
            {
                context.Out.WriteLine($"  actors: {string.Join(", ", story.Actors)}");
            }

            foreach (var a in story.Articles)
            {
                context.Out.WriteLine($"  {a.DocumentId.ToString(inv),5}  {a.Published ?? "undated",-10}  {a.Outlet ?? "—"}: {a.Title}{(a.DuplicateOf is { } of ? $" (copy of {of.ToString(inv)})" : "")}");
            }

            if (story.LinkedEvents.Count > 0)
            {
                context.Out.WriteLine($"  linked events: {string.Join(", ", story.LinkedEvents.Select(e => e.ToString(inv)))} (`sitrep event ID`)");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Sources(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("sources", "List outlets: domains, articles, copies of others' text, events reported and how many an independent outlet corroborates") { json };
        command.SetAction(parse =>
        {
            using var store = context.OpenStore(parse);
            var sources = store.ListSources();
            if (parse.GetValue(json))
            {
                CliJson.Write(context.Out, sources.Select(s => new
                {
                    outlet = s.Outlet, domains = s.Domains, articles = s.Articles, copies = s.Copies,
                    eventsReported = s.EventsReported, eventsCorroborated = s.EventsCorroborated, corroboratedShare = s.CorroboratedShare,
                }));
                return ExitCodes.Success;
            }

            var inv = CultureInfo.InvariantCulture;
            var table = new Table().Border(TableBorder.Simple);
            foreach (var column in (string[])["Outlet", "Domains", "Articles", "Copies", "Events", "Corroborated"])
            {
                table.AddColumn(column);
            }

            foreach (var s in sources)
            {
                table.AddRow(
                    Markup.Escape(s.Outlet), Markup.Escape(string.Join(", ", s.Domains)), s.Articles.ToString(inv), s.Copies.ToString(inv),
                    s.EventsReported.ToString(inv), Markup.Escape(s.EventsReported == 0 ? "—" : $"{s.EventsCorroborated} ({s.CorroboratedShare.ToString("P0", inv)})"));
            }

            context.Environment.CreateConsole().Write(table);
            context.Out.WriteLine($"{sources.Count} outlet(s)");
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Disputes(CliContext context)
    {
        var contradicted = new Option<bool>("--contradicted") { Description = "Only propositions whose sides cannot all hold (default: also those where sources agree)" };
        var text = new Option<string?>("--text") { Description = "Only propositions whose label contains this text" };
        var article = new Option<long?>("--article") { Description = "Only propositions this article takes part in" };
        var limit = new Option<int>("--limit") { Description = "At most this many (default 100)", DefaultValueFactory = _ => 100 };
        var json = new Option<bool>("--json") { Description = "Print JSON, with every supporting claim's spans" };
        var command = new Command("disputes", "Compare what sources claim about the same thing: counts, whereabouts, responsibility, denials") { contradicted, text, article, limit, json };
        command.SetAction(parse =>
        {
            using var store = context.OpenStore(parse);
            var disputes = store.ListDisputes(new DisputeQuery(parse.GetValue(contradicted), parse.GetValue(text), parse.GetValue(article), parse.GetValue(limit)));
            if (parse.GetValue(json))
            {
                CliJson.Write(context.Out, disputes);
                return ExitCodes.Success;
            }

            var inv = CultureInfo.InvariantCulture;
            foreach (var dispute in disputes)
            {
                context.Out.WriteLine($"{dispute.Label} — {(dispute.Status == Linking.Disputes.DisputeStatus.Contradicted ? "CONTRADICTED" : "consistent")}");
                for (var i = 0; i < dispute.Sides.Count; i++)
                {
                    var side = dispute.Sides[i];
                    var denied = side.Polarity == Linking.Disputes.Polarity.Denied && !side.Label.Contains("denied", StringComparison.OrdinalIgnoreCase);
                    context.Out.WriteLine($"  [{i + 1}] {side.Label}{(denied ? " (denied)" : "")}");
                    foreach (var record in side.Supporters)
                    {
                        var c = record.Claim;
                        var who = c.SourceText is null ? "the author" : c.SourceText + (c.SourceActor is { } actor && !actor.Equals(c.SourceText, StringComparison.OrdinalIgnoreCase) ? $" → {actor}" : "");
                        context.Out.WriteLine($"      article {c.DocumentId.ToString(inv)} ({c.Outlet ?? "unknown outlet"}{(c.Published is { } d ? ", " + d.ToString("yyyy-MM-dd", inv) : "")}): {who}{(c.CueText.Length > 0 ? " " + c.CueText : "")}{(c.Hedged ? " (hedged)" : "")}: “{ArticleTable.Truncate(c.ContentText.ReplaceLineEndings(" "), 120)}”");
                    }
                }

                foreach (var conflict in dispute.Conflicts)
                {
                    context.Out.WriteLine($"  [{conflict.First + 1}] vs [{conflict.Second + 1}]: {conflict.Reason}");
                }

                context.Out.WriteLine();
            }

            context.Out.WriteLine($"{disputes.Count} proposition(s) addressed by several sources ({disputes.Count(d => d.Status == Linking.Disputes.DisputeStatus.Contradicted)} contradicted)");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The linked-event listing behind <c>sitrep events --linked</c>.</summary>
    public static void WriteLinked(CliContext context, SqliteDocumentStore store, LinkedEventQuery query, string format)
    {
        var events = store.ListLinkedEvents(query);
        if (format is "json")
        {
            CliJson.Write(context.Out, events);
            return;
        }

        if (format is "geojson")
        {
            CliJson.Write(context.Out, new
            {
                type = "FeatureCollection",
                features = events.Where(e => e.Fields.Location is not null).Select(e => new
                {
                    type = "Feature",
                    id = e.Id,
                    geometry = new { type = "Point", coordinates = new[] { e.Fields.Location!.Longitude, e.Fields.Location.Latitude } },
                    properties = e,
                }),
            });
            return;
        }

        var inv = CultureInfo.InvariantCulture;
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in (string[])["ID", "Date", "Type", "Actor 1", "Actor 2", "Location", "Deaths", "Sources", "Reports"])
        {
            table.AddColumn(column);
        }

        foreach (var e in events)
        {
            var f = e.Fields;
            table.AddRow(
                e.Id.ToString(inv), Markup.Escape(f.EventDate?.ToString("yyyy-MM-dd", inv) ?? "—"), Markup.Escape(f.SubEventType),
                Markup.Escape(ArticleTable.Truncate(f.Actor1 ?? "—", 30)), Markup.Escape(ArticleTable.Truncate(f.Actor2 ?? "—", 26)),
                Markup.Escape(ArticleTable.Truncate(f.Location is { } p ? $"{p.Name}, {p.Country}" : "—", 30)),
                f.Fatalities.ToString(inv), f.Corroboration.ToString(inv), e.Reports.ToString(inv));
        }

        context.Environment.CreateConsole().Write(table);
        context.Out.WriteLine($"{events.Count} linked event(s); `sitrep event ID` shows every report of one");
    }
}
