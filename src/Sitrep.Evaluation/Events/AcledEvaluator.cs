using System.Globalization;
using System.Text;
using Sitrep.Coding.Events;
using Sitrep.Language.Places;

namespace Sitrep.Evaluation.Events;

/// <summary>The result of coding ACLED rows' notes and comparing with the rows' coding.</summary>
/// <param name="Path">The CSV scored.</param>
/// <param name="Rows">Rows scored.</param>
/// <param name="Coded">Rows for which an event was coded.</param>
/// <param name="EventTypeCorrect">Rows whose event type matched (old types mapped to today's).</param>
/// <param name="EventTypeMacroF1">Macro-averaged F1 over event types.</param>
/// <param name="Actor1">Rows whose actor1 matched, over rows with a gold actor1.</param>
/// <param name="Actor2">Rows whose actor2 matched, over rows with a gold actor2.</param>
/// <param name="Within25Km">Rows located within 25 km, over rows with coordinates.</param>
/// <param name="Admin1">Rows with the right admin1.</param>
/// <param name="Country">Rows with the right country.</param>
/// <param name="DateExact">Rows with the exact event date, over rows whose notes state a date.</param>
/// <param name="Fatalities">Rows with the exact fatality count.</param>
/// <param name="Confusion">Gold type → coded type → count.</param>
/// <param name="Disagreements">Rows where the type, the location (25 km) or the fatalities disagree, in file order.</param>
public sealed record AcledReport(string Path, int Rows, int Coded, int EventTypeCorrect, double EventTypeMacroF1, (int Hit, int Of) Actor1,
    (int Hit, int Of) Actor2, (int Hit, int Of) Within25Km, (int Hit, int Of) Admin1, (int Hit, int Of) Country, (int Hit, int Of) DateExact,
    (int Hit, int Of) Fatalities, IReadOnlyDictionary<string, Dictionary<string, int>> Confusion, IReadOnlyList<AcledDisagreement> Disagreements)
{
    /// <summary>Prints the first <paramref name="count"/> disagreements, gold against ours.</summary>
    public void WriteDisagreements(TextWriter writer, int count)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var row in Disagreements.Take(count))
        {
            writer.WriteLine($"row {row.Id}: {row.Notes}");
            foreach (var field in row.Fields)
            {
                writer.WriteLine($"    {field.Field,-10} gold {field.Gold,-40} ours {field.Ours}");
            }
        }
    }

    /// <summary>Share of rows with the right event type.</summary>
    public double EventTypeAccuracy => Rows == 0 ? 0 : EventTypeCorrect / (double)Rows;

    /// <summary>Prints the scores and the confusion table.</summary>
    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var inv = CultureInfo.InvariantCulture;
        static string Rate((int Hit, int Of) r) => r.Of == 0 ? "—" : string.Create(CultureInfo.InvariantCulture, $"{r.Hit / (double)r.Of:F3} ({r.Hit}/{r.Of})");
        writer.WriteLine(string.Create(inv, $"ACLED — {Path}: {Rows} rows, an event coded for {Coded}"));
        writer.WriteLine(string.Create(inv, $"event_type accuracy {EventTypeAccuracy:F3}   macro-F1 {EventTypeMacroF1:F3}"));
        writer.WriteLine($"actor1 {Rate(Actor1)}   actor2 {Rate(Actor2)}");
        writer.WriteLine($"location ≤ 25 km {Rate(Within25Km)}   admin1 {Rate(Admin1)}   country {Rate(Country)}");
        writer.WriteLine($"event_date exact {Rate(DateExact)}   fatalities exact {Rate(Fatalities)}");
        writer.WriteLine("confusion (gold → coded):");
        foreach (var (gold, coded) in Confusion.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            writer.WriteLine($"  {gold,-28} " + string.Join(", ", coded.OrderByDescending(c => c.Value).Select(c => $"{c.Key} {c.Value}")));
        }
    }
}

/// <summary>One ACLED row the coder got partly wrong.</summary>
/// <param name="Id">The row's data_id.</param>
/// <param name="Notes">The row's notes.</param>
/// <param name="Fields">The fields that disagree: name, gold value, our value.</param>
public sealed record AcledDisagreement(string Id, string Notes, IReadOnlyList<(string Field, string Gold, string Ours)> Fields);

/// <summary>
/// Codes each ACLED row's <c>notes</c> as an article published seven days after the row's event date (so the date has
/// to come from the text) and compares the main coded event with the row.
/// </summary>
public static class AcledEvaluator
{
    /// <summary>Scores the pipeline on the CSV at <paramref name="path"/>.</summary>
    /// <exception cref="FormatException">The file is not an ACLED CSV; the message names it and the problem.</exception>
    public static AcledReport Evaluate(string path, SitrepPipeline pipeline, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var rows = ReadCsv(path);
        if (limit is { } n)
        {
            rows = rows.Take(n).ToList();
        }

        int coded = 0, typeOk = 0;
        (int, int) actor1 = default, actor2 = default, near = default, admin1 = default, country = default, date = default, fatalities = default;
        var confusion = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var tp = new Dictionary<string, int>(StringComparer.Ordinal);
        var fp = new Dictionary<string, int>(StringComparer.Ordinal);
        var fn = new Dictionary<string, int>(StringComparer.Ordinal);
        var disagreements = new List<AcledDisagreement>();
        foreach (var row in rows)
        {
            var notes = row.GetValueOrDefault("notes") ?? string.Empty;
            if (!DateOnly.TryParse(row.GetValueOrDefault("event_date"), CultureInfo.InvariantCulture, out var eventDate))
            {
                continue;
            }

            var published = eventDate.AddDays(7);
            var raw = new RawDocument($"{path}#{row.GetValueOrDefault("data_id")}", ContentKind.Text, Encoding.UTF8.GetBytes(notes),
                Hints: new DocumentHints(Published: published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Outlet: Outlet(row.GetValueOrDefault("source"))));
            var processed = pipeline.Process(raw);
            var article = processed.Article!;
            var events = processed.Coding?.EventList ?? [];
            // ACLED splits a report into one row per place and day; Sitrep splits it the same way. The row is compared
            // with the coded event at its place (within 25 km) and on its day when several were coded, else the first.
            var main = events.Count > 0 ? events[0] : null;
            if (events.Count > 1)
            {
                var candidates = events.ToList();
                if (double.TryParse(row.GetValueOrDefault("latitude"), CultureInfo.InvariantCulture, out var rowLat)
                    && double.TryParse(row.GetValueOrDefault("longitude"), CultureInfo.InvariantCulture, out var rowLon))
                {
                    var atPlace = events.Where(e => e.Location is { } l && Sitrep.Geo.DistanceKm(l.Latitude, l.Longitude, rowLat, rowLon) <= 25).ToList();
                    candidates = atPlace.Count > 0 ? atPlace : candidates;
                }

                main = candidates.FirstOrDefault(e => e.EventDate == eventDate) ?? candidates[0];
            }

            var goldTypes = EventTaxonomy.FromOldSchema(row.GetValueOrDefault("event_type") ?? string.Empty);
            var goldType = goldTypes[0];
            var ours = main?.EventType ?? "(none)";
            coded += main is null ? 0 : 1;
            // The pre-2019 schema had no "Excessive force against protesters": such events were violence against civilians.
            var correct = goldTypes.Contains(ours)
                || main?.SubEventType == "Excessive force against protesters" && goldTypes.Contains(EventTaxonomy.ViolenceAgainstCivilians) && row.GetValueOrDefault("event_type")?.Trim() == "Violence against civilians";
            typeOk += correct ? 1 : 0;
            var goldKey = goldTypes.Count > 1 ? string.Join(" or ", goldTypes) : goldType;
            var matchedKey = correct ? ours : goldType;
            if (!confusion.TryGetValue(goldKey, out var row2))
            {
                confusion[goldKey] = row2 = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            row2[ours] = row2.GetValueOrDefault(ours) + 1;
            if (correct)
            {
                tp[matchedKey] = tp.GetValueOrDefault(matchedKey) + 1;
            }
            else
            {
                fn[goldType] = fn.GetValueOrDefault(goldType) + 1;
                fp[ours] = fp.GetValueOrDefault(ours) + 1;
            }

            var wrong = new List<(string, string, string)>();
            if (!correct)
            {
                wrong.Add(("type", goldKey, main is null ? ours : $"{ours} / {main.SubEventType} (\"{main.TriggerText}\")"));
            }

            Count(ref actor1, Present(row, "actor1"), main is not null && SameActor(main.Actor1, row["actor1"]));
            Count(ref actor2, Present(row, "actor2"), main is not null && SameActor(main.Actor2, row["actor2"]));
            if (double.TryParse(row.GetValueOrDefault("latitude"), CultureInfo.InvariantCulture, out var lat)
                && double.TryParse(row.GetValueOrDefault("longitude"), CultureInfo.InvariantCulture, out var lon))
            {
                var close = main?.Location is { } p && Sitrep.Geo.DistanceKm(p.Latitude, p.Longitude, lat, lon) <= 25;
                Count(ref near, true, close);
                if (!close)
                {
                    var place = main?.Location is { } l ? $"{l.Name}, {l.Admin1}, {l.Country}" : "—";
                    wrong.Add(("location", $"{row.GetValueOrDefault("location")}, {row.GetValueOrDefault("admin1")}, {row.GetValueOrDefault("country")}", place));
                }
            }

            Count(ref admin1, Present(row, "admin1"), main?.Location?.Admin1 is { } a && Annotations.AnnotationEvaluator.SameRegion(a, row["admin1"]));
            Count(ref country, Present(row, "country"), main?.Location?.Country is { } c && SameCountry(c, row["country"]));

            // The date is scored only where the notes state one (the anchor alone would give it away).
            var stated = processed.Annotations?.Dates.Any(d => d.Resolution is DateResolution.Absolute or DateResolution.Anchored && d.Precision == DatePrecision.Day) ?? false;
            Count(ref date, stated, main?.EventDate == eventDate);
            var hasDeaths = int.TryParse(row.GetValueOrDefault("fatalities"), CultureInfo.InvariantCulture, out var deaths);
            var deathsOk = main is not null && main.Fatalities == deaths || main is null && deaths == 0;
            Count(ref fatalities, hasDeaths, deathsOk);
            if (hasDeaths && !deathsOk)
            {
                wrong.Add(("fatalities", deaths.ToString(CultureInfo.InvariantCulture), main?.Fatalities.ToString(CultureInfo.InvariantCulture) ?? "—"));
            }

            if (wrong.Count > 0)
            {
                disagreements.Add(new AcledDisagreement(row.GetValueOrDefault("data_id") ?? "?", notes.Trim(), wrong));
            }

            _ = article;
        }

        var types = tp.Keys.Concat(fp.Keys).Concat(fn.Keys).Where(t => t != "(none)").Distinct(StringComparer.Ordinal).ToList();
        var macro = types.Count == 0 ? 0 : types.Average(t =>
        {
            var p = tp.GetValueOrDefault(t) + fp.GetValueOrDefault(t) == 0 ? 0 : tp.GetValueOrDefault(t) / (double)(tp.GetValueOrDefault(t) + fp.GetValueOrDefault(t));
            var r = tp.GetValueOrDefault(t) + fn.GetValueOrDefault(t) == 0 ? 0 : tp.GetValueOrDefault(t) / (double)(tp.GetValueOrDefault(t) + fn.GetValueOrDefault(t));
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        });
        return new AcledReport(path, rows.Count, coded, typeOk, macro, actor1, actor2, near, admin1, country, date, fatalities, confusion, disagreements);
    }

    /// <summary>The row's first source: an article has one outlet, and ACLED lists several, separated by semicolons.</summary>
    private static string? Outlet(string? sources)
        => string.IsNullOrWhiteSpace(sources) ? null : sources.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();

    private static void Count(ref (int Hit, int Of) counter, bool applies, bool hit)
    {
        if (applies)
        {
            counter = (counter.Hit + (hit ? 1 : 0), counter.Of + 1);
        }
    }

    /// <summary>Country names compared without case, punctuation and "the" ("Democratic Republic of the Congo" =
    /// ACLED's "Democratic Republic of Congo").</summary>
    internal static bool SameCountry(string ours, string gold)
    {
        static string Key(string name) => string.Concat(name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w != "the").Select(w => new string(w.Where(char.IsLetter).ToArray())));
        return Key(ours) == Key(gold);
    }

    private static bool Present(Dictionary<string, string> row, string column) => !string.IsNullOrWhiteSpace(row.GetValueOrDefault(column));

    /// <summary>Actor names compared without case, punctuation and a trailing period qualifier ("(2016-)").</summary>
    /// <summary>Actor names compared as the scorer compares them (for analysis tools).</summary>
    public static bool SameActorPublic(string? ours, string? gold) => SameActor(ours, gold);

    internal static bool SameActor(string? ours, string? gold)
    {
        if (ours is null || gold is null)
        {
            return false;
        }

        static string Key(string name)
        {
            var cut = name.IndexOf(" (", StringComparison.Ordinal);
            var head = name;
            if (cut > 0 && name.EndsWith(')') && name[(cut + 2)..^1].Any(char.IsDigit))
            {
                head = name[..cut];
            }

            return new string(head.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
        }

        return Key(ours) == Key(gold);
    }

    /// <summary>Reads a CSV with a header row (quoted fields, doubled quotes, newlines inside quotes).</summary>
    internal static List<Dictionary<string, string>> ReadCsv(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        var records = new List<List<string>>();
        var field = new StringBuilder();
        var record = new List<string>();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    record.Add(field.ToString());
                    field.Clear();
                    records.Add(record);
                    record = [];
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        if (records.Count < 2 || !records[0].Contains("notes") || !records[0].Contains("event_type"))
        {
            throw new FormatException($"{path}: not an ACLED CSV (a header with 'notes' and 'event_type' and at least one row is needed)");
        }

        var header = records[0];
        return records.Skip(1).Where(r => r.Count == header.Count)
            .Select(r => header.Select((h, k) => (h, v: r[k])).ToDictionary(x => x.h, x => x.v, StringComparer.Ordinal)).ToList();
    }
}
