using System.Globalization;
using System.Text;
using System.Text.Json;
using Sitrep.Evaluation.Annotations;

namespace Sitrep.Evaluation.Events;

/// <summary>Matched, missed and spurious items of one seed.</summary>
/// <param name="Seed">The seed's name.</param>
/// <param name="Matched">Gold items matched.</param>
/// <param name="Gold">Gold items.</param>
/// <param name="Coded">Coded items.</param>
/// <param name="Missed">Gold items not matched, described.</param>
/// <param name="Spurious">Coded items matching no gold item, described.</param>
public sealed record SeedScore(string Seed, int Matched, int Gold, int Coded, IReadOnlyList<string> Missed, IReadOnlyList<string> Spurious)
{
    /// <summary>Precision, recall and F1.</summary>
    public Time.PrecisionRecall Scores => new(Matched, Coded, Matched, Gold);
}

/// <summary>Events and claims of the seed articles against the gold.</summary>
/// <param name="Directory">The gold folder.</param>
/// <param name="Events">Per-seed event scores.</param>
/// <param name="Claims">Per-seed claim scores.</param>
public sealed record GoldReport(string Directory, IReadOnlyList<SeedScore> Events, IReadOnlyList<SeedScore> Claims)
{
    /// <summary>Prints per-seed and overall scores, then the misses.</summary>
    public void WriteTo(TextWriter writer, bool details = true)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var (label, seeds) in new[] { ("events", Events), ("claims", Claims) })
        {
            writer.WriteLine($"{label} — {Directory}");
            foreach (var seed in seeds)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {seed.Seed,-24} matched {seed.Matched,3} of {seed.Gold,3} gold, {seed.Coded,3} coded   {seed.Scores}"));
            }

            var total = new Time.PrecisionRecall(seeds.Sum(s => s.Matched), seeds.Sum(s => s.Coded), seeds.Sum(s => s.Matched), seeds.Sum(s => s.Gold));
            writer.WriteLine($"  {"overall",-24} {total}");
            if (details)
            {
                foreach (var seed in seeds)
                {
                    foreach (var miss in seed.Missed)
                    {
                        writer.WriteLine($"    {seed.Seed} missed   {miss}");
                    }

                    foreach (var extra in seed.Spurious)
                    {
                        writer.WriteLine($"    {seed.Seed} spurious {extra}");
                    }
                }
            }
        }
    }
}

/// <summary>
/// Codes the seed articles and compares with the gold: an event matches when its type, its date (where the gold has
/// one), its province and its actor pair agree; a claim matches when its cue or content falls inside the gold claim's
/// evidence.
/// </summary>
public static class GoldEventEvaluator
{
    /// <summary>Scores <paramref name="pipeline"/> (with annotator and coder) on the gold folder.</summary>
    public static GoldReport Evaluate(string goldDirectory, SitrepPipeline pipeline, string? seedsDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        seedsDirectory ??= Path.Combine(Path.GetDirectoryName(Path.GetFullPath(goldDirectory).TrimEnd(Path.DirectorySeparatorChar))!, "seeds");
        var events = new List<SeedScore>();
        var claims = new List<SeedScore>();
        foreach (var goldFile in System.IO.Directory.GetFiles(goldDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(goldFile);
            var seedFile = Path.Combine(seedsDirectory, name + ".txt");
            if (!File.Exists(seedFile))
            {
                throw new FileNotFoundException($"{goldFile}: its seed {seedFile} is missing");
            }

            using var gold = JsonDocument.Parse(File.ReadAllBytes(goldFile));
            var processed = pipeline.Process(new RawDocument(seedFile, ContentKind.Text, File.ReadAllBytes(seedFile)));
            var body = processed.Article?.Body ?? string.Empty;
            var coding = processed.Coding ?? new ArticleCoding([], "none");
            var label = name.Length > 24 ? name[..24] : name;
            events.Add(ScoreEvents(label, gold.RootElement, coding.EventList));
            claims.Add(ScoreClaims(label, gold.RootElement, body, coding.Claims));
        }

        return new GoldReport(goldDirectory, events, claims);
    }

    private static string? Text(JsonElement e, string name)
        => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static SeedScore ScoreEvents(string seed, JsonElement gold, IReadOnlyList<CodedEvent> coded)
    {
        var golds = gold.TryGetProperty("events", out var list) ? list.EnumerateArray().ToList() : [];
        var used = new bool[coded.Count];
        var missed = new List<string>();
        var matched = 0;
        foreach (var g in golds)
        {
            var hit = -1;
            for (var i = 0; i < coded.Count && hit < 0; i++)
            {
                if (!used[i] && Matches(g, coded[i]))
                {
                    hit = i;
                }
            }

            if (hit >= 0)
            {
                used[hit] = true;
                matched++;
            }
            else
            {
                missed.Add($"{Text(g, "id")} {Text(g, "sub_event_type")} {Text(g, "actor1")} / {Text(g, "actor2") ?? "—"} {Text(g, "event_date") ?? "undated"} {Text(g, "admin1") ?? "—"}");
            }
        }

        var spurious = coded.Where((e, i) => !used[i])
            .Select(e => $"{e.SubEventType} {e.Actor1 ?? "—"} / {e.Actor2 ?? "—"} {e.EventDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated"} {e.Location?.Admin1 ?? "—"} \"{e.TriggerText}\"")
            .ToList();
        return new SeedScore(seed, matched, golds.Count, coded.Count, missed, spurious);
    }

    private static bool Matches(JsonElement gold, CodedEvent e)
    {
        if (Text(gold, "event_type") != e.EventType)
        {
            return false;
        }

        // Dates: the gold's ISO value at its own precision ("2018-11" for a month).
        if (Text(gold, "event_date") is { } date && (e.EventDate is not { } coded || !coded.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture).StartsWith(date, StringComparison.Ordinal)))
        {
            return false;
        }

        if (Text(gold, "admin1") is { } admin1 && !AnnotationEvaluator.SameRegion(e.Location?.Admin1, admin1))
        {
            return false;
        }

        // The actor pair, in either order (a battle's two sides are not ordered).
        var goldPair = new[] { Text(gold, "actor1"), Text(gold, "actor2") }.Where(a => a is not null).ToList();
        var ours = new[] { e.Actor1, e.Actor2 }.Where(a => a is not null).ToList();
        return goldPair.All(g => ours.Any(o => AcledEvaluator.SameActorPublic(o, g)));
    }

    private static SeedScore ScoreClaims(string seed, JsonElement gold, string body, IReadOnlyList<Claim> coded)
    {
        var golds = gold.TryGetProperty("claims", out var list) ? list.EnumerateArray().ToList() : [];
        var used = new bool[coded.Count];
        var missed = new List<string>();
        var matched = 0;
        foreach (var g in golds)
        {
            var evidence = Text(g, "evidence") ?? string.Empty;
            var at = evidence.Length == 0 ? -1 : body.IndexOf(evidence, StringComparison.Ordinal);
            var hit = -1;
            if (at >= 0)
            {
                var span = new TextSpan(at, evidence.Length);
                for (var i = 0; i < coded.Count && hit < 0; i++)
                {
                    var c = coded[i];
                    if (!used[i] && (Within(c.Cue, span) || Within(c.Content, span)))
                    {
                        hit = i;
                    }
                }
            }

            if (hit >= 0)
            {
                used[hit] = true;
                matched++;
            }
            else
            {
                missed.Add($"{Text(g, "id")} {Text(g, "claimant")}: {Shorten(evidence)}");
            }
        }

        var spurious = coded.Where((c, i) => !used[i]).Select(c => $"{c.SourceText ?? "(author)"} {c.CueText}: {Shorten(c.ContentText)}").ToList();
        return new SeedScore(seed, matched, golds.Count, coded.Count, missed, spurious);
    }

    private static bool Within(TextSpan inner, TextSpan outer) => inner.Start < outer.End && outer.Start < inner.End;

    private static string Shorten(string text)
    {
        var flat = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            flat.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }

        return flat.Length <= 90 ? flat.ToString() : flat.ToString(0, 89) + "…";
    }
}
