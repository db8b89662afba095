namespace Sitrep.Language.Quantities;

/// <summary>ACLED's conventions for turning reported counts into a fatality figure.</summary>
public static class AcledCounts
{
    /// <summary>
    /// The figure ACLED codes for a vague count: "tens" → 10, "dozens" → 12, "scores" → 20, "hundreds" → 100,
    /// "thousands" → 1,000, "tens of thousands" → 10,000, "hundreds of thousands" → 100,000. Null for words with no
    /// convention ("several", "a few"), which ACLED leaves to the analyst.
    /// </summary>
    public static int? ForVagueWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Trim().ToLowerInvariant() switch
        {
            "tens" => 10,
            "dozens" => 12,
            "scores" => 20,
            "hundreds" => 100,
            "thousands" => 1_000,
            "tens of thousands" => 10_000,
            "hundreds of thousands" => 100_000,
            "millions" => 1_000_000,
            _ => null,
        };
    }

    /// <summary>
    /// The most conservative figure a quantity supports, as ACLED codes fatalities: the lower bound of a range,
    /// the stated number of "over 130" or "at least 26", the stated maximum of "up to 10", the convention for a vague
    /// count. Null when the quantity gives no usable figure.
    /// </summary>
    public static int? ConservativeFigure(QuantityMention quantity)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        if (quantity.Vague)
        {
            return quantity.VagueWord is { } word ? ForVagueWord(word) : null;
        }

        var figure = quantity.Low ?? quantity.High;
        return figure is { } f && f <= int.MaxValue ? (int)decimal.Floor(f) : null;
    }
}
