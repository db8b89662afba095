using Sitrep.Coding.Events;
using Sitrep.Language;

namespace Sitrep.Coding.Tests;

public sealed class EventCoderTests
{
    private static readonly SitrepPipeline Pipeline = FullPipeline.Instance;

    private static IReadOnlyList<CodedEvent> Code(string text, string published = "2018-11-23")
    {
        var raw = new RawDocument("t.txt", ContentKind.Text, System.Text.Encoding.UTF8.GetBytes(text), Hints: new DocumentHints(Published: published));
        var processed = Pipeline.Process(raw);
        foreach (var e in processed.Coding!.EventList)
        {
            foreach (var (_, span) in e.Evidence)
            {
                Assert.InRange(span.End, 0, processed.Article!.Body.Length);
            }
        }

        return processed.Coding!.EventList;
    }

    [Fact]
    public void An_airstrike_that_killed_civilians_is_an_air_strike_with_civilian_victims_date_place_and_toll()
    {
        var e = Assert.Single(Code("On November 22, a US-led coalition airstrike killed 12 civilians in Hajin."));
        Assert.Equal("Explosions/Remote violence", e.EventType);
        Assert.Equal("Air/drone strike", e.SubEventType);
        Assert.Equal("Political violence", e.DisorderType);
        Assert.Equal(new DateOnly(2018, 11, 22), e.EventDate);
        Assert.Equal(1, e.TimePrecision);
        Assert.Equal("US-led Coalition", e.Actor1);
        Assert.Equal("Civilians (Syria)", e.Actor2);
        Assert.Equal(7, e.Inter2);
        Assert.Equal(8, e.Inter1);
        Assert.Equal(78, e.Interaction);
        Assert.True(e.CivilianTargeting);
        Assert.Equal("Deir-ez-Zor", e.Location!.Admin1);
        Assert.Equal(12, e.Fatalities);
        Assert.StartsWith("On 22 November 2018, US-led Coalition", e.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void Protests_take_protesters_of_the_country_and_injuries_are_not_fatalities()
    {
        var e = Assert.Single(Code("Hundreds of people protested in Gao on Thursday over fuel shortages; three were wounded."));
        Assert.Equal("Protests", e.EventType);
        Assert.Equal("Protesters (Mali)", e.Actor1);
        Assert.Equal(0, e.Fatalities);
        Assert.Equal(new DateOnly(2018, 11, 22), e.EventDate);
    }

    [Fact]
    public void Old_acled_types_map_to_todays()
    {
        Assert.Equal(["Battles"], EventTaxonomy.FromOldSchema("Battle-No change of territory"));
        Assert.Equal(["Explosions/Remote violence"], EventTaxonomy.FromOldSchema("Remote violence"));
        Assert.Equal(["Protests", "Riots"], EventTaxonomy.FromOldSchema("Riots/Protests"));
        Assert.Equal("Strategic developments", EventTaxonomy.TypeOf["Arrests"]);
    }
    [Theory]
    [InlineData("Gunmen killed two soldiers at a checkpoint near Gao on Monday.", "Armed clash")]
    [InlineData("A police officer was shot dead in Kidal on Sunday.", "Armed clash")]
    [InlineData("Gunmen killed three farmers near Gao on Monday.", "Attack")]
    [InlineData("Soldiers opened fire on villagers near Gao, killing four.", "Attack")]
    [InlineData("Army helicopters attacked rebel positions near Gao on Monday.", "Air/drone strike")]
    [InlineData("The air force launched several offensives against militant positions in Sirte.", "Air/drone strike")]
    [InlineData("Teachers in Bamako began a 48-hour strike over unpaid salaries.", "Peaceful protest")]
    [InlineData("A drone strike hit a car near Gao on Monday.", "Air/drone strike")]
    [InlineData("Police fired live rounds at protesters in Bamako, killing two.", "Excessive force against protesters")]
    [InlineData("Supporters of two political parties clashed in Bamako after the vote.", "Mob violence")]
    [InlineData("The rebels took control of Tessalit after the army withdrew from the town.", "Non-violent transfer of territory")]
    [InlineData("Residents of Gao pelted police with stones and blocked roads.", "Violent demonstration")]
    [InlineData("Kenyan troops kill four members of al Shabaab near Lamu.", "Armed clash")]
    [InlineData("Party youths kill a trader who had recently defected from the party in Gao.", "Attack")]
    public void The_trigger_and_its_participants_choose_the_sub_event_type(string text, string subType)
    {
        var e = Code(text)[0];
        Assert.Equal(subType, e.SubEventType);
    }

    [Theory]
    [InlineData("Militants attacked an army checkpoint in Kidal on Tuesday, killing four soldiers, the Malian army said.")]
    [InlineData("Jihadist fighters stormed a military post near Kidal on Tuesday, killing four soldiers, according to local officials.")]
    public void Unnamed_militants_who_kill_soldiers_fight_the_state_forces_as_an_unidentified_armed_group(string text)
    {
        var e = Assert.Single(Code(text, "2026-03-04"));
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal("Military Forces of Mali", e.Actor1);
        Assert.Equal("Unidentified Armed Group (Mali)", e.Actor2);
        Assert.Equal(4, e.Fatalities);
    }

    [Theory]
    [InlineData("Russian warplanes have been active over the desert in recent weeks, targeting ISIS hideouts.")]
    [InlineData("Government forces have shelled villages in the valley for months.")]
    public void Activity_over_an_unspecified_period_is_not_one_event(string text)
    {
        Assert.Empty(Code(text, "2026-03-05"));
    }

    [Fact]
    public void A_crowd_is_a_protest_only_when_the_sentence_says_what_it_wants()
    {
        Assert.Empty(Code("Families of the dead soldiers gathered at the regional hospital in Gao on Wednesday."));
        var protest = Assert.Single(Code("Hundreds of residents gathered in the main square of Gao on Wednesday to protest against fuel shortages."));
        Assert.Equal("Peaceful protest", protest.SubEventType);
    }

    [Fact]
    public void A_negated_trigger_reports_no_event()
    {
        Assert.Empty(Code("No arrests have been made in Gao."));
    }

    [Fact]
    public void A_later_arrest_does_not_hide_the_attack_it_followed()
    {
        var e = Code("Government forces repelled an attack on the town of Menaka, at least four dead, 21 arrested.")[0];
        Assert.Equal("Battles", e.EventType);
        Assert.Equal(4, e.Fatalities);
    }

    [Fact]
    public void A_one_line_report_without_a_full_stop_is_coded()
    {
        var e = Assert.Single(Code("Residents staged a protest in Bamako over power cuts"));
        Assert.Equal("Protests", e.EventType);
        Assert.Equal("Bamako", e.Location!.Name);
    }

    [Theory]
    [InlineData("Soldiers kill four members of the militia near Gao.", 4)]
    [InlineData("Two armed men on motorbikes killed two gendarmes near Gao.", 2)]
    [InlineData("3 militiamen were reported killed near Gao during the clash.", 3)]
    [InlineData("12 dead, 20 wounded when herders clashed with farmers near Gao.", 12)]
    [InlineData("Gunmen stopped a bus near Gao and shot the driver dead.", 1)]
    [InlineData("A trader accused of theft was beaten to death by a mob in Gao.", 1)]
    [InlineData("Militants killed a village chief near Gao.", 1)]
    [InlineData("The aircraft struck a camp near Gao and killed militants and civilians.", 10)]
    [InlineData("Soldiers clashed with rebels near Gao, several killed.", 10)]
    [InlineData("Gunmen attacked an army post near Gao. Casualties not known.", 0)]
    [InlineData("Gunmen attacked an army post near Gao, no casualties reported.", 0)]
    [InlineData("Gunmen attacked an army post near Gao and three soldiers were wounded.", 0)]
    [InlineData("Four killed, including one soldier, when a vehicle hit a landmine near Gao.", 4)]
    [InlineData("Two police officers, one civil servant and one resident were killed when police clashed with rioters in Gao.", 4)]
    [InlineData("Students marched through Gao to protest against attacks that had killed nine people.", 0)]
    [InlineData("A militant stabbed to death a police colonel in Gao.", 1)]
    [InlineData("Five policemen escorting a passenger bus near Gao have been killed.", 5)]
    [InlineData("Militants attacked a police post near Gao, 3 killed, 2 wounded.", 3)]
    [InlineData("An attack by rebels on army positions near Gao left a soldier and a militiaman killed.", 2)]
    [InlineData("Two are dead near Gao over a land dispute.", 2)]
    [InlineData("Hawkers blocked the main road in Gao and smashed buses in protest of the death of a colleague.", 0)]
    [InlineData("Aircraft struck Gao. According to the army, many fighters from the so-called Islamic State (IS) were killed.", 10)]
    public void Fatalities_follow_acleds_conventions(string text, int fatalities)
        => Assert.Equal(fatalities, Code(text)[0].Fatalities);

    [Fact]
    public void A_toll_in_its_own_sentence_belongs_to_the_event_before_it()
    {
        const string text = "Government forces clashed with rebels near Gao on Monday. Two rebels dead.";
        var e = Assert.Single(Code(text));
        Assert.Equal(2, e.Fatalities);
        Assert.True(e.Evidence["fatalities"].Start >= text.IndexOf("Two", StringComparison.Ordinal), "the toll's evidence is the second sentence");
    }

    [Fact]
    public void A_follow_up_that_points_back_to_the_attack_is_the_same_event()
    {
        const string text = "A bus was attacked by gunmen near Gao after leaving Kidal. At least 9 people were killed in the attack, which a rebel faction carried out.";
        var e = Assert.Single(Code(text));
        Assert.Equal(9, e.Fatalities);
        Assert.Contains("9", e.Evidence["fatalities"].Slice(text), StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_inside_a_claim_is_credited_to_its_source()
    {
        const string text = "Up to 10 ISIS members were killed in clashes near Hajin on Thursday, according to pro-Kurdish sources.";
        var e = Code(text)[0];
        Assert.Equal("pro-Kurdish sources", e.ReportedBy);
        Assert.Equal("pro-Kurdish sources", e.Evidence["reported_by"].Slice(text));
    }

    [Fact]
    public void A_toll_only_one_side_claims_is_coded_zero_and_the_claim_is_kept()
    {
        const string text = "HTS claimed that its fighters had killed seven Russian soldiers in clashes near Idlib on Monday.";
        var processed = Pipeline.Process(new RawDocument("t.txt", ContentKind.Text, System.Text.Encoding.UTF8.GetBytes(text), Hints: new DocumentHints(Published: "2018-11-23")));
        var e = processed.Coding!.EventList[0];
        Assert.Equal(0, e.Fatalities);
        Assert.True(e.Hedged);
        Assert.Contains("seven", e.Evidence["fatalities_claimed"].Slice(text), StringComparison.Ordinal);
        Assert.Contains(processed.Coding.Claims, c => c.ContentText.Contains("seven Russian soldiers", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_place_the_event_is_coded_at_the_country_its_words_name()
    {
        const string text = "Ethiopian soldiers opened fire on protesters, killing four.";
        var e = Code(text)[0];
        Assert.Equal("ET", e.Location!.CountryCode);
        Assert.Equal("A.PCLI", e.Location.FeatureCode);
        Assert.Equal(3, e.GeoPrecision);
        Assert.Equal("Ethiopian", e.Evidence["location"].Slice(text));
    }

    [Fact]
    public void An_undated_report_takes_the_date_and_toll_of_its_follow_up()
    {
        var e = Assert.Single(Code("Militiamen attacked the village of Tur over two days. 5 killed, 8 wounded on June 20.", "2016-06-27"));
        Assert.Equal(5, e.Fatalities);
        Assert.Equal(new DateOnly(2016, 6, 20), e.EventDate);
        Assert.StartsWith("On 20 June 2016", e.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_naming_several_places_gives_one_event_per_place_with_the_toll_shared()
    {
        const string text = "Rebels clashed with soldiers in Gao and Kidal on Monday, killing seven.";
        var events = Code(text);
        Assert.Equal(["Gao", "Kidal"], events.Select(e => e.Location!.Name));
        Assert.Equal([4, 3], events.Select(e => e.Fatalities));
        Assert.Equal(["Gao", "Kidal"], events.Select(e => e.Evidence["location"].Slice(text)));
    }

    [Fact]
    public void A_later_toll_is_shared_over_the_places_of_the_report_it_follows()
    {
        var events = Code("Rebels clashed with soldiers in Gao and Kidal on Monday. Seven fighters were killed.");
        Assert.Equal(["Gao", "Kidal"], events.Select(e => e.Location!.Name));
        Assert.Equal([4, 3], events.Select(e => e.Fatalities));
    }

    [Fact]
    public void An_attack_the_next_sentence_calls_clashes_is_a_battle()
    {
        var e = Assert.Single(Code("Police attacked herders near Gao on Monday. Some 21 people were killed from both sides in the clashes."));
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal(21, e.Fatalities);
    }

    [Fact]
    public void A_report_over_several_days_gives_one_event_per_day_with_the_toll_shared()
    {
        var events = Code("Police attacked herders near Gao over 24-26 June. Some 21 people were killed from both sides in the clashes.", "2016-07-03");
        Assert.Equal([new DateOnly(2016, 6, 24), new DateOnly(2016, 6, 25), new DateOnly(2016, 6, 26)], events.Select(e => e.EventDate!.Value));
        Assert.Equal([7, 7, 7], events.Select(e => e.Fatalities));
        Assert.All(events, e => Assert.Equal("Armed clash", e.SubEventType));
    }

    // Each rule below is checked both ways: the sentence it drops, and a close concrete report it must keep.

    [Theory]
    [InlineData("Rebels will attack the army base near Gao on Monday.")]
    [InlineData("Rebels could seize the town of Gao soon.")]
    [InlineData("The rebels are expected to attack Gao.")]
    [InlineData("The rebel commander threatened to attack Gao.")]
    public void A_prediction_or_intention_is_not_an_event(string text) => Assert.Empty(Code(text));

    [Fact]
    public void A_hedged_past_with_may_have_is_still_an_event()
    {
        var e = Assert.Single(Code("Rebels may have attacked the army base near Gao on Monday."));
        Assert.Equal("Battles", e.EventType);
    }

    [Fact]
    public void The_same_act_reported_as_done_is_an_event()
        => Assert.Equal("Battles", Assert.Single(Code("Rebels attacked the army base near Gao on Monday.")).EventType);

    [Fact]
    public void Clashes_named_as_the_purpose_of_a_redeployment_are_not_coded_but_the_redeployment_is()
    {
        var e = Assert.Single(Code("The army redeployed its units to Gao to support the militia in its clashes against the rebels."));
        Assert.Equal("Change to group/activity", e.SubEventType);
        Assert.Equal("Armed clash", Assert.Single(Code("The militia clashed with the rebels in Gao on Monday.")).SubEventType);
    }

    [Fact]
    public void A_habit_or_ongoing_campaign_without_a_date_is_not_an_event()
    {
        Assert.Empty(Code("Warplanes regularly bomb the villages around Gao."));
        Assert.Empty(Code("As the coalition continues hammering the rebels with airstrikes, the group looks elsewhere."));
        Assert.Empty(Code("The army is killing civilians around Gao."));
        Assert.Equal("Air/drone strike", Assert.Single(Code("Warplanes bombed the villages around Gao on Monday.")).SubEventType);
    }

    [Fact]
    public void Background_in_the_pluperfect_or_dated_by_a_past_year_is_not_an_event()
    {
        Assert.Empty(Code("The rebels had captured the town of Gao."));
        Assert.Empty(Code("The bombing in 2011 turned the city of Gao into ruins."));
        Assert.Empty(Code("The US Marines took part in the Raqqah battle."));
        var e = Assert.Single(Code("Officials said on Monday that the rebels had captured the town of Gao."));
        Assert.Equal("Non-state actor overtakes territory", e.SubEventType);
    }

    [Fact]
    public void A_trigger_used_as_a_topic_or_an_adjective_is_not_an_event()
    {
        Assert.Empty(Code("Officials rejected a bombing campaign against the rebels in Gao."));
        Assert.Empty(Code("The rebels crossed the US-occupied zone near Gao."));
        Assert.Empty(Code("Rebels have been ramping up their attacks on army positions near Gao."));
    }

    [Fact]
    public void Questions_hypotheses_and_warnings_are_not_events()
    {
        Assert.Empty(Code("If the rebels attack Gao, the army will respond."));
        Assert.Empty(Code("Who attacked the army base near Gao on Monday?"));
        Assert.Empty(Code("On Monday the ministry warned that the rebels are plotting a chemical attack near Gao."));
    }

    [Fact]
    public void Strikes_across_several_countries_without_a_date_are_a_campaign()
    {
        Assert.Empty(Code("Drones struck rebel positions in Mali and Niger."));
        Assert.Single(Code("On Monday, drones struck rebel positions in Mali and Niger."));
    }

    [Fact]
    public void A_follow_up_of_a_rejected_report_is_rejected_too()
        => Assert.Empty(Code("The ministry released a video of drone strikes on rebel positions from 2014 to 2017. The strikes were carried out by small drones."));

    [Fact]
    public void Captured_people_are_a_battle_captured_ground_a_capture_captured_goods_nothing()
    {
        Assert.Equal("Armed clash", Assert.Single(Code("Two soldiers were captured by rebels near Gao on Monday.")).SubEventType);
        Assert.Equal("Non-state actor overtakes territory", Assert.Single(Code("Rebels captured the village of Gao on Monday.")).SubEventType);
        Assert.Empty(Code("Rebels seized huge amounts of fuel on Monday."));
        Assert.Empty(Code("The captured rebel commander said the group is short of fuel."));
    }

    [Fact]
    public void Weapons_listed_in_a_cache_are_goods_not_an_attack()
    {
        var e = Assert.Single(Code("On Monday, soldiers uncovered a weapons cache containing rockets and mortars in Gao."));
        Assert.Equal("Disrupted weapons use", e.SubEventType);
        Assert.Equal("Shelling/artillery/missile attack", Assert.Single(Code("On Monday, rebels fired rockets and mortars at Gao.")).SubEventType);
    }

    [Fact]
    public void Troops_arriving_to_aid_an_offensive_are_a_change_to_group_activity()
    {
        var e = Assert.Single(Code("The army's 4th Division arrived in Gao to aid in the offensive."));
        Assert.Equal("Change to group/activity", e.SubEventType);
        Assert.Empty(Code("The delegation arrived in Gao for talks."));
    }

    [Fact]
    public void A_deployment_and_the_advance_it_joined_are_two_events()
    {
        var events = Code("The army's 4th Division arrived in Gao on Monday to aid the offensive, and on Monday the army had managed to advance two kilometres into the rebel pocket.");
        Assert.Equal(["Change to group/activity", "Armed clash"], events.Select(e => e.SubEventType));
        Assert.Equal("Armed clash", Assert.Single(Code("On Monday the army managed to advance two kilometres into the rebel pocket near Gao.")).SubEventType);
    }

    [Fact]
    public void A_country_adjective_before_an_airstrike_names_the_striking_forces()
    {
        var e = Assert.Single(Code("On Monday, the Iraqi airstrike hit ISIS positions near Mosul."));
        Assert.Equal("Military Forces of Iraq", e.Actor1);
        Assert.Equal("Islamic State (ISIS)", e.Actor2);
        Assert.NotEqual("Military Forces of Iraq", Assert.Single(Code("On Monday, an airstrike hit ISIS positions near Mosul.")).Actor1);
    }

    [Fact]
    public void A_cache_recovered_from_a_group_was_seized_by_the_state_and_a_source_is_no_actor()
    {
        var e = Assert.Single(Code("On Monday, a weapons cache was recovered from ISIS near Mosul, according to the Iraqi army."));
        Assert.Equal("Disrupted weapons use", e.SubEventType);
        Assert.Equal("Military Forces of Iraq", e.Actor1);
        Assert.Equal("Islamic State (ISIS)", e.Actor2);
    }

    [Fact]
    public void The_target_of_fighting_is_not_the_perpetrator()
    {
        var e = Assert.Single(Code("On November 9, the US massacred 26 civilians in the name of fighting ISIS - dozens of airstrikes on houses in Hajin."));
        Assert.Equal("Military Forces of the United States", e.Actor1);
        Assert.Equal("Civilians (Syria)", e.Actor2);
    }

    [Fact]
    public void Its_fighters_are_the_group_named_before()
    {
        var events = Code("ISIS moved its leader to Libya.\n\nReports indicate its fighters captured the city of Sirte.");
        var e = Assert.Single(events);
        Assert.Equal("Islamic State (ISIS)", e.Actor1);
    }

    [Fact]
    public void A_redeployment_to_two_provinces_is_one_event_per_destination()
    {
        var events = Code("The Tiger Forces redeployed their units from Deir Ezzor to northeastern Hama and southern Aleppo.");
        Assert.Equal(["Hama", "Aleppo"], events.Select(e => e.Location!.Admin1));
        Assert.All(events, e => Assert.Equal("Change to group/activity", e.SubEventType));
        Assert.Equal("Hama", Assert.Single(Code("The Tiger Forces redeployed their units from Deir Ezzor to northeastern Hama.")).Location!.Admin1);
    }

    [Fact]
    public void Forces_deployed_to_the_area_are_placed_where_the_text_named_before()
    {
        var e = Assert.Single(Code("Rebels held the town of Hajin.\n\nOn Monday, Russian troops were deployed to the area to help defeat the rebels in Syria."));
        Assert.Equal("Deir-ez-Zor", e.Location!.Admin1);
        Assert.Null(Assert.Single(Code("On Monday, Russian troops were deployed to help defeat the rebels in Syria.")).Location!.Admin1);
    }

    [Fact]
    public void A_paragraph_adding_the_toll_of_the_clashes_above_continues_the_report()
    {
        var e = Assert.Single(Code("On Monday, rebels advanced on army positions near Hajin.\n\nAccording to local sources, 10 rebels were killed in the clashes."));
        Assert.Equal(10, e.Fatalities);
        Assert.Equal(2, Code("On Monday, rebels advanced on army positions near Hajin.\n\nOn Tuesday, 10 rebels were killed in clashes near Raqqa.").Count);
    }

    [Fact]
    public void An_act_in_an_after_ing_clause_is_background()
    {
        Assert.Empty(Code("Two months after launching the offensive on Gao, the army is still waiting."));
        Assert.Equal("Armed clash", Assert.Single(Code("On Monday the army launched the offensive on Gao.")).SubEventType);
    }

    [Fact]
    public void Attacks_by_an_allied_group_around_two_provinces_are_battles_with_the_state_in_each()
    {
        var events = Code("On November 11, the HTS-allied Wa Harid al-Muminin operation room carried out two attacks around Aleppo and Hama.");
        Assert.Equal(["Aleppo", "Hama"], events.Select(e => e.Location!.Admin1));
        Assert.All(events, e => Assert.Equal("Armed clash", e.SubEventType));
        Assert.All(events, e => Assert.Contains("Military Forces of Syria", new[] { e.Actor1, e.Actor2 }));
        Assert.All(events, e => Assert.DoesNotContain("Hayat Tahrir al-Sham", new[] { e.Actor1, e.Actor2 }));
    }

    [Fact]
    public void An_attack_on_named_civilians_stays_violence_against_civilians()
    {
        var e = Assert.Single(Code("On November 11, Hayat Tahrir al-Sham attacked villagers around Aleppo."));
        Assert.Equal("Violence against civilians", e.EventType);
    }

    [Fact]
    public void Partners_supported_by_aircraft_face_the_side_the_paragraph_set_against_them()
    {
        var events = Code("On November 22, ISIS advanced on positions of the Syrian Democratic Forces near Hajin. However, SDF members supported by US-led coalition aircraft repelled the advance.");
        Assert.Equal(2, events.Count);
        Assert.Equal("US-led Coalition", events[1].Actor1);
        Assert.Equal("Islamic State (ISIS)", events[1].Actor2);
    }

    [Fact]
    public void A_negotiated_hostage_release_is_an_agreement_with_the_group_holding_them()
    {
        var events = Code("ISIS fighters abducted 30 women near Sweida on July 25.\n\nIn October, the Syrian army was able to negotiate the release of six of the hostages.");
        var e = events.Single(x => x.SubEventType == "Agreement");
        Assert.Equal("Military Forces of Syria", e.Actor1);
        Assert.Equal("Islamic State (ISIS)", e.Actor2);
    }

    [Fact]
    public void Taking_complete_control_of_a_district_is_a_capture()
        => Assert.Equal("Battles", Assert.Single(Code("On Monday the rebels said they had taken complete control of the district of Gao.")).EventType);

    [Fact]
    public void A_subsequent_act_is_its_own_event_by_the_same_perpetrator()
    {
        var events = Code("ISIS fighters abducted 30 women near Sweida on July 25. Several of the hostages were subsequently executed.");
        Assert.Equal(2, events.Count);
        Assert.Equal("Attack", events[1].SubEventType);
        Assert.Equal("Islamic State (ISIS)", events[1].Actor1);
        Assert.NotEqual(events[0].EventDate, events[1].EventDate);
        Assert.Single(Code("ISIS fighters abducted 30 women near Sweida on July 25. Several of the hostages were executed."));
    }

    [Fact]
    public void A_tally_of_attacks_over_months_is_not_one_event()
    {
        Assert.Empty(Code("Local sources say that ISIS cells have carried out more than 20 attacks near Hajin since the start of the year."));
        Assert.Equal("Battles", Assert.Single(Code("At least 3 clashes occurred between FDLR and FARDC forces near Rutshuru.")).EventType);
    }

    [Fact]
    public void Denied_strikes_and_months_named_march_are_not_events()
    {
        Assert.Empty(Code("\"Coalition aircraft did not conduct strikes in the Abu Kamal area on March 5,\" a spokesperson said."));
        Assert.Empty(Code("The coalition repeated that none of its aircraft struck the convoy near Abu Kamal."));
        Assert.Equal("Air/drone strike", Assert.Single(Code("Coalition aircraft struck the convoy near Abu Kamal on March 5.")).SubEventType);
    }

    [Fact]
    public void A_participle_before_a_noun_is_an_adjective()
    {
        Assert.Empty(Code("Volunteers matched the burned vehicles in the videos to a road near Abu Kamal."));
        Assert.Single(Code("On Monday, rebels burned vehicles on a road near Abu Kamal."));
    }

    [Fact]
    public void Weapons_seized_by_forces_are_disrupted_weapons_use()
    {
        var e = Assert.Single(Code("On Monday, the forces seized two rocket-propelled grenade launchers and 300 rounds of ammunition near Sirte."));
        Assert.Equal("Disrupted weapons use", e.SubEventType);
    }

    [Fact]
    public void A_follow_up_paragraph_turns_an_attack_on_people_into_a_battle_with_the_armed_side_it_names()
    {
        var events = Code("At least twelve people were killed on Tuesday when an ISIS cell attacked a checkpoint near the town of Hajin.\n\n"
            + "Monitors said seven attackers and five SDF fighters died in the fighting. An SDF spokesman put the number of militants killed at nine.");
        var e = Assert.Single(events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal("Syrian Democratic Forces", e.Actor2);
    }

    [Fact]
    public void References_to_earlier_fighting_and_repeated_attacks_are_not_new_events()
    {
        Assert.Empty(Code("The army moved reinforcements from Mayadin to the western bank after the clashes."));
        Assert.Empty(Code("The town of Menaka has seen repeated attacks on convoys since the departure of the peacekeepers."));
        Assert.Empty(Code("The coalition said its aircraft flew over Hajin but did not carry out strikes."));
        Assert.Single(Code("The army moved reinforcements to Mayadin on Monday and clashed with ISIS there."));
    }

    [Fact]
    public void Bombs_dropped_on_a_town_are_explosions_and_bombs_defused_are_disrupted_weapons_use()
    {
        Assert.Equal("Explosions/Remote violence", Assert.Single(Code("On Saturday, November 10, Hajin was the target of white phosphorus bombs that killed two women.")).EventType);
        Assert.Equal("Disrupted weapons use", Assert.Single(Code("Two bombs were discovered and defused near a mosque in Jendouba on Monday.")).SubEventType);
    }
}
