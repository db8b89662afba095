using System.CommandLine;
using System.Globalization;
using System.Text;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

internal static class EventsCommand
{
    // ACLED's export columns, in ACLED's order.
    private static readonly string[] AcledColumns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
        "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
        "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
        "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    public static Command Create(CliContext context)
    {
        var country = new Option<string?>("--country") { Description = "Only events in this country" };
        var admin1 = new Option<string?>("--admin1") { Description = "Only events in this first-level division" };
        var type = new Option<string?>("--type") { Description = "Only this event type or sub-event type (ACLED's names)" };
        var actor = new Option<string?>("--actor") { Description = "Only events with this text in actor1 or actor2" };
        var from = new Option<DateOnly?>("--from") { Description = "Only events on or after this date (yyyy-mm-dd)" };
        var to = new Option<DateOnly?>("--to") { Description = "Only events on or before this date (yyyy-mm-dd)" };
        var source = new Option<string?>("--source") { Description = "Only events reported by this outlet" };
        var format = new Option<string>("--format") { Description = "table, csv (ACLED's columns), json or geojson", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json", "geojson");
        var limit = new Option<int>("--limit") { Description = "At most this many (default 1000)", DefaultValueFactory = _ => 1000 };
        var linked = new Option<bool>("--linked") { Description = "List linked events (one per real-world event, merged across the articles that report it) with their corroboration" };
        var minSources = new Option<int>("--min-sources") { Description = "With --linked: only events reported by at least N independent sources", DefaultValueFactory = _ => 0 };
        var command = new Command("events", "List coded events in ACLED's schema") { country, admin1, type, actor, from, to, source, format, limit, linked, minSources };
        command.SetAction(parse =>
        {
            using var store = context.OpenStore(parse);
            if (parse.GetValue(linked))
            {
                if (parse.GetValue(format) == "csv" || parse.GetValue(source) is not null)
                {
                    context.Error.WriteLine("sitrep: --linked lists merged events: use --format table, json or geojson, and no --source (see `sitrep event ID` for each report's outlet)");
                    return ExitCodes.UsageError;
                }

                LinkCommands.WriteLinked(context, store, new Sitrep.Linking.LinkedEventQuery(parse.GetValue(country), parse.GetValue(admin1), parse.GetValue(type),
                    parse.GetValue(actor), parse.GetValue(from), parse.GetValue(to), parse.GetValue(minSources), parse.GetValue(limit)), parse.GetValue(format)!);
                return ExitCodes.Success;
            }

            var events = store.ListEvents(new EventQuery(parse.GetValue(country), parse.GetValue(admin1), parse.GetValue(type), parse.GetValue(actor),
                parse.GetValue(from), parse.GetValue(to), parse.GetValue(source), parse.GetValue(limit)));
            switch (parse.GetValue(format))
            {
                case "csv":
                    WriteCsv(context.Out, events);
                    break;
                case "json":
                    CliJson.Write(context.Out, events);
                    break;
                case "geojson":
                    CliJson.Write(context.Out, GeoJson(events));
                    break;
                default:
                    WriteTable(context, events);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Dictionary<string, string> Row(StoredEvent stored, int index)
    {
        var e = stored.Event;
        var inv = CultureInfo.InvariantCulture;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["event_id_cnty"] = $"SITREP{stored.DocumentId}-{index}",
            ["event_date"] = e.EventDate?.ToString("yyyy-MM-dd", inv) ?? string.Empty,
            ["year"] = e.EventDate?.Year.ToString(inv) ?? string.Empty,
            ["time_precision"] = e.TimePrecision?.ToString(inv) ?? string.Empty,
            ["disorder_type"] = e.DisorderType,
            ["event_type"] = e.EventType,
            ["sub_event_type"] = e.SubEventType,
            ["actor1"] = e.Actor1 ?? string.Empty,
            ["assoc_actor_1"] = e.AssocActor1 ?? string.Empty,
            ["inter1"] = e.Inter1.ToString(inv),
            ["actor2"] = e.Actor2 ?? string.Empty,
            ["assoc_actor_2"] = e.AssocActor2 ?? string.Empty,
            ["inter2"] = e.Inter2.ToString(inv),
            ["interaction"] = e.Interaction.ToString(inv),
            ["civilian_targeting"] = e.CivilianTargeting ? "Civilian targeting" : string.Empty,
            ["country"] = e.Location?.Country ?? string.Empty,
            ["admin1"] = e.Location?.Admin1 ?? string.Empty,
            ["location"] = e.Location?.Name ?? string.Empty,
            ["latitude"] = e.Location?.Latitude.ToString("0.####", inv) ?? string.Empty,
            ["longitude"] = e.Location?.Longitude.ToString("0.####", inv) ?? string.Empty,
            ["geo_precision"] = e.GeoPrecision?.ToString(inv) ?? string.Empty,
            ["source"] = stored.Outlet ?? string.Empty,
            ["notes"] = e.Notes,
            ["fatalities"] = e.Fatalities.ToString(inv),
        };
    }

    private static void WriteCsv(TextWriter o, IReadOnlyList<StoredEvent> events)
    {
        o.WriteLine(string.Join(',', AcledColumns));
        for (var i = 0; i < events.Count; i++)
        {
            var row = Row(events[i], i);
            o.WriteLine(string.Join(',', AcledColumns.Select(c => Csv(row.GetValueOrDefault(c) ?? string.Empty))));
        }
    }

    private static string Csv(string value)
        => value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static object GeoJson(IReadOnlyList<StoredEvent> events) => new
    {
        type = "FeatureCollection",
        features = events.Select((stored, i) => (stored, i)).Where(x => x.stored.Event.Location is not null).Select(x => new
        {
            type = "Feature",
            geometry = new { type = "Point", coordinates = new[] { x.stored.Event.Location!.Longitude, x.stored.Event.Location.Latitude } },
            properties = Row(x.stored, x.i),
        }),
    };

    private static void WriteTable(CliContext context, IReadOnlyList<StoredEvent> events)
    {
        var console = context.Environment.CreateConsole();
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in (string[])["Date", "Type", "Actor 1", "Actor 2", "Location", "Deaths", "Article"])
        {
            table.AddColumn(column);
        }

        foreach (var stored in events)
        {
            var e = stored.Event;
            table.AddRow(
                Markup.Escape(e.EventDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—"),
                Markup.Escape(e.SubEventType + (e.Hedged ? " (hedged)" : "")),
                Markup.Escape(ArticleTable.Truncate(e.Actor1 ?? "—", 34)),
                Markup.Escape(ArticleTable.Truncate(e.Actor2 ?? "—", 30)),
                Markup.Escape(ArticleTable.Truncate(e.Location is { } p ? $"{p.Name}, {p.Country}" : "—", 32)),
                Markup.Escape(e.Fatalities.ToString(CultureInfo.InvariantCulture)),
                Markup.Escape(stored.DocumentId.ToString(CultureInfo.InvariantCulture)));
        }

        console.Write(table);
        context.Out.WriteLine($"{events.Count} event(s)");
    }
}
