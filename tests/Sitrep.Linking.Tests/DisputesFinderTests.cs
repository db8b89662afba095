using Sitrep.Linking.Disputes;
using static Sitrep.Linking.Tests.DisputesPipeline;

namespace Sitrep.Linking.Tests;

/// <summary>The dispute finder across invented articles, each run through the real pipeline and fed in turn.</summary>
public sealed class DisputesFinderTests
{
    private static readonly DisputeFinder Finder = new();

    private static Dispute Only(IReadOnlyList<Dispute> disputes, PropositionKind kind) => Assert.Single(disputes, d => d.Kind == kind);

    [Fact]
    public void An_approximate_figure_inside_a_range_is_consistent()
    {
        var disputes = Feed(Finder,
            Claims(1, "A defence ministry official said about 3,000 militants of al-Shabaab remain in Lower Shabelle.", outlet: "Wire A"),
            Claims(2, "A monitoring group said 2,500 to 3,500 al-Shabaab militants remain in Lower Shabelle.", outlet: "Paper B"));
        var d = Only(disputes, PropositionKind.Count);
        Assert.Equal(DisputeStatus.Consistent, d.Status);
        Assert.Equal(2, d.Sides.Count);
        Assert.Empty(d.Conflicts);
        Assert.Equal("number of Al Shabaab fighters in Lower Shabeelle", d.Label);
        Assert.Equal([1L, 2L], d.Sides.Select(s => s.Supporters.Single().Claim.DocumentId));
        Assert.Equal("Wire A", d.Sides[0].Supporters[0].Claim.Outlet);
    }

    [Fact]
    public void Figures_that_do_not_overlap_contradict()
    {
        var disputes = Feed(Finder,
            Claims(1, "The governor said 800 al-Shabaab fighters remain in Lower Shabelle."),
            Claims(2, "A monitoring group said some 4,000 al-Shabaab fighters remain in Lower Shabelle."));
        var d = Only(disputes, PropositionKind.Count);
        Assert.Equal(DisputeStatus.Contradicted, d.Status);
        var conflict = Assert.Single(d.Conflicts);
        Assert.Contains("800", conflict.Reason, StringComparison.Ordinal);
        Assert.Contains("4,000", conflict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_toll_denied_by_one_side_and_given_by_another_contradicts()
    {
        var disputes = Feed(Finder,
            Claims(1, "The army said no civilians were killed in the strike on Hajin."),
            Claims(2, "Activists said 12 civilians were killed in the airstrike on Hajin on Thursday."));
        var d = Only(disputes, PropositionKind.Count);
        Assert.Equal(DisputeStatus.Contradicted, d.Status);
        Assert.Equal(["0", "12"], d.Sides.Select(s => s.Label));
    }

    [Fact]
    public void A_leader_in_two_cities_of_one_country_hundreds_of_km_apart_is_contradicted()
    {
        // Mosul and Baghdad: one country, different provinces, about 350 km apart.
        var disputes = Feed(Finder,
            Claims(1, "Local officials said Abu Bakr al-Baghdadi was hiding in Mosul."),
            Claims(2, "Iraqi intelligence said Abu Bakr al-Baghdadi is in Baghdad."));
        var d = Only(disputes, PropositionKind.Whereabouts);
        Assert.Equal("whereabouts of Abu Bakr al-Baghdadi", d.Label);
        Assert.Equal(DisputeStatus.Contradicted, d.Status);
        var reason = Assert.Single(d.Conflicts).Reason;
        var km = int.Parse(System.Text.RegularExpressions.Regex.Match(reason, @"are ([\d,]+) km apart").Groups[1].Value.Replace(",", "", StringComparison.Ordinal),
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(km, 300, 420);
    }

    [Fact]
    public void A_town_and_the_country_it_is_in_are_the_same_whereabouts()
    {
        var disputes = Feed(Finder,
            Claims(1, "A Libyan official said Ali Hassan fled to Libya."),
            Claims(2, "A police spokesman said the commander Ali Hassan is hiding in Sirte."));
        var d = Only(disputes, PropositionKind.Whereabouts);
        Assert.Equal(DisputeStatus.Consistent, d.Status);
        Assert.Equal(2, d.Sides.Count);
    }

    [Fact]
    public void A_ministry_and_a_rebel_group_both_claiming_a_strike_are_two_sides()
    {
        var disputes = Feed(Finder,
            Claims(1, "The Syrian Defence Ministry said its jets struck Maarat al-Numan on Tuesday."),
            Claims(2, "Hayat Tahrir al-Sham claimed it shelled Maarat al-Numan on Tuesday."));
        var d = Only(disputes, PropositionKind.Responsibility);
        Assert.Equal(DisputeStatus.Contradicted, d.Status);
        Assert.Equal(["Military Forces of Syria", "Hayat Tahrir al-Sham"], d.Sides.Select(s => s.Label));
        var hts = d.Sides[1].Supporters.Single().Claim;
        Assert.Equal("claimed", hts.CueText);
        Assert.True(hts.Hedged);
        Assert.Equal("Hayat Tahrir al-Sham", hts.SourceText);
    }

    [Fact]
    public void An_army_and_its_own_unit_claiming_one_strike_agree()
    {
        var disputes = Feed(Finder,
            Claims(1, "The Syrian Defence Ministry said its jets struck Maarat al-Numan on Tuesday."),
            Claims(2, "Pro-government media said the Tiger Forces shelled Maarat al-Numan on Tuesday."));
        var d = Only(disputes, PropositionKind.Responsibility);
        Assert.Equal(DisputeStatus.Consistent, d.Status);
        Assert.Single(d.Sides);
        Assert.Equal(2, d.Sides[0].Supporters.Count);
    }

    [Fact]
    public void A_denial_opposes_the_assertion_it_denies()
    {
        var disputes = Feed(Finder,
            Claims(1, "Witnesses said Russian warplanes bombed Hajin on Monday."),
            Claims(2, "The Russian Defence Ministry denied that its aircraft bombed Hajin on Monday."));
        var d = Only(disputes, PropositionKind.Responsibility);
        Assert.Equal(DisputeStatus.Contradicted, d.Status);
        Assert.Equal([Polarity.Asserted, Polarity.Denied], d.Sides.Select(s => s.Polarity));
        Assert.Equal("denies: Military Forces of Russia", d.Sides[1].Label);
        Assert.Contains("asserted and denied", Assert.Single(d.Conflicts).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_accusation_about_the_attack_described_earlier_takes_its_place_and_day()
    {
        var disputes = Feed(Finder,
            Claims(1, "A drone strike hit a wedding party in Hajin on Monday, killing six people.\n\nLocal activists accused Russian warplanes of the attack."),
            Claims(2, "Witnesses said American drones struck Hajin in Deir ez-Zor province on Monday."));
        var d = Only(disputes, PropositionKind.Responsibility);
        Assert.Equal(DisputeStatus.Contradicted, d.Status);
        Assert.Contains(d.Sides, s => s.Label == "Military Forces of Russia" && s.Supporters.Single().Claim.CueText == "accused");
        Assert.Equal(d.Sides.Select(s => s.Supporters[0].Claim.DocumentId).Order(), [1L, 2L]);
    }

    [Fact]
    public void None_of_its_aircraft_struck_is_a_denial()
    {
        var disputes = Feed(Finder,
            Claims(1, "Witnesses said Russian warplanes bombed Hajin on Monday."),
            Claims(2, "The Russian Defence Ministry said that none of its aircraft struck Hajin on Monday."));
        var d = Only(disputes, PropositionKind.Responsibility);
        Assert.Equal([Polarity.Asserted, Polarity.Denied], d.Sides.Select(s => s.Polarity));
        Assert.Equal(DisputeStatus.Contradicted, d.Status);
    }

    [Fact]
    public void An_act_referred_back_to_is_not_credited_to_whoever_speaks_of_it()
    {
        var disputes = Feed(Finder,
            Claims(1, "A drone strike hit a wedding party in Hajin on Monday, killing six people.\n\nThe Syrian Foreign Ministry said that it would raise the strike at the United Nations."),
            Claims(2, "Witnesses said American drones struck Hajin in Deir ez-Zor province on Monday."));
        Assert.DoesNotContain(disputes, d => d.Kind == PropositionKind.Responsibility);
    }

    [Fact]
    public void Denying_one_actor_while_another_is_blamed_is_consistent()
    {
        var disputes = Feed(Finder,
            Claims(1, "Witnesses said Russian warplanes bombed Hajin on Monday."),
            Claims(2, "The US-led coalition denied that its aircraft bombed Hajin on Monday."));
        Assert.Equal(DisputeStatus.Consistent, Only(disputes, PropositionKind.Responsibility).Status);
    }

    [Fact]
    public void One_speaker_in_one_article_is_one_supporter_and_no_dispute()
    {
        const string text = "The governor said 800 al-Shabaab fighters remain in Lower Shabelle. The governor said 900 al-Shabaab fighters remain in Lower Shabelle.";
        var claims = Claims(1, text);
        Assert.Equal(2, claims.Count);
        Assert.Empty(Feed(Finder, claims));
    }

    [Fact]
    public void The_same_speaker_in_two_articles_counts_twice()
    {
        const string text = "The governor said 800 al-Shabaab fighters remain in Lower Shabelle.";
        var d = Only(Feed(Finder, Claims(1, text), Claims(2, text)), PropositionKind.Count);
        Assert.Equal(2, Assert.Single(d.Sides).Supporters.Count);
        Assert.Equal(DisputeStatus.Consistent, d.Status);
    }

    [Fact]
    public void Rereading_a_stored_article_does_not_make_it_agree_with_itself()
    {
        var store = new InMemoryPropositionLookup();
        var claims = Claims(7, "The governor said 800 al-Shabaab fighters remain in Lower Shabelle.");
        store.Add(Finder.Find(claims, store).Propositions);
        var again = Finder.Find(claims, store);
        Assert.Empty(again.Disputes);
        Assert.Single(again.Propositions);
    }

    [Fact]
    public void Unrelated_claims_make_no_dispute()
    {
        var disputes = Feed(Finder,
            Claims(1, "The governor said 800 al-Shabaab fighters remain in Lower Shabelle."),
            Claims(2, "Officials said 300 Boko Haram fighters remain in Borno."));
        Assert.Empty(disputes);
    }

    [Fact]
    public void Values_and_propositions_round_trip_through_json_for_storage()
    {
        var record = Finder.Read(Claims(1, "Local officials said Abu Bakr al-Baghdadi was hiding in Mosul.")).Single();
        var json = System.Text.Json.JsonSerializer.Serialize(record);
        var back = System.Text.Json.JsonSerializer.Deserialize<PropositionRecord>(json)!;
        Assert.Equal(record.Proposition.Key, back.Proposition.Key);
        Assert.Equal(record.Proposition.Value, back.Proposition.Value);
        Assert.Contains("\"type\":\"location\"", json, StringComparison.Ordinal);
    }
}
