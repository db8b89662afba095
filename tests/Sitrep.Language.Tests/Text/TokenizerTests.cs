using Sitrep.Language.Text;

namespace Sitrep.Language.Tests.Text;

public sealed class TokenizerTests
{
    private static string[] Words(string text) => Tokenizer.Tokenize(text).Select(t => t.Of(text)).ToArray();

    [Fact]
    public void Arabic_transliterations_with_apostrophes_are_single_words()
    {
        Assert.Equal(["Hay'at", "Tahrir", "al", "-", "Sham", "and", "the", "Ba’ath", "party"], Words("Hay'at Tahrir al-Sham and the Ba’ath party"));
    }

    [Fact]
    public void Possessive_s_is_split_from_the_name()
    {
        Assert.Equal(["Damascus", "'", "s", "Eastern", "Ghouta"], Words("Damascus's Eastern Ghouta"));
        Assert.Equal(["Syria", "’", "s", "army"], Words("Syria’s army"));
    }

    [Fact]
    public void Numbers_keep_separators_and_glued_units_stay_with_them()
    {
        var tokens = Tokenizer.Tokenize("5,000 to 6,000 fighters, 3.5 tons, 2km and the 1990s.");
        var text = "5,000 to 6,000 fighters, 3.5 tons, 2km and the 1990s.";
        Assert.Equal(TokenKind.Number, tokens[0].Kind);
        Assert.Equal("5,000", tokens[0].Of(text));
        Assert.Contains(tokens, t => t.Of(text) == "3.5" && t.Kind == TokenKind.Number);
        Assert.Contains(tokens, t => t.Of(text) == "2km" && t.Kind == TokenKind.Word);
        Assert.Contains(tokens, t => t.Of(text) == "1990s");
        Assert.Equal(".", tokens[^1].Of(text));
    }

    [Fact]
    public void Folding_makes_transliteration_variants_comparable()
    {
        Assert.Equal("deir ez zor", TextFolding.Fold("Deir ez-Zor"));
        Assert.Equal("baath", TextFolding.Fold("Ba’ath"));
        Assert.Equal("hayat tahrir al sham", TextFolding.Fold("Hay'at Taḥrīr al-Shām"));
    }

    [Fact]
    public void Folding_drops_characters_outside_the_basic_plane_instead_of_failing()
    {
        Assert.Equal("aleppo", TextFolding.Fold("Aleppo 🔥"));
        Assert.Equal("ab", TextFolding.Fold("a\uD800b"));
    }
}
