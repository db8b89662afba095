using System.Globalization;

namespace Sitrep.Cli.Commands;

/// <summary>Prints an article's annotations: each value with its exact text, its offsets and the sentence behind it.</summary>
internal static class AnnotationListing
{
    public static void Write(TextWriter o, Article article, ArticleAnnotations annotations)
    {
        var inv = CultureInfo.InvariantCulture;
        o.WriteLine();
        o.WriteLine($"--- Annotations ({annotations.Version}; {annotations.Sentences.Count} sentences; dates resolved against {(annotations.Anchor is { } a ? a.ToString("yyyy-MM-dd", inv) + (annotations.AnchorInferred ? ", the latest date printed on the page (the publication date is unknown)" : ", the publication date") : "nothing: the publication date is unknown, relative dates are left unresolved")}) ---");

        o.WriteLine();
        o.WriteLine($"Dates ({annotations.Dates.Count})");
        foreach (var d in annotations.Dates)
        {
            var range = d.Start is { } start && d.End is { } end && start != end ? $" ({start:yyyy-MM-dd}..{end:yyyy-MM-dd})" : "";
            var precision = d.Precision is { } p ? $", {p.ToString().ToLowerInvariant()} precision, ACLED {d.AcledTimePrecision}" : "";
            var modifier = d.Modifier is { } m ? $", {m}" : "";
            Line(o, article, annotations, d.Span, d.Text, $"{d.Value}{range} [{d.Kind.ToString().ToLowerInvariant()}, {d.Resolution.ToString().ToLowerInvariant()}{precision}{modifier}]");
        }

        o.WriteLine();
        o.WriteLine($"Quantities ({annotations.Quantities.Count})");
        foreach (var q in annotations.Quantities)
        {
            var figure = q.Vague ? $"vague ({q.VagueWord})"
                : q.Low == q.High ? Number(q.Low) : $"{Number(q.Low) ?? "…"}–{Number(q.High) ?? "…"}";
            Line(o, article, annotations, q.Span, q.Text, $"{(q.Approximate ? "≈" : "")}{figure}{(q.Unit is { } u ? " " + u : "")}");
        }

        o.WriteLine();
        o.WriteLine($"Actors ({annotations.Actors.Count})");
        foreach (var actor in annotations.Actors)
        {
            var details = string.Join(", ", new[]
            {
                actor.Kind.ToString().ToLowerInvariant(),
                actor.Inter is { } inter ? "inter " + inter.ToString(inv) : null,
                actor.Country,
                actor.Title is { } t ? "title: " + t : null,
                actor.Antecedent is { } ant ? "refers to: " + ant.Slice(article.Body) : null,
            }.Where(x => x is not null));
            Line(o, article, annotations, actor.Span, actor.Text, $"{actor.Name} [{details}]");
        }

        o.WriteLine();
        o.WriteLine($"Places ({annotations.Places.Count})");
        foreach (var place in annotations.Places)
        {
            var resolved = place.Place is { } p
                ? string.Create(inv, $"{p.Name}, {(p.Admin1 is { } admin ? admin + ", " : "")}{p.Country} ({p.Latitude:F4}, {p.Longitude:F4}; GeoNames {p.GeoNameId}; {p.FeatureCode}; geo_precision {place.GeoPrecision})")
                : "unresolved";
            Line(o, article, annotations, place.Span, place.Text, resolved + (place.Qualifier is { } qualifier ? $" [{qualifier}]" : ""));
        }
    }

    private static string? Number(decimal? value) => value?.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static void Line(TextWriter o, Article article, ArticleAnnotations annotations, TextSpan span, string text, string value)
    {
        o.WriteLine($"  {span.Start,6}–{span.End,-6} \"{text}\" → {value}");
        var sentence = annotations.Sentences.FirstOrDefault(s => s.Span.Start <= span.Start && span.End <= s.Span.End);
        if (sentence is not null)
        {
            o.WriteLine($"                 in: {Excerpt(article.Body, sentence.Span, span)}");
        }
    }

    // The sentence with the mention marked, shortened around it when long.
    private static string Excerpt(string body, TextSpan sentence, TextSpan mention)
    {
        var before = body[sentence.Start..mention.Start];
        var inside = body[mention.Start..mention.End];
        var after = body[mention.End..sentence.End];
        if (before.Length > 80)
        {
            before = "…" + before[^80..];
        }

        if (after.Length > 80)
        {
            after = after[..80] + "…";
        }

        return (before + "«" + inside + "»" + after).ReplaceLineEndings(" ");
    }
}
