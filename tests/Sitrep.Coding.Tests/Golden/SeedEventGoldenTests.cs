using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Language;
using Sitrep.Testing;

namespace Sitrep.Coding.Tests.Golden;

/// <summary>
/// Article in, coded events out: each seed article of <c>../shared/seeds</c> is run through the whole pipeline and its
/// events (type, date, actors, place, toll, hedge, and the offsets of every field's evidence) are compared with the
/// expected JSON under Golden/expected/. The expected files hold Sitrep's own output, not the seeds' text, so a change
/// in coding shows up as a reviewable diff. Set SITREP_UPDATE_GOLDEN=1 to rewrite them after a deliberate change.
/// </summary>
public sealed class SeedEventGoldenTests
{
    private static readonly string Expected = Path.Combine(SharedData.RepositoryRoot, "tests", "Sitrep.Coding.Tests", "Golden", "expected");

    private static readonly SitrepPipeline Pipeline = FullPipeline.Instance;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static TheoryData<string> Seeds => new("000_fea9d7df1789843d", "001_a69fb4a3c97956ca", "002_c9753a411fc09999", "003_e4394a96d2e2d417", "004_3737af59ff879c0f");

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_events_match_the_expected_json(string seed)
    {
        var path = Path.Combine(SharedData.PathOrSkip("seeds"), seed + ".txt");
        var processed = Pipeline.Process(new RawDocument(Path.GetFileName(path), ContentKind.Text, File.ReadAllBytes(path)));
        var body = processed.Article!.Body;
        var events = processed.Coding!.EventList;
        foreach (var e in events)
        {
            // Every field's evidence lies in the body and inside or before the event's sentence paragraph.
            foreach (var (field, span) in e.Evidence)
            {
                Assert.True(span.Start >= 0 && span.End <= body.Length && span.Length > 0, $"{seed}: {field} evidence {span} outside the body");
            }

            Assert.Equal(e.TriggerText, e.Trigger.Slice(body));
        }

        var actual = JsonSerializer.Serialize(events.Select(e => new
        {
            trigger = e.TriggerText,
            at = e.Trigger.Start,
            e.EventType,
            e.SubEventType,
            date = e.EventDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            e.TimePrecision,
            e.Actor1,
            e.Actor2,
            e.Interaction,
            location = e.Location?.Name,
            admin1 = e.Location?.Admin1,
            country = e.Location?.Country,
            e.GeoPrecision,
            e.Fatalities,
            e.ReportedBy,
            e.Hedged,
            evidence = e.Evidence.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => new[] { kv.Value.Start, kv.Value.End }),
        }), Json) + "\n";

        var expectedPath = Path.Combine(Expected, seed + ".events.json");
        if (Environment.GetEnvironmentVariable("SITREP_UPDATE_GOLDEN") == "1" || !File.Exists(expectedPath))
        {
            File.WriteAllText(expectedPath, actual);
            Assert.SkipWhen(Environment.GetEnvironmentVariable("SITREP_UPDATE_GOLDEN") != "1", $"{expectedPath} was missing and has been written; review and commit it");
        }

        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }
}
