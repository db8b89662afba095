using System.Globalization;
using System.Text.Json;
using Sitrep.Language;

namespace Sitrep.Evaluation.Time;

/// <summary>Agreement with the Microsoft Recognizers-Text English date specs.</summary>
/// <param name="Cases">Expected date expressions checked.</param>
/// <param name="Found">Expressions Sitrep found (overlapping the expected span).</param>
/// <param name="Agreeing">Found expressions whose calendar day is one of the spec's readings (past or future).</param>
/// <param name="Disagreements">Cases where Sitrep disagreed, for error analysis.</param>
public sealed record SpecAgreement(int Cases, int Found, int Agreeing, IReadOnlyList<string> Disagreements)
{
    /// <summary>Share of expected expressions found.</summary>
    public double FoundRate => Cases == 0 ? 0 : Found / (double)Cases;

    /// <summary>Share of expected expressions found with an agreeing value.</summary>
    public double AgreementRate => Cases == 0 ? 0 : Agreeing / (double)Cases;
}

/// <summary>
/// Checks the temporal tagger against the Recognizers-Text DateTimeModel specs (MIT): for every expected
/// <c>datetimeV2.date</c> result, whether Sitrep finds the expression and resolves it to one of the spec's values.
/// The specs list both the past and the future reading of an ambiguous date; Sitrep picks one, so either counts.
/// </summary>
public static class RecognizerSpecEvaluator
{
    /// <summary>Scores <paramref name="tagger"/> on the spec file at <paramref name="path"/>.</summary>
    /// <exception cref="FormatException">The file is not a Recognizers-Text spec; the message names it.</exception>
    public static SpecAgreement Evaluate(string path, ITemporalTagger tagger)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path).AsMemory().TrimStart("\\uFEFF"u8.ToArray()).ToArray() is var bytes && bytes.Length > 2 && bytes[0] == 0xEF ? bytes[3..] : File.ReadAllBytes(path));
        }
        catch (JsonException e)
        {
            throw new FormatException($"{path}: not a Recognizers-Text spec file ({e.Message})", e);
        }

        using (document)
        {
            int cases = 0, found = 0, agreeing = 0;
            var disagreements = new List<string>();
            foreach (var spec in document.RootElement.EnumerateArray())
            {
                if (!spec.TryGetProperty("Input", out var input) || !spec.TryGetProperty("Results", out var results)
                    || !spec.TryGetProperty("Context", out var context) || !context.TryGetProperty("ReferenceDateTime", out var reference)
                    || !DateTime.TryParse(reference.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var referenceTime))
                {
                    continue;
                }

                var text = input.GetString() ?? string.Empty;
                List<DateMention>? mentions = null;
                foreach (var result in results.EnumerateArray())
                {
                    if (result.TryGetProperty("TypeName", out var type) is false || type.GetString() != "datetimeV2.date")
                    {
                        continue;
                    }

                    var start = result.GetProperty("Start").GetInt32();
                    var end = result.GetProperty("End").GetInt32() + 1;
                    var values = result.GetProperty("Resolution").GetProperty("values").EnumerateArray()
                        .Select(v => v.TryGetProperty("value", out var value) ? value.GetString() : null).OfType<string>().ToList();
                    cases++;
                    mentions ??= tagger.Tag(AnnotationContext.ForText(text, DateOnly.FromDateTime(referenceTime))).ToList();
                    var overlapping = mentions.Where(m => m.Span.Start < end && start < m.Span.End).ToList();
                    if (overlapping.Count == 0)
                    {
                        disagreements.Add($"missed  \"{text}\" [{text[Math.Min(start, text.Length)..Math.Min(end, text.Length)]}] expected {string.Join(" or ", values)}");
                        continue;
                    }

                    found++;
                    var ours = overlapping.Select(m => m.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).OfType<string>().ToList();
                    if (ours.Any(values.Contains))
                    {
                        agreeing++;
                    }
                    else
                    {
                        disagreements.Add($"value   \"{text}\" expected {string.Join(" or ", values)}, Sitrep {string.Join(", ", overlapping.Select(m => $"\"{m.Text}\" = {m.Value}"))}");
                    }
                }
            }

            return new SpecAgreement(cases, found, agreeing, disagreements);
        }
    }
}
