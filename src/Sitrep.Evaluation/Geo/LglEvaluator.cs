using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Sitrep.Language;
using Sitrep.Language.Places;

namespace Sitrep.Evaluation.Geo;

/// <summary>A gold toponym of the LGL corpus.</summary>
/// <param name="Span">Its characters in the article text.</param>
/// <param name="Phrase">As printed.</param>
/// <param name="GeoNameId">The gold GeoNames id.</param>
/// <param name="Latitude">The gold latitude.</param>
/// <param name="Longitude">The gold longitude.</param>
public sealed record GoldToponym(TextSpan Span, string Phrase, long GeoNameId, double Latitude, double Longitude);

/// <summary>An LGL article: its text and gold toponyms (those with a gazetteer entry).</summary>
/// <param name="Id">The article id.</param>
/// <param name="Text">The article text.</param>
/// <param name="Toponyms">Gold toponyms.</param>
/// <param name="Url">The article's address, which names the outlet.</param>
public sealed record LglArticle(string Id, string Text, IReadOnlyList<GoldToponym> Toponyms, string? Url = null);

/// <summary>Resolution scores over a set of toponyms.</summary>
/// <param name="Scored">Toponyms scored.</param>
/// <param name="ExactId">Share resolved to the gold GeoNames id.</param>
/// <param name="Within161Km">Share resolved within 161 km (100 miles) of the gold point.</param>
/// <param name="MeanErrorKm">Mean distance from the gold point (unresolved toponyms count as 20,039 km, half the
/// Earth's circumference, as the geoparsing literature scores them).</param>
/// <param name="MedianErrorKm">Median distance.</param>
public sealed record ResolutionScores(int Scored, double ExactId, double Within161Km, double MeanErrorKm, double MedianErrorKm);

/// <summary>The result of scoring place recognition and resolution on LGL.</summary>
/// <param name="Path">The file scored.</param>
/// <param name="Articles">Articles scored.</param>
/// <param name="GoldSpans">Resolution of the gold toponym spans.</param>
/// <param name="Recognition">End to end: predicted spans matched to gold spans by overlap.</param>
/// <param name="EndToEnd">Resolution of the matched spans, over the matched spans.</param>
/// <param name="EndToEndWithin161OfGold">Gold toponyms both found and resolved within 161 km, over all gold toponyms.</param>
/// <param name="Seconds">Time spent annotating and resolving.</param>
/// <param name="Errors">The worst resolutions on gold spans, for error analysis.</param>
/// <param name="Missed">Gold toponyms the recogniser did not find, most frequent first, with counts.</param>
/// <param name="Spurious">Names the recogniser took for places that the gold does not, most frequent first.</param>
public sealed record GeoReport(string Path, int Articles, ResolutionScores GoldSpans, Time.PrecisionRecall Recognition, ResolutionScores EndToEnd,
    double EndToEndWithin161OfGold, double Seconds, IReadOnlyList<string> Errors, IReadOnlyList<(string Phrase, int Count)> Missed,
    IReadOnlyList<(string Phrase, int Count)> Spurious)
{
    /// <summary>Prints the scores and the first <paramref name="errors"/> errors.</summary>
    public void WriteTo(TextWriter writer, int errors = 0)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var inv = CultureInfo.InvariantCulture;
        writer.WriteLine(string.Create(inv, $"LGL — {Path}: {Articles} articles, {GoldSpans.Scored} gold toponyms with coordinates, {Seconds:F1} s"));
        writer.WriteLine(string.Create(inv, $"gold spans:  exact id {GoldSpans.ExactId:F3}  acc@161km {GoldSpans.Within161Km:F3}  mean error {GoldSpans.MeanErrorKm:F0} km  median {GoldSpans.MedianErrorKm:F1} km"));
        writer.WriteLine(string.Create(inv, $"end to end:  recognition {Recognition}"));
        writer.WriteLine(string.Create(inv, $"             on matched spans: exact id {EndToEnd.ExactId:F3}  acc@161km {EndToEnd.Within161Km:F3}  mean error {EndToEnd.MeanErrorKm:F0} km  median {EndToEnd.MedianErrorKm:F1} km"));
        writer.WriteLine(string.Create(inv, $"             gold toponyms found and within 161 km: {EndToEndWithin161OfGold:F3}"));
        writer.WriteLine("anchors: Mordecai 3 acc@161 0.83–0.94 on news sets; CamCoder 0.76 on LGL; population-only baseline 0.70");
        foreach (var line in Errors.Take(errors))
        {
            writer.WriteLine("  " + line);
        }

        if (errors > 0)
        {
            writer.WriteLine("most often missed: " + string.Join(", ", Missed.Take(errors).Select(m => $"{m.Phrase} ×{m.Count}")));
            writer.WriteLine("most often spurious: " + string.Join(", ", Spurious.Take(errors).Select(m => $"{m.Phrase} ×{m.Count}")));
        }
    }
}

/// <summary>Scores Sitrep's place recognition and resolution on the LGL corpus (local news with GeoNames gold).</summary>
public static class LglEvaluator
{
    private const double Unresolved = 20_039;

    /// <summary>Reads the LGL XML file.</summary>
    /// <exception cref="FormatException">The file is not LGL XML; the message names it.</exception>
    public static IReadOnlyList<LglArticle> Load(string path)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new FormatException($"{path}: not LGL XML ({e.Message})", e);
        }

        var articles = new List<LglArticle>();
        foreach (var article in document.Descendants("article"))
        {
            var text = (string?)article.Element("text") ?? string.Empty;
            var gold = new List<GoldToponym>();
            foreach (var toponym in article.Descendants("toponym"))
            {
                var gaztag = toponym.Element("gaztag");
                if (gaztag is null
                    || !int.TryParse((string?)toponym.Element("start"), CultureInfo.InvariantCulture, out var start)
                    || !int.TryParse((string?)toponym.Element("end"), CultureInfo.InvariantCulture, out var end)
                    || !long.TryParse((string?)gaztag.Attribute("geonameid"), CultureInfo.InvariantCulture, out var id)
                    || !double.TryParse((string?)gaztag.Element("lat"), CultureInfo.InvariantCulture, out var lat)
                    || !double.TryParse((string?)gaztag.Element("lon"), CultureInfo.InvariantCulture, out var lon)
                    || start < 0 || end > text.Length || start >= end)
                {
                    continue;
                }

                gold.Add(new GoldToponym(new TextSpan(start, end - start), (string?)toponym.Element("phrase") ?? text[start..end], id, lat, lon));
            }

            articles.Add(new LglArticle((string?)article.Attribute("docid") ?? articles.Count.ToString(CultureInfo.InvariantCulture), text, gold, (string?)article.Element("url")));
        }

        if (articles.Count == 0)
        {
            throw new FormatException($"{path}: no <article> elements; expected the LGL XML format");
        }

        return articles;
    }

    /// <summary>Scores on the LGL file at <paramref name="path"/>.</summary>
    public static GeoReport Evaluate(string path, LanguageAnnotator annotator, PlaceRecognizer places, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(annotator);
        ArgumentNullException.ThrowIfNull(places);
        var articles = Load(path);
        if (limit is { } n)
        {
            articles = articles.Take(n).ToList();
        }

        var goldErrors = new List<double>();
        var goldExact = 0;
        var matchedErrors = new List<double>();
        var matchedExact = 0;
        int predicted = 0, predictedMatched = 0, goldTotal = 0, goldMatched = 0, foundAndClose = 0;
        var errors = new List<(double Km, string Line)>();
        var missed = new Dictionary<string, int>(StringComparer.Ordinal);
        var spurious = new Dictionary<string, int>(StringComparer.Ordinal);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        foreach (var article in articles)
        {
            // The article's address is part of the input, as it is for any ingested page.
            var context = annotator.ContextWithMentions(article.Text, url: article.Url);
            var resolved = places.ResolveSpans(context, article.Toponyms.Select(t => t.Span).ToList());
            for (var i = 0; i < article.Toponyms.Count; i++)
            {
                var gold = article.Toponyms[i];
                var place = resolved[i].Place;
                var km = place is null ? Unresolved : Sitrep.Geo.DistanceKm(place.Latitude, place.Longitude, gold.Latitude, gold.Longitude);
                goldErrors.Add(km);
                goldExact += place?.GeoNameId == gold.GeoNameId ? 1 : 0;
                if (km > 161)
                {
                    errors.Add((km, string.Create(CultureInfo.InvariantCulture,
                        $"{km,7:F0} km  \"{gold.Phrase}\" gold {gold.GeoNameId} ({gold.Latitude:F2}, {gold.Longitude:F2}) → {(place is null ? "unresolved" : $"{place.Name}, {place.Admin1}, {place.CountryCode} {place.GeoNameId} ({place.Latitude:F2}, {place.Longitude:F2})")}  [{article.Id}]")));
                }
            }

            var found = places.Recognize(context);
            predicted += found.Count;
            goldTotal += article.Toponyms.Count;
            var goldHit = new bool[article.Toponyms.Count];
            foreach (var mention in found)
            {
                var match = -1;
                for (var g = 0; g < article.Toponyms.Count; g++)
                {
                    var span = article.Toponyms[g].Span;
                    if (mention.Span.Start < span.End && span.Start < mention.Span.End)
                    {
                        match = g;
                        break;
                    }
                }

                if (match < 0)
                {
                    spurious[mention.Text] = spurious.GetValueOrDefault(mention.Text) + 1;
                    continue;
                }

                predictedMatched++;
                if (goldHit[match])
                {
                    continue;
                }

                goldHit[match] = true;
                goldMatched++;
                var gold = article.Toponyms[match];
                var km = mention.Place is null ? Unresolved : Sitrep.Geo.DistanceKm(mention.Place.Latitude, mention.Place.Longitude, gold.Latitude, gold.Longitude);
                matchedErrors.Add(km);
                matchedExact += mention.Place?.GeoNameId == gold.GeoNameId ? 1 : 0;
                foundAndClose += km <= 161 ? 1 : 0;
            }

            for (var g = 0; g < goldHit.Length; g++)
            {
                if (!goldHit[g])
                {
                    var phrase = article.Toponyms[g].Phrase;
                    missed[phrase] = missed.GetValueOrDefault(phrase) + 1;
                }
            }
        }

        watch.Stop();
        return new GeoReport(
            path, articles.Count, Scores(goldErrors, goldExact),
            new Time.PrecisionRecall(predictedMatched, predicted, goldMatched, goldTotal),
            Scores(matchedErrors, matchedExact),
            goldTotal == 0 ? 0 : foundAndClose / (double)goldTotal,
            watch.Elapsed.TotalSeconds,
            errors.OrderByDescending(e => e.Km).Select(e => e.Line).ToList(),
            missed.OrderByDescending(m => m.Value).Select(m => (m.Key, m.Value)).ToList(),
            spurious.OrderByDescending(m => m.Value).Select(m => (m.Key, m.Value)).ToList());
    }

    private static ResolutionScores Scores(List<double> errors, int exact)
    {
        if (errors.Count == 0)
        {
            return new ResolutionScores(0, 0, 0, 0, 0);
        }

        var sorted = errors.Order().ToList();
        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        return new ResolutionScores(errors.Count, exact / (double)errors.Count, errors.Count(e => e <= 161) / (double)errors.Count, errors.Average(), median);
    }
}
