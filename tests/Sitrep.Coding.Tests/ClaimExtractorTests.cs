using Sitrep.Coding.Claims;

namespace Sitrep.Coding.Tests;

public sealed class ClaimExtractorTests
{
    private static Claim Single(string text)
    {
        var claim = Assert.Single(ClaimExtractor.Default.Extract(text));
        Assert.Equal(claim.CueText, claim.Cue.Slice(text));
        Assert.Equal(claim.ContentText, claim.Content.Slice(text));
        Assert.Equal(claim.SourceText, claim.Source?.Slice(text));
        return claim;
    }

    [Fact]
    public void Source_said_that_content()
    {
        var claim = Single("The Syrian Foreign Ministry said that the strike killed 15 civilians.");
        Assert.Equal("The Syrian Foreign Ministry", claim.SourceText);
        Assert.Equal("said", claim.CueText);
        // PARC convention: the complementiser belongs to the content.
        Assert.Equal("that the strike killed 15 civilians", claim.ContentText);
        Assert.False(claim.Hedged);
    }

    [Fact]
    public void Content_then_source_and_cue()
    {
        var claim = Single("Secret Service protocol required a trauma centre, sources said.");
        Assert.Equal("sources", claim.SourceText);
        Assert.Equal("Secret Service protocol required a trauma centre", claim.ContentText);

        // A cue inside the content ends that content before the closing attribution.
        var both = ClaimExtractor.Default.Extract("The protocol called for a trauma centre, sources said.");
        Assert.Equal("a trauma centre", Assert.Single(both, c => c.CueText == "called for").ContentText);
    }

    [Fact]
    public void Inverted_quotation_with_the_source_after_the_cue()
    {
        var claim = Single("“We did not conduct strikes in the area,” said a coalition spokesperson.");
        Assert.Equal("a coalition spokesperson", claim.SourceText);
        Assert.True(claim.Direct);
        Assert.StartsWith("“We did not conduct strikes", claim.ContentText, StringComparison.Ordinal);
    }

    [Fact]
    public void According_to_at_either_end()
    {
        var before = Single("According to pro-Kurdish sources, up to 10 ISIS members were killed.");
        Assert.Equal("pro-Kurdish sources", before.SourceText);
        Assert.Equal("According to", before.CueText);
        Assert.Equal("up to 10 ISIS members were killed", before.ContentText);

        var after = Single("Up to 10 ISIS members were killed, according to pro-Kurdish sources.");
        Assert.Equal("Up to 10 ISIS members were killed", after.ContentText);
    }

    [Fact]
    public void Claims_are_hedged_and_told_skips_the_addressee()
    {
        var hedged = Single("HTS claimed that it had killed seven Russian troops.");
        Assert.True(hedged.Hedged);

        var told = Single("A resident told reporters that the road was closed.");
        Assert.Equal("told", told.CueText);
        Assert.Equal("that the road was closed", told.ContentText);
    }

    [Fact]
    public void Nouns_and_infinitives_are_not_cues()
    {
        Assert.Empty(ClaimExtractor.Default.Extract("The claims were investigated in several swing states."));
        Assert.Empty(ClaimExtractor.Default.Extract("He went there to tell the story."));
    }

    [Fact]
    public void A_speakers_colon_in_a_transcript()
    {
        var claim = Single("PENCE: Well, look, this is serious business.");
        Assert.Equal("PENCE", claim.SourceText);
        Assert.Equal(":", claim.CueText);
        Assert.Equal("Well, look, this is serious business", claim.ContentText);
    }
}
