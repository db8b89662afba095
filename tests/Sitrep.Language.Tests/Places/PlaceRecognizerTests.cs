using Sitrep.Language.Places;

namespace Sitrep.Language.Tests.Places;

public sealed class PlaceRecognizerTests
{
    private static readonly LanguageAnnotator Annotator = new LanguageAnnotatorBuilder().Build();

    private static IReadOnlyList<PlaceMention> Places(string text, string? url = null)
        => PlaceRecognizer.CreateDefault().Recognize(Annotator.ContextWithMentions(text, new DateOnly(2018, 11, 23), url));

    private static PlaceMention Single(string text, string name)
    {
        var mention = Assert.Single(Places(text), p => p.Text == name);
        Assert.Equal(name, mention.Span.Slice(text));
        return mention;
    }

    [Theory]
    [InlineData("Clashes continued in Deir Ezzor.", "Deir Ezzor")]
    [InlineData("Clashes continued in Deir ez-Zor.", "Deir ez-Zor")]
    [InlineData("Clashes continued in Dayr az Zawr.", "Dayr az Zawr")]
    [InlineData("Clashes continued in Deir al-Zour.", "Deir al-Zour")]
    public void Transliterations_of_Deir_ez_Zor_resolve_to_the_same_city(string text, string name)
    {
        var place = Single(text, name).Place!;
        Assert.Equal("SY", place.CountryCode);
        Assert.Equal("Deir-ez-Zor", place.Admin1);
        Assert.StartsWith("P.", place.FeatureCode, StringComparison.Ordinal);
        Assert.InRange(place.Latitude, 35.2, 35.5);
    }

    [Theory]
    [InlineData("The army entered Abu Kamal.", "Abu Kamal")]
    [InlineData("The army entered Al-Bukamal.", "Al-Bukamal")]
    [InlineData("The army entered al-Bukamal.", "al-Bukamal")]
    public void Article_prefix_variants_resolve_alike(string text, string name)
    {
        var place = Single(text, name).Place!;
        Assert.Equal("SY", place.CountryCode);
        Assert.Equal("Deir-ez-Zor", place.Admin1);
        Assert.Equal(1, Single(text, name).GeoPrecision);
    }

    [Fact]
    public void A_village_named_beside_a_local_armed_group_is_not_a_namesake_abroad()
    {
        // One other place name and a Syrian militia: al-Shafa is the village by Hajin, not Ash Shafa in Saudi Arabia.
        var places = Places("The Syrian Democratic Forces raided villages near Hajin on Thursday. Residents of al-Shafa said several houses were searched.");
        var shafa = places.Single(p => p.Text == "al-Shafa");
        Assert.NotEqual("SA", shafa.Place?.CountryCode);
        Assert.Equal("Syria", shafa.Place?.Country);
    }

    [Fact]
    public void Sirte_and_Surt_are_in_the_Libyan_province_of_Surt()
    {
        Assert.Equal("Surt", Single("ISIS fighters fled to Sirte.", "Sirte").Place!.Admin1);
        Assert.Equal("LY", Single("ISIS fighters fled to Surt.", "Surt").Place!.CountryCode);
    }

    [Fact]
    public void The_province_of_X_resolves_to_the_province_with_province_precision()
    {
        var mention = Single("Troops were redeployed from the province of Deir Ezzor.", "Deir Ezzor");
        Assert.Equal("A.ADM1", mention.Place!.FeatureCode);
        Assert.Equal(3, mention.GeoPrecision);
    }

    [Fact]
    public void A_direction_before_a_country_is_kept_as_the_qualifier()
    {
        var mention = Single("Militants moved to southern Libya.", "Libya");
        Assert.Equal("A.PCLI", mention.Place!.FeatureCode);
        Assert.Equal("southern", mention.Qualifier);
        Assert.Equal(3, mention.GeoPrecision);
    }

    [Fact]
    public void A_possessive_city_and_the_area_it_names_are_both_found()
    {
        var places = Places("Shelling hit Damascus' Eastern Ghouta.");
        Assert.Equal("Damascus", Assert.Single(places, p => p.Text == "Damascus").Place!.Name);
        var ghouta = Assert.Single(places, p => p.Text == "Eastern Ghouta").Place!;
        Assert.Equal("Rural Damascus", ghouta.Admin1);
    }

    [Fact]
    public void Conflict_features_come_from_the_supplement()
    {
        var tanf = Single("US forces at al-Tanf were attacked.", "al-Tanf").Place!;
        Assert.True(tanf.GeoNameId < 0);
        Assert.Equal("Homs", tanf.Admin1);
        var field = Single("An airstrike hit al-Omar oil field east of the Euphrates.", "al-Omar oil field").Place!;
        Assert.Equal("L.OILF", field.FeatureCode);
        Assert.Equal("Deir-ez-Zor", field.Admin1);
        Assert.Equal("Damascus", Single("Security forces raided Barzeh this week.", "Barzeh").Place!.Admin1);
    }

    [Fact]
    public void A_country_name_resolves_to_the_country_not_a_building_or_village()
    {
        var jordan = Single("Refugees crossed into Jordan.", "Jordan").Place!;
        Assert.Equal("A.PCLI", jordan.FeatureCode);
        Assert.Equal("JO", jordan.CountryCode);
        Assert.Equal("A.PCLI", Single("The U.S. military responded.", "U.S.").Place!.FeatureCode);
    }

    [Fact]
    public void An_unknown_village_does_not_drop_the_place_beside_it()
    {
        var places = Places("Fighting was reported in the village of Qarrat al-Foo near Hama.");
        var village = Assert.Single(places, p => p.Text == "Qarrat al-Foo");
        Assert.Equal(3, village.GeoPrecision);
        Assert.Equal("Hama", village.Place!.Admin1);
        var hama = Assert.Single(places, p => p.Text == "Hama");
        Assert.Equal("near", hama.Qualifier);
        Assert.Equal("SY", hama.Place!.CountryCode);
    }

    [Fact]
    public void An_administrative_area_after_a_comma_picks_the_right_namesake()
    {
        var alexandria = Single("A woman from Alexandria, Louisiana was arrested.", "Alexandria").Place!;
        Assert.Equal("US", alexandria.CountryCode);
        Assert.Equal("Louisiana", alexandria.Admin1);
        Assert.Equal("Illinois", Single("He grew up in Springfield, Ill., and moved away.", "Springfield").Place!.Admin1);
    }

    [Fact]
    public void People_are_not_places()
    {
        Assert.Empty(Places("Maria Zakharova said the claims were false."));
        Assert.DoesNotContain(Places("Michael Keenan met Tim Lecklider. Keenan said nothing."), p => p.Text is "Michael" or "Keenan" or "Tim");
    }

    [Fact]
    public void Other_places_in_the_article_decide_between_namesakes()
    {
        var mention = Assert.Single(Places("Paris police said the fire started near the Henry County courthouse."), p => p.Text == "Paris");
        Assert.Equal("Tennessee", mention.Place!.Admin1);
    }

    [Theory]
    [InlineData("Libya Herald", "LY")]
    [InlineData("The Guardian (Lagos)", "NG")]
    [InlineData("Daily Nation (Kenya)", "KE")]
    [InlineData("Zambian Watchdog", "ZM")]
    [InlineData("Oromiya Media Network", "ET")]
    [InlineData("Agence France Presse", null)]
    [InlineData("Radio Dabanga", null)]
    public void An_outlets_name_places_it_in_its_country(string outlet, string? country)
        => Assert.Equal(country, PlaceRecognizer.CreateDefault().OutletCountry(outlet));

    [Fact]
    public void The_outlets_country_decides_between_namesakes_abroad()
    {
        var context = Annotator.ContextWithMentions("About 300 people marched through Newcastle on Saturday.", new DateOnly(2016, 6, 20));
        var recognizer = PlaceRecognizer.CreateDefault();
        var withoutOutlet = Assert.Single(recognizer.Recognize(context), p => p.Text == "Newcastle");
        var withOutlet = Assert.Single(recognizer.Recognize(context with { Outlet = "Durban Daily News" }), p => p.Text == "Newcastle");
        Assert.NotEqual("ZA", withoutOutlet.Place!.CountryCode);
        Assert.Equal("ZA", withOutlet.Place!.CountryCode);
    }

    [Fact]
    public void A_name_qualifying_a_group_is_not_a_small_place_abroad()
    {
        Assert.DoesNotContain(Places("Liya police allegedly attacked pastoralists over three days."), p => p.Text == "Liya" && p.Place is not null);
        var kumasi = Assert.Single(Places("Kumasi residents pelted the convoy with stones."), p => p.Text == "Kumasi");
        Assert.Equal("GH", kumasi.Place!.CountryCode);
        var village = Assert.Single(Places("Police in Lija arrested two men."), p => p.Text == "Lija");
        Assert.Equal("MT", village.Place!.CountryCode);
    }

    [Fact]
    public void A_part_named_with_its_whole_stays_inside_it()
    {
        var part = Assert.Single(Places("Students staged a sit-in in the El Manar area of Tunis."), p => p.Text == "El Manar");
        Assert.Equal("TN", part.Place!.CountryCode);
        Assert.Equal(3, part.GeoPrecision);
    }
}
