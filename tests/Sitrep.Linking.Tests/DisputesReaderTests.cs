using Sitrep.Linking.Disputes;
using static Sitrep.Linking.Tests.DisputesPipeline;

namespace Sitrep.Linking.Tests;

/// <summary>The proposition reader on invented sentences run through the real language layer and claim extractor.</summary>
public sealed class DisputesReaderTests
{
    private static readonly PropositionReader Reader = new();

    private static IReadOnlyList<Proposition> Read(string text, string? published = "2024-03-14", bool author = false)
        => Claims(1, text, published, authorStatements: author).SelectMany(Reader.Read).ToList();

    [Fact]
    public void A_force_strength_is_keyed_by_actor_personnel_and_place()
    {
        var p = Assert.Single(Read("A defence ministry official said about 3,000 militants of al-Shabaab remain in Somalia's Lower Shabelle region."));
        Assert.Equal(PropositionKind.Count, p.Kind);
        Assert.Equal("count|al shabaab|fighter|lower shabeelle", p.Key);
        Assert.Equal(new CountValue(3000, 3000, true), p.Value);
        Assert.Equal(Polarity.Asserted, p.Polarity);
        Assert.Equal("number of Al Shabaab fighters in Lower Shabeelle", p.Label);
    }

    [Fact]
    public void A_figure_after_its_noun_takes_the_noun_and_the_pronoun_its_antecedent()
    {
        const string text = "The Lord's Resistance Army has regrouped in the Central African Republic. Analysts say its forces number around 400.";
        var p = Assert.Single(Read(text), x => x.Kind == PropositionKind.Count);
        Assert.StartsWith("count|", p.Key, StringComparison.Ordinal);
        Assert.Contains("|fighter|", p.Key, StringComparison.Ordinal);
        Assert.Equal(new CountValue(400, 400, true), p.Value);
        Assert.True(p.FromContext);
    }

    [Fact]
    public void A_toll_is_keyed_by_what_happened_place_and_day()
    {
        var p = Assert.Single(Read("Activists said 12 civilians were killed in the airstrike on Hajin on Thursday."), x => x.Kind == PropositionKind.Count);
        Assert.Equal("count||civilian|hajīn|killed|2024-03-14", p.Key);
        Assert.Equal(new CountValue(12, 12, false), p.Value);
    }

    [Fact]
    public void No_one_killed_is_a_count_of_zero()
    {
        var p = Assert.Single(Read("The army said no civilians were killed in the strike on Hajin."), x => x.Kind == PropositionKind.Count);
        Assert.Equal("count||civilian|hajīn|killed|2024-03-14", p.Key);
        Assert.Equal(new CountValue(0, 0, false), p.Value);
        Assert.Equal(Polarity.Asserted, p.Polarity);
    }

    [Fact]
    public void Distances_and_years_are_not_disputed_counts()
    {
        Assert.DoesNotContain(Read("Officials said the convoy stopped 50 miles from Tripoli after 3 days on the road."), p => p.Kind == PropositionKind.Count);
    }

    [Fact]
    public void Hiding_in_a_town_is_a_whereabouts_of_the_person()
    {
        var p = Assert.Single(Read("Local officials said Abu Bakr al-Baghdadi was hiding in Abu Kamal."));
        Assert.Equal("whereabouts|abu bakr al-baghdadi", p.Key);
        var place = Assert.IsType<LocationValue>(p.Value);
        Assert.Equal("SY", place.Place!.CountryCode);
    }

    [Fact]
    public void Moving_from_one_country_to_another_puts_the_person_in_the_second()
    {
        var p = Assert.Single(Read("Sources said Ali Hassan moved from Turkey to Libya last month."), x => x.Kind == PropositionKind.Whereabouts);
        Assert.Equal("LY", ((LocationValue)p.Value).Place!.CountryCode);
    }

    [Fact]
    public void Being_killed_somewhere_is_not_a_whereabouts()
    {
        Assert.DoesNotContain(Read("Officials said Ali Hassan was killed in Mosul."), p => p.Kind == PropositionKind.Whereabouts);
    }

    [Fact]
    public void Its_jets_struck_credits_the_speaker_and_keys_place_and_day()
    {
        var p = Assert.Single(Read("The Syrian Defence Ministry said its jets struck Maarat al-Numan on Tuesday."), x => x.Kind == PropositionKind.Responsibility);
        Assert.Equal("responsibility|attack|maarrat al-nu'man district|2024-03-12", p.Key);
        Assert.Equal("Military Forces of Syria", ((AgentValue)p.Value).Name);
        Assert.Equal(Polarity.Asserted, p.Polarity);
    }

    [Fact]
    public void A_named_actor_before_the_verb_is_the_agent()
    {
        var p = Assert.Single(Read("Witnesses said Russian warplanes bombed Hajin on Monday."), x => x.Kind == PropositionKind.Responsibility);
        Assert.Equal("Military Forces of Russia", ((AgentValue)p.Value).Name);
        Assert.Equal("responsibility|attack|hajīn|2024-03-11", p.Key);
    }

    [Fact]
    public void A_denied_strike_has_denied_polarity()
    {
        var p = Assert.Single(Read("The Russian Defence Ministry denied that its aircraft bombed Hajin on Monday."), x => x.Kind == PropositionKind.Responsibility);
        Assert.Equal(Polarity.Denied, p.Polarity);
        Assert.Equal("Military Forces of Russia", ((AgentValue)p.Value).Name);
    }

    [Fact]
    public void A_negated_verb_is_a_denial_too()
    {
        var p = Assert.Single(Read("A Hayat Tahrir al-Sham spokesman said the group did not attack Maarat al-Numan on Tuesday."),
            x => x.Kind == PropositionKind.Responsibility);
        Assert.Equal(Polarity.Denied, p.Polarity);
    }

    [Fact]
    public void Author_statements_cover_only_sentences_no_claim_covers()
    {
        const string text = "The group now fields an estimated 2,000 fighters in Mali. A spokesman said the army controls Gao.";
        var claims = Claims(1, text, authorStatements: true);
        var author = Assert.Single(claims, c => c.IsAuthorStatement);
        Assert.StartsWith("The group now fields", author.Claim.ContentText, StringComparison.Ordinal);
        Assert.Equal(ClaimSourceKind.Author, author.Claim.SourceKind);
        Assert.DoesNotContain(Claims(1, text), c => c.IsAuthorStatement);
    }
}
