using System.Globalization;
using Sitrep.Language.Text;

namespace Sitrep.Language.Time;

/// <summary>
/// Finds temporal expressions in news text and normalises them to TIMEX3 values, resolving relative ones against the
/// publication date. A hand-written grammar over tokens rather than regular expressions, so it stays fast (it runs on
/// every sentence of every article) and each rule can say exactly which words it consumed.
/// </summary>
/// <remarks>
/// Conventions: a day or month named without a year is the most recent such date on or before the publication date
/// ("February 11" in an article of 2017-12-01 is 2017-02-11), unless the sentence speaks of the future ("will",
/// "due", "next"), when it is the nearest one after. Quarters and halves are the most recent ones that have begun.
/// "A year earlier" shifts the last calendar value mentioned, keeping its granularity (quarterly reports compare
/// quarters).
/// </remarks>
public sealed class TemporalTagger : ITemporalTagger
{
    /// <summary>A tagger with the built-in English grammar.</summary>
    public static TemporalTagger Default { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<DateMention> Tag(AnnotationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var mentions = new List<DateMention>();
        var tokens = context.Tokens;
        var text = context.Text;
        var state = new DocumentState(context.Anchor, context.AnchorInferred);
        var tokenIndex = 0;
        foreach (var sentence in context.Sentences)
        {
            while (tokenIndex < tokens.Count && tokens[tokenIndex].Start < sentence.Span.Start)
            {
                tokenIndex++;
            }

            var first = tokenIndex;
            while (tokenIndex < tokens.Count && tokens[tokenIndex].End <= sentence.Span.End)
            {
                tokenIndex++;
            }

            if (tokenIndex > first)
            {
                var words = Words.Of(text, tokens, first, tokenIndex);
                new SentenceParser(text, words, state, mentions).Run();
            }
        }

        return mentions;
    }

    /// <summary>Tags plain text (split into paragraphs at blank lines) against <paramref name="anchor"/>.</summary>
    public IReadOnlyList<DateMention> Tag(string text, DateOnly? anchor)
        => Tag(AnnotationContext.ForText(text, anchor));

    internal sealed class DocumentState(DateOnly? anchor, bool inferred)
    {
        public DateOnly? Anchor { get; } = anchor;

        public bool Inferred { get; } = inferred;

        /// <summary>The last complete calendar value mentioned, for "a year earlier" and "the quarter".</summary>
        public CalendarValue? LastValue { get; set; }

        public CalendarValue? LastQuarter { get; set; }
    }

    /// <summary>A sentence's tokens, lower-cased once.</summary>
    internal sealed class Words
    {
        public required string[] Lower { get; init; }

        public required Token[] Tokens { get; init; }

        /// <summary>Whether token i is immediately followed by token i+1 (no space).</summary>
        public required bool[] Glued { get; init; }

        public int Count => Lower.Length;

        public static Words Of(string text, IReadOnlyList<Token> tokens, int from, int to)
        {
            var n = to - from;
            var lower = new string[n];
            var toks = new Token[n];
            var glued = new bool[n];
            for (var k = 0; k < n; k++)
            {
                var t = tokens[from + k];
                toks[k] = t;
                lower[k] = LowerOf(text, t);
                if (k > 0)
                {
                    glued[k - 1] = toks[k - 1].End == t.Start;
                }
            }

            return new Words { Lower = lower, Tokens = toks, Glued = glued };
        }

        private static string LowerOf(string text, Token token)
        {
            var span = token.In(text);
            foreach (var c in span)
            {
                if (char.IsUpper(c) || c > 127)
                {
                    return span.ToString().ToLowerInvariant().Replace('’', '\'');
                }
            }

            return span.ToString();
        }
    }

    private readonly record struct Found(int End, TemporalKind Kind, string Value, CalendarValue? Calendar, string? Modifier, DateResolution Resolution, bool Derived = false);

    private sealed class SentenceParser(string text, Words words, DocumentState state, List<DateMention> output)
    {
        private readonly string[] _w = words.Lower;
        private bool? _future;

        private bool Future => _future ??= ComputeFuture();

        private DateOnly? Anchor => state.Anchor;

        public void Run()
        {
            var i = 0;
            while (i < _w.Length)
            {
                var found = TryAt(i);
                if (found is { } f && f.End > i)
                {
                    // "since July 25": the period from that date on; "until"/"before" bound it from above.
                    if (f.Modifier is null && f.Kind is TemporalKind.Date or TemporalKind.Time && f.Calendar is not null)
                    {
                        f = At(i - 1) switch
                        {
                            "since" => f with { Modifier = "ON_OR_AFTER" },
                            "after" => f with { Modifier = "AFTER" },
                            "until" or "till" => f with { Modifier = "ON_OR_BEFORE" },
                            "before" => f with { Modifier = "BEFORE" },
                            _ => f,
                        };
                    }

                    Emit(i, f);
                    i = f.End;
                }
                else
                {
                    i++;
                }
            }
        }

        private void Emit(int start, Found found)
        {
            var from = words.Tokens[start].Start;
            var to = words.Tokens[found.End - 1].End;
            DateOnly? first = null;
            DateOnly? last = null;
            DatePrecision? precision = null;
            if (found.Calendar is { } calendar)
            {
                precision = calendar.Precision;
                if (calendar.Range() is { } range)
                {
                    first = range.Start;
                    last = range.End;
                }

                // Values derived from earlier mentions ("a year earlier") do not become the new reference point.
                if (calendar.IsComplete && found.Kind is TemporalKind.Date or TemporalKind.Time && !found.Derived)
                {
                    state.LastValue = calendar with { TimeOfDay = null };
                    if (calendar.Granularity == Granularity.Quarter)
                    {
                        state.LastQuarter = calendar;
                    }
                }
            }

            output.Add(new DateMention(
                new TextSpan(from, to - from), text.Substring(from, to - from), found.Kind, found.Value, precision,
                found.Resolution, first, last, found.Modifier));
        }

        private bool ComputeFuture()
        {
            for (var k = 0; k < _w.Length; k++)
            {
                var w = _w[k];
                if (w is "will" or "shall" or "upcoming" or "forthcoming")
                {
                    return true;
                }

                if (w is "slated" or "scheduled" or "due" && (k == 0 || _w[k - 1] is not ("had" or "been" or "was" or "were")))
                {
                    return true;
                }

                if (w == "ll" && k > 0 && _w[k - 1] == "'")
                {
                    return true;
                }

                if (w is "expected" or "expects" or "expect" or "set" or "going" or "plans" or "planned" or "intends" or "plan"
                    && k + 1 < _w.Length && _w[k + 1] == "to" && (k == 0 || _w[k - 1] is not ("had" or "been" or "was" or "were")))
                {
                    return true;
                }
            }

            return false;
        }

        // ---- token helpers -------------------------------------------------------------------------------

        private string At(int i) => i >= 0 && i < _w.Length ? _w[i] : string.Empty;

        private bool Is(int i, string word) => i < _w.Length && _w[i] == word;

        private bool IsCap(int i) => i < _w.Length && char.IsUpper(text[words.Tokens[i].Start]);

        private bool IsNumber(int i) => i < _w.Length && words.Tokens[i].Kind == TokenKind.Number;

        private int IntAt(int i)
            => int.TryParse(_w[i].Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1;

        /// <summary>Skips a hyphen glued to both neighbours ("third-quarter", "mid-November").</summary>
        private int SkipHyphen(int i) => i < _w.Length && _w[i] is "-" or "‐" or "‑" && i > 0 && words.Glued[i - 1] && words.Glued[i] ? i + 1 : i;

        /// <summary>Skips an abbreviation's full stop ("Nov.", "Sept."), never a sentence's ("in October.").</summary>
        private int SkipDot(int i) => i < _w.Length && _w[i] == "." && i > 0 && words.Glued[i - 1] && _w[i - 1].Length <= 4 && _w[i - 1] is not ("may" or "june" or "july") ? i + 1 : i;

        private int SkipComma(int i) => Is(i, ",") ? i + 1 : i;

        private DateResolution Relative => Anchor is null ? DateResolution.Unanchored : state.Inferred ? DateResolution.Inferred : DateResolution.Anchored;

        private Found DateFound(int end, CalendarValue value, DateResolution resolution, string? modifier = null)
            => new(end, value.TimeOfDay is null ? TemporalKind.Date : TemporalKind.Time, value.ToValue(), value, modifier,
                value.IsComplete ? resolution : DateResolution.Unanchored);

        private static Found Reference(int end, string value, string? modifier = null)
            => new(end, TemporalKind.Date, value, null, modifier, DateResolution.NotApplicable);

        // ---- the grammar --------------------------------------------------------------------------------

        private Found? TryAt(int i)
        {
            var w = _w[i];
            if (words.Tokens[i].Kind == TokenKind.Symbol)
            {
                return null;
            }

            Found? best = null;
            Consider(ref best, Modified(i));
            Consider(ref best, Approximated(i));
            if (best is null)
            {
                Consider(ref best, Core(i));
            }

            // "the" may open many expressions; try the rest without it only when nothing longer matched.
            _ = w;
            return best;
        }

        private static void Consider(ref Found? best, Found? candidate)
        {
            if (candidate is { } c && (best is null || c.End > best.Value.End))
            {
                best = c;
            }
        }

        private Found? Core(int i)
        {
            Found? best = null;
            Consider(ref best, Deictic(i));
            Consider(ref best, Quarter(i));
            Consider(ref best, AbsoluteDate(i));
            Consider(ref best, Weekday(i));
            Consider(ref best, Year(i));
            Consider(ref best, CountExpression(i));
            Consider(ref best, ClockTime(i));
            Consider(ref best, SetExpression(i));
            return best;
        }

        /// <summary>"early", "late", "mid", "the end of", "the beginning of", "earlier", "later" + a date.</summary>
        private Found? Modified(int i)
        {
            string? modifier = null;
            var j = i;
            switch (At(i))
            {
                case "early":
                    modifier = "START";
                    j = i + 1;
                    break;
                case "late":
                    modifier = "END";
                    j = i + 1;
                    break;
                case "mid":
                    modifier = "MID";
                    j = SkipHyphen(i + 1);
                    break;
                case "earlier":
                    modifier = "START";
                    j = i + 1;
                    break;
                case "later":
                    modifier = "END";
                    j = i + 1;
                    break;
                case "the" or "end" or "beginning" or "start" or "middle" or "turn":
                    var k = At(i) == "the" ? i + 1 : i;
                    if (At(k) is "end" or "beginning" or "start" or "middle" or "turn" && Is(k + 1, "of"))
                    {
                        modifier = At(k) switch { "end" => "END", "middle" => "MID", _ => "START" };
                        j = k + 2;
                    }

                    break;
            }

            if (modifier is null || j >= _w.Length || j == i)
            {
                return null;
            }

            // "the end of the month/year/week" refer to the current one.
            if (Is(j, "the") && TimeLexicon.Units.TryGetValue(At(j + 1), out var unit) && At(j + 1) is "month" or "year" or "week" or "quarter" or "day")
            {
                var current = CurrentOf(unit, 0);
                if (current is not null)
                {
                    return DateFound(j + 2, current, Relative, modifier);
                }
            }

            var inner = Core(j);
            if (inner is not { } f || f.Kind is TemporalKind.Duration or TemporalKind.Set)
            {
                return null;
            }

            if (modifier is "START" or "END" && At(i) is "earlier" or "later" && f.Calendar is null)
            {
                return null;
            }

            // "late yesterday" is a date with modifier END; parts of days stay times.
            return f with { Modifier = f.Modifier ?? modifier };
        }

        /// <summary>"about/nearly/more than/over/at least/up to" + a duration or "… ago".</summary>
        private Found? Approximated(int i)
        {
            string? modifier;
            int j;
            switch (At(i))
            {
                case "about" or "around" or "approximately" or "roughly" or "some" or "circa":
                    modifier = "APPROX";
                    j = i + 1;
                    break;
                case "nearly" or "almost":
                    modifier = "EQUAL_OR_LESS";
                    j = i + 1;
                    break;
                case "over":
                    modifier = "MORE_THAN";
                    j = i + 1;
                    break;
                case "under":
                    modifier = "LESS_THAN";
                    j = i + 1;
                    break;
                case "more" or "less" or "fewer" when Is(i + 1, "than"):
                    modifier = At(i) == "more" ? "MORE_THAN" : "LESS_THAN";
                    j = i + 2;
                    break;
                case "at" when At(i + 1) is "least" or "most":
                    modifier = At(i + 1) == "least" ? "EQUAL_OR_MORE" : "EQUAL_OR_LESS";
                    j = i + 2;
                    break;
                case "up" when Is(i + 1, "to"):
                    modifier = "EQUAL_OR_LESS";
                    j = i + 2;
                    break;
                default:
                    return null;
            }

            var inner = CountExpression(j);
            if (inner is not { } f)
            {
                return null;
            }

            // Dates from "… ago" take an approximate modifier whatever the hedge was.
            var mod = f.Kind == TemporalKind.Date ? "APPROX" : modifier;
            return f with { Modifier = mod };
        }

        /// <summary>today, yesterday, now, recently, this/last/next + unit, the past, the future, recent years.</summary>
        private Found? Deictic(int i)
        {
            var w = At(i);
            switch (w)
            {
                case "today" or "yesterday" or "tomorrow" or "tonight":
                {
                    var offset = w switch { "yesterday" => -1, "tomorrow" => 1, _ => 0 };
                    var day = DayValue(offset);
                    var end = i + 1;
                    if (w == "tonight")
                    {
                        return DateFound(end, day with { TimeOfDay = "NI" }, Relative);
                    }

                    if (TimeLexicon.PartsOfDay.TryGetValue(At(end), out var part))
                    {
                        return DateFound(end + 1, day with { TimeOfDay = part }, Relative);
                    }

                    if (Is(end, "'") && Is(end + 1, "s"))
                    {
                        // "today's" is still the day.
                        return DateFound(end, day, Relative);
                    }

                    return DateFound(end, day, Relative);
                }

                case "the" when At(i + 1) is "day" && At(i + 2) is "before" or "after" && At(i + 3) is "yesterday" or "tomorrow":
                    return DateFound(i + 4, DayValue(At(i + 3) == "yesterday" ? -2 : 2), Relative);
            }

            if (TimeLexicon.ReferenceWords.TryGetValue(w, out var reference) && !(w == "soon" && At(i - 1) == "as"))
            {
                // "now" as a discourse marker at the start of a clause is still PRESENT_REF in TimeML.
                return Reference(i + 1, reference);
            }

            if (w is "recent" && TimeLexicon.Units.TryGetValue(At(i + 1), out var recentUnit) && At(i + 1).EndsWith('s'))
            {
                _ = recentUnit;
                return Reference(i + 2, "PAST_REF");
            }

            switch (w)
            {
                case "current" when i + 1 < _w.Length && words.Tokens[i + 1].Kind == TokenKind.Word
                    && !char.IsUpper(text[words.Tokens[i + 1].Start]) && !TimeLexicon.Units.ContainsKey(At(i + 1)) && At(i + 1) is not ("and" or "or"):
                    // TimeML marks these adjectives as reference points ("the current weakness", "future losses").
                    return Reference(i + 1, "PRESENT_REF");
                case "these" when Is(i + 1, "days"):
                    return Reference(i + 2, "PRESENT_REF");
                case "coming" when At(i + 1) is "days" or "weeks" or "months" or "years":
                    return Reference(i + 2, "FUTURE_REF");
                case "past" when At(i + 1) is "years" or "decades" && At(i - 1) is not "the":
                    return Reference(i + 2, "PAST_REF");
                case "the" when At(i + 1) is "near" or "short" && At(i + 2) is "future" or "term":
                    return Reference(i + 3, "FUTURE_REF");
                case "the" when At(i + 1) is "long" && At(i + 2) is "term":
                    return Reference(i + 3, "FUTURE_REF");
                case "year" when At(SkipHyphen(i + 1)) is "earlier" or "ago" && i > 0 && At(i - 1) is not "a" and not "one" && !IsSentenceEnd(SkipHyphen(i + 1) + 1):
                {
                    // The adjective "year-earlier" ("year-earlier profit") shifts the value under discussion back a year.
                    var end = SkipHyphen(i + 1) + 1;
                    var under = state.LastValue is { Year: not null } last && Anchor is { } anchorDate && last.Year == anchorDate.Year
                        && last.Granularity is Granularity.Quarter or Granularity.Half or Granularity.Month ? last : CurrentOf(TimeUnit.Year, 0);
                    return under is null ? null : DateFound(end, under with { Year = under.Year - 1 }, Relative) with { Derived = true };
                }

                case "year" when At(SkipHyphen(i + 1)) is "end" && SkipHyphen(i + 1) > i + 1 || At(i + 1) is "end" && At(i - 1) is "around" or "by" or "at" or "since":
                {
                    var end = SkipHyphen(i + 1) + 1;
                    var year = Anchor is { } a ? (Future || At(i - 1) is "by" ? a.Year : a.Year - 1) : (int?)null;
                    return year is { } y ? DateFound(end, CalendarValue.OfDate(new DateOnly(y, 12, 31)), Relative) : null;
                }

                case "that" when At(i + 1) is "year" or "quarter" or "month" && state.LastValue is { } previous:
                {
                    var value = At(i + 1) switch
                    {
                        "year" => CalendarValue.OfYear(previous.Year),
                        "quarter" => state.LastQuarter,
                        _ => previous.Month is { } m && previous.Year is { } py ? CalendarValue.OfMonth(py, m) : null,
                    };
                    return value is null ? null : DateFound(i + 2, value, Relative) with { Derived = true };
                }
            }

            if ((w == "the" && At(i + 1) is "year" or "week" or "weekend" or "day" || w == "the" && At(i + 1) is "full" or "fiscal" or "calendar" or "current" && At(i + 2) is "year")
                && !(SkipHyphen(i + 2) > i + 2 || At(i + 2) is "earlier" or "ago" or "end"))
            {
                var at = At(i + 1) is "full" or "fiscal" or "calendar" ? i + 2 : i + 1;
                var named = At(at);
                if (named == "day")
                {
                    return null;
                }

                if (named == "year" && at == i + 1 && At(at + 1) is "ended" or "ending" or "ends")
                {
                    return new Found(at + 1, TemporalKind.Duration, "P1Y", null, null, DateResolution.NotApplicable);
                }

                var value = CurrentOf(named == "weekend" ? TimeUnit.Weekend : named == "week" ? TimeUnit.Week : TimeUnit.Year, 0);
                if (named == "weekend" && Anchor is { } day)
                {
                    // "over the weekend" in a report is the weekend just past.
                    var back = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0 : ((int)day.DayOfWeek + 1);
                    value = CalendarValue.OfWeek(day.AddDays(-back)) with { Granularity = Granularity.Weekend };
                }

                return value is null ? null : DateFound(at + 1, value, Relative);
            }

            var j = i;
            var hasThe = false;
            if (w == "the")
            {
                hasThe = true;
                j++;
            }

            var thisPast = false;
            if (At(j) is "this" && Is(j + 1, "past"))
            {
                // "this past spring" is the most recent one.
                j++;
                thisPast = true;
            }

            var shift = At(j) switch
            {
                "this" or "current" or "present" => 0,
                "last" or "past" or "previous" or "preceding" => -1,
                "next" or "coming" or "following" or "upcoming" => 1,
                _ => (int?)null,
            };

            if (hasThe && At(j) is "past" && !TimeLexicon.Units.ContainsKey(At(j + 1)) && !IsCountStart(j + 1))
            {
                return Reference(j + 1, "PAST_REF");
            }

            if (hasThe && At(j) is "future" or "present")
            {
                return Reference(j + 1, At(j) == "future" ? "FUTURE_REF" : "PRESENT_REF");
            }

            if (shift is not { } s)
            {
                return null;
            }

            var k = j + 1;
            var unitWord = At(k);
            if (TimeLexicon.Units.TryGetValue(unitWord, out var unit) && !unitWord.EndsWith('s'))
            {
                if ((hasThe || At(j) is "past" or "previous" or "preceding" or "following" or "coming")
                    && At(j) is "past" or "last" or "next" or "coming" or "previous" or "following" && unit is TimeUnit.Day or TimeUnit.Hour or TimeUnit.Minute)
                {
                    // "the past day" / "the next hour" are durations.
                    return new Found(k + 1, TemporalKind.Duration, DurationValue(1, unit), null, null, DateResolution.NotApplicable);
                }

                var value = CurrentOf(unit, s);
                if (hasThe && s != 0 && unit == TimeUnit.Year && state.LastValue is { Year: { } lastYear })
                {
                    // "the following year" / "the previous year" count from the year under discussion.
                    value = CalendarValue.OfYear(lastYear + s);
                }

                if (value is null)
                {
                    return null;
                }

                var end = k + 1;
                string? modifier = null;
                if (Is(end, "or") && Is(end + 1, "so"))
                {
                    end += 2;
                    modifier = "APPROX";
                }

                // "this year's third quarter" continues as a quarter.
                if (Is(end, "'") && Is(end + 1, "s") && Quarter(end + 2, value.Year) is { } quarter)
                {
                    return quarter;
                }

                return DateFound(end, value, Relative, modifier);
            }

            if (TimeLexicon.Months.TryGetValue(unitWord, out var month) && IsCap(k) && !hasThe)
            {
                var year = MonthYear(month, s < 0 ? -1 : s > 0 ? 1 : 0);
                return DateFound(SkipDot(k + 1), year is { } y ? CalendarValue.OfMonth(y, month) : new CalendarValue { Granularity = Granularity.Month, Month = month }, Relative);
            }

            if (TimeLexicon.Weekdays.TryGetValue(unitWord, out var weekday) && !hasThe)
            {
                // "last Monday" is the Monday of last week; "this Monday" the one of this week.
                var day = s switch
                {
                    // "past Wednesday" / "this past Wednesday" is the most recent one; "last Wednesday" last week's.
                    < 0 when thisPast || At(j) is "past" => WeekdayValue(weekday, -1),
                    < 0 => WeekOffsetDay(weekday, -1),
                    > 0 => WeekdayValue(weekday, 1),
                    _ => WeekOffsetDay(weekday, 0),
                };
                var end = k + 1;
                if (TimeLexicon.PartsOfDay.TryGetValue(At(end), out var part))
                {
                    return DateFound(end + 1, day with { TimeOfDay = part }, Relative);
                }

                return DateFound(end, day, Relative);
            }

            if (TimeLexicon.Seasons.TryGetValue(unitWord, out var season))
            {
                var year = SeasonYear(season, s);
                return DateFound(k + 1, new CalendarValue { Granularity = Granularity.Season, Year = year, Season = season }, Relative);
            }

            if (hasThe && TimeLexicon.Seasons.TryGetValue(At(j), out var namedSeason) && Is(j + 1, "of"))
            {
                // "the winter of 1994", "the summer of nineteen ninety-four".
                if (Year(j + 2) is { Calendar.Year: { } seasonYear } yearFound)
                {
                    return DateFound(yearFound.End, new CalendarValue { Granularity = Granularity.Season, Year = seasonYear, Season = namedSeason }, DateResolution.Absolute);
                }
            }

            if (TimeLexicon.PartsOfDay.TryGetValue(unitWord, out var dayPart) && !hasThe)
            {
                // "this morning", "last night".
                var day = DayValue(s < 0 ? -1 : s > 0 ? 1 : 0);
                if (s < 0 && unitWord != "night")
                {
                    return null;
                }

                return DateFound(k + 1, day with { TimeOfDay = dayPart }, Relative);
            }

            return null;
        }

        /// <summary>Quarters and halves: "the third quarter", "third-quarter", "the fourth quarter of 1989", "the quarter".</summary>
        private Found? Quarter(int i, int? yearHint = null)
        {
            var j = i;
            if (Is(j, "the"))
            {
                j++;
            }

            int? year = yearHint;
            if (Is(j, "fiscal"))
            {
                j++;
            }

            if (IsNumber(j) && IntAt(j) is >= 1900 and <= 2100 && At(j).Length == 4)
            {
                year = IntAt(j);
                j++;
            }

            if (At(j) is "comparable" or "corresponding" or "same")
            {
                j++;
            }

            var yearAgo = false;
            if (At(j) is "year" && At(SkipHyphen(j + 1)) is "ago" or "earlier")
            {
                yearAgo = true;
                j = SkipHyphen(j + 1) + 1;
                if (At(j) is "quarter" or "period")
                {
                    var shifted = LastOrCurrentQuarter()?.Shift(-4);
                    return shifted is null ? null : DateFound(j + 1, shifted, Relative) with { Derived = true };
                }
            }

            if (At(j) is "latest" or "recent" or "last" && Is(i, "the") && At(j + 1) is "quarter" or "period")
            {
                var latest = LatestQuarter();
                return latest is null ? null : DateFound(j + 2, latest, Relative);
            }

            if (At(j) is "current" && At(j + 1) is "quarter")
            {
                var current = CurrentOf(TimeUnit.Quarter, 0);
                return current is null ? null : DateFound(j + 2, current, Relative);
            }

            if (year is { } explicitYear && j > i && At(j) is "quarter" or "period" && At(j - 1).Length == 4)
            {
                // "the 1988 quarter" is the quarter under discussion, in that year.
                var under = state.LastQuarter ?? LatestQuarter();
                return under is null ? null : DateFound(j + 1, under with { Year = explicitYear }, DateResolution.Anchored) with { Derived = true };
            }

            if (!TimeLexicon.Ordinals.TryGetValue(At(j), out var ordinal) || ordinal == 0)
            {
                if (j == i + 1 && Is(i, "the") && At(j) == "quarter" && !Is(j + 1, "of") && yearHint is null)
                {
                    // "the quarter" is the one being reported on; "the quarter a year ago" the same one a year back.
                    var current = LastOrCurrentQuarter();
                    if (current is not null && Is(j + 1, "a") && Is(j + 2, "year") && At(j + 3) is "ago" or "earlier")
                    {
                        return DateFound(j + 4, current.Shift(-4), Relative) with { Derived = true };
                    }

                    return current is null ? null : DateFound(j + 1, current, Relative);
                }

                return null;
            }

            var u = SkipHyphen(j + 1);
            if (ordinal < 0)
            {
                // "the last half", "the final quarter".
                ordinal = At(u) == "half" ? 2 : 4;
            }
            var isQuarter = At(u) == "quarter";
            var isHalf = At(u) == "half";
            if (!(isQuarter && ordinal <= 4) && !(isHalf && ordinal <= 2))
            {
                return null;
            }

            var end = u + 1;
            if (Is(end, "of"))
            {
                var k = end + 1;
                if (Is(k, "fiscal"))
                {
                    k++;
                }

                if (IsNumber(k) && IntAt(k) is >= 1900 and <= 2100)
                {
                    year = IntAt(k);
                    end = k + 1;
                }
                else if (At(k) is "this" or "last" or "next" && Is(k + 1, "year"))
                {
                    year = YearOf(At(k) switch { "last" => -1, "next" => 1, _ => 0 });
                    end = k + 2;
                }
                else if (Is(k, "the") && Is(k + 1, "year"))
                {
                    end = k + 2;
                }
            }

            if (isHalf)
            {
                year ??= HalfYear(ordinal);
                var half = new CalendarValue { Granularity = Granularity.Half, Year = year, Part = ordinal };
                return DateFound(end, half, year is null ? DateResolution.Unanchored : Relative);
            }

            year ??= QuarterYear(ordinal);
            if (yearAgo && year is not null)
            {
                return DateFound(end, CalendarValue.OfQuarter(year - 1, ordinal), Relative) with { Derived = true };
            }

            return DateFound(end, CalendarValue.OfQuarter(year, ordinal), Relative);
        }

        /// <summary>"November 22", "Nov. 22, 2018", "22 November 2018", "22nd of November", "November 2018", "November", "2018-11-22", "11/22/2018".</summary>
        private Found? AbsoluteDate(int i)
        {
            var w = At(i);

            // A day range in one month: "24-26 June", "June 24-26", "Jun.19-20" (ACLED codes each day).
            if (DayRange(i) is { } range)
            {
                return range;
            }

            // Month first.
            // Months are capitalised in edited text; a lower-case one counts only right before a day number ("june 28").
            if (TimeLexicon.Months.TryGetValue(w, out var month) && (IsCap(i) || w != "may" && w != "march" && IsNumber(SkipDot(i + 1)) && IntAt(SkipDot(i + 1)) is >= 1 and <= 31))
            {
                var j = SkipDot(i + 1);
                if (w.Length == 3 && j == i + 1 && w != "may" && !IsNumber(j))
                {
                    // "Mar" without a dot and without a day is more likely a word ("Jan" the name).
                    return null;
                }

                if (IsNumber(j) && IntAt(j) is >= 1 and <= 31 && At(j).Length <= 2 || IsDayOrdinal(j, out _))
                {
                    var day = IsNumber(j) ? IntAt(j) : DayOrdinal(j);
                    var end = j + 1;
                    var k = SkipComma(end);
                    if (IsNumber(k) && IntAt(k) is >= 1000 and <= 2100 && At(k).Length == 4)
                    {
                        return Complete(k + 1, IntAt(k), month, day);
                    }

                    return DateFound(end, MonthDay(month, day, i), Relative);
                }

                if (IsNumber(j) && IntAt(j) is >= 1000 and <= 2100 && At(j).Length == 4)
                {
                    return DateFound(j + 1, CalendarValue.OfMonth(IntAt(j), month), DateResolution.Absolute);
                }

                if (Is(j, ",") && IsNumber(j + 1) && IntAt(j + 1) is >= 1000 and <= 2100 && At(j + 1).Length == 4)
                {
                    return DateFound(j + 2, CalendarValue.OfMonth(IntAt(j + 1), month), DateResolution.Absolute);
                }

                // "May" and "March" alone are usually not months; accept a lone month only after a date preposition.
                if (w is "may" or "march" && !MonthContext(i - 1))
                {
                    return null;
                }

                if (!MonthContext(i - 1) && w is not ("january" or "february" or "april" or "june" or "july" or "august"
                    or "september" or "october" or "november" or "december"))
                {
                    return null;
                }

                var year = MonthYear(month, Future ? 1 : -1, includeCurrent: true);
                if (!Future && Anchor is { } a && ((month - a.Month + 12) % 12) is > 0 and <= 3 && ForwardHint(i))
                {
                    // "by February" in a November report is the coming February.
                    year = month > a.Month ? a.Year : a.Year + 1;
                }

                return DateFound(j, year is { } y ? CalendarValue.OfMonth(y, month) : new CalendarValue { Granularity = Granularity.Month, Month = month }, Relative);
            }

            // Day first: "22 November 2018", "22nd of November".
            if ((IsNumber(i) && IntAt(i) is >= 1 and <= 31 && w.Length <= 2) || IsDayOrdinal(i, out _))
            {
                var day = IsNumber(i) ? IntAt(i) : DayOrdinal(i);
                var j = i + 1;
                if (Is(j, "of"))
                {
                    j++;
                }

                if (TimeLexicon.Months.TryGetValue(At(j), out var m) && (IsCap(j) || At(j) is not ("may" or "march")))
                {
                    var end = SkipDot(j + 1);
                    var k = SkipComma(end);
                    if (IsNumber(k) && IntAt(k) is >= 1000 and <= 2100 && At(k).Length == 4)
                    {
                        return Complete(k + 1, IntAt(k), m, day);
                    }

                    return DateFound(end, MonthDay(m, day, i), Relative);
                }
            }

            // ISO and numeric dates, and "05-Aug-2016".
            if (IsNumber(i) && Is(i + 1, "-") && TimeLexicon.Months.TryGetValue(At(i + 2), out var dashMonth) && Is(i + 3, "-") && IsNumber(i + 4)
                && words.Glued[i] && words.Glued[i + 1] && words.Glued[i + 2] && words.Glued[i + 3] && IntAt(i + 4) is >= 1000 and <= 2100)
            {
                return Complete(i + 5, IntAt(i + 4), dashMonth, IntAt(i));
            }

            if (IsNumber(i))
            {
                if (At(i).Length == 4 && IntAt(i) is >= 1000 and <= 2100 && Is(i + 1, "-") && IsNumber(i + 2) && Is(i + 3, "-") && IsNumber(i + 4)
                    && words.Glued[i] && words.Glued[i + 1] && words.Glued[i + 2] && words.Glued[i + 3])
                {
                    return Complete(i + 5, IntAt(i), IntAt(i + 2), IntAt(i + 4));
                }

                if (Is(i + 1, "/") && IsNumber(i + 2) && Is(i + 3, "/") && IsNumber(i + 4) && words.Glued[i] && words.Glued[i + 1] && words.Glued[i + 2] && words.Glued[i + 3])
                {
                    var a = IntAt(i);
                    var b = IntAt(i + 2);
                    var y = IntAt(i + 4);
                    if (y < 100)
                    {
                        y += y < 50 ? 2000 : 1900;
                    }

                    // US order unless the first number cannot be a month.
                    var (mm, dd) = a > 12 ? (b, a) : (a, b);
                    return Complete(i + 5, y, mm, dd);
                }

                // Day and month without a year, as wire notes and much of the world write them: "on 20/06",
                // "(source dated 22/06)". Day first unless only the other order is a date ("6/26"); only after a date
                // preposition, so that "24/7" and fractions stay numbers.
                if (Is(i + 1, "/") && IsNumber(i + 2) && words.Glued[i] && words.Glued[i + 1] && !Is(i + 3, "/")
                    && At(i).Length <= 2 && At(i + 2).Length <= 2
                    && At(i - 1) is "on" or "since" or "from" or "until" or "till" or "by" or "between" or "and" or "to" or "dated" or "before" or "after" or "of")
                {
                    var a = IntAt(i);
                    var b = IntAt(i + 2);
                    var (mm, dd) = b <= 12 && a <= 31 ? (b, a) : a <= 12 && b <= 31 ? (a, b) : (0, 0);
                    if (mm is >= 1 and <= 12 && dd >= 1 && dd <= DateTime.DaysInMonth(2024, mm))
                    {
                        return DateFound(i + 3, MonthDay(mm, dd, i), Relative);
                    }
                }
            }

            return null;
        }

        private Found? DayRange(int i)
        {
            // "24-26 June [2016]"
            if (IsNumber(i) && At(i).Length <= 2 && Is(i + 1, "-") && IsNumber(i + 2) && At(i + 2).Length <= 2 && words.Glued[i] && words.Glued[i + 1]
                && TimeLexicon.Months.TryGetValue(At(i + 3), out var month) && (IsCap(i + 3) || At(i + 3) is not ("may" or "march")))
            {
                return RangeFound(SkipDot(i + 4), month, IntAt(i), IntAt(i + 2), i);
            }

            // "June 24-26 [, 2016]", "Jun.19-20"
            if (TimeLexicon.Months.TryGetValue(At(i), out var m) && IsCap(i))
            {
                var j = SkipDot(i + 1);
                if (IsNumber(j) && At(j).Length <= 2 && Is(j + 1, "-") && IsNumber(j + 2) && At(j + 2).Length <= 2 && words.Glued[j] && words.Glued[j + 1])
                {
                    return RangeFound(j + 3, m, IntAt(j), IntAt(j + 2), i);
                }
            }

            return null;
        }

        private Found? RangeFound(int end, int month, int first, int last, int at)
        {
            if (first < 1 || last <= first || last > 31 || last - first > 13)
            {
                return null;
            }

            var k = SkipComma(end);
            if (IsNumber(k) && IntAt(k) is >= 1000 and <= 2100 && At(k).Length == 4)
            {
                if (last > DateTime.DaysInMonth(IntAt(k), month))
                {
                    return null;
                }

                var value = CalendarValue.OfDate(new DateOnly(IntAt(k), month, first)) with { EndDay = last };
                return DateFound(k + 1, value, DateResolution.Absolute);
            }

            return last > DateTime.DaysInMonth(2024, month) ? null : DateFound(end, MonthDay(month, first, at) with { EndDay = last }, Relative);
        }

        private Found? Complete(int end, int year, int month, int day)
        {
            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month))
            {
                return null;
            }

            return DateFound(end, CalendarValue.OfDate(new DateOnly(year, month, day)), DateResolution.Absolute);
        }

        private bool MonthContext(int before)
            => At(before) is "in" or "since" or "until" or "till" or "by" or "during" or "from" or "to" or "of" or "early"
                or "late" or "mid" or "-" or "last" or "this" or "next" or "before" or "after" or "between" or "and"
                or "through" or "throughout" or "end" or "beginning" or "start" or "middle" or "as";

        private bool IsDayOrdinal(int i, out int day)
        {
            day = 0;
            if (i >= _w.Length)
            {
                return false;
            }

            var w = _w[i];
            if (w.Length is 3 or 4 && char.IsDigit(w[0]) && (w.EndsWith("st", StringComparison.Ordinal) || w.EndsWith("nd", StringComparison.Ordinal)
                || w.EndsWith("rd", StringComparison.Ordinal) || w.EndsWith("th", StringComparison.Ordinal)))
            {
                if (int.TryParse(w.AsSpan(0, w.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31)
                {
                    return true;
                }
            }

            return false;
        }

        private int DayOrdinal(int i) => IsDayOrdinal(i, out var d) ? d : -1;

        /// <summary>"Monday", "on Friday", "Friday morning", "Friday, Nov. 3".</summary>
        private Found? Weekday(int i)
        {
            if (!TimeLexicon.Weekdays.TryGetValue(At(i), out var weekday) || !IsCap(i) || At(i).Length < 6)
            {
                return null;
            }

            var end = i + 1;

            // "Friday, November 3, 2017" — the explicit date wins.
            var k = SkipComma(end);
            if (AbsoluteDate(k) is { Calendar.Granularity: Granularity.Day } explicitDate)
            {
                return explicitDate with { End = explicitDate.End };
            }

            var day = WeekdayValue(weekday, Future ? 1 : -1);
            if (TimeLexicon.PartsOfDay.TryGetValue(At(end), out var part))
            {
                return DateFound(end + 1, day with { TimeOfDay = part }, Relative);
            }

            return DateFound(end, day, Relative);
        }

        /// <summary>A year on its own ("in 2014", "the 1990s", "fiscal 1989", "mid-1996").</summary>
        private Found? Year(int i)
        {
            var w = At(i);
            var j = i;
            if (w == "fiscal" && IsNumber(i + 1))
            {
                j = i + 1;
            }
            else if (w == "the" && At(i + 1).Length == 5 && At(i + 1).EndsWith('s') && char.IsDigit(At(i + 1)[0]))
            {
                j = i + 1;
            }

            if (SpokenYear(i) is { } spoken)
            {
                return DateFound(spoken.End, CalendarValue.OfYear(spoken.Year), DateResolution.Absolute);
            }

            if (w == "the" && TimeLexicon.Ordinals.TryGetValue(At(i + 1), out var nth) && nth > 0 && Is(i + 2, "century")
                || TimeLexicon.Ordinals.TryGetValue(w, out nth) && nth > 0 && Is(i + 1, "century") && char.IsDigit(w[0]))
            {
                var at = w == "the" ? i + 2 : i + 1;
                return DateFound(at + 1, new CalendarValue { Granularity = Granularity.Century, Part = nth - 1 }, DateResolution.Absolute);
            }

            if (w == "the" && At(i + 1) is "twenties" or "thirties" or "forties" or "fifties" or "sixties" or "seventies" or "eighties" or "nineties")
            {
                var decadeOf = At(i + 1) switch
                {
                    "twenties" => 2, "thirties" => 3, "forties" => 4, "fifties" => 5, "sixties" => 6, "seventies" => 7, "eighties" => 8, _ => 9,
                };
                return DateFound(i + 2, new CalendarValue { Granularity = Granularity.Decade, Part = 190 + decadeOf }, DateResolution.Absolute);
            }

            var word = At(j);
            if (word.Length == 5 && word[4] == 's' && int.TryParse(word.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var decade) && decade % 10 == 0)
            {
                return DateFound(j + 1, new CalendarValue { Granularity = Granularity.Decade, Part = decade / 10 }, DateResolution.Absolute);
            }

            if (!IsNumber(j) || word.Length != 4 || IntAt(j) is not (>= 1900 and <= 2100))
            {
                return null;
            }

            var year = IntAt(j);
            if (j == i && !LooksLikeYear(i))
            {
                return null;
            }

            return DateFound(j + 1, CalendarValue.OfYear(year), DateResolution.Absolute);
        }

        /// <summary>"nineteen ninety-six", "the year two thousand", "two thousand and three".</summary>
        private (int Year, int End)? SpokenYear(int i)
        {
            var j = i;
            if (Is(j, "the") && Is(j + 1, "year"))
            {
                j += 2;
            }

            if (At(j) is "nineteen" or "eighteen" or "twenty" && i == j || At(j) is "nineteen" or "eighteen")
            {
                var century = At(j) switch { "nineteen" => 1900, "eighteen" => 1800, _ => 2000 };
                var k = j + 1;
                if (!TimeLexicon.NumberWords.TryGetValue(At(k), out var tens) || tens is < 10 or >= 100 || At(k) is "dozen" or "hundred")
                {
                    return null;
                }

                var end = k + 1;
                var h = SkipHyphen(end);
                if (tens >= 20 && TimeLexicon.NumberWords.TryGetValue(At(h), out var ones) && ones < 10 && At(h) is not ("a" or "an"))
                {
                    tens += ones;
                    end = h + 1;
                }

                return century == 2000 ? null : (century + tens, end);
            }

            if (At(j) == "two" && Is(j + 1, "thousand"))
            {
                var end = j + 2;
                var k = Is(end, "and") ? end + 1 : end;
                if (TimeLexicon.NumberWords.TryGetValue(At(k), out var rest) && rest < 100 && At(k) is not ("a" or "an" or "dozen" or "hundred"))
                {
                    return (2000 + rest, k + 1);
                }

                return j > i ? (2000, end) : null;
            }

            return null;
        }

        private bool LooksLikeYear(int i)
        {
            var before = At(i - 1);
            if (before is "$" or "#" or "€" or "£" or "no" or "number" or "route" or "flight" or "resolution" or "article")
            {
                return false;
            }

            if (TimeLexicon.YearIntroducers.Contains(before) || TimeLexicon.Months.ContainsKey(before) || before is "," && TimeLexicon.Months.ContainsKey(At(i - 3)))
            {
                return true;
            }

            // "the company's 1989 results", "that 1978 resolution", "mid-1996", "bonds due 1993".
            if (before is "s" && At(i - 2) == "'" || before is "that" or "this" or "its" or "their" or "his" or "her" or "due"
                || before == "-" && At(i - 2) == "mid")
            {
                return true;
            }

            var after = At(i + 1);
            if (after.Length == 0 || words.Tokens[i + 1].Kind == TokenKind.Symbol && after is not "-" and not "%")
            {
                return true;
            }

            if (after is "and" or "or" or "to" or "through" && IsNumber(i + 2) && At(i + 2).Length == 4)
            {
                return true;
            }

            if (TimeLexicon.YearNouns.Contains(after))
            {
                return true;
            }

            // "2000 troops": a following lower-case word is what the number counts.
            return IsCap(i + 1);
        }

        /// <summary>Counted units: durations ("three months", "a five-year low"), "two years ago", "the past two weeks".</summary>
        private Found? CountExpression(int i)
        {
            var j = i;
            var hasThe = Is(j, "the");
            if (hasThe)
            {
                j++;
            }

            var direction = 0;
            var leading = At(j);
            if (hasThe && leading is "past" or "last" or "previous" or "preceding" or "next" or "coming" or "following" or "first")
            {
                direction = leading is "next" or "coming" or "following" ? 1 : leading == "first" ? 2 : -1;
                j++;
            }

            var (count, afterCount) = Count(j);
            if (afterCount == j)
            {
                if (hasThe && direction is -1 or 1 && At(j) is "few" or "several")
                {
                    count = null;
                    afterCount = j + 1;
                }
                else if (!hasThe || direction != 0)
                {
                    return null;
                }
            }

            var u = SkipHyphen(afterCount);
            var adjectival = u > afterCount;
            if (!TimeLexicon.Units.TryGetValue(At(u), out var unit) || unit is TimeUnit.Weekend)
            {
                return null;
            }

            // "three-quarters of its food", "a half": fractions, unless a period is clearly meant ("the past two quarters").
            if (unit is TimeUnit.Quarter or TimeUnit.Half && direction == 0
                && (unit == TimeUnit.Half || adjectival || Is(u + 1, "of") || count is not (>= 2) || !At(u).EndsWith('s')))
            {
                return null;
            }

            // "1988 quarter" is a year, "37 years old" an age.
            if (count is >= 1000 || At(u + 1) == "old" || At(u + 1) == "-" && At(u + 2) == "old")
            {
                return null;
            }

            if (afterCount == j && hasThe && direction == 0)
            {
                // "the nine months" needs a count; a bare "the year" is not tagged.
                return null;
            }

            var end = u + 1;
            if (Is(end, "or") && Is(end + 1, "so"))
            {
                end += 2;
            }

            // "two years ago" / "a year earlier" / "three days later" are dates.
            if (direction == 0 && !hasThe && At(end) is "ago" or "earlier" or "later" or "before" or "after" or "hence"
                && !(At(end) is "earlier" or "later" && Is(end + 1, "than")) && !(At(end) is "before" or "after" && !IsSentenceEnd(end + 1)))
            {
                var sign = At(end) is "ago" or "earlier" or "before" ? -1 : 1;
                var value = count is null ? null : Offset(count.Value, unit, sign, relativeToLastMention: At(end) is "earlier" or "later" || unit == TimeUnit.Year);
                if (value is null)
                {
                    return new Found(end + 1, TemporalKind.Date, sign < 0 ? "PAST_REF" : "FUTURE_REF", null, null, DateResolution.NotApplicable);
                }

                return DateFound(end + 1, value, Relative);
            }

            if (direction == 0 && !hasThe && Is(end, "from") && Is(end + 1, "now"))
            {
                var value = Offset(count ?? 1, unit, 1, relativeToLastMention: false);
                return value is null ? null : DateFound(end + 2, value, Relative);
            }

            // "a year" / "a week" on their own are too often not durations ("$5 a year", "four flights a week").
            if (count is 1 && afterCount == j + 1 && At(j) is "a" or "an" or "one" && !adjectival && !hasThe)
            {
                if (At(i - 1) is "for" or "within" or "in" or "than" or "nearly" or "almost" or "about" or "over" or "under" or "past")
                {
                    return new Found(end, TemporalKind.Duration, DurationValue(count, unit), null, null, DateResolution.NotApplicable);
                }

                if (At(j) == "one" && At(u) == "day" && At(i - 1) is "only" or "just" or "in" or "by")
                {
                    return new Found(end, TemporalKind.Duration, "P1D", null, null, DateResolution.NotApplicable);
                }

                return null;
            }

            if (count is null && afterCount == j)
            {
                return null;
            }

            // A count of hours/days with a plural or adjectival unit is a duration.
            return new Found(end, TemporalKind.Duration, DurationValue(count, unit), null, null, DateResolution.NotApplicable);
        }

        private bool IsSentenceEnd(int i) => i >= _w.Length || _w[i] is "." or "," or ";" or ":" or "!" or "?";

        private bool IsCountStart(int i) => Count(i).End > i;

        /// <summary>A number: digits, words ("twenty four", "twenty-four"), "a", "a few", "several", "a couple of".</summary>
        private (int? Value, int End) Count(int i)
        {
            var (value, end) = SingleCount(i);
            if (end > i && value is not null && At(end) is "to" or "or" or "-" or "–")
            {
                // "two to three weeks", "12-18 months": the range keeps its lower figure.
                var (_, rangeEnd) = SingleCount(end + 1);
                if (rangeEnd > end + 1 && At(end + 1) is not ("a" or "an"))
                {
                    return (value, rangeEnd);
                }
            }

            return (value, end);
        }

        private (int? Value, int End) SingleCount(int i)
        {
            var w = At(i);
            if (IsNumber(i))
            {
                var v = IntAt(i);
                if (v is < 0 or > 100_000)
                {
                    return (null, i);
                }

                return (v, i + 1);
            }

            if (w is "several" or "few" or "many")
            {
                return (null, i + 1);
            }

            if (w is "a" && At(i + 1) is "few" or "couple")
            {
                var end = i + 2;
                if (Is(end, "of"))
                {
                    end++;
                }

                return (At(i + 1) == "couple" ? 2 : null, end);
            }

            if (w is "a" or "an" && TimeLexicon.NumberWords.TryGetValue(At(i + 1), out var afterA) && afterA >= 12)
            {
                // "a hundred years", "a dozen days".
                return (afterA, i + 2);
            }

            if (!TimeLexicon.NumberWords.TryGetValue(w, out var value) || w is "couple" || w is "dozen")
            {
                return (null, i);
            }

            var j = i + 1;
            if (value >= 20 && value < 100)
            {
                var k = SkipHyphen(j);
                if (TimeLexicon.NumberWords.TryGetValue(At(k), out var unitValue) && unitValue < 10 && At(k) is not ("a" or "an"))
                {
                    value += unitValue;
                    j = k + 1;
                }
            }

            if (Is(j, "hundred") && w is not ("a" or "an"))
            {
                value *= 100;
                j++;
            }

            return (value, j);
        }

        /// <summary>Clock times: "3 p.m.", "10:30 a.m.", "noon", "midnight".</summary>
        private Found? ClockTime(int i)
        {
            var w = At(i);
            if (w is "noon" or "midday" or "midnight")
            {
                var day = DayValue(0);
                var end = i + 1;
                if (TimeLexicon.Weekdays.TryGetValue(At(end), out var weekday) && IsCap(end))
                {
                    day = WeekdayValue(weekday, Future ? 1 : -1);
                    end++;
                }
                else if (At(end) is "yesterday" or "today" or "tomorrow")
                {
                    day = DayValue(At(end) switch { "yesterday" => -1, "tomorrow" => 1, _ => 0 });
                    end++;
                }

                return DateFound(end, day with { TimeOfDay = w == "midnight" ? "24" : "12:00" }, Relative);
            }

            if (!IsNumber(i) || w.Length > 2)
            {
                return null;
            }

            var hour = IntAt(i);
            var j = i + 1;
            var minute = 0;
            if (Is(j, ":") && IsNumber(j + 1) && At(j + 1).Length == 2)
            {
                minute = IntAt(j + 1);
                j += 2;
            }

            var meridian = At(j);
            int after;
            if (meridian is "am" or "pm")
            {
                after = j + 1;
            }
            else if (meridian is "a" or "p" && Is(j + 1, ".") && Is(j + 2, "m"))
            {
                after = SkipDot(j + 3);
                meridian = meridian + "m";
            }
            else if (j > i + 1 && meridian is "gmt" or "utc" or "local" or "hours" or "hrs" or "h")
            {
                after = meridian == "local" && Is(j + 1, "time") ? j + 2 : j + 1;
                meridian = string.Empty;
            }
            else
            {
                return null;
            }

            if (hour is < 0 or > 24 || minute > 59)
            {
                return null;
            }

            if (meridian == "pm" && hour < 12)
            {
                hour += 12;
            }
            else if (meridian == "am" && hour == 12)
            {
                hour = 0;
            }

            var dayValue = DayValue(0);
            var clock = hour.ToString("00", CultureInfo.InvariantCulture) + ":" + minute.ToString("00", CultureInfo.InvariantCulture);
            return DateFound(after, dayValue with { TimeOfDay = clock }, Relative);
        }

        /// <summary>"every day", "each year", "daily", "weekly", "annually".</summary>
        private Found? SetExpression(int i)
        {
            var w = At(i);
            var adverb = w switch
            {
                "daily" => "P1D",
                "weekly" => "P1W",
                "monthly" => "P1M",
                "annually" or "yearly" => "P1Y",
                "hourly" => "PT1H",
                _ => null,
            };
            if (adverb is not null && (IsSentenceEnd(i + 1) || i > 0 && At(i - 1) is "held" or "published" or "meets" or "paid"))
            {
                return new Found(i + 1, TemporalKind.Set, adverb, null, null, DateResolution.NotApplicable);
            }

            if (w is "every" or "each" or "per")
            {
                var (count, after) = Count(i + 1);
                var u = after > i + 1 ? after : i + 1;
                if (TimeLexicon.Units.TryGetValue(At(u), out var unit) && unit != TimeUnit.Weekend)
                {
                    return new Found(u + 1, TemporalKind.Set, DurationValue(count ?? 1, unit), null, null, DateResolution.NotApplicable);
                }

                if (TimeLexicon.Weekdays.TryGetValue(At(u), out var weekday) && IsCap(u))
                {
                    return new Found(u + 1, TemporalKind.Set, "XXXX-WXX-" + weekday.ToString(CultureInfo.InvariantCulture), null, null, DateResolution.NotApplicable);
                }
            }

            return null;
        }

        // ---- resolution ----------------------------------------------------------------------------------

        private CalendarValue DayValue(int offset)
            => Anchor is { } a ? CalendarValue.OfDate(a.AddDays(offset)) : new CalendarValue { Granularity = Granularity.Day };

        private int? YearOf(int offset) => Anchor is { } a ? a.Year + offset : null;

        private CalendarValue? CurrentOf(TimeUnit unit, int shift)
        {
            if (Anchor is not { } a)
            {
                return unit switch
                {
                    TimeUnit.Day => new CalendarValue { Granularity = Granularity.Day },
                    TimeUnit.Week => new CalendarValue { Granularity = Granularity.Week },
                    TimeUnit.Weekend => new CalendarValue { Granularity = Granularity.Weekend },
                    TimeUnit.Month => new CalendarValue { Granularity = Granularity.Month },
                    TimeUnit.Quarter => new CalendarValue { Granularity = Granularity.Quarter },
                    TimeUnit.Year => new CalendarValue { Granularity = Granularity.Year },
                    TimeUnit.Decade => new CalendarValue { Granularity = Granularity.Decade },
                    _ => null,
                };
            }

            return unit switch
            {
                TimeUnit.Day => CalendarValue.OfDate(a.AddDays(shift)),
                TimeUnit.Week => CalendarValue.OfWeek(a.AddDays(7 * shift)),
                TimeUnit.Weekend => CalendarValue.OfWeek(a.AddDays((7 * shift) - (shift == 0 && a.DayOfWeek is >= DayOfWeek.Monday and <= DayOfWeek.Thursday ? 7 : 0))) with { Granularity = Granularity.Weekend },
                TimeUnit.Month => CalendarValue.OfMonth(a.AddMonths(shift).Year, a.AddMonths(shift).Month),
                TimeUnit.Quarter => CalendarValue.OfQuarter(a.AddMonths(3 * shift).Year, ((a.AddMonths(3 * shift).Month - 1) / 3) + 1),
                TimeUnit.Year => CalendarValue.OfYear(a.Year + shift),
                TimeUnit.Decade => new CalendarValue { Granularity = Granularity.Decade, Part = (a.Year / 10) + shift },
                TimeUnit.Century => new CalendarValue { Granularity = Granularity.Century, Part = (a.Year / 100) + shift },
                _ => null,
            };
        }

        /// <summary>Whether words around position <paramref name="i"/> point ahead ("by Dec. 15", "payable Jan. 2", "effective").</summary>
        private bool ForwardHint(int i)
        {
            if (Future)
            {
                return true;
            }

            var k = i - 1;
            while (k > 0 && At(k) is "on" or "mid" or "-" or "early" or "late" or "the" or "end" or "of" or "in")
            {
                k--;
            }

            var before = At(k);
            if (before is "by" or "until" or "till" or "through" or "effective" or "payable" or "before" or "record")
            {
                return true;
            }

            foreach (var w in _w)
            {
                if (w is "payable" or "expire" or "expires" or "deadline" or "effective")
                {
                    return true;
                }
            }

            return false;
        }

        private CalendarValue MonthDay(int month, int day, int at)
        {
            if (Anchor is not { } a)
            {
                return new CalendarValue { Granularity = Granularity.Day, Month = month, Day = day };
            }

            var sameYear = SafeDate(a.Year, month, day);
            int year;
            if (sameYear is { } ahead && ahead > a && ahead.DayNumber - a.DayNumber <= 75 && ForwardHint(at))
            {
                year = a.Year;
            }
            else if (Future)
            {
                year = sameYear is { } d && d >= a ? a.Year : a.Year + 1;
            }
            else
            {
                year = sameYear is { } d && d <= a ? a.Year : a.Year - 1;

                // A date a few days ahead in a past-tense sentence is more likely this year's (a schedule) than last year's.
                if (sameYear is { } soon && soon > a && soon.DayNumber - a.DayNumber <= 7)
                {
                    year = a.Year;
                }
            }

            return SafeDate(year, month, day) is { } resolved
                ? CalendarValue.OfDate(resolved)
                : new CalendarValue { Granularity = Granularity.Day, Month = month, Day = day };
        }

        private static DateOnly? SafeDate(int year, int month, int day)
            => month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

        /// <summary>The year of a named month: direction -1 = most recent past (or current), +1 = next, 0 = this year.</summary>
        private int? MonthYear(int month, int direction, bool includeCurrent = false)
        {
            if (Anchor is not { } a)
            {
                return null;
            }

            return direction switch
            {
                < 0 when includeCurrent => month <= a.Month ? a.Year : a.Year - 1,
                < 0 => month < a.Month ? a.Year : a.Year - 1,
                > 0 when includeCurrent => month >= a.Month ? a.Year : a.Year + 1,
                > 0 => month > a.Month ? a.Year : a.Year + 1,
                _ => a.Year,
            };
        }

        private int? SeasonYear(string season, int shift)
        {
            if (Anchor is not { } a)
            {
                return null;
            }

            // Seasons start in March, June, September and December; "last spring" is the latest one that has begun.
            var startMonth = season switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 };
            return shift switch
            {
                < 0 => startMonth <= a.Month ? a.Year : a.Year - 1,
                > 0 => startMonth > a.Month ? a.Year : a.Year + 1,
                _ => a.Year,
            };
        }

        private int? QuarterYear(int quarter)
        {
            if (Anchor is not { } a)
            {
                return null;
            }

            // Reports speak of the quarter just ended even in the future tense ("will report third-quarter results").
            var current = ((a.Month - 1) / 3) + 1;
            return quarter <= current ? a.Year : a.Year - 1;
        }

        private int? HalfYear(int half)
        {
            if (Anchor is not { } a)
            {
                return null;
            }

            var current = a.Month <= 6 ? 1 : 2;
            return half <= current || Future ? a.Year : a.Year - 1;
        }

        private CalendarValue? LastOrCurrentQuarter() => state.LastQuarter ?? LatestQuarter();

        private CalendarValue? LatestQuarter()
        {
            if (Anchor is not { } a)
            {
                return null;
            }

            // The quarter being reported on is the last one that has ended.
            var previous = a.AddMonths(-3);
            return CalendarValue.OfQuarter(previous.Year, ((previous.Month - 1) / 3) + 1);
        }

        private CalendarValue WeekdayValue(int isoWeekday, int direction)
        {
            if (Anchor is not { } a)
            {
                return new CalendarValue { Granularity = Granularity.Day };
            }

            var today = a.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)a.DayOfWeek;
            int delta;
            if (direction > 0)
            {
                delta = isoWeekday - today;
                if (delta <= 0)
                {
                    delta += 7;
                }
            }
            else
            {
                // A report of that same weekday naming the weekday means the day itself.
                delta = isoWeekday - today;
                if (delta > 0)
                {
                    delta -= 7;
                }
            }

            return CalendarValue.OfDate(a.AddDays(delta));
        }

        private CalendarValue WeekOffsetDay(int isoWeekday, int weeks)
        {
            if (Anchor is not { } a)
            {
                return new CalendarValue { Granularity = Granularity.Day };
            }

            var today = a.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)a.DayOfWeek;
            return CalendarValue.OfDate(a.AddDays((7 * weeks) + isoWeekday - today));
        }

        private CalendarValue? Offset(int count, TimeUnit unit, int sign, bool relativeToLastMention)
        {
            if (relativeToLastMention && unit == TimeUnit.Year && count == 1 && state.LastValue is { } last
                && last.Granularity is Granularity.Quarter or Granularity.Half && Anchor is { } anchor && last.Year == anchor.Year)
            {
                // "a year earlier" after "the third quarter" is the third quarter of the year before.
                return last with { Year = last.Year - 1 };
            }

            if (Anchor is not { } a)
            {
                return null;
            }

            var amount = count * sign;
            return unit switch
            {
                TimeUnit.Day => CalendarValue.OfDate(a.AddDays(amount)),
                TimeUnit.Week => CalendarValue.OfWeek(a.AddDays(7 * amount)),
                TimeUnit.Month => CalendarValue.OfMonth(a.AddMonths(amount).Year, a.AddMonths(amount).Month),
                TimeUnit.Quarter => CalendarValue.OfQuarter(a.AddMonths(3 * amount).Year, ((a.AddMonths(3 * amount).Month - 1) / 3) + 1),
                TimeUnit.Year => CalendarValue.OfYear(a.Year + amount),
                TimeUnit.Decade => CalendarValue.OfYear(a.Year + (10 * amount)),
                TimeUnit.Hour or TimeUnit.Minute => CalendarValue.OfDate(a),
                _ => null,
            };
        }

        private static string DurationValue(int? count, TimeUnit unit)
        {
            var n = count?.ToString(CultureInfo.InvariantCulture) ?? "X";
            return unit switch
            {
                TimeUnit.Minute => $"PT{n}M",
                TimeUnit.Hour => $"PT{n}H",
                TimeUnit.Day => $"P{n}D",
                TimeUnit.Week => $"P{n}W",
                TimeUnit.Month => $"P{n}M",
                TimeUnit.Quarter => $"P{n}Q",
                TimeUnit.Half => count is { } h ? $"P{h * 6}M" : "PXM",
                TimeUnit.Year => $"P{n}Y",
                TimeUnit.Decade => count is { } d ? $"P{d * 10}Y" : "PXDE",
                TimeUnit.Century => count is { } c ? $"P{c * 100}Y" : "PXCE",
                TimeUnit.Millennium => $"P{n}L",
                _ => $"P{n}D",
            };
        }
    }
}
