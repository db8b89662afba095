using System.Globalization;

namespace Sitrep.Language.Time;

/// <summary>The calendar granularity of a date value.</summary>
internal enum Granularity
{
    Day,
    Week,
    Weekend,
    Month,
    Season,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
}

/// <summary>
/// A calendar value under construction: a point at some granularity, with unknown parts left null. Turns into a
/// TIMEX3 value string and a day range.
/// </summary>
internal sealed record CalendarValue
{
    public Granularity Granularity { get; init; }

    public int? Year { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }

    /// <summary>Quarter 1–4, half 1–2, ISO week 1–53, decade start (e.g. 199), or century (e.g. 19), by granularity.</summary>
    public int? Part { get; init; }

    /// <summary>The last day of a day range in one month ("24-26 June"); null for a single day.</summary>
    public int? EndDay { get; init; }

    /// <summary>Season code (SP, SU, FA, WI).</summary>
    public string? Season { get; init; }

    /// <summary>Part of day (MO, AF, EV, NI) or a clock time (HH:mm), making the value a TIME.</summary>
    public string? TimeOfDay { get; init; }

    public static CalendarValue OfDate(DateOnly date) => new()
    {
        Granularity = Granularity.Day, Year = date.Year, Month = date.Month, Day = date.Day,
    };

    public static CalendarValue OfWeek(DateOnly date) => new()
    {
        Granularity = Granularity.Week, Year = ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)),
        Part = ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)),
    };

    public static CalendarValue OfMonth(int year, int month) => new() { Granularity = Granularity.Month, Year = year, Month = month };

    public static CalendarValue OfYear(int? year) => new() { Granularity = Granularity.Year, Year = year };

    public static CalendarValue OfQuarter(int? year, int quarter) => new() { Granularity = Granularity.Quarter, Year = year, Part = quarter };

    public bool IsComplete => Granularity switch
    {
        Granularity.Day => Year is not null && Month is not null && Day is not null,
        Granularity.Month => Year is not null && Month is not null,
        Granularity.Decade or Granularity.Century => Part is not null,
        _ => Year is not null && (Part is not null || Season is not null || Granularity == Granularity.Year),
    };

    public DatePrecision Precision => Granularity switch
    {
        Granularity.Day => DatePrecision.Day,
        Granularity.Week or Granularity.Weekend => DatePrecision.Week,
        Granularity.Month => DatePrecision.Month,
        Granularity.Season or Granularity.Quarter => DatePrecision.Season,
        Granularity.Half or Granularity.Year => DatePrecision.Year,
        _ => DatePrecision.Coarser,
    };

    /// <summary>The TIMEX3 value, with <c>X</c> for unknown digits.</summary>
    public string ToValue()
    {
        var year = Year is { } y ? y.ToString("0000", CultureInfo.InvariantCulture) : "XXXX";
        var value = Granularity switch
        {
            Granularity.Day => $"{year}-{Two(Month)}-{Two(Day)}",
            Granularity.Week => $"{year}-W{Two(Part)}",
            Granularity.Weekend => $"{year}-W{Two(Part)}-WE",
            Granularity.Month => $"{year}-{Two(Month)}",
            Granularity.Season => $"{year}-{Season}",
            Granularity.Quarter => $"{year}-Q{(Part is { } q ? q.ToString(CultureInfo.InvariantCulture) : "X")}",
            Granularity.Half => $"{year}-H{(Part is { } h ? h.ToString(CultureInfo.InvariantCulture) : "X")}",
            Granularity.Year => year,
            Granularity.Decade => Part is { } d ? d.ToString("000", CultureInfo.InvariantCulture) : "XXX",
            Granularity.Century => Part is { } c ? c.ToString("00", CultureInfo.InvariantCulture) : "XX",
            _ => year,
        };
        if (TimeOfDay is not null)
        {
            value += "T" + TimeOfDay;
        }

        return value;
    }

    /// <summary>The first and last day the value covers, when it is complete.</summary>
    public (DateOnly Start, DateOnly End)? Range()
    {
        if (!IsComplete)
        {
            return null;
        }

        try
        {
            switch (Granularity)
            {
                case Granularity.Day:
                    var day = new DateOnly(Year!.Value, Month!.Value, Day!.Value);
                    return (day, EndDay is { } endDay && endDay > Day ? new DateOnly(Year.Value, Month.Value, endDay) : day);
                case Granularity.Week:
                case Granularity.Weekend:
                    var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(Year!.Value, Part!.Value, DayOfWeek.Monday));
                    return Granularity == Granularity.Week ? (monday, monday.AddDays(6)) : (monday.AddDays(5), monday.AddDays(6));
                case Granularity.Month:
                    var first = new DateOnly(Year!.Value, Month!.Value, 1);
                    return (first, first.AddMonths(1).AddDays(-1));
                case Granularity.Quarter:
                    var q = new DateOnly(Year!.Value, ((Part!.Value - 1) * 3) + 1, 1);
                    return (q, q.AddMonths(3).AddDays(-1));
                case Granularity.Half:
                    var h = new DateOnly(Year!.Value, Part!.Value == 1 ? 1 : 7, 1);
                    return (h, h.AddMonths(6).AddDays(-1));
                case Granularity.Season:
                    return Season switch
                    {
                        "SP" => (new DateOnly(Year!.Value, 3, 1), new DateOnly(Year.Value, 5, 31)),
                        "SU" => (new DateOnly(Year!.Value, 6, 1), new DateOnly(Year.Value, 8, 31)),
                        "FA" => (new DateOnly(Year!.Value, 9, 1), new DateOnly(Year.Value, 11, 30)),
                        _ => (new DateOnly(Year!.Value, 12, 1), new DateOnly(Year.Value + 1, 2, 1).AddDays(-1)),
                    };
                case Granularity.Year:
                    return (new DateOnly(Year!.Value, 1, 1), new DateOnly(Year.Value, 12, 31));
                case Granularity.Decade:
                    return (new DateOnly(Part!.Value * 10, 1, 1), new DateOnly((Part.Value * 10) + 9, 12, 31));
                case Granularity.Century:
                    return (new DateOnly(Math.Max(1, Part!.Value * 100), 1, 1), new DateOnly((Part.Value * 100) + 99, 12, 31));
                default:
                    return null;
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>This value moved by <paramref name="amount"/> of its own granularity.</summary>
    public CalendarValue Shift(int amount)
    {
        if (!IsComplete || amount == 0)
        {
            return this;
        }

        var range = Range();
        if (range is null)
        {
            return this;
        }

        var start = range.Value.Start;
        return Granularity switch
        {
            Granularity.Day => OfDate(start.AddDays(amount)) with { TimeOfDay = TimeOfDay },
            Granularity.Week => OfWeek(start.AddDays(7 * amount)),
            Granularity.Weekend => OfWeek(start.AddDays(7 * amount)) with { Granularity = Granularity.Weekend },
            Granularity.Month => OfMonth(start.AddMonths(amount).Year, start.AddMonths(amount).Month),
            Granularity.Quarter => OfQuarter(start.AddMonths(3 * amount).Year, ((start.AddMonths(3 * amount).Month - 1) / 3) + 1),
            Granularity.Half => this with { Year = start.AddMonths(6 * amount).Year, Part = start.AddMonths(6 * amount).Month <= 6 ? 1 : 2 },
            Granularity.Season => this with { Year = Year + amount },
            Granularity.Year => this with { Year = Year + amount },
            Granularity.Decade => this with { Part = Part + amount },
            Granularity.Century => this with { Part = Part + amount },
            _ => this,
        };
    }

    private static string Two(int? value) => value is { } v ? v.ToString("00", CultureInfo.InvariantCulture) : "XX";
}
