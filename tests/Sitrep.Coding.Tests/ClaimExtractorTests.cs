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

    [Fact]
    public void Mixed_quote_marks_close_the_quotation_and_a_participle_after_the_cue_takes_its_own_clause()
    {
        var claims = ClaimExtractor.Default.Extract("“The bridge is closed,\" the mayor said in a statement, adding that repairs would take weeks.");
        Assert.Equal(2, claims.Count);
        Assert.Equal("said", claims[0].CueText);
        Assert.Equal("the mayor", claims[0].SourceText);
        Assert.Equal("“The bridge is closed,\"", claims[0].ContentText);
        Assert.Equal("adding", claims[1].CueText);
        Assert.Equal("that repairs would take weeks", claims[1].ContentText);
    }

    [Fact]
    public void A_possessed_noun_of_saying_with_a_that_clause()
    {
        var claim = Single("The minister's claim that the army had withdrawn was disputed.");
        Assert.Equal("The minister's", claim.SourceText);
        Assert.Equal("claim", claim.CueText);
        Assert.StartsWith("that the army had withdrawn", claim.ContentText, StringComparison.Ordinal);
        Assert.True(claim.Hedged);

        // Without a complement clause, or with a relative one, the noun attributes nothing.
        Assert.Empty(ClaimExtractor.Default.Extract("His claims were false."));
        Assert.Empty(ClaimExtractor.Default.Extract("Her statement that was read out lasted an hour."));
    }

    [Fact]
    public void A_coordinated_verb_shares_the_subject()
    {
        var claims = ClaimExtractor.Default.Extract("The governor said the road was open and warned that storms were coming.");
        var warned = Assert.Single(claims, c => c.CueText == "warned");
        Assert.Equal("The governor", warned.SourceText);
        Assert.Equal("that storms were coming", warned.ContentText);
    }

    [Fact]
    public void A_relative_pronoun_is_the_source_and_its_clause_ends_at_the_comma()
    {
        var claim = Single("The mayor, who has called for calm, left the city.");
        Assert.Equal("who", claim.SourceText);
        Assert.Equal("has called for", claim.CueText);
        Assert.Equal("calm", claim.ContentText);
    }

    [Fact]
    public void Beliefs_inside_reported_speech_and_turns_of_speech_are_not_claims()
    {
        var claim = Single("The envoy said he thinks the talks will fail.");
        Assert.Equal("said", claim.CueText);

        // A parenthetical "I think" is a turn of speech ("I think the ceasefire will hold" is a view: see below).
        Assert.Empty(ClaimExtractor.Default.Extract("The ceasefire, I think, will hold."));
    }

    [Fact]
    public void Plural_nouns_spelled_like_cues_are_not_cues()
    {
        Assert.Empty(ClaimExtractor.Default.Extract("Fighting spread to three border states on Monday."));
        Assert.Empty(ClaimExtractor.Default.Extract("Their support for the rebels grew."));
    }

    [Fact]
    public void Labels_before_a_colon_are_not_speakers()
    {
        Assert.Empty(ClaimExtractor.Default.Extract("The Latest: Rebels seize the airport"));
        Assert.Empty(ClaimExtractor.Default.Extract("Correction: An earlier version misstated the date."));
    }

    [Fact]
    public void Speaking_needs_a_topic_and_naming_is_not_judging()
    {
        Assert.Empty(ClaimExtractor.Default.Extract("The general spoke to reporters in the capital."));
        Assert.Equal("spoke of", Single("The minister spoke of a long war.").CueText);
        Assert.Empty(ClaimExtractor.Default.Extract("Fighters joined a group called Ansar Dine."));
    }

    [Fact]
    public void A_title_case_headline_ends_with_its_speaker()
    {
        var claim = Single("Rebels Will Not Disarm, Commander Says");
        Assert.Equal("Commander", claim.SourceText);
        Assert.Equal("Says", claim.CueText);
        Assert.Equal("Rebels Will Not Disarm", claim.ContentText);
    }

    [Fact]
    public void Appositives_with_an_age_or_a_long_description_belong_to_the_source()
    {
        Assert.Equal("Amina Yusuf, 34,", Single("Amina Yusuf, 34, said the market was shelled.").SourceText);

        var described = Single("Omar Haddad, senior researcher at a rights group in Beirut, said the figures were too low.");
        Assert.Equal("Omar Haddad, senior researcher at a rights group in Beirut,", described.SourceText);
        Assert.Equal("the figures were too low", described.ContentText);
    }

    [Fact]
    public void A_bare_stance_verb_after_a_plural_subject()
    {
        var claim = Single("Turkey and Qatar support the rebels.");
        Assert.Equal("Turkey and Qatar", claim.SourceText);
        Assert.Equal("support", claim.CueText);
        Assert.Equal("the rebels", claim.ContentText);
    }

    [Fact]
    public void A_quotation_signed_with_a_dash()
    {
        var claim = Single("Readers sent us their stories.\n“We lost everything in the flood.” ― Maria Lopez");
        Assert.Equal("Maria Lopez", claim.SourceText);
        Assert.Equal("―", claim.CueText);
        Assert.Equal("“We lost everything in the flood.”", claim.ContentText);
        Assert.True(claim.Direct);

        // Non-breaking spaces around the dash.
        var spaced = Single("Readers sent us their stories.\n“The water rose in minutes.”\u00a0―\u00a0Ali Hassan.");
        Assert.Equal("Ali Hassan", spaced.SourceText);
    }

    [Fact]
    public void A_passive_cue_takes_its_agent_as_source()
    {
        var claim = Single("The proposal was rejected by the opposition.");
        Assert.Equal("the opposition", claim.SourceText);
        Assert.Equal("was rejected by", claim.CueText);
        Assert.Equal("The proposal", claim.ContentText);
    }

    [Fact]
    public void Contractions_manner_adverbs_and_intentions_join_the_cue()
    {
        var contracted = Single("She’s claiming the vote was rigged.");
        Assert.Equal("She", contracted.SourceText);
        Assert.Equal("’s claiming", contracted.CueText);

        Assert.Equal("forcefully rejected", Single("The commander forcefully rejected the report.").CueText);

        var intention = Single("The company agreed to pay the families.");
        Assert.Equal("The company", intention.SourceText);
        Assert.Equal("to pay the families", intention.ContentText);
    }

    [Fact]
    public void Phrasal_cues_take_their_particle_and_preposition()
    {
        var claim = Single("The senator took aim at the new budget.");
        Assert.Equal("The senator", claim.SourceText);
        Assert.Equal("took aim at", claim.CueText);
        Assert.Equal("the new budget", claim.ContentText);

        // Without its particle the verb attributes nothing.
        Assert.Empty(ClaimExtractor.Default.Extract("The senator took the train."));
    }

    [Fact]
    public void An_evidence_head_qualified_by_a_phrase_and_a_relative_that_after_a_noun()
    {
        var claim = Single("A 2019 survey by the aid agency found most families had fled.");
        Assert.Equal("A 2019 survey by the aid agency", claim.SourceText);
        Assert.Equal("most families had fled", claim.ContentText);

        Assert.Empty(ClaimExtractor.Default.Extract("Traders that had sold grain left the market."));
    }

    [Fact]
    public void It_can_be_the_subject_of_a_stance_verb()
    {
        var claim = Single("The council met on Monday. It also approved the new curfew.");
        Assert.Equal("It", claim.SourceText);
        Assert.Equal("also approved", claim.CueText);
    }

    [Fact]
    public void Content_before_the_source_wins_over_the_addressee_and_asides_after_the_cue()
    {
        var quoted = Single("“We were there legally,” the spokesman told a local radio station.");
        Assert.Equal("“We were there legally,”", quoted.ContentText);

        var aside = Single("“We will rebuild,” she said, looking out on the crowd.");
        Assert.Equal("“We will rebuild,”", aside.ContentText);

        var clause = Single("Fuel prices will rise sharply next month, the minister told parliament on Tuesday.");
        Assert.Equal("Fuel prices will rise sharply next month", clause.ContentText);

        // An introductory phrase before the source is not the content.
        var intro = Single("In a statement on Sunday, the ministry said the talks had failed.");
        Assert.Equal("the talks had failed", intro.ContentText);
    }

    [Fact]
    public void A_poll_opening_the_sentence_is_the_source_of_its_finding()
    {
        var claim = Single("In the latest regional poll, the governor led her rival by 5 points.");
        Assert.Equal("the latest regional poll", claim.SourceText);
        Assert.Equal("In", claim.CueText);
        Assert.Equal("the governor led her rival by 5 points", claim.ContentText);

        // When someone in the sentence reports the finding, that is the attribution.
        var reported = Single("In the latest regional poll, most voters said the economy came first.");
        Assert.Equal("said", reported.CueText);

        // Other places are not sources.
        Assert.Empty(ClaimExtractor.Default.Extract("In the northern city, the governor opened a clinic."));
    }

    [Fact]
    public void Agentless_passives_and_plural_nouns_after_adjectives_are_not_cues()
    {
        Assert.Empty(ClaimExtractor.Default.Extract("The general has been charged with fraud."));
        // "rated" is the checkers' judgement; "claims" after an adjective stays a noun.
        Assert.DoesNotContain(ClaimExtractor.Default.Extract("The checkers rated most Republican claims as false."), c => c.CueText == "claims");
    }

    [Fact]
    public void Stance_adjective_after_be_attributes_what_it_is_about()
    {
        var worried = Single("On Monday, local farmers were worried about the new water tariffs.");
        Assert.Equal("local farmers", worried.SourceText);
        Assert.Equal("were worried about", worried.CueText);
        Assert.Equal("the new water tariffs", worried.ContentText);

        var sure = Single("The commander was sure the bridge would reopen by spring.");
        Assert.Equal("was sure", sure.CueText);
        Assert.Equal("the bridge would reopen by spring", sure.ContentText);

        // A mood with nothing it is about, or a thing that cannot hold a view, is no attribution.
        Assert.Empty(ClaimExtractor.Default.Extract("The minister was angry."));
        Assert.Empty(ClaimExtractor.Default.Extract("This was certain to annoy the neighbours."));
    }

    [Fact]
    public void Bare_verb_of_saying_after_an_auxiliary_is_a_cue()
    {
        var claim = Single("The governor did not say whether the curfew would end.");
        Assert.Equal("The governor", claim.SourceText);
        Assert.Equal("did not say", claim.CueText);
        Assert.Equal("whether the curfew would end", claim.ContentText);

        // Plans and deeds after a modal are not stances.
        Assert.Empty(ClaimExtractor.Default.Extract("The council will seek new funding for the library."));
    }

    [Fact]
    public void First_person_belief_counts_unless_parenthetical_or_a_question()
    {
        var claim = Single("I think the ceasefire will hold.");
        Assert.Equal("I", claim.SourceText);
        Assert.Equal("the ceasefire will hold", claim.ContentText);

        Assert.DoesNotContain(ClaimExtractor.Default.Extract("The ceasefire, I think, will hold."), c => c.CueText == "think");
        Assert.Empty(ClaimExtractor.Default.Extract("Do you believe the harbour will reopen?"));
    }

    [Fact]
    public void Agent_nouns_quantifiers_and_named_appositives_can_be_sources()
    {
        var regulators = Single("On Monday, regulators criticized the merger of the two ferry firms.");
        Assert.Equal("regulators", regulators.SourceText);

        var some = Single("Some argue the sanctions have failed.");
        Assert.Equal("Some", some.SourceText);
        Assert.Equal("argue", some.CueText);

        var farmer = Single("A local farmer, Anna Berg, praised the irrigation scheme.");
        Assert.Equal("A local farmer, Anna Berg,", farmer.SourceText);
        Assert.Equal("the irrigation scheme", farmer.ContentText);
    }

    [Fact]
    public void Reporting_s_form_closing_or_opening_a_report_is_a_verb()
    {
        var closing = Single("The water supply failed twice last week, The Valley Courier reports.");
        Assert.Equal("The Valley Courier", closing.SourceText);
        Assert.Equal("reports", closing.CueText);
        Assert.Equal("The water supply failed twice last week", closing.ContentText);
    }

    [Fact]
    public void Agentless_passive_of_judgement_attributes_the_clause_to_no_one_named()
    {
        var claim = Single("The new dam is expected to open next spring.");
        Assert.Null(claim.Source);
        Assert.Equal(ClaimSourceKind.Unnamed, claim.SourceKind);
        Assert.Equal("is expected", claim.CueText);
        Assert.Equal("The new dam is expected to open next spring", claim.ContentText);
    }

    [Fact]
    public void Title_case_headline_verb_after_a_name()
    {
        var claim = Single("Harbour Mayor Slams Ferry Plan As Reckless");
        Assert.Equal("Harbour Mayor", claim.SourceText);
        Assert.Equal("Slams", claim.CueText);
        Assert.Equal("Ferry Plan As Reckless", claim.ContentText);
    }

    [Fact]
    public void Subject_pronoun_is_the_whole_source()
    {
        var claims = ClaimExtractor.Default.Extract("She praised the reforms he promised voters in May.");
        Assert.Equal("he", Assert.Single(claims, c => c.CueText == "promised").SourceText);
    }

    [Fact]
    public void Noun_of_stance_with_its_complement()
    {
        var questions = Single("There were questions about the cost of the bridge.");
        Assert.Equal("questions about", questions.CueText);
        Assert.Equal("the cost of the bridge", questions.ContentText);
        Assert.Null(questions.Source);

        var criticism = Assert.Single(ClaimExtractor.Default.Extract("The mayor dismissed her rival's criticism of the budget."), c => c.CueText == "criticism of");
        Assert.Equal("her rival's", criticism.SourceText);
        Assert.Equal("the budget", criticism.ContentText);

        // Nouns of intention report deeds to come, not stances.
        Assert.Empty(ClaimExtractor.Default.Extract("Their plans to build a school stalled."));
    }

    [Fact]
    public void More_verbs_of_judging_and_made_it_clear()
    {
        var lambasted = Single("The senator lambasted the harbour authority.");
        Assert.Equal("lambasted", lambasted.CueText);
        Assert.Equal("the harbour authority", lambasted.ContentText);

        var clear = Single("The minister made it clear that talks would continue.");
        Assert.Equal("The minister", clear.SourceText);
        Assert.Equal("made it clear", clear.CueText);
        Assert.Equal("that talks would continue", clear.ContentText);
    }

    [Fact]
    public void Doubled_apostrophes_are_quotation_marks()
    {
        const string text = "''The convoy was stopped twice at the bridge,'' said the commander.";
        var claim = Single(text);
        Assert.Equal("the commander", claim.SourceText);
        Assert.Equal("''The convoy was stopped twice at the bridge,''", claim.ContentText);
        Assert.Equal(text[claim.Content.Start..claim.Content.End], claim.ContentText);

        // A view inside the quotation is the quoted speaker's own words.
        var claims = ClaimExtractor.Default.Extract("''I think the truce will hold,'' the envoy said.");
        Assert.DoesNotContain(claims, c => c.CueText == "think");
        Assert.Equal("the envoy", Assert.Single(claims).SourceText);
    }

    [Fact]
    public void Stance_noun_form_after_a_subject_is_the_verb()
    {
        var estimates = Single("The monitoring group estimates that 40 families fled the village.");
        Assert.Equal("The monitoring group", estimates.SourceText);
        Assert.Equal("estimates", estimates.CueText);

        // After a determiner it stays a noun, without a source.
        var noun = Assert.Single(ClaimExtractor.Default.Extract("Few trusted the estimates that dozens of families fled."), c => c.CueText == "estimates");
        Assert.Null(noun.Source);
    }

    [Fact]
    public void Stance_noun_after_a_light_verb_belongs_to_the_subject()
    {
        var concern = Single("Aid workers have expressed deep concern about the blockade.");
        Assert.Equal("Aid workers", concern.SourceText);
        Assert.Equal("have expressed deep concern about", concern.CueText);
        Assert.Equal("the blockade", concern.ContentText);

        var support = Single("Opposition leaders voiced support for the ceasefire.");
        Assert.Equal("Opposition leaders", support.SourceText);
        Assert.Equal("voiced support for", support.CueText);

        // "have" makes a stance only of the core stance nouns, and "support" alone is a topic.
        Assert.Empty(ClaimExtractor.Default.Extract("The plan had the backing of the council."));
        Assert.Empty(ClaimExtractor.Default.Extract("Support for the plan grew over the summer."));
    }

    [Fact]
    public void Verb_of_a_reported_clause_is_part_of_what_was_said()
    {
        var claim = Single("The mayor said she recalls the first shelling of the market.");
        Assert.Equal("said", claim.CueText);
        Assert.Equal("she recalls the first shelling of the market", claim.ContentText);
    }

    [Fact]
    public void Belief_of_a_quantifier_or_a_name_opening_the_sentence()
    {
        var some = Single("Some believe the truce will collapse by winter.");
        Assert.Equal("Some", some.SourceText);
        Assert.Equal("believe", some.CueText);

        var name = Single("Haddad knows the roads are mined.");
        Assert.Equal("Haddad", name.SourceText);

        // A plural noun before its own verb is no belief.
        Assert.DoesNotContain(ClaimExtractor.Default.Extract("Health worries have dogged the minister."), c => c.CueText == "worries");
    }

    [Fact]
    public void Bare_verb_after_a_plural_subject_and_an_aside()
    {
        var claim = Single("Local officials, however, question the casualty figures.");
        Assert.Equal("Local officials", claim.SourceText);
        Assert.Equal("question", claim.CueText);
        Assert.Equal("the casualty figures", claim.ContentText);
    }

    [Fact]
    public void Participle_of_saying_opening_the_sentence()
    {
        var claims = ClaimExtractor.Default.Extract("Citing a hospital report, the governor said 12 people were wounded.");
        var citing = Assert.Single(claims, c => c.CueText == "Citing");
        Assert.Equal("the governor", citing.SourceText);
        Assert.Equal("a hospital report", citing.ContentText);
        Assert.Contains(claims, c => c.CueText == "said" && c.SourceText == "the governor");

        var asked = Assert.Single(ClaimExtractor.Default.Extract("Asked about the delay, the spokesman said the convoy would leave soon."), c => c.CueText == "Asked about");
        Assert.Null(asked.Source);
        Assert.Equal("the delay", asked.ContentText);

        // "According to" keeps its own reading.
        var according = Single("According to the ministry, the border crossing reopened.");
        Assert.Equal("the ministry", according.SourceText);
    }

    [Fact]
    public void Sources_with_a_relative_clause_or_between_dashes()
    {
        Assert.Equal("All the diplomats I spoke to", Single("All the diplomats I spoke to said the talks were close to collapse.").SourceText);
        Assert.Equal("Everyone we interviewed", Single("Everyone we interviewed described the raid as unprovoked.").SourceText);
        Assert.Equal("many of whom", Assert.Single(ClaimExtractor.Default.Extract("The villagers, many of whom say the militia protected them, refused to leave."), c => c.CueText == "say").SourceText);
        Assert.Equal("Ahmed Saleh -- a commander of the local militia --", Single("Ahmed Saleh -- a commander of the local militia -- said the town was calm.").SourceText);

        var reported = Single("The violation was first reported by a local monitoring group.");
        Assert.Equal("a local monitoring group", reported.SourceText);
        Assert.Equal("The violation", reported.ContentText);
    }

    [Fact]
    public void Speaker_closing_the_sentence_takes_the_clause_before()
    {
        var claim = Single("The talks stalled, and the delegates went home, said one senior diplomat.");
        Assert.Equal("one senior diplomat", claim.SourceText);
        Assert.Equal("The talks stalled, and the delegates went home", claim.ContentText);

        // A name with its appositive before the cue is still the source.
        var named = Single("Maria Lopez, a spokeswoman for the agency, said the camp was full.");
        Assert.Equal("Maria Lopez, a spokeswoman for the agency,", named.SourceText);
    }

    private static readonly Lazy<Sitrep.Language.LanguageAnnotator> Annotator = new(() => new Sitrep.Language.LanguageAnnotatorBuilder().Build());

    private static IReadOnlyList<Claim> WithMentions(string text) => ClaimExtractor.Default.Extract(Annotator.Value.ContextWithMentions(text));

    [Fact]
    public void Attacks_in_words_between_people_are_stances_and_armed_attacks_are_not()
    {
        var words = Assert.Single(WithMentions("At the debate she attacked him over the budget."));
        Assert.Equal("attacked", words.CueText);
        Assert.Equal("she", words.SourceText);

        var remarks = Assert.Single(WithMentions("He blasted the mayor's remarks on housing as reckless."), c => c.CueText == "blasted");
        Assert.Equal("blasted", remarks.CueText);
        Assert.Equal("He", remarks.SourceText);

        // Deeds of armed men against places and convoys are events, not claims.
        Assert.Empty(WithMentions("Militants attacked a checkpoint near the border on Sunday."));
        Assert.Empty(WithMentions("Gunmen attacked the governor's convoy outside the city."));
        Assert.Empty(WithMentions("He attacked the checkpoint with a rifle."));
    }

    [Fact]
    public void A_cue_after_a_catenative_verb_takes_its_subject()
    {
        var claim = Single("The minister appeared to blame the delays on the contractors.");
        Assert.Equal("The minister", claim.SourceText);
        Assert.Equal("appeared to blame", claim.CueText);

        var discuss = Single("The envoy went on to discuss the ceasefire terms.");
        Assert.Equal("went on to discuss", discuss.CueText);

        // Without a catenative, "to discuss" is a purpose, not a claim.
        Assert.Empty(ClaimExtractor.Default.Extract("The envoy flew to Geneva to discuss the ceasefire terms."));
    }

    [Fact]
    public void A_coordinated_stance_verb_is_a_claim_of_its_own_and_ends_the_first_content()
    {
        var claims = WithMentions("The envoy criticised the plan and urged both sides to return to talks.");
        Assert.Equal(2, claims.Count);
        Assert.Equal("the plan", Assert.Single(claims, c => c.CueText == "criticised").ContentText);
        var urged = Assert.Single(claims, c => c.CueText == "urged");
        Assert.Equal("The envoy", urged.SourceText);
        Assert.Equal("both sides to return to talks", urged.ContentText);

        var participle = WithMentions("The commander praised the volunteers, comparing them to the regular army.");
        Assert.Equal("the volunteers", Assert.Single(participle, c => c.CueText == "praised").ContentText);
        Assert.Equal("The commander", Assert.Single(participle, c => c.CueText == "comparing").SourceText);

        var expects = Assert.Single(WithMentions("The analyst is wary of the truce and expects it to collapse."), c => c.CueText == "expects");
        Assert.Equal("it to collapse", expects.ContentText);
    }

    [Fact]
    public void A_time_or_a_qualifying_phrase_between_source_and_cue_is_read_across()
    {
        var court = Assert.Single(WithMentions("The court this month rejected a request from the defence."));
        Assert.Equal("The court", court.SourceText);
        Assert.Equal("rejected", court.CueText);

        var poll = Assert.Single(WithMentions("A survey published in late May found that most residents had fled."));
        Assert.Equal("A survey published in late May", poll.SourceText);
        Assert.Equal("found", poll.CueText);
    }

    [Fact]
    public void Participles_and_compound_adjectives_are_not_cues()
    {
        // "posted" modifies "message"; the speaker is the one who said.
        var said = Assert.Single(WithMentions("In a video posted Friday, the spokesman said the convoy had turned back."));
        Assert.Equal("the spokesman", said.SourceText);
        Assert.Equal("said", said.CueText);

        Assert.Empty(WithMentions("Turkish-backed factions advanced on the town."));
        Assert.Empty(WithMentions("The talks were run by a man named Omar Haddad."));
    }

    [Fact]
    public void Reportedly_credits_the_sentence_to_unnamed_reports()
    {
        var claim = Assert.Single(WithMentions("Two soldiers were reportedly captured near the dam."));
        Assert.Null(claim.Source);
        Assert.Equal(ClaimSourceKind.Unnamed, claim.SourceKind);
        Assert.Equal("reportedly", claim.CueText);
        Assert.Equal("Two soldiers were reportedly captured near the dam", claim.ContentText);
        Assert.True(claim.Hedged);

        var reports = Assert.Single(WithMentions("Reports indicate the militia withdrew from the bridge."));
        Assert.Equal("Reports", reports.SourceText);
        Assert.Equal(ClaimSourceKind.Unnamed, reports.SourceKind);
    }

    [Fact]
    public void Stance_verbs_after_do_and_wishes_after_would_like_are_cues()
    {
        var address = Assert.Single(WithMentions("The minister did not address the allegations."));
        Assert.Equal("did not address", address.CueText);
        Assert.Equal("the allegations", address.ContentText);

        var like = Assert.Single(WithMentions("The council would like to reopen the crossing."));
        Assert.Equal("would like", like.CueText);
        Assert.Equal("to reopen the crossing", like.ContentText);
    }

    [Fact]
    public void A_title_case_headline_gives_its_subject_verb_and_rest()
    {
        var claim = Assert.Single(WithMentions("Kremlin Denies Role In Convoy Strike Near Aleppo"));
        Assert.Equal("Kremlin", claim.SourceText);
        Assert.Equal("Denies", claim.CueText);
        Assert.Equal("Role In Convoy Strike Near Aleppo", claim.ContentText);

        // A noun that only looks like a verb after an adjective in -s is not one.
        Assert.Empty(WithMentions("A Curious Plan To Rebuild The Bridge At Manbij"));
    }

    [Fact]
    public void Seems_and_appears_hedge_the_author_s_judgement()
    {
        var claim = Assert.Single(WithMentions("The ceasefire seems unlikely to hold through the winter."));
        Assert.Null(claim.Source);
        Assert.Equal(ClaimSourceKind.Author, claim.SourceKind);
        Assert.Equal("seems", claim.CueText);
        Assert.True(claim.Hedged);

        // A place one appeared at is no judgement.
        Assert.Empty(WithMentions("The governor appeared at the rally on Sunday."));
    }

    [Fact]
    public void A_stance_received_names_its_subject_as_content()
    {
        var claim = Assert.Single(WithMentions("The strike drew international condemnation from the United Nations."));
        Assert.Equal("drew international condemnation", claim.CueText);
        Assert.Equal("The strike", claim.ContentText);
        Assert.Equal("the United Nations", claim.SourceText);

        Assert.Empty(WithMentions("The convoy came under fire near the border."));
    }

    [Fact]
    public void Attack_verbs_in_reports_of_fighting_are_deeds()
    {
        Assert.Empty(WithMentions("Russian jets pounded rebel positions near Idlib."));
        Assert.Empty(WithMentions("The coalition continues hammering the group with airstrikes in Iraq and Syria."));
        Assert.Empty(WithMentions("Artillery slammed into the town overnight, killing three."));

        var words = Assert.Single(WithMentions("At the hearing she hammered the minister over the budget."));
        Assert.Equal("hammered", words.CueText);
        Assert.Equal("she", words.SourceText);
    }
}
