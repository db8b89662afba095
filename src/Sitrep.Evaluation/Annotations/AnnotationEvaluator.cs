using System.Globalization;
using System.Text.Json;
using Sitrep.Extraction;
using Sitrep.Language.Text;

namespace Sitrep.Evaluation.Annotations;

/// <summary>One gold value and what the annotator made of it.</summary>
/// <param name="Kind">"date", "quantity" or "place".</param>
/// <param name="Gold">The gold value, as the gold states it.</param>
/// <param name="Found">Whether the annotator produced the right value.</param>
/// <param name="System">What the annotator produced at that place instead (null when nothing).</param>
public sealed record GoldCheck(string Kind, string Gold, bool Found, string? System);

/// <summary>The checks of one seed article.</summary>
/// <param name="Seed">The seed's base name.</param>
/// <param name="Checks">Every gold value checked.</param>
public sealed record SeedAnnotationScore(string Seed, IReadOnlyList<GoldCheck> Checks)
{
    /// <summary>Found and total gold values of one kind.</summary>
    public (int Found, int Total) Recall(string kind)
        => (Checks.Count(c => c.Kind == kind && c.Found), Checks.Count(c => c.Kind == kind));
}

/// <summary>Recall of the gold dates, quantities and places over the seed articles.</summary>
/// <param name="Directory">The gold folder.</param>
/// <param name="Seeds">Per-seed results.</param>
public sealed record AnnotationReport(string Directory, IReadOnlyList<SeedAnnotationScore> Seeds)
{
    /// <summary>The kinds of value checked.</summary>
    public static readonly string[] Kinds = ["date", "quantity", "place"];

    /// <summary>Found and total over all seeds.</summary>
    public (int Found, int Total) Recall(string kind)
        => (Seeds.Sum(s => s.Recall(kind).Found), Seeds.Sum(s => s.Recall(kind).Total));

    /// <summary>Prints recall per seed and overall, then every miss with what was found instead.</summary>
    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine($"Gold annotations — {Directory}");
        writer.WriteLine($"{"seed",-26}{"dates",12}{"quantities",14}{"places",12}");
        foreach (var seed in Seeds)
        {
            writer.WriteLine($"{seed.Seed,-26}{Cell(seed.Recall("date")),12}{Cell(seed.Recall("quantity")),14}{Cell(seed.Recall("place")),12}");
        }

        writer.WriteLine($"{"overall",-26}{Cell(Recall("date")),12}{Cell(Recall("quantity")),14}{Cell(Recall("place")),12}");
        foreach (var seed in Seeds)
        {
            foreach (var miss in seed.Checks.Where(c => !c.Found))
            {
                writer.WriteLine($"  {seed.Seed} {miss.Kind,-8} gold {miss.Gold}  →  {miss.System ?? "nothing found"}");
            }
        }
    }

    private static string Cell((int Found, int Total) r)
        => r.Total == 0 ? "—" : string.Create(CultureInfo.InvariantCulture, $"{r.Found}/{r.Total} {r.Found / (double)r.Total:P0}");
}

/// <summary>
/// Runs the whole pipeline (extraction and annotation) on each seed article and checks the gold's event dates,
/// quantities and event places against what the annotator produced.
/// </summary>
public static class AnnotationEvaluator
{
    /// <summary>Scores <paramref name="annotator"/> on the gold folder (seeds are read from its sibling <c>seeds/</c>).</summary>
    /// <exception cref="FileNotFoundException">No gold files, or a gold file without its seed.</exception>
    public static AnnotationReport Evaluate(string goldDirectory, IArticleAnnotator annotator, string? seedsDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(annotator);
        seedsDirectory ??= Path.Combine(Path.GetDirectoryName(Path.GetFullPath(goldDirectory).TrimEnd(Path.DirectorySeparatorChar))!, "seeds");
        var goldFiles = System.IO.Directory.GetFiles(goldDirectory, "*.json").Order(StringComparer.Ordinal).ToArray();
        if (goldFiles.Length == 0)
        {
            throw new FileNotFoundException($"{goldDirectory}: no gold annotation files (*.json)");
        }

        var pipeline = new PipelineBuilder().UseDefaultExtraction().UseAnnotator(annotator).Build();
        var seeds = new List<SeedAnnotationScore>();
        foreach (var goldFile in goldFiles)
        {
            var name = Path.GetFileNameWithoutExtension(goldFile);
            var seedFile = Path.Combine(seedsDirectory, name + ".txt");
            if (!File.Exists(seedFile))
            {
                throw new FileNotFoundException($"{goldFile}: its seed {seedFile} is missing");
            }

            using var gold = JsonDocument.Parse(File.ReadAllBytes(goldFile));
            var raw = new RawDocument(seedFile, ContentKind.Text, File.ReadAllBytes(seedFile));
            var processed = pipeline.Process(raw);
            var article = processed.Article!;
            var annotations = processed.Annotations!;
            var checks = new List<GoldCheck>();
            CheckDates(gold.RootElement, article.Body, annotations, checks);
            CheckQuantities(gold.RootElement, article.Body, annotations, checks);
            CheckPlaces(gold.RootElement, article.Body, annotations, checks);
            seeds.Add(new SeedAnnotationScore(name.Length > 24 ? name[..24] : name, checks));
        }

        return new AnnotationReport(goldDirectory, seeds);
    }

    private static IEnumerable<JsonElement> Array(JsonElement root, string name)
        => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [];

    private static string? String(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static decimal? Number(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;

    /// <summary>The spans of an event's evidence in the body, widened to their paragraphs.</summary>
    private static List<TextSpan> EvidenceParagraphs(JsonElement item, string body)
    {
        var spans = new List<TextSpan>();
        var evidence = new List<string>();
        if (String(item, "evidence") is { } main)
        {
            evidence.Add(main);
        }

        evidence.AddRange(Array(item, "evidence_extra").Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
        foreach (var text in evidence)
        {
            var at = body.IndexOf(text, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var start = body.LastIndexOf("\n\n", at, StringComparison.Ordinal);
            var end = body.IndexOf("\n\n", at + text.Length, StringComparison.Ordinal);
            start = start < 0 ? 0 : start + 2;
            end = end < 0 ? body.Length : end;
            spans.Add(new TextSpan(start, end - start));
        }

        return spans;
    }

    private static bool Inside(TextSpan span, List<TextSpan> regions) => regions.Any(r => r.Start <= span.Start && span.End <= r.End);

    private static void CheckDates(JsonElement gold, string body, ArticleAnnotations annotations, List<GoldCheck> checks)
    {
        foreach (var e in Array(gold, "events"))
        {
            if (String(e, "event_date") is not { } date)
            {
                continue;
            }

            // The date must be read in the event's own paragraph (an event date is stated next to the event).
            var regions = EvidenceParagraphs(e, body);
            var near = annotations.Dates.Where(d => Inside(d.Span, regions)).ToList();
            // The gold has no week level: "this week" is coded as its month, so a week inside the gold month counts.
            var found = near.Any(d => d.Value == date || d.Value.StartsWith(date + "T", StringComparison.Ordinal)
                || date.Length == 7 && d.Precision == DatePrecision.Week && d.Start is { } ws && d.End is { } we
                    && (ws.ToString("yyyy-MM", CultureInfo.InvariantCulture) == date || we.ToString("yyyy-MM", CultureInfo.InvariantCulture) == date));
            var instead = found ? null : near.Count == 0 ? null : string.Join("; ", near.Select(d => $"\"{d.Text}\" = {d.Value}"));
            checks.Add(new GoldCheck("date", $"{date} ({String(e, "id")})", found, instead));
        }
    }

    private static void CheckQuantities(JsonElement gold, string body, ArticleAnnotations annotations, List<GoldCheck> checks)
    {
        foreach (var q in Array(gold, "quantities"))
        {
            var text = String(q, "text") ?? string.Empty;
            var low = Number(q, "low");
            var high = Number(q, "high");
            var label = string.Create(CultureInfo.InvariantCulture, $"\"{text}\" {low?.ToString(CultureInfo.InvariantCulture) ?? "–"}..{high?.ToString(CultureInfo.InvariantCulture) ?? "–"}");
            var spans = new List<TextSpan>();
            for (var at = body.IndexOf(text, StringComparison.Ordinal); at >= 0; at = body.IndexOf(text, at + 1, StringComparison.Ordinal))
            {
                spans.Add(new TextSpan(at, text.Length));
            }

            if (spans.Count == 0)
            {
                checks.Add(new GoldCheck("quantity", label, false, "(the gold text is not in the extracted body)"));
                continue;
            }

            // Any occurrence of the phrase may carry it ("30 women and children" also sits inside "At least 30 women …").
            var overlapping = annotations.Quantities.Where(m => spans.Any(span => m.Span.Start < span.End && span.Start < m.Span.End)).ToList();
            var found = overlapping.Any(m => m.Low == low && m.High == high);
            var instead = found || overlapping.Count == 0 ? null
                : string.Join("; ", overlapping.Select(m => string.Create(CultureInfo.InvariantCulture, $"\"{m.Text}\" {m.Low?.ToString(CultureInfo.InvariantCulture) ?? "–"}..{m.High?.ToString(CultureInfo.InvariantCulture) ?? "–"}")));
            checks.Add(new GoldCheck("quantity", label, found, instead));
        }
    }

    private static void CheckPlaces(JsonElement gold, string body, ArticleAnnotations annotations, List<GoldCheck> checks)
    {
        foreach (var e in Array(gold, "events"))
        {
            if (String(e, "location") is not { } location)
            {
                continue;
            }

            var admin1 = String(e, "admin1");
            var country = String(e, "country");
            var name = location.Split(" (")[0];
            var label = $"{location} → {admin1 ?? "—"}, {country} ({String(e, "id")})";
            var regions = EvidenceParagraphs(e, body);

            // The place is named in the event's paragraph; find its mentions there (or anywhere, for names given once).
            var candidates = annotations.Places.Where(p => Mentions(p, name) && Inside(p.Span, regions)).ToList();
            if (candidates.Count == 0)
            {
                candidates = annotations.Places.Where(p => Mentions(p, name)).ToList();
            }

            var found = candidates.Any(p => p.Place is { } place && SameRegion(place.Country, country) && (admin1 is null || SameRegion(place.Admin1, admin1)));
            var instead = found || candidates.Count == 0 ? null
                : string.Join("; ", candidates.Select(p => p.Place is { } place ? $"\"{p.Text}\" = {place.Name}, {place.Admin1}, {place.Country}" : $"\"{p.Text}\" unresolved"));
            checks.Add(new GoldCheck("place", label, found, instead));
        }
    }

    private static bool Mentions(PlaceMention mention, string goldName)
    {
        var text = TextFolding.Fold(mention.Text);
        var gold = TextFolding.Fold(goldName);
        return gold.Contains(text, StringComparison.Ordinal) || text.Contains(gold, StringComparison.Ordinal);
    }

    /// <summary>Compares region names across ACLED's and GeoNames' spellings ("As-Sweida" / "As-Suwayda").</summary>
    internal static bool SameRegion(string? system, string? gold)
    {
        if (system is null || gold is null)
        {
            return system is null && gold is null;
        }

        return RegionKey(system) == RegionKey(gold);
    }

    private static readonly Dictionary<string, string> RegionSynonyms = new(StringComparer.Ordinal)
    {
        ["rifdimashq"] = "ruraldamascus",
        ["damascuscountryside"] = "ruraldamascus",
        ["suwayda"] = "sweida",
        ["suwaida"] = "sweida",
        ["latakia"] = "lattakia",
        ["sirte"] = "surt",
        ["dayrazzawr"] = "deirezzor",
        ["deirezzor"] = "deirezzor",
        ["zawiyah"] = "zawiyah",
        ["zawiya"] = "zawiyah",
        ["anbar"] = "anbar",
        ["halab"] = "aleppo",
        ["hamah"] = "hama",
        ["hims"] = "homs",
        ["dimashq"] = "damascus",
        ["idlib"] = "idleb",
        ["alhasakah"] = "hasakah",
        ["hasaka"] = "hasakah",
        ["raqqah"] = "raqqa",
        ["daraa"] = "deraa",
        ["dara"] = "deraa",
        ["quneitra"] = "quneitra",
        ["tartus"] = "tartous",
    };

    private static string RegionKey(string name)
    {
        var folded = TextFolding.Fold(name);
        foreach (var prefix in (string[])["al ", "as ", "ad ", "ar ", "ash ", "at ", "az ", "an ", "el ", "governorate of ", "muhafazat "])
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                folded = folded[prefix.Length..];
                break;
            }
        }

        foreach (var suffix in (string[])[" governorate", " province", " district"])
        {
            if (folded.EndsWith(suffix, StringComparison.Ordinal))
            {
                folded = folded[..^suffix.Length];
            }
        }

        var key = folded.Replace(" ", string.Empty, StringComparison.Ordinal);
        return RegionSynonyms.TryGetValue(key, out var canonical) ? canonical : key;
    }
}
