using System.Globalization;
using System.Text;
using Sitrep.Coding.Claims;
using Sitrep.Evaluation.Time;
using Sitrep.Language;

namespace Sitrep.Evaluation.Attribution;

/// <summary>Span scores for one kind of attribution part.</summary>
/// <param name="Part">"Source", "Cue" or "Content".</param>
/// <param name="Exact">Spans with the same start and end.</param>
/// <param name="Overlap">Spans sharing at least one token.</param>
public sealed record PartScores(string Part, PrecisionRecall Exact, PrecisionRecall Overlap);

/// <summary>The result of scoring claim extraction on brat attribution files.</summary>
/// <param name="Directory">What was scored.</param>
/// <param name="Documents">Documents scored.</param>
/// <param name="Parts">Scores for source, cue and content.</param>
/// <param name="Errors">Gold attributions missed or partly wrong and found ones matching no gold cue, in document order.</param>
public sealed record AttributionReport(string Directory, int Documents, IReadOnlyList<PartScores> Parts, IReadOnlyList<AttributionError>? Errors = null)
{
    /// <summary>Prints the scores, then up to <paramref name="errors"/> errors (all kinds, or only <paramref name="kind"/>).</summary>
    public void WriteTo(TextWriter writer, int errors = 0, string? kind = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var inv = CultureInfo.InvariantCulture;
        writer.WriteLine($"Attribution — {Directory}: {Documents} documents");
        foreach (var part in Parts)
        {
            writer.WriteLine(string.Create(inv, $"{part.Part,-8} exact   {part.Exact}   ({part.Exact.GoldTotal} gold, {part.Exact.SystemTotal} found)"));
            writer.WriteLine(string.Create(inv, $"{"",-8} overlap {part.Overlap}"));
        }

        writer.WriteLine("anchor: Citron on PARC 3.0 — exact cue 0.823, source 0.820, content 0.593; overlap content 0.833");
        if (errors <= 0 || Errors is null)
        {
            return;
        }

        var selected = Errors.Where(e => kind is null || string.Equals(e.Kind, kind, StringComparison.OrdinalIgnoreCase)).ToList();
        var counts = string.Join(", ", Errors.GroupBy(e => e.Kind).Select(g => $"{g.Count()} {g.Key}"));
        writer.WriteLine();
        writer.WriteLine($"errors: {counts}; showing {Math.Min(errors, selected.Count)}");
        foreach (var error in selected.Take(errors))
        {
            error.WriteTo(writer);
        }
    }
}

/// <summary>One attribution the extractor missed, invented or got partly wrong, with the text around it.</summary>
/// <param name="Document">The text file's name.</param>
/// <param name="Kind">"missed" (no found cue overlaps the gold cue), "spurious" (the found cue overlaps no gold cue),
/// "source" or "content" (the cues overlap but that part does not).</param>
/// <param name="Context">The paragraph around the cue, shortened to a few hundred characters.</param>
/// <param name="Gold">The gold source, cue and content (null where absent).</param>
/// <param name="Found">The extracted source, cue and content (null where absent).</param>
public sealed record AttributionError(string Document, string Kind, string Context, AttributionParts? Gold, AttributionParts? Found)
{
    /// <summary>Prints the error on a few lines.</summary>
    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine($"{Kind.ToUpperInvariant()} {Document}: {Context}");
        if (Gold is { } gold)
        {
            writer.WriteLine($"    gold   {gold}");
        }

        if (Found is { } found)
        {
            writer.WriteLine($"    found  {found}");
        }
    }
}

/// <summary>The text of an attribution's parts.</summary>
/// <param name="Source">Who, if given.</param>
/// <param name="Cue">The reporting word or phrase.</param>
/// <param name="Content">What was said.</param>
public sealed record AttributionParts(string? Source, string? Cue, string? Content)
{
    /// <inheritdoc />
    public override string ToString() => $"source [{Source}]  cue [{Cue}]  content [{Content}]";
}

/// <summary>
/// Scores an <see cref="IClaimExtractor"/> on PolNeAR-style brat files: <c>text/NAME.txt</c> and
/// <c>attributions/NAME_*.ann</c> with <c>T… Source|Cue|Content start end</c> lines (offsets in code points).
/// Each part is matched on its own: exactly (same span) and by overlap (a shared word token).
/// </summary>
public static class AttributionEvaluator
{
    /// <summary>Scores the folder.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder lacks <c>text/</c> or <c>attributions/</c>.</exception>
    public static AttributionReport Evaluate(string directory, IClaimExtractor extractor, LanguageAnnotator annotator, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(annotator);
        var textDir = Path.Combine(directory, "text");
        var annDir = Path.Combine(directory, "attributions");
        if (!System.IO.Directory.Exists(textDir) || !System.IO.Directory.Exists(annDir))
        {
            throw new DirectoryNotFoundException($"{directory}: expected text/ and attributions/ folders (PolNeAR brat layout)");
        }

        var counters = new Dictionary<string, int[]>(StringComparer.Ordinal)
        {
            ["Source"] = new int[8], ["Cue"] = new int[8], ["Content"] = new int[8],
        };
        var documents = 0;
        var errors = new List<AttributionError>();
        foreach (var textFile in System.IO.Directory.GetFiles(textDir, "*.txt").Order(StringComparer.Ordinal))
        {
            if (limit is { } n && documents >= n)
            {
                break;
            }

            var name = Path.GetFileNameWithoutExtension(textFile);
            var annFile = System.IO.Directory.GetFiles(annDir, name + "*.ann").FirstOrDefault();
            if (annFile is null)
            {
                continue;
            }

            documents++;
            var text = File.ReadAllText(textFile, Encoding.UTF8);
            var gold = ReadGold(annFile, text);
            var claims = extractor.Extract(annotator.ContextWithMentions(text));
            var system = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal)
            {
                ["Source"] = claims.Where(c => c.Source is not null).Select(c => c.Source!.Value).ToList(),
                ["Cue"] = claims.Select(c => c.Cue).ToList(),
                ["Content"] = claims.Select(c => c.Content).ToList(),
            };
            foreach (var (part, counter) in counters)
            {
                Score(text, gold.GetValueOrDefault(part) ?? [], system[part], counter);
            }

            CollectErrors(Path.GetFileName(textFile), text, ReadLinked(annFile, text), claims, errors);
        }

        var parts = counters.Select(kv => new PartScores(kv.Key,
            new PrecisionRecall(kv.Value[0], kv.Value[1], kv.Value[2], kv.Value[3]),
            new PrecisionRecall(kv.Value[4], kv.Value[5], kv.Value[6], kv.Value[7]))).ToList();
        return new AttributionReport(directory, documents, parts, errors);
    }

    /// <summary>A gold attribution's linked parts.</summary>
    internal sealed record GoldAttribution(TextSpan? Source, TextSpan Cue, TextSpan? Content);

    /// <summary>The gold attributions of a brat file, as the E lines link their source, cue and content.</summary>
    internal static List<GoldAttribution> ReadLinked(string annFile, string text)
    {
        var map = CodePointMap(text);
        var bound = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        var events = new List<string[]>();
        foreach (var line in File.ReadLines(annFile))
        {
            var fields = line.Split('\t');
            if (fields.Length < 2)
            {
                continue;
            }

            if (fields[0].StartsWith('E'))
            {
                events.Add(fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
                continue;
            }

            var head = fields[1].Split(' ');
            if (!fields[0].StartsWith('T') || head.Length < 3
                || !int.TryParse(head[1], CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(head[^1].Split(';')[^1], CultureInfo.InvariantCulture, out var end)
                || start < 0 || end >= map.Count || start >= end)
            {
                continue;
            }

            bound[fields[0]] = new TextSpan(map[start], map[end] - map[start]);
        }

        var linked = new List<GoldAttribution>();
        foreach (var roles in events)
        {
            TextSpan? Role(string name)
            {
                var arg = roles.FirstOrDefault(r => r.StartsWith(name + ":", StringComparison.Ordinal));
                return arg is not null && bound.TryGetValue(arg[(name.Length + 1)..], out var span) ? span : null;
            }

            if (Role("Cue") is { } cue)
            {
                linked.Add(new GoldAttribution(Role("Source"), cue, Role("Content")));
            }
        }

        return linked.OrderBy(a => a.Cue.Start).ToList();
    }

    private static void CollectErrors(string document, string text, List<GoldAttribution> gold, IReadOnlyList<Claim> claims, List<AttributionError> errors)
    {
        string? Slice(TextSpan? span) => span?.Slice(text).Replace('\n', ' ');
        AttributionParts Found(Claim c) => new(Slice(c.Source), Slice(c.Cue), Slice(c.Content));
        AttributionParts Gold(GoldAttribution g) => new(Slice(g.Source), Slice(g.Cue), Slice(g.Content));
        bool Meets(TextSpan? a, TextSpan? b) => a is { } x && b is { } y && SharesToken(text, x, y);

        var items = new List<(int At, AttributionError Error)>();
        foreach (var g in gold)
        {
            var match = claims.FirstOrDefault(c => SharesToken(text, c.Cue, g.Cue));
            var kind = match is null ? "missed"
                : g.Source is not null && !Meets(match.Source, g.Source) ? "source"
                : g.Content is not null && !Meets(match.Content, g.Content) ? "content"
                : null;
            if (kind is not null)
            {
                items.Add((g.Cue.Start, new AttributionError(document, kind, Around(text, g.Cue), Gold(g), match is null ? null : Found(match))));
            }
        }

        foreach (var claim in claims.Where(c => !gold.Any(g => SharesToken(text, c.Cue, g.Cue))))
        {
            items.Add((claim.Cue.Start, new AttributionError(document, "spurious", Around(text, claim.Cue), null, Found(claim))));
        }

        errors.AddRange(items.OrderBy(i => i.At).Select(i => i.Error));
    }

    /// <summary>The paragraph around a cue, cut to about 200 characters either side, with the cue in brackets.</summary>
    private static string Around(string text, TextSpan cue)
    {
        var start = cue.Start;
        while (start > 0 && text[start - 1] != '\n' && cue.Start - start < 200)
        {
            start--;
        }

        var end = cue.End;
        while (end < text.Length && text[end] != '\n' && end - cue.End < 200)
        {
            end++;
        }

        return string.Concat(text[start..cue.Start], "⟦", text[cue.Start..cue.End], "⟧", text[cue.End..end]);
    }

    private static List<int> CodePointMap(string text)
    {
        // Code point i starts at UTF-16 index map[i]; characters outside the BMP take two.
        var map = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length)
            {
                i++;
            }
        }

        map.Add(text.Length);
        return map;
    }

    /// <summary>Gold spans by part (for analysis tools).</summary>
    public static Dictionary<string, List<TextSpan>> ReadGoldPublic(string annFile, string text) => ReadGold(annFile, text);

    /// <summary>Gold spans by part, converted from code-point offsets to UTF-16 offsets in <paramref name="text"/>.</summary>
    internal static Dictionary<string, List<TextSpan>> ReadGold(string annFile, string text)
    {
        var map = CodePointMap(text);
        var spans = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(annFile))
        {
            lineNumber++;
            var fields = line.Split('\t');
            if (fields.Length < 2 || !fields[0].StartsWith('T'))
            {
                continue;
            }

            var head = fields[1].Split(' ');
            if (head.Length < 3 || head[0] is not ("Source" or "Cue" or "Content"))
            {
                continue;
            }

            // Discontinuous spans ("12 20;25 30") are scored by their outer bounds.
            if (!int.TryParse(head[1], CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(head[^1].Split(';')[^1], CultureInfo.InvariantCulture, out var end))
            {
                throw new FormatException($"{annFile}:{lineNumber}: cannot read the span of '{fields[1]}'");
            }

            if (start < 0 || end >= map.Count || start >= end)
            {
                continue;
            }

            var from = map[start];
            var to = map[end];
            if (!spans.TryGetValue(head[0], out var list))
            {
                spans[head[0]] = list = [];
            }

            list.Add(new TextSpan(from, to - from));
        }

        return spans;
    }

    private static void Score(string text, List<TextSpan> gold, List<TextSpan> system, int[] counter)
    {
        gold = gold.Distinct().ToList();
        system = system.Distinct().ToList();
        counter[1] += system.Count;
        counter[3] += gold.Count;
        counter[5] += system.Count;
        counter[7] += gold.Count;
        counter[0] += system.Count(s => gold.Contains(s));
        counter[2] += gold.Count(g => system.Contains(g));
        counter[4] += system.Count(s => gold.Any(g => SharesToken(text, s, g)));
        counter[6] += gold.Count(g => system.Any(s => SharesToken(text, s, g)));
    }

    /// <summary>Whether two spans overlap on at least one letter or digit (a shared token, not just a space).</summary>
    private static bool SharesToken(string text, TextSpan a, TextSpan b)
    {
        var start = Math.Max(a.Start, b.Start);
        var end = Math.Min(a.End, b.End);
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        // A cue that is a single symbol (":") shares its only token.
        return end > start && end - start == Math.Min(a.Length, b.Length) && !char.IsWhiteSpace(text[start]);
    }
}
