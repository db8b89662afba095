using System.Globalization;
using System.Text;
using System.Xml;
using Sitrep.Language;

namespace Sitrep.Evaluation.Time;

/// <summary>A gold TIMEX3: its span in the document text, type and value.</summary>
/// <param name="Start">First character.</param>
/// <param name="End">One past the last character.</param>
/// <param name="Type">DATE, TIME, DURATION or SET.</param>
/// <param name="Value">The normalised value.</param>
/// <param name="Text">The expression as printed.</param>
public sealed record GoldTimex(int Start, int End, string Type, string Value, string Text);

/// <summary>A TimeML document: its text (tags removed), creation date and gold expressions.</summary>
/// <param name="Name">File name.</param>
/// <param name="Text">The text inside <c>&lt;TEXT&gt;</c> with all tags removed.</param>
/// <param name="CreationDate">The document creation time's date.</param>
/// <param name="Timexes">Gold expressions (the creation time itself excluded).</param>
public sealed record TimeMlDocument(string Name, string Text, DateOnly? CreationDate, IReadOnlyList<GoldTimex> Timexes)
{
    /// <summary>Reads a TimeML file.</summary>
    /// <exception cref="FormatException">The file is not TimeML as expected; the message names the file.</exception>
    public static TimeMlDocument Load(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = false };
        var text = new StringBuilder();
        var timexes = new List<GoldTimex>();
        DateOnly? creation = null;
        try
        {
            using var reader = XmlReader.Create(path, settings);
            var inText = false;
            var inDct = false;
            var open = new Stack<(int Start, string Type, string Value, bool IsTimex)>();
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        if (reader.Name == "TEXT")
                        {
                            inText = !reader.IsEmptyElement;
                        }
                        else if (reader.Name == "DCT")
                        {
                            inDct = !reader.IsEmptyElement;
                        }
                        else if (reader.Name == "TIMEX3")
                        {
                            var value = reader.GetAttribute("value") ?? string.Empty;
                            if (inDct || reader.GetAttribute("functionInDocument") == "CREATION_TIME")
                            {
                                creation ??= ParseDate(value);
                            }

                            if (inText && !reader.IsEmptyElement)
                            {
                                open.Push((text.Length, reader.GetAttribute("type") ?? "DATE", value, true));
                            }
                        }
                        else if (inText && !reader.IsEmptyElement)
                        {
                            open.Push((text.Length, reader.Name, string.Empty, false));
                        }

                        break;
                    case XmlNodeType.EndElement:
                        if (reader.Name == "TEXT")
                        {
                            inText = false;
                        }
                        else if (reader.Name == "DCT")
                        {
                            inDct = false;
                        }
                        else if (inText && open.Count > 0)
                        {
                            var (start, type, value, isTimex) = open.Pop();
                            if (isTimex)
                            {
                                timexes.Add(new GoldTimex(start, text.Length, type, value, text.ToString(start, text.Length - start)));
                            }
                        }

                        break;
                    case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA:
                        if (inText)
                        {
                            text.Append(reader.Value);
                        }

                        break;
                }
            }
        }
        catch (XmlException e)
        {
            throw new FormatException($"{path}: not well-formed TimeML ({e.Message})", e);
        }

        timexes.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new TimeMlDocument(Path.GetFileName(path), text.ToString(), creation, timexes);
    }

    private static DateOnly? ParseDate(string value)
        => value.Length >= 10 && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}

/// <summary>Precision, recall and F1 from counts.</summary>
/// <param name="SystemMatched">System items that matched.</param>
/// <param name="SystemTotal">System items.</param>
/// <param name="GoldMatched">Gold items that were matched.</param>
/// <param name="GoldTotal">Gold items.</param>
public sealed record PrecisionRecall(int SystemMatched, int SystemTotal, int GoldMatched, int GoldTotal)
{
    /// <summary>Precision.</summary>
    public double Precision => SystemTotal == 0 ? 0 : SystemMatched / (double)SystemTotal;

    /// <summary>Recall.</summary>
    public double Recall => GoldTotal == 0 ? 0 : GoldMatched / (double)GoldTotal;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Formats as "P 0.000 R 0.000 F1 0.000".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"P {Precision:F3}  R {Recall:F3}  F1 {F1:F3}");
}

/// <summary>Scores for one subset of expression types.</summary>
/// <param name="Label">Which types ("DATE", "all types").</param>
/// <param name="Strict">Exact-span extraction.</param>
/// <param name="Relaxed">Overlapping-span extraction.</param>
/// <param name="Value">Relaxed matches whose value is also right, as TempEval-3 scores the value attribute.</param>
/// <param name="Type">Relaxed matches whose type is right.</param>
public sealed record TimexScores(string Label, PrecisionRecall Strict, PrecisionRecall Relaxed, PrecisionRecall Value, PrecisionRecall Type)
{
    /// <summary>Value accuracy over relaxed matches.</summary>
    public double ValueAccuracy => Relaxed.SystemMatched == 0 ? 0 : Value.SystemMatched / (double)Relaxed.SystemMatched;
}

/// <summary>A disagreement with the gold, for error analysis.</summary>
/// <param name="Document">File name.</param>
/// <param name="Kind">"missed", "spurious", "span" or "value".</param>
/// <param name="Gold">The gold expression and value, if any.</param>
/// <param name="System">The system's expression and value, if any.</param>
/// <param name="Context">The sentence around it.</param>
public sealed record TimexError(string Document, string Kind, string? Gold, string? System, string Context);

/// <summary>The result of scoring the temporal tagger on TimeML documents.</summary>
/// <param name="Directory">What was scored.</param>
/// <param name="Documents">Documents scored.</param>
/// <param name="Dates">DATE expressions only.</param>
/// <param name="All">All expression types.</param>
/// <param name="Errors">Every disagreement.</param>
/// <param name="Seconds">Tagging time.</param>
/// <param name="Characters">Characters tagged.</param>
public sealed record TimeReport(string Directory, int Documents, TimexScores Dates, TimexScores All, IReadOnlyList<TimexError> Errors, double Seconds, long Characters)
{
    /// <summary>Prints the scores and, when <paramref name="errors"/> is positive, that many errors.</summary>
    public void WriteTo(TextWriter writer, int errors = 0)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var inv = CultureInfo.InvariantCulture;
        writer.WriteLine(string.Create(inv, $"TimeML — {Directory}: {Documents} documents, {Characters / 1024.0:F0} KiB tagged in {Seconds:F2} s"));
        foreach (var s in new[] { Dates, All })
        {
            writer.WriteLine(string.Create(inv, $"{s.Label} ({s.Relaxed.GoldTotal} gold, {s.Relaxed.SystemTotal} found)"));
            writer.WriteLine(string.Create(inv, $"  strict  {s.Strict}"));
            writer.WriteLine(string.Create(inv, $"  relaxed {s.Relaxed}"));
            writer.WriteLine(string.Create(inv, $"  value   {s.Value}   (accuracy on relaxed matches {s.ValueAccuracy:F3})"));
            writer.WriteLine(string.Create(inv, $"  type    {s.Type}"));
        }

        writer.WriteLine("anchor: HeidelTime on TimeBank — strict F1 0.858, relaxed 0.918, value 0.876");
        foreach (var e in Errors.Take(errors))
        {
            writer.WriteLine(string.Create(inv, $"  {e.Kind,-8} gold [{e.Gold}] system [{e.System}]  {e.Document}: {e.Context}"));
        }
    }
}

/// <summary>Scores an <see cref="ITemporalTagger"/> on TimeML files (TimeBank, TempEval-3).</summary>
public static class TimeMlEvaluator
{
    /// <summary>Scores every <c>*.tml</c> file in <paramref name="directory"/> (or one file).</summary>
    public static TimeReport Evaluate(string directory, ITemporalTagger tagger, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        var files = File.Exists(directory)
            ? [directory]
            : System.IO.Directory.GetFiles(directory, "*.tml").Concat(System.IO.Directory.GetFiles(directory, "*.xml"))
                .Where(f => !Path.GetFileName(f).StartsWith('.')) // macOS "._" metadata files travel with some copies
                .Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new FileNotFoundException($"{directory}: no TimeML (*.tml) files found");
        }

        if (limit is { } n)
        {
            files = files.Take(n).ToArray();
        }

        var dates = new Counter();
        var all = new Counter();
        var errors = new List<TimexError>();
        var watch = new System.Diagnostics.Stopwatch();
        long characters = 0;
        foreach (var file in files)
        {
            var doc = TimeMlDocument.Load(file);
            characters += doc.Text.Length;
            watch.Start();
            var found = tagger.Tag(AnnotationContext.ForText(doc.Text, doc.CreationDate));
            watch.Stop();
            Score(doc, found, all, null, errors);
            Score(doc, found, dates, "DATE", null);
        }

        return new TimeReport(directory, files.Length, dates.ToScores("DATE"), all.ToScores("all types"), errors, watch.Elapsed.TotalSeconds, characters);
    }

    private static string TypeName(TemporalKind kind) => kind switch
    {
        TemporalKind.Date => "DATE",
        TemporalKind.Time => "TIME",
        TemporalKind.Duration => "DURATION",
        _ => "SET",
    };

    private static void Score(TimeMlDocument doc, IReadOnlyList<DateMention> found, Counter counter, string? onlyType, List<TimexError>? errors)
    {
        var gold = doc.Timexes.Where(g => onlyType is null || g.Type == onlyType).ToList();
        var system = found.Where(s => onlyType is null || TypeName(s.Kind) == onlyType).ToList();
        counter.Gold += gold.Count;
        counter.System += system.Count;
        var goldMatchedStrict = new bool[gold.Count];
        var goldMatchedRelaxed = new bool[gold.Count];
        var goldValue = new bool[gold.Count];
        var goldType = new bool[gold.Count];
        foreach (var s in system)
        {
            var start = s.Span.Start;
            var end = s.Span.End;
            var strict = false;
            var relaxed = false;
            var value = false;
            var type = false;
            GoldTimex? overlapping = null;
            for (var g = 0; g < gold.Count; g++)
            {
                var t = gold[g];
                if (t.Start < end && start < t.End)
                {
                    overlapping ??= t;
                    relaxed = true;
                    goldMatchedRelaxed[g] = true;
                    if (t.Start == start && t.End == end)
                    {
                        strict = true;
                        goldMatchedStrict[g] = true;
                    }

                    if (string.Equals(t.Value, s.Value, StringComparison.Ordinal))
                    {
                        value = true;
                        goldValue[g] = true;
                    }

                    if (t.Type == TypeName(s.Kind))
                    {
                        type = true;
                        goldType[g] = true;
                    }
                }
            }

            counter.SystemStrict += strict ? 1 : 0;
            counter.SystemRelaxed += relaxed ? 1 : 0;
            counter.SystemValue += value ? 1 : 0;
            counter.SystemType += type ? 1 : 0;
            if (errors is not null)
            {
                var systemText = $"{s.Text} = {s.Value}";
                if (!relaxed)
                {
                    errors.Add(new TimexError(doc.Name, "spurious", null, systemText, Context(doc.Text, start, end)));
                }
                else if (!value)
                {
                    errors.Add(new TimexError(doc.Name, "value", $"{overlapping!.Text} = {overlapping.Value}", systemText, Context(doc.Text, start, end)));
                }
                else if (!strict)
                {
                    errors.Add(new TimexError(doc.Name, "span", $"{overlapping!.Text} = {overlapping.Value}", systemText, Context(doc.Text, start, end)));
                }
            }
        }

        for (var g = 0; g < gold.Count; g++)
        {
            counter.GoldStrict += goldMatchedStrict[g] ? 1 : 0;
            counter.GoldRelaxed += goldMatchedRelaxed[g] ? 1 : 0;
            counter.GoldValue += goldValue[g] ? 1 : 0;
            counter.GoldType += goldType[g] ? 1 : 0;
            if (errors is not null && !goldMatchedRelaxed[g])
            {
                var t = gold[g];
                errors.Add(new TimexError(doc.Name, "missed", $"{t.Text} = {t.Value} ({t.Type})", null, Context(doc.Text, t.Start, t.End)));
            }
        }
    }

    private static string Context(string text, int start, int end)
    {
        var from = Math.Max(0, start - 60);
        var to = Math.Min(text.Length, end + 60);
        return (text[from..start] + "«" + text[start..end] + "»" + text[end..to]).ReplaceLineEndings(" ");
    }

    private sealed class Counter
    {
        public int Gold;
        public int System;
        public int SystemStrict;
        public int SystemRelaxed;
        public int SystemValue;
        public int SystemType;
        public int GoldStrict;
        public int GoldRelaxed;
        public int GoldValue;
        public int GoldType;

        public TimexScores ToScores(string label) => new(
            label,
            new PrecisionRecall(SystemStrict, System, GoldStrict, Gold),
            new PrecisionRecall(SystemRelaxed, System, GoldRelaxed, Gold),
            new PrecisionRecall(SystemValue, System, GoldValue, Gold),
            new PrecisionRecall(SystemType, System, GoldType, Gold));
    }
}
