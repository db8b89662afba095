using System.Text.Json;
using Sitrep.Testing;
using static Sitrep.Language.Tests.Actors.ActorTestHelpers;

namespace Sitrep.Language.Tests.Actors;

/// <summary>
/// Every actor of every gold event must be the ACLED (top-level) name of an actor mention inside that event's
/// evidence, except where gold codes an actor the evidence only implies.
/// </summary>
public sealed class ActorGoldTests
{
    private static readonly string[] ActorFields = ["actor1", "assoc_actor1", "actor2", "assoc_actor2"];

    // Gold actors the evidence text does not name; the gold `note` fields say so. Keyed file prefix/event/field.
    private static readonly Dictionary<string, string> Implied = new(StringComparer.Ordinal)
    {
        ["001/e2/actor1"] = "a possessive pronoun stands for ISIS, which is named only in the sentence before",
        ["001/e3/actor1"] = "the Tobruk government is named by its seat only, coordinated with Tripoli",
        ["001/e3/actor2"] = "the Tripoli government is named by its seat only",
        ["002/e3/actor1"] = "passive sentence about the hostages; the ISIS cell is named in an earlier sentence",
        ["002/e3/actor2"] = "the victims are the hostages, civilians only by context",
        ["002/e4/actor2"] = "a negotiated release of hostages; the hostage-takers (ISIS) are named in earlier paragraphs",
        ["002/e10/actor1"] = "passive sentence; the Syrian army as seizer is inferred from context (gold note)",
        ["002/e13/actor2"] = "the target of the second HTS attack is implied by context (gold note)",
        ["002/e15/actor2"] = "the target of the machine-gun attacks is implied by context (gold note)",
        ["002/e16/actor2"] = "the target of the machine-gun attacks is implied by context (gold note)",
        ["004/e2/actor2"] = "the advance that was repelled is ISIS's, named only in the sentences before (gold note: implied)",
    };

    [Fact]
    public void Gold_event_actors_are_found_in_their_evidence()
    {
        var goldDir = SharedData.PathOrSkip("gold");
        var seedsDir = SharedData.PathOrSkip("seeds");
        var missing = new List<string>();
        var stale = new List<string>();
        var checkedActors = 0;
        foreach (var goldPath in Directory.GetFiles(goldDir, "*.json").Order(StringComparer.Ordinal))
        {
            using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
            var file = gold.RootElement.GetProperty("file").GetString()!;
            var text = File.ReadAllText(Path.Combine(seedsDir, file));
            var mentions = Recognize(text);
            foreach (var ev in gold.RootElement.GetProperty("events").EnumerateArray())
            {
                var id = ev.GetProperty("id").GetString()!;
                var spans = new List<TextSpan>();
                AddOccurrences(text, ev.GetProperty("evidence").GetString()!, spans);
                if (ev.TryGetProperty("evidence_extra", out var extra) && extra.ValueKind == JsonValueKind.Array)
                {
                    foreach (var span in extra.EnumerateArray())
                    {
                        AddOccurrences(text, span.GetString()!, spans);
                    }
                }

                Assert.NotEmpty(spans);
                var found = mentions
                    .Where(m => m.ActorId is not null && spans.Any(s => m.Span.Start >= s.Start && m.Span.End <= s.End))
                    .Select(m => Recognizer.Dictionary.TopLevelOf(m.ActorId!).Name)
                    .ToHashSet(StringComparer.Ordinal);
                foreach (var field in ActorFields)
                {
                    if (!ev.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.String)
                    {
                        continue;
                    }

                    checkedActors++;
                    var actor = value.GetString()!;
                    var key = $"{file[..3]}/{id}/{field}";
                    var ok = found.Contains(actor);
                    if (Implied.ContainsKey(key))
                    {
                        if (ok)
                        {
                            stale.Add($"{key}: {actor} is now found; remove it from the implied list");
                        }
                    }
                    else if (!ok)
                    {
                        missing.Add($"{key}: {actor} not among [{string.Join(", ", found)}]");
                    }
                }
            }
        }

        Assert.True(checkedActors >= 40, $"only {checkedActors} gold actors checked");
        Assert.True(missing.Count == 0, "gold actors not found in their evidence:\n" + string.Join('\n', missing));
        Assert.True(stale.Count == 0, string.Join('\n', stale));
    }

    private static void AddOccurrences(string text, string evidence, List<TextSpan> spans)
    {
        for (var at = text.IndexOf(evidence, StringComparison.Ordinal); at >= 0; at = text.IndexOf(evidence, at + 1, StringComparison.Ordinal))
        {
            spans.Add(new TextSpan(at, evidence.Length));
        }
    }
}
