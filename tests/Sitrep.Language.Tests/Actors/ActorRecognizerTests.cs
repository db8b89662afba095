using static Sitrep.Language.Tests.Actors.ActorTestHelpers;

namespace Sitrep.Language.Tests.Actors;

public sealed class ActorRecognizerTests
{
    [Theory]
    // Islamic State family
    [InlineData("ISIS fighters attacked the town.", "Islamic State (ISIS)")]
    [InlineData("ISIL claimed the attack.", "Islamic State (ISIS)")]
    [InlineData("Residents said IS fighters had left.", "Islamic State (ISIS)")]
    [InlineData("Daesh militants shelled the village.", "Islamic State (ISIS)")]
    [InlineData("The Islamic State group claimed it.", "Islamic State (ISIS)")]
    [InlineData("Fighters of the Islamic State of Iraq and the Levant withdrew.", "Islamic State (ISIS)")]
    [InlineData("ISWAP fighters raided a base in Borno.", "Islamic State (ISIS)")]
    [InlineData("ISIS-K claimed the bombing in Kabul.", "Islamic State (ISIS)")]
    // HTS family, with transliteration variants and predecessors
    [InlineData("HTS shelled the town.", "Hayat Tahrir al-Sham")]
    [InlineData("Hay'at Tahrir al-Sham denied it.", "Hayat Tahrir al-Sham")]
    [InlineData("Hay’at Tahrir al-Sham denied it.", "Hayat Tahrir al-Sham")]
    [InlineData("Hayat Tahrir al Sham denied it.", "Hayat Tahrir al-Sham")]
    [InlineData("Hayat Tahrir ash-Sham denied it.", "Hayat Tahrir al-Sham")]
    [InlineData("Tahrir al-Sham denied it.", "Hayat Tahrir al-Sham")]
    [InlineData("HAYAT TAHRIR AL-SHAM denied it.", "Hayat Tahrir al-Sham")]
    [InlineData("Jabhat Fatah al-Sham was formed in 2016.", "Hayat Tahrir al-Sham")]
    [InlineData("The al-Nusra Front attacked.", "Hayat Tahrir al-Sham")]
    [InlineData("Jabhat an-Nusra attacked.", "Hayat Tahrir al-Sham")]
    // Other groups
    [InlineData("Ahrar al-Sham repelled the attack.", "Ahrar al-Sham")]
    [InlineData("Ahrar ash-Sham repelled the attack.", "Ahrar al-Sham")]
    [InlineData("The FSA took the hill.", "Free Syrian Army")]
    [InlineData("The SDF advanced on Raqqa.", "Syrian Democratic Forces")]
    [InlineData("The YPG advanced on Raqqa.", "Syrian Democratic Forces")]
    [InlineData("Hezbollah fighters arrived.", "Hezbollah")]
    [InlineData("Hizballah fighters arrived.", "Hezbollah")]
    [InlineData("Hizbullah fighters arrived.", "Hezbollah")]
    [InlineData("Al-Qaeda leaders met.", "Al Qaeda")]
    [InlineData("Al Qaida leaders met.", "Al Qaeda")]
    [InlineData("The Taliban seized the district.", "Taliban")]
    [InlineData("Al-Shabaab attacked the base.", "Al Shabaab")]
    [InlineData("al-Shabab attacked the base.", "Al Shabaab")]
    [InlineData("Boko Haram abducted students.", "Boko Haram")]
    [InlineData("The Turkistan Islamic Party joined.", "Turkistan Islamic Party")]
    [InlineData("The Houthis fired a missile.", "Ansar Allah (Houthis)")]
    [InlineData("Ansar Allah fired a missile.", "Ansar Allah (Houthis)")]
    [InlineData("The PKK ambushed soldiers.", "Kurdistan Workers' Party (PKK)")]
    [InlineData("JNIM attacked the convoy.", "Jama'at Nusrat al-Islam wal-Muslimin")]
    [InlineData("M23 rebels captured Goma.", "M23")]
    [InlineData("The RSF shelled El Fasher.", "Rapid Support Forces")]
    [InlineData("Hamas fired rockets.", "Hamas")]
    [InlineData("The Haqqani Network was blamed.", "Taliban")]
    // State forces, their units and phrasings
    [InlineData("The SAA advanced.", "Military Forces of Syria")]
    [InlineData("The Syrian Arab Army advanced.", "Military Forces of Syria")]
    [InlineData("Syrian troops advanced.", "Military Forces of Syria")]
    [InlineData("Syrian government forces advanced.", "Military Forces of Syria")]
    [InlineData("Tiger Forces units moved north.", "Military Forces of Syria")]
    [InlineData("The 4th Division shelled the area.", "Military Forces of Syria")]
    [InlineData("The Republican Guard was deployed.", "Military Forces of Syria")]
    [InlineData("The Syrian Air Force Intelligence Directorate arrested him.", "Military Forces of Syria")]
    [InlineData("Russian warplanes struck the town.", "Military Forces of Russia")]
    [InlineData("The Russian Aerospace Forces struck the town.", "Military Forces of Russia")]
    [InlineData("The VKS struck the town.", "Military Forces of Russia")]
    [InlineData("Iraq's army retook the town.", "Military Forces of Iraq")]
    [InlineData("The Peshmerga retook the town.", "Peshmerga (Kurdistan Regional Government)")]
    [InlineData("The Hashd al-Shaabi retook the town.", "Military Forces of Iraq")]
    [InlineData("The PMU retook the town.", "Military Forces of Iraq")]
    [InlineData("The IDF struck Gaza.", "Military Forces of Israel")]
    [InlineData("US marines withdrew.", "Military Forces of the United States")]
    [InlineData("The U.S. military struck.", "Military Forces of the United States")]
    [InlineData("The IRGC fired missiles.", "Military Forces of Iran")]
    [InlineData("The Sudanese Armed Forces shelled the city.", "Military Forces of Sudan")]
    [InlineData("The Tatmadaw shelled the village.", "Military Forces of Myanmar")]
    [InlineData("FARDC troops clashed with rebels.", "Military Forces of Democratic Republic of Congo")]
    // International forces
    [InlineData("US-led coalition aircraft struck.", "US-led Coalition")]
    [InlineData("The U.S.-led coalition struck.", "US-led Coalition")]
    [InlineData("CJTF-OIR confirmed the strike.", "US-led Coalition")]
    [InlineData("NATO jets patrolled.", "NATO")]
    [InlineData("AFRICOM confirmed the strike.", "Military Forces of the United States")]
    [InlineData("UNIFIL reported the incident.", "United Nations")]
    [InlineData("AMISOM troops withdrew.", "African Union Transition Mission in Somalia (ATMIS)")]
    [InlineData("The Wagner Group arrived in Mali.", "Wagner Group")]
    [InlineData("The Saudi-led coalition bombed Sanaa.", "Saudi-led Coalition")]
    // Libya
    [InlineData("The Tobruk-based government rejected it.", "Libyan House of Representatives (Tobruk)")]
    [InlineData("The General National Congress rejected it.", "Libyan General National Congress (Tripoli)")]
    [InlineData("The LNA advanced on Tripoli.", "Libyan National Army (Haftar)")]
    public void Recognises_alias_families(string text, string expected)
        => Assert.Contains(expected, TopLevelNames(text));

    [Fact]
    public void Sentence_initial_Is_is_not_the_Islamic_State()
    {
        Assert.DoesNotContain("Islamic State (ISIS)", TopLevelNames("Is this the end? It is."));
        Assert.DoesNotContain("Islamic State (ISIS)", TopLevelNames("WHAT IS HAPPENING IN SYRIA"));
        Assert.Contains("Islamic State (ISIS)", TopLevelNames("Witnesses said IS gunmen fled."));
    }

    [Fact]
    public void Short_acronyms_match_only_in_capitals()
    {
        Assert.Empty(TopLevelNames("Let us go, said the saa official."));
        Assert.Contains("Military Forces of the United States", TopLevelNames("Then the US struck."));
        Assert.DoesNotContain("Military Forces of the United States", TopLevelNames("Then they told us."));
    }

    [Fact]
    public void Unit_mention_keeps_its_own_id_and_name()
    {
        var mention = Assert.Single(Recognize("The Tiger Forces redeployed."));
        Assert.Equal(ActorMentionKind.Known, mention.Kind);
        Assert.Equal("tiger-forces", mention.ActorId);
        Assert.Equal("Tiger Forces", mention.Name);
        Assert.Equal(1, mention.Inter);
        Assert.Equal("SY", mention.Country);
        Assert.Equal("Tiger Forces", mention.Text);
    }

    [Fact]
    public void Longest_match_wins_over_shorter_aliases()
    {
        var mentions = Recognize("The Kurdish-led Syrian Democratic Forces (SDF) took the dam.").Where(m => m.ActorId is not null).ToList();
        Assert.Equal(["sdf", "sdf"], mentions.Select(m => m.ActorId));
        Assert.Equal("Kurdish-led Syrian Democratic Forces", mentions[0].Text);
    }

    [Fact]
    public void Coordinated_demonyms_share_the_role()
    {
        Assert.Equal(["Military Forces of Russia", "Military Forces of Syria"], TopLevelNames("Russian and Syrian jets struck the town."));
    }

    [Fact]
    public void Civilians_take_the_country_the_article_is_about()
    {
        const string text = "Syrian troops shelled the town. The SAA said it targeted militants.\n\nAn airstrike killed 12 civilians.";
        Assert.Equal("Civilians (Syria)", TopLevelNames(text)[^1]);
        Assert.Contains("Civilians (Yemen)", TopLevelNames("Saudi-led jets struck a market in Yemen. Yemeni officials said 20 civilians died.", "Yemen war"));
        Assert.Equal(["Civilians (Iraq)"], TopLevelNames("Iraqi civilians fled."));
    }

    [Fact]
    public void Generic_phrases_are_left_out_when_the_country_is_unclear()
        => Assert.Empty(Recognize("Government forces clashed with gunmen. Civilians fled."));

    [Fact]
    public void The_militants_refers_to_the_only_armed_group_named_before_in_the_paragraph()
    {
        const string text = "On Monday Ahrar al-Sham repelled an SAA attack. The militants said they destroyed a tank.";
        var reference = Assert.Single(Recognize(text), m => m.Kind == ActorMentionKind.Reference);
        Assert.Equal("The militants", reference.Text);
        Assert.Equal("ahrar-al-sham", reference.ActorId);
        Assert.Equal("Ahrar al-Sham", reference.Name);
        Assert.Equal("Ahrar al-Sham", reference.Antecedent!.Value.Slice(text));
    }

    [Fact]
    public void The_militants_stays_unresolved_when_two_groups_were_named()
    {
        const string text = "HTS and Ahrar al-Sham clashed near Idlib. The militants used tanks.";
        Assert.DoesNotContain(Recognize(text), m => m.Kind == ActorMentionKind.Reference);
    }

    [Fact]
    public void References_do_not_reach_into_another_paragraph()
    {
        const string text = "ISIS attacked the town.\n\nThe militants were seen later.";
        Assert.DoesNotContain(Recognize(text), m => m.Kind == ActorMentionKind.Reference);
    }

    [Fact]
    public void Aliases_of_the_same_group_do_not_make_a_reference_ambiguous()
    {
        const string text = "Hayat Tahrir al-Sham (formerly Jabhat al-Nusra) attacked. The group lost ten fighters.";
        var reference = Assert.Single(Recognize(text), m => m.Kind == ActorMentionKind.Reference);
        Assert.Equal("hts", reference.ActorId);
    }

    [Fact]
    public void An_actor_descriptor_resolves_even_beside_another_group()
    {
        const string text = "ISIS attacked positions of the SDF and HTS. The Kurdish-led forces repelled the attack.";
        var reference = Assert.Single(Recognize(text), m => m.Kind == ActorMentionKind.Reference);
        Assert.Equal("sdf", reference.ActorId);
    }

    [Theory]
    [InlineData("On Sunday, Brigadier General Yahya Rasool briefed journalists in Baghdad.", "Yahya Rasool", "Brigadier General")]
    [InlineData("President Bashar al-Assad visited the front.", "Bashar al-Assad", "President")]
    [InlineData("Foreign Ministry spokeswoman Maria Zakharova said the claims were false.", "Maria Zakharova", "Foreign Ministry spokeswoman")]
    [InlineData("Al-Shabaab leader Ahmed Diriye was not seen in public.", "Ahmed Diriye", "Al-Shabaab leader")]
    [InlineData("The order came from Lt. Gen. Stephen Townsend on Friday.", "Stephen Townsend", "Lt. Gen.")]
    [InlineData("Maria Zakharova, the spokeswoman of the ministry, denied it.", "Maria Zakharova", "spokeswoman")]
    public void Persons_with_titles(string text, string name, string title)
    {
        var person = Assert.Single(Recognize(text), m => m.Kind == ActorMentionKind.Person);
        Assert.Equal(name, person.Name);
        Assert.Equal(name, person.Text);
        Assert.Equal(title, person.Title);
    }

    [Fact]
    public void Plural_title_lists_several_persons()
    {
        const string text = "Police held two field commanders Abu Khalid, Samir and Abu Fu’ad al-Shami.";
        var persons = Recognize(text).Where(m => m.Kind == ActorMentionKind.Person).ToList();
        Assert.Equal(["Abu Khalid", "Samir", "Abu Fu’ad al-Shami"], persons.Select(p => p.Name));
        Assert.All(persons, p => Assert.Equal("field commanders", p.Title));
    }

    [Fact]
    public void Speech_verb_marks_a_bare_name_and_later_surnames_resolve_to_it()
    {
        const string text = "Sergei Lavrov said the talks failed. Later, Lavrov added that Moscow would respond.";
        var persons = Recognize(text).Where(m => m.Kind == ActorMentionKind.Person).ToList();
        Assert.Equal(2, persons.Count);
        Assert.All(persons, p => Assert.Equal("Sergei Lavrov", p.Name));
        Assert.Equal("Lavrov", persons[1].Text);
    }

    [Theory]
    [InlineData("Shelling hit Deir Ezzor and Hama on Monday.")]
    [InlineData("The convoy reached Abu Kamal at dawn.")]
    [InlineData("Fighting continued in Eastern Ghouta.")]
    public void Places_are_not_persons_or_organisations(string text)
        => Assert.DoesNotContain(Recognize(text), m => m.Kind is ActorMentionKind.Person or ActorMentionKind.Organisation);

    [Theory]
    [InlineData("The Syrian Observatory for Human Rights reported 20 deaths.", "Syrian Observatory for Human Rights")]
    [InlineData("The Ministry of Defence said the strike hit a depot.", "Ministry of Defence")]
    [InlineData("The Sultan Murad Division shelled the village.", "Sultan Murad Division")]
    [InlineData("The 2nd Battalion of the 7th Infantry Regiment withdrew.", "2nd Battalion of the 7th Infantry Regiment")]
    [InlineData("The Popular Resistance Committee claimed the attack.", "Popular Resistance Committee")]
    [InlineData("Fighters of the Rad al-Tughat Operations Room attacked.", "Rad al-Tughat Operations Room")]
    [InlineData("He spoke at the UN Security Council on Monday.", "UN Security Council")]
    public void Unknown_organisations_by_form(string text, string name)
    {
        var organisation = Assert.Single(Recognize(text), m => m.Kind == ActorMentionKind.Organisation);
        Assert.Equal(name, organisation.Name);
        Assert.Null(organisation.ActorId);
    }

    [Fact]
    public void Mentions_are_in_text_order_with_exact_spans()
    {
        const string text = "Syrian troops and Hezbollah fighters attacked ISIS near Palmyra.";
        var mentions = Recognize(text);
        Assert.Equal(mentions.OrderBy(m => m.Span.Start), mentions);
        Assert.All(mentions, m => Assert.Equal(m.Text, m.Span.Slice(text)));
    }
}

public sealed class CountedReferenceTests
{
    [Fact]
    public void Counted_plural_description_refers_to_the_only_group_in_the_paragraph()
    {
        const string text = "The SAA pounded ISIS positions. On Sunday the SAA advanced 2km, killing several terrorists.";
        var reference = Assert.Single(Recognize(text), m => m.Kind == ActorMentionKind.Reference);
        Assert.Equal("terrorists", reference.Text);
        Assert.Equal("isis", reference.ActorId);
    }

    [Fact]
    public void Uncounted_bare_plural_is_not_a_reference()
        => Assert.DoesNotContain(Recognize("The SAA pounded ISIS positions. Terrorists are everywhere, militants said."),
            m => m.Kind == ActorMentionKind.Reference);
}

public sealed class PersonBoundaryTests
{
    [Fact]
    public void A_name_stops_before_an_abbreviation_used_as_a_verb()
    {
        var person = Assert.Single(Recognize("Prime Minister Karim Haddad OKs the deal."), m => m.Kind == ActorMentionKind.Person);
        Assert.Equal("Karim Haddad", person.Name);
    }

    [Fact]
    public void A_group_speaking_in_the_sentence_is_not_what_it_calls_the_militants()
    {
        var mentions = Recognize("The SDF said nine militants had been killed in the attack on its checkpoint.");
        Assert.DoesNotContain(mentions, m => m.Kind == ActorMentionKind.Reference);

        var resolved = Recognize("ISIS cells attacked a checkpoint near Hajin. The militants fled towards the desert.");
        Assert.Equal("Islamic State (ISIS)", Assert.Single(resolved, m => m.Kind == ActorMentionKind.Reference).Name);
    }

    [Fact]
    public void Outlets_and_words_inside_organisation_names_are_not_people()
    {
        var mentions = Recognize("One resident told Euphrates Daily by phone. The Syrian Observatory for Human Rights said seven died.");
        Assert.DoesNotContain(mentions, m => m.Kind == ActorMentionKind.Person);
        Assert.Contains(mentions, m => m.Kind == ActorMentionKind.Organisation && m.Text == "Euphrates Daily");
        Assert.Contains(mentions, m => m.Kind == ActorMentionKind.Organisation && m.Text == "Syrian Observatory for Human Rights");
    }
}
