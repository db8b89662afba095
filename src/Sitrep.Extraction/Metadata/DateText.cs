using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Extraction.Metadata;

/// <summary>
/// Reads publication dates as pages print them: ISO 8601 timestamps (the date is kept as written, not shifted to
/// UTC, because the page's own calendar day is what a reader sees), "December 1, 2017", "Nov. 23, 2018",
/// "23 November 2018", "2018/11/23", all-digit forms like "23.07.2025" and "10/31/2024", URL paths like "/2018/11/23/".
/// </summary>
public static partial class DateText
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["january"] = 1, ["feb"] = 2, ["february"] = 2, ["mar"] = 3, ["march"] = 3, ["apr"] = 4, ["april"] = 4,
        ["may"] = 5, ["jun"] = 6, ["june"] = 6, ["jul"] = 7, ["july"] = 7, ["aug"] = 8, ["august"] = 8, ["sep"] = 9,
        ["sept"] = 9, ["september"] = 9, ["oct"] = 10, ["october"] = 10, ["nov"] = 11, ["november"] = 11, ["dec"] = 12,
        ["december"] = 12,
    };

    /// <summary>Parses a date or timestamp; <paramref name="evidence"/> is kept as the date's evidence.</summary>
    public static PublicationDate? Parse(string? text, string? evidence = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        evidence ??= value;
        var iso = Iso().Match(value);
        if (iso.Success)
        {
            var date = MakeDate(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value);
            if (date is null)
            {
                return null;
            }

            TimeOnly? time = null;
            TimeSpan? offset = null;
            if (iso.Groups["H"].Success)
            {
                var seconds = iso.Groups["S"].Success ? int.Parse(iso.Groups["S"].Value, CultureInfo.InvariantCulture) : 0;
                var hour = int.Parse(iso.Groups["H"].Value, CultureInfo.InvariantCulture);
                var minute = int.Parse(iso.Groups["M"].Value, CultureInfo.InvariantCulture);
                if (hour < 24 && minute < 60 && seconds < 60)
                {
                    time = new TimeOnly(hour, minute, seconds);
                }

                if (iso.Groups["z"].Success)
                {
                    offset = ParseOffset(iso.Groups["z"].Value);
                }
            }

            return new PublicationDate(date.Value, time, offset, evidence);
        }

        var written = Written().Match(value);
        if (written.Success)
        {
            var date = MakeDate(written.Groups["y"].Value, Months.GetValueOrDefault(written.Groups["mon"].Value.TrimEnd('.')).ToString(CultureInfo.InvariantCulture), written.Groups["d"].Value);
            return date is null ? null : new PublicationDate(date.Value, null, null, evidence);
        }

        var dayFirst = DayFirst().Match(value);
        if (dayFirst.Success)
        {
            var date = MakeDate(dayFirst.Groups["y"].Value, Months.GetValueOrDefault(dayFirst.Groups["mon"].Value.TrimEnd('.')).ToString(CultureInfo.InvariantCulture), dayFirst.Groups["d"].Value);
            return date is null ? null : new PublicationDate(date.Value, null, null, evidence);
        }

        if (Numeric().Match(value) is { Success: true } numeric)
        {
            return FromNumeric(numeric, evidence);
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            && parsed.Year is > 1990 and < 2100)
        {
            return new PublicationDate(DateOnly.FromDateTime(parsed.DateTime), null, null, evidence);
        }

        return null;
    }

    /// <summary>
    /// Finds a date written in running text (a headline, a dateline, a byline's "Updated: 10/31/2024"); returns the
    /// matched text as evidence. Dates with month names are looked for first because all-digit forms are ambiguous.
    /// </summary>
    public static PublicationDate? Find(string text)
    {
        foreach (var regex in (Regex[])[Written(), DayFirst(), IsoInText()])
        {
            var match = regex.Match(text);
            if (match.Success && Parse(match.Value, match.Value) is { } date)
            {
                return date;
            }
        }

        var numeric = Numeric().Match(text);
        return numeric.Success ? FromNumeric(numeric, numeric.Value) : null;
    }

    /// <summary>
    /// An all-digit date: with dots (23.07.2025) or dashes (02-12-2025) the day comes first, as in the European and
    /// Indian styles that write them; with slashes the month comes first (US style) unless the first number cannot
    /// be a month.
    /// </summary>
    private static PublicationDate? FromNumeric(Match match, string evidence)
    {
        var first = match.Groups["a"].Value;
        var second = match.Groups["b"].Value;
        var dayFirst = match.Groups["sep"].Value != "/"
            || int.Parse(first, CultureInfo.InvariantCulture) > 12;
        var date = dayFirst
            ? MakeDate(match.Groups["y"].Value, second, first) ?? MakeDate(match.Groups["y"].Value, first, second)
            : MakeDate(match.Groups["y"].Value, first, second);
        return date is null ? null : new PublicationDate(date.Value, null, null, evidence);
    }

    /// <summary>A date in a URL path such as <c>/2019/11/19/</c> or <c>/20191119/</c>.</summary>
    public static PublicationDate? FromUrl(string? url)
    {
        if (url is null)
        {
            return null;
        }

        var match = UrlDate().Match(url);
        if (!match.Success)
        {
            return null;
        }

        var date = MakeDate(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value);
        return date is null ? null : new PublicationDate(date.Value, null, null, match.Value.Trim('/', '-', '_'));
    }

    private static DateOnly? MakeDate(string year, string month, string day)
    {
        if (!int.TryParse(year, CultureInfo.InvariantCulture, out var y) || !int.TryParse(month, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(day, CultureInfo.InvariantCulture, out var d))
        {
            return null;
        }

        if (y < 100)
        {
            y += y < 70 ? 2000 : 1900;
        }

        if (y is < 1900 or > 2100 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }

        return new DateOnly(y, m, d);
    }

    private static TimeSpan? ParseOffset(string z)
    {
        if (z is "Z" or "z")
        {
            return TimeSpan.Zero;
        }

        var digits = z[1..].Replace(":", "", StringComparison.Ordinal);
        if (digits.Length is not (2 or 4))
        {
            return null;
        }

        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = digits.Length == 4 ? int.Parse(digits[2..], CultureInfo.InvariantCulture) : 0;
        var span = new TimeSpan(hours, minutes, 0);
        return z[0] == '-' ? -span : span;
    }

    [GeneratedRegex(@"^(?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})(?:[T\s](?<H>\d{1,2}):(?<M>\d{2})(?::(?<S>\d{2})(?:\.\d+)?)?\s*(?<z>Z|[+-]\d{2}:?\d{2})?)?", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Written();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"(?<![\d./-])(?<y>(?:19|20)\d{2})-(?<m>\d{2})-(?<d>\d{2})(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoInText();

    [GeneratedRegex(@"(?<![\d./-])(?<a>\d{1,2})(?<sep>[./-])(?<b>\d{1,2})\k<sep>(?<y>(?:19|20)\d{2})(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"[/_-](?<y>(?:19|20)\d{2})[/_-]?(?<m>0[1-9]|1[0-2])[/_-]?(?<d>0[1-9]|[12]\d|3[01])(?:[/_-]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();
}
