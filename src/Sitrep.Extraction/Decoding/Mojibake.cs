using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Extraction.Decoding;

/// <summary>
/// Repairs text that was UTF-8, was read as Latin-1 by some earlier system, and was saved again as UTF-8
/// ("Investorâ\u0080\u0099s" for "Investor’s"). Such runs always carry C1 control characters (U+0080–U+009F), which
/// no real page text contains. A text with such a run is double-encoded throughout, so every run whose Latin-1
/// bytes are valid UTF-8 is then repaired ("cafÃ©" too); a text without one is left as written.
/// </summary>
internal static partial class Mojibake
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>Returns <paramref name="text"/> with double-encoded UTF-8 runs decoded; the same instance when there
    /// are none.</summary>
    public static string Repair(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\u0080', '\u009F') < 0)
        {
            return text;
        }

        var runs = DoubleEncodedRun().Matches(text);
        if (!runs.Any(run => run.Value.AsSpan().IndexOfAnyInRange('\u0080', '\u009F') >= 0 && Decode(run.Value) is not null))
        {
            return text;
        }

        return DoubleEncodedRun().Replace(text, match => Decode(match.Value) ?? match.Value);
    }

    private static string? Decode(string run)
    {
        var bytes = new byte[run.Length];
        for (var i = 0; i < run.Length; i++)
        {
            bytes[i] = (byte)run[i];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    // Latin-1 readings of UTF-8 sequences: a lead byte (C2–F4) followed by the right number of continuation bytes.
    [GeneratedRegex(@"(?:[\u00C2-\u00DF][\u0080-\u00BF]|[\u00E0-\u00EF][\u0080-\u00BF]{2}|[\u00F0-\u00F4][\u0080-\u00BF]{3})+", RegexOptions.CultureInvariant)]
    private static partial Regex DoubleEncodedRun();
}
